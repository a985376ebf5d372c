"""The store and the query workers a request uses, created on first use from the app's config."""

import threading

import pyoxigraph as ox
from flask import current_app

from kg.query.executor import QueryExecutor
from kg.store.oxstore import open_store

_opening = threading.Lock()  # two first requests must not both open the store


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


def dataset_version() -> int:
    """Changes whenever the data does; workers reopen the store when it moves."""
    return current_app.extensions.get("kg_version", 0)


def bump_version() -> int:
    with _opening:
        current_app.extensions["kg_version"] = dataset_version() + 1
    return current_app.extensions["kg_version"]
