"""RDF responses of the linked-data area: one serializer and one response shape, so every
format, header and IRI rule holds in one place."""

from html import escape

import pyoxigraph as ox
from flask import Response, request

from kg.namespaces import Vocab
from kg.web.formats import Format
from kg.web.paths import base


def serialize(triples, chosen: Format) -> bytes:
    """Absolute IRIs only (no base): clients resolve relative ones differently after a
    redirect. Prefixes only shorten them."""
    return ox.serialize(triples, format=chosen.oxigraph, prefixes=Vocab(base()).prefixes())


def typed(body, media_type: str, status: int = 200) -> Response:
    return Response(body, status=status, content_type=f"{media_type}; charset=utf-8")


def rdf_response(triples, chosen: Format, status: int = 200) -> Response:
    """Every RDF representation is negotiated (by Accept or by its extension's sibling)."""
    response = typed(serialize(triples, chosen), chosen.media_type, status)
    response.headers["Vary"] = "Accept"
    return response


def see_other(target: str) -> Response:
    """303 with a body that names the target: a link for a browser, one line for the rest."""
    if request.accept_mimetypes.best_match(["text/plain", "text/html"]) == "text/html":
        link = escape(target)
        body = (
            f'<!doctype html>\n<title>See other</title>\n<p>See <a href="{link}">{link}</a></p>\n'
        )
        response = typed(body, "text/html", 303)
    else:
        response = typed(f"See {target}\n", "text/plain", 303)
    response.headers["Location"] = target
    response.headers["Vary"] = "Accept"
    return response
