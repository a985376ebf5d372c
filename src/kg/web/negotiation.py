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
    return _best(offered)


def _best(offered: list[Format]) -> Format | None:
    """Highest q wins, then the order offered; parameters such as charset do not matter."""
    ranked = []
    for value, quality in request.accept_mimetypes:
        media = value.split(";")[0].strip().lower()
        for position, candidate in enumerate(offered):
            if quality > 0 and _covers(media, candidate.media_type):
                ranked.append((-quality, media.count("*"), position, candidate))
    return min(ranked, key=lambda r: r[:3])[3] if ranked else None


def _covers(pattern: str, media_type: str) -> bool:
    if pattern in ("*/*", media_type):
        return True
    return pattern.endswith("/*") and media_type.startswith(pattern[:-1])


def negotiate(offered: list[Format]) -> Format:
    chosen = acceptable(offered)
    if chosen is None:
        raise NotAcceptable(offer_message(offered))
    return chosen
