"""The store and the query workers a request uses, created on first use from the app's config."""

import hashlib
import threading
from pathlib import Path

import pyoxigraph as ox
from flask import current_app

from kg.query.executor import QueryExecutor
from kg.store.oxstore import open_store

_opening = threading.RLock()  # two first requests must not both open the store


def get_store() -> ox.Store:
    """The writable store (updates, and small reads such as one resource's description)."""
    extensions = current_app.extensions
    with _opening:
        if "kg_store" not in extensions:
            extensions["kg_store"] = open_store(current_app.config["KG"].store_path)
    return extensions["kg_store"]


def get_executor() -> QueryExecutor:
    extensions = current_app.extensions
    get_store()  # the store must exist before workers open it read-only
    with _opening:
        if "kg_executor" not in extensions:
            config = current_app.config["KG"]
            extensions["kg_executor"] = QueryExecutor(
                str(config.store_path), config.workers, config.query_timeout
            )
    return extensions["kg_executor"]


def dataset_version() -> str:
    """Changes whenever the data does: a stamp of what the store's graphs and document
    hashes are, and a count of the writes through the endpoint, kept beside the store so that
    a restart never gives an earlier version's name to newer data. Workers reopen the store
    when it moves."""
    extensions = current_app.extensions
    if "kg_version" not in extensions:
        with _opening:
            extensions.setdefault("kg_version", (_stamp(), _writes_file().read()))
    stamp, updates = extensions["kg_version"]
    return f"{stamp}-{updates}"


def bump_version() -> str:
    """After a write: flush it to disk (the workers open the store afresh to see it) and move
    the version on."""
    get_store().flush()
    dataset_version()
    with _opening:
        stamp, updates = current_app.extensions["kg_version"]
        current_app.extensions["kg_version"] = (stamp, updates + 1)
        _writes_file().write(updates + 1)
    return dataset_version()


class _WritesFile:
    """The count of endpoint writes, in `<store>.writes` beside the store."""

    def __init__(self, path: Path):
        self.path = path

    def read(self) -> int:
        try:
            return int(self.path.read_text())
        except (OSError, ValueError):
            return 0

    def write(self, count: int) -> None:
        self.path.write_text(str(count))


def _writes_file() -> _WritesFile:
    store = current_app.config["KG"].store_path
    return _WritesFile(store.with_name(store.name + ".writes"))


STAMP_QUERY = "SELECT ?g ?hash WHERE { GRAPH ?g { OPTIONAL { ?s <%s> ?hash } } }"


def _stamp() -> str:
    """A digest of the graphs and their content hashes (documents, build fingerprint): a
    rebuilt store gets a new stamp without reading every triple."""
    base = current_app.config["KG"].base
    rows = get_store().query(STAMP_QUERY % f"{base}ontology#sha256")
    rows2 = get_store().query(STAMP_QUERY % f"{base}ontology#pipelineFingerprint")
    digest = hashlib.sha1()
    for row in sorted(str(r["g"]) + str(r["hash"]) for result in (rows, rows2) for r in result):
        digest.update(row.encode())
    return digest.hexdigest()[:12]
