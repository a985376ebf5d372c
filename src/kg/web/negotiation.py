"""Choose a response format from `format=` or the Accept header."""

from flask import request

from kg.web.errors import NotAcceptable
from kg.web.formats import Format, offer_message


def acceptable(offered: list[Format]) -> Format | None:
    """`format=` wins; then Accept with q-values; no Accept or */* gets the first offered."""
    by_name = {f.name: f for f in offered} | {f.media_type: f for f in offered}
    wanted = request.values.get("format")
    if wanted:
        return by_name.get(wanted)
    if not request.accept_mimetypes:
        return offered[0]
    best = request.accept_mimetypes.best_match([f.media_type for f in offered])
    return by_name[best] if best else None


def negotiate(offered: list[Format]) -> Format:
    chosen = acceptable(offered)
    if chosen is None:
        raise NotAcceptable(offer_message(offered))
    return chosen
