"""Choose a response format from `format=` or the Accept header."""

from dataclasses import dataclass

from flask import request

from kg.web.errors import NotAcceptable


@dataclass(frozen=True)
class Format:
    name: str  # the value of ?format=
    media_type: str
    oxigraph: object  # pyoxigraph RdfFormat or QueryResultsFormat


def negotiate(offered: list[Format]) -> Format:
    """`format=` wins; then Accept with q-values; no Accept or */* gets the first offered."""
    by_name = {f.name: f for f in offered} | {f.media_type: f for f in offered}
    wanted = request.values.get("format")
    if wanted:
        if wanted not in by_name:
            raise NotAcceptable(_offer_message(offered))
        return by_name[wanted]
    if not request.accept_mimetypes:
        return offered[0]
    best = request.accept_mimetypes.best_match([f.media_type for f in offered])
    if best is None:
        raise NotAcceptable(_offer_message(offered))
    return by_name[best]


def _offer_message(offered: list[Format]) -> str:
    return "offered: " + ", ".join(f"{f.media_type} (format={f.name})" for f in offered)
