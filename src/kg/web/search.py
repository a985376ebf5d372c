"""`/search?q=`: Arabic and English labels, tolerant of Arabic spelling variants (see
search_index.py), ranked exact, then prefix, then contained, and paged.

A browser gets a page, `Accept: application/json` a JSON listing. When one resource matches,
or one matches exactly, the answer is a 303 to it; a JSON client always gets the listing,
since the resource it would be sent to has no JSON representation of a search.
"""

from flask import Blueprint, Response, jsonify, render_template, request

from kg.web import error_pages
from kg.web.freshness import fresh
from kg.web.paths import page_url, path_for, site
from kg.web.representation import see_other
from kg.web.resources import requested_page
from kg.web.search_index import EXACT, index
from kg.web.view import direction

blueprint = Blueprint("search", __name__)
error_pages.register(blueprint)
PAGE_SIZE = 20
RANK_NAMES = ("exact", "prefix", "contains")


@blueprint.route("/search")
def search() -> Response:
    query, page = request.args.get("q", "").strip(), requested_page()
    hits = index().find(query) if query else []
    wants = request.accept_mimetypes.best_match(["text/html", "application/json"])
    single = _single(hits)
    if single is not None and wants != "application/json":
        return fresh(see_other(f"{site()}id/{path_for(single)}"), "303", query)
    response = _listing(query, hits, page, wants == "application/json")
    response.headers["Vary"] = "Accept"
    return fresh(response, wants or "", query, str(page))


def _listing(query: str, hits: list, page: int, as_json: bool) -> Response:
    shown = [_hit(rank, entry) for rank, entry in hits[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]]
    listing = {"query": query, "total": len(hits), "page": page, "page_size": PAGE_SIZE,
               "pages": max(1, -(-len(hits) // PAGE_SIZE)), "hits": shown}  # fmt: skip
    if as_json:
        return jsonify(listing)
    return Response(render_template("search.html", **listing))


def _single(hits) -> str | None:
    """The IRI of the one resource found, or of the one found exactly."""
    exact = [entry.iri for rank, entry in hits if rank == EXACT]
    if len(exact) == 1 or len(hits) == 1:
        return (exact or [hits[0][1].iri])[0]
    return None


def _hit(rank: int, entry) -> dict:
    language = entry.label.language or ""
    path = path_for(entry.iri)
    shown = {"value": entry.label.value, "lang": language, "dir": direction(language)}
    return {
        "iri": entry.iri,
        "path": path,
        "page": page_url(path),
        "match": RANK_NAMES[rank],
        "label": shown,
    }
