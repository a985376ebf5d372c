"""A 404 for an unknown resource in what the client reads: a page for a browser, a small
RDF document saying so for an RDF client, the common error body otherwise."""

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from kg.web.errors import NotFound, respond
from kg.web.formats import GRAPH_FORMATS
from kg.web.paths import HTML

RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")


def register(blueprint: Blueprint) -> None:
    blueprint.register_error_handler(NotFound, not_found)


def not_found(error: NotFound) -> Response:
    named = [f for f in (HTML, *GRAPH_FORMATS) if _asked_for(f.media_type)]
    best = request.accept_mimetypes.best_match([f.media_type for f in named]) if named else None
    if best == HTML.media_type:
        page = render_template("not_found.html", message=error.message)
        return Response(page, status=404, content_type="text/html; charset=utf-8")
    chosen = next((f for f in GRAPH_FORMATS if f.media_type == best), None)
    if chosen is None:  # curl, */*, JSON: the common error body
        return respond(error.status, error.title, error.message)
    return _rdf_not_found(error, chosen)


def _asked_for(media_type: str) -> bool:
    """Named in Accept itself, not only reached through */*."""
    return any(
        value.split(";")[0].strip() == media_type for value in request.accept_mimetypes.values()
    )


def _rdf_not_found(error: NotFound, chosen) -> Response:
    statement = ox.Triple(ox.NamedNode(request.url), RDFS_COMMENT, ox.Literal(error.message))
    body = ox.serialize([statement], format=chosen.oxigraph)
    response = Response(body, status=404, content_type=f"{chosen.media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response
