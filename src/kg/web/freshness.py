"""Validators and cache lifetimes for linked-data responses.

Builds are deterministic (the same documents give the same graph), so the data holds no time
of its own change. That time is kept beside the store instead (`<store>-web/changed.json`):
the content stamp the server last served and when that content changed. A server started over
the store it last served reads the same time back, so `Last-Modified` and the ETag (derived
from that time) survive a restart. New content takes the time its build recorded
(`prov:endedAtTime` in the build graph) or else the moment it is first served; a write through
the endpoint, the moment the next linked-data response sees it.
"""

import hashlib
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flask import Response, current_app, request

from kg.web.paths import base
from kg.web.store import dataset_version, get_store

MAX_AGE_SECONDS = 300  # short: a rebuilt store is seen within minutes without revalidation
BUILD_TIME = """SELECT (MAX(?t) AS ?t) WHERE { GRAPH <%sgraph/build> {
  ?build <http://www.w3.org/ns/prov#endedAtTime> ?t } }"""
_recording = threading.Lock()


@dataclass(frozen=True)
class Change:
    stamp: str  # the dataset version it was recorded for
    at: datetime  # full precision: two writes within one second still differ

    @property
    def key(self) -> str:
        """Names the content as served: ETags and dump file names derive from it."""
        return hashlib.sha1(f"{self.stamp}@{self.at.isoformat()}".encode()).hexdigest()[:16]


def fresh(response: Response, *variant: str) -> Response:
    """Mark `response` with validators and answer 304 when the client is up to date."""
    change = last_change()
    etag = "\x1f".join((change.key, request.path, *variant))
    response.set_etag(hashlib.sha1(etag.encode()).hexdigest()[:24])
    response.last_modified = change.at.replace(microsecond=0)  # HTTP dates stop at seconds
    cacheable(response)
    return response.make_conditional(request)


def cacheable(response: Response) -> Response:
    response.cache_control.public = True
    response.cache_control.max_age = MAX_AGE_SECONDS
    return response


def last_change() -> Change:
    version, seen = dataset_version(), current_app.extensions.setdefault("kg_changes", {})
    if version not in seen:
        with _recording:
            if version not in seen:
                seen[version] = _record(version)
    return seen[version]


def side_folder() -> Path:
    """Where the server keeps what it derives from the store: beside it, never inside."""
    store = current_app.config["KG"].store_path
    return store.parent / f"{store.name}-web"


def _record(version: str) -> Change:
    """The version is "<content stamp>-<endpoint writes>", both kept across restarts."""
    kept = _read()
    if kept is not None and kept.stamp == version:
        return kept  # restarted over the content it last served
    rebuilt = kept is None or kept.stamp.rsplit("-", 1)[0] != version.rsplit("-", 1)[0]
    at = (_build_time() if rebuilt else None) or datetime.now(UTC)
    _write(Change(version, at))
    return Change(version, at)


def _build_time() -> datetime | None:
    rows = list(get_store().query(BUILD_TIME % base()))
    found = rows[0]["t"] if rows else None
    return _parse(found.value) if found is not None else None


def _parse(text: str) -> datetime:
    parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _read() -> Change | None:
    try:
        kept = json.loads((side_folder() / "changed.json").read_text(encoding="utf-8"))
        return Change(kept["stamp"], _parse(kept["changed"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # never recorded, or unreadable: the content counts as new


def _write(change: Change) -> None:
    """Written aside and renamed, so a reader never sees half a record. A store on read-only
    media still serves; its times only do not survive a restart."""
    target = side_folder() / "changed.json"
    record = {"stamp": change.stamp, "changed": change.at.isoformat()}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        partial.write_text(json.dumps(record), encoding="utf-8")
        partial.replace(target)
    except OSError:
        pass
