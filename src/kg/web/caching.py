"""Dataset version, ETags, conditional requests, a cache of recent results, and CORS.

Every response carries the dataset version. A query's ETag is the version, the query, its
dataset and the formats chosen: `If-None-Match` with it answers 304 without running anything,
and recent answers are kept in memory until the data changes.
"""

import hashlib
import threading
from collections import OrderedDict

from flask import Flask, Response, request

from kg.web.store import dataset_version

CACHE_ENTRIES = 256
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization, If-None-Match",
    "Access-Control-Expose-Headers": "ETag, X-Dataset-Version, Retry-After",
}


class ResultCache:
    def __init__(self, size: int = CACHE_ENTRIES):
        self.size, self.entries, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key: str):
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                return self.entries[key]
        return None

    def put(self, key: str, value) -> None:
        with self.lock:
            self.entries[key] = value
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


def etag_for(query_request: dict) -> str:
    parts = [str(query_request[k]) for k in ("version", "query", "default_graphs",
             "named_graphs", "union", "result_format", "graph_format")]  # fmt: skip
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:24]


def not_modified(etag: str) -> Response | None:
    if etag in request.if_none_match:
        response = Response(status=304)
        response.set_etag(etag)
        return response
    return None


def register(app: Flask) -> None:
    app.extensions["kg_cache"] = ResultCache()

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["X-Dataset-Version"] = str(dataset_version())
        if request.method != "POST" or request.mimetype != "application/sparql-update":
            response.headers.update(CORS_HEADERS)
        return response
