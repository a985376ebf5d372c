"""Dereferenceable URIs (W3C Cool URIs, 303 flavour).

`/id/<kind>/<slug>` and `/graph/<name>` answer 303 to the resource's page (`/page/...`) or its
description (`/data/...`) by `Accept`; `/data/<path>.ttl|.jsonld|.nt|.rdf` serve each
format, `/data/<path>` the one `Accept` asks for. `/ontology` (and its version IRI) is served
in place, as documentation for people or as RDF.
"""

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg.web import describe, error_pages, linkheaders, ontology_page
from kg.web.errors import BadRequest, NotAcceptable, NotFound
from kg.web.formats import GRAPH_FORMATS, Format, offer_message
from kg.web.freshness import cacheable, fresh
from kg.web.negotiation import negotiate
from kg.web.paths import HTML, base, data_url, iri_for, page_url, split_extension
from kg.web.representation import rdf_response, see_other, typed

blueprint = Blueprint("resources", __name__)
error_pages.register(blueprint)
PAGE_AND_DATA = [*GRAPH_FORMATS, HTML]  # Turtle first: no Accept, or */*, gets Turtle


@blueprint.route("/id/<path:rest>")
def identifier(rest: str) -> Response:
    return _see_other(rest, f"{base()}id/{rest}")


@blueprint.route("/graph/<path:rest>")
def named_graph(rest: str) -> Response:
    return _see_other(f"graph/{rest}", f"{base()}graph/{rest}")


def _see_other(path: str, iri: str) -> Response:
    if iri_for(path) != iri or not describe.exists(ox.NamedNode(iri)):
        raise NotFound(f"nothing is known about <{iri}>")
    chosen = negotiate(PAGE_AND_DATA)
    target = page_url(path) if chosen is HTML else data_url(path)  # negotiated again there
    response = see_other(target)
    response.headers["Link"] = linkheaders.header(linkheaders.resource_links(path, iri))
    return cacheable(response)


@blueprint.route("/data/<path:rest>")
def description(rest: str) -> Response:
    path, chosen, extension = split_extension(rest)
    iri = iri_for(path)
    if iri is None or not describe.exists(ox.NamedNode(iri)):
        _refuse_unknown(rest, extension)
    page = requested_page()
    found = describe.describe(ox.NamedNode(iri), page, base())
    if found is None or page > found.pages:
        raise NotFound(f"<{iri}> has no page {page}")
    response = _serve(found, path, chosen or negotiate(GRAPH_FORMATS))
    if chosen is None:  # negotiated: say where this very representation lives
        response.headers["Content-Location"] = data_url(path, negotiate(GRAPH_FORMATS))
    return response


def _refuse_unknown(rest: str, extension: str) -> None:
    """A known resource asked for in a format not offered is a 406, anything else a 404."""
    stem = rest[: -len(extension) - 1] if extension else rest
    iri = iri_for(stem)
    if extension and iri and describe.exists(ox.NamedNode(iri)):
        raise NotAcceptable(f".{extension} is not offered; " + offer_message(GRAPH_FORMATS))
    raise NotFound(f"nothing is known about <{iri or rest}>")


def requested_page() -> int:
    raw = request.args.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        raise BadRequest(f"page must be a whole number from 1, not {raw!r}")
    return int(raw)


def _serve(found: describe.Description, path: str, chosen: Format) -> Response:
    url = data_url(path, chosen)
    extras = describe.paging_statements(found, url) + found.labels
    response = rdf_response([*found.statements, *extras], chosen)
    links = linkheaders.resource_links(path, found.subject.value)
    links += linkheaders.paging_links(url, found)
    response.headers["Link"] = linkheaders.header(links)
    return fresh(response, chosen.name, str(found.page))


@blueprint.route("/ontology")
@blueprint.route("/ontology/<version>")
def ontology(version: str = "") -> Response:
    if version and f"{base()}ontology/{version}" not in ontology_page.version_iris():
        raise NotFound(f"no ontology version {version}")
    return _ontology_response(negotiate(PAGE_AND_DATA))


@blueprint.route("/ontology.<extension>")
def ontology_file(extension: str) -> Response:
    _, chosen, _ = split_extension(f"ontology.{extension}")
    if chosen is None:
        raise NotAcceptable(f".{extension} is not offered; " + offer_message(GRAPH_FORMATS))
    return _ontology_response(chosen)


def _ontology_response(chosen: Format) -> Response:
    if chosen is HTML:
        response = typed(ontology_page.render(), HTML.media_type)
        response.headers["Vary"] = "Accept"
    else:
        response = rdf_response(ontology_page.triples(), chosen)
    response.headers["Link"] = linkheaders.header(linkheaders.ontology_links())
    return fresh(response, chosen.name)
