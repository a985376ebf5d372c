"""An app over a store this test process already holds open (a store opens once per process)."""

from conftest import BASE
from kg.settings import resolve
from kg.web import create_app


def app_over(store, store_path, **settings):
    """`store_path` decides only where the server keeps what it derives (times, dumps, the
    count of writes); `settings` override others (update_token="...")."""
    overrides = {"store": str(store_path), "base": BASE} | settings
    app = create_app(resolve(overrides, environ={}))
    app.extensions["kg_store"] = store
    return app
