"""The web application: SPARQL endpoint (and, later, linked-data pages)."""

from flask import Flask

from kg.settings import Config
from kg.web import caching, editor, errors, graph_store, linked_data, resources, sparql, validation


def create_app(config: Config) -> Flask:
    app = Flask(__name__)
    app.config["KG"] = config
    errors.register(app)
    caching.register(app)
    app.register_blueprint(sparql.blueprint)
    app.register_blueprint(resources.blueprint)
    app.register_blueprint(graph_store.blueprint)
    app.register_blueprint(editor.blueprint)
    app.register_blueprint(validation.blueprint)
    linked_data.register(app)
    return app
