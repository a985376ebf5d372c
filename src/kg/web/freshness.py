"""Validators and cache lifetimes for linked-data responses: an ETag from the dataset version
and what was asked, a Last-Modified from when this server first served that version, 304 for
a conditional request that already has it."""

import hashlib
from datetime import UTC, datetime

from flask import Response, current_app, request

from kg.web.store import dataset_version

MAX_AGE_SECONDS = 300  # short: a rebuilt store is seen within minutes without revalidation


def fresh(response: Response, *variant: str) -> Response:
    """Mark `response` with validators and answer 304 when the client is up to date."""
    version = dataset_version()
    key = "\x1f".join((version, request.path, *variant))
    response.set_etag(hashlib.sha1(key.encode()).hexdigest()[:24])
    response.last_modified = version_seen(version)
    response.cache_control.public = True
    response.cache_control.max_age = MAX_AGE_SECONDS
    return response.make_conditional(request)


def version_seen(version: str) -> datetime:
    """The data has no change time of its own; the first time this server served a version is
    the latest it can have changed, to the second (HTTP dates have no finer grain)."""
    seen = current_app.extensions.setdefault("kg_version_seen", {})
    return seen.setdefault(version, datetime.now(UTC).replace(microsecond=0))
