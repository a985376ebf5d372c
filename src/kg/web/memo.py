"""Values derived from the whole dataset (search index, VoID statistics, sitemap entries),
computed once per dataset version and app, and recomputed when the data changes."""

import threading
from collections.abc import Callable
from typing import TypeVar

from flask import current_app

from kg.web.store import dataset_version

T = TypeVar("T")
_computing = threading.RLock()  # concurrent first requests wait for one computation


def per_version(name: str, compute: Callable[[], T]) -> T:
    version, extensions = dataset_version(), current_app.extensions
    cached = extensions.get(name)
    if cached is None or cached[0] != version:
        with _computing:
            cached = extensions.get(name)
            if cached is None or cached[0] != version:
                cached = extensions[name] = (version, compute())
    return cached[1]
