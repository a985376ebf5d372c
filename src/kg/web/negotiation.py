"""Choose a response format from `format=` or the Accept header.

Clients send the same few Accept headers over and over, so the choice for each header (and
the formats offered) is remembered instead of parsed and ranked on every request.
"""

from functools import lru_cache

from flask import request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.web.errors import NotAcceptable
from kg.web.formats import FORMAT_ALIASES, Format, offer_message

REMEMBERED_HEADERS = 512


def acceptable(offered: list[Format]) -> Format | None:
    """`format=` wins when it names an offered format (by name, alias or media type); then
    Accept with q-values; no Accept or */* gets the first offered."""
    wanted = request.values.get("format")
    if wanted:
        by_name = {f.name: f for f in offered} | {f.media_type: f for f in offered}
        named = by_name.get(FORMAT_ALIASES.get(wanted.lower(), wanted.lower()))
        if named is not None or not request.headers.get("Accept"):
            return named
    media_types = tuple(f.media_type for f in offered)
    position = best_position(request.headers.get("Accept", ""), media_types)
    return None if position is None else offered[position]


@lru_cache(maxsize=REMEMBERED_HEADERS)
def best_position(accept: str, media_types: tuple[str, ...]) -> int | None:
    """Which of the media types an Accept header prefers: highest q, then the order offered;
    parameters such as charset do not matter. None when it accepts none of them."""
    accepted = parse_accept_header(accept, MIMEAccept)
    if not accepted:
        return 0
    ranked = []
    for value, quality in accepted:
        media = value.split(";")[0].strip().lower()
        for position, candidate in enumerate(media_types):
            if quality > 0 and _covers(media, candidate):
                ranked.append((-quality, media.count("*"), position))
    return min(ranked)[2] if ranked else None


def _covers(pattern: str, media_type: str) -> bool:
    if pattern in ("*/*", media_type):
        return True
    return pattern.endswith("/*") and media_type.startswith(pattern[:-1])


def negotiate(offered: list[Format]) -> Format:
    chosen = acceptable(offered)
    if chosen is None:
        raise NotAcceptable(offer_message(offered))
    return chosen
