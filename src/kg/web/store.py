"""The store a request reads from, opened on first use with the app's configuration."""

import threading

import pyoxigraph as ox
from flask import current_app

from kg.store.oxstore import open_store

_opening = threading.Lock()  # two first requests must not both open the store


def get_store() -> ox.Store:
    extensions = current_app.extensions
    with _opening:
        if "kg_store" not in extensions:
            extensions["kg_store"] = open_store(current_app.config["KG"].store_path)
    return extensions["kg_store"]
