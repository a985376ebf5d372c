"""`/sitemap.xml` for crawlers: the page of every resource with a description here (a sitemap
index past 50,000 pages). The list of resources is gathered once per dataset version."""

from xml.sax.saxutils import escape

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.web import error_pages
from kg.web.errors import NotFound
from kg.web.freshness import fresh
from kg.web.memo import per_version
from kg.web.paths import page_url, path_for, site
from kg.web.store import get_store

blueprint = Blueprint("sitemap", __name__)
error_pages.register(blueprint)
SITEMAP_LIMIT = 50_000  # URLs per sitemap file (sitemaps.org)
XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# Sorted in Python: ORDER BY here is many times slower in the store.
SUBJECTS = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }"


@blueprint.route("/sitemap.xml")
def sitemap() -> Response:
    pages = [f"{site()}ontology", *map(page_url, described_paths())]
    parts = -(-len(pages) // SITEMAP_LIMIT)
    part = request.args.get("part", type=int)
    if part is None and parts > 1:
        return _xml(_index(parts))
    part = part or 1
    if not 1 <= part <= parts:
        raise NotFound(f"the sitemap has parts 1 to {parts}")
    return _xml(_urlset(pages[(part - 1) * SITEMAP_LIMIT : part * SITEMAP_LIMIT]))


def described_paths() -> list[str]:
    return per_version("kg_sitemap", _gather)


def _gather() -> list[str]:
    """Every subject, and every named graph (the data seldom describes those)."""
    store = get_store()
    named = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    described = named | {row["s"].value for row in store.query(SUBJECTS)}
    return [path for path in map(path_for, sorted(described)) if path]


def _urlset(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{escape(u)}</loc></url>\n" for u in urls)
    return f'<urlset xmlns="{XMLNS}">\n{entries}</urlset>\n'


def _index(parts: int) -> str:
    entries = "".join(f"<sitemap><loc>{escape(site())}sitemap.xml?part={n}</loc></sitemap>\n"
                      for n in range(1, parts + 1))  # fmt: skip
    return f'<sitemapindex xmlns="{XMLNS}">\n{entries}</sitemapindex>\n'


def _xml(body: str) -> Response:
    response = Response('<?xml version="1.0" encoding="UTF-8"?>\n' + body,
                        content_type="application/xml; charset=utf-8")  # fmt: skip
    return fresh(response, request.args.get("part", ""))
