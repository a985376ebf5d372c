"""404 and 406 of the linked-data area in what the client reads: a page for a browser, a small
RDF document saying so for a client that asked for RDF by name (404 only: a 406 has no format
to say it in), and the project's one error body (JSON or plain text) for everything else."""

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from kg.web.errors import ApiError, NotAcceptable, NotFound, respond
from kg.web.formats import GRAPH_FORMATS
from kg.web.paths import HTML
from kg.web.representation import rdf_response, typed

RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
ARABIC_TITLES = {404: "غير موجود", 406: "صيغة غير متاحة"}


def register(blueprint: Blueprint) -> None:
    for error in (NotFound, NotAcceptable):
        blueprint.register_error_handler(error, refuse)


def refuse(error: ApiError) -> Response:
    chosen = _named_choice(error)
    if chosen is HTML:
        response = typed(_page(error), HTML.media_type, error.status)
    elif chosen is not None:
        response = _rdf(error, chosen)
    else:  # curl, */*, JSON: the common error body
        response = respond(error.status, error.title, error.message, error.headers)
    response.headers["Vary"] = "Accept"
    response.cache_control.no_cache = True  # the resource may exist after the next write
    return response


def _named_choice(error: ApiError):
    """The format the client prefers among those it names itself (not only through */*)."""
    offered = [HTML, *GRAPH_FORMATS] if isinstance(error, NotFound) else [HTML]
    named = [f for f in offered if f.media_type in _named_types()]
    if not named:
        return None
    best = request.accept_mimetypes.best_match([f.media_type for f in named])
    return next(f for f in named if f.media_type == best)


def _named_types() -> set[str]:
    return {value.split(";")[0].strip() for value in request.accept_mimetypes.values()}


def _page(error: ApiError) -> str:
    return render_template(
        "error.html",
        status=error.status,
        title=error.title,
        title_ar=ARABIC_TITLES.get(error.status),
        message=error.message,
    )


def _rdf(error: ApiError, chosen) -> Response:
    statement = ox.Triple(ox.NamedNode(request.url), RDFS_COMMENT, ox.Literal(error.message))
    return rdf_response([statement], chosen, error.status)
