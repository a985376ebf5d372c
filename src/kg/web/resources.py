"""Dereferenceable URIs: /id/... answers 303 to its description under /data/...; /ontology.

The description is what the store says about the resource (its outgoing statements, as
SPARQL DESCRIBE gives them) in the RDF format the client accepts.
"""

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, redirect, request

from kg.web.errors import NotFound
from kg.web.formats import GRAPH_FORMATS
from kg.web.negotiation import negotiate
from kg.web.store import get_store

blueprint = Blueprint("resources", __name__)


@blueprint.route("/id/<path:rest>")
def identifier(rest: str) -> Response:
    response = redirect(f"{request.host_url}data/{rest}", code=303)
    response.headers["Vary"] = "Accept"
    return response


@blueprint.route("/data/<path:rest>")
def description(rest: str) -> Response:
    base = current_app.config["KG"].base
    return _describe(f"{base}id/{rest}")


@blueprint.route("/ontology")
def ontology() -> Response:
    base = current_app.config["KG"].base
    graph = ox.NamedNode(f"{base}graph/ontology")
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in get_store().quads_for_pattern(None, None, None, graph)]  # fmt: skip
    return _rdf(triples)


def _describe(iri: str) -> Response:
    result = get_store().query(f"DESCRIBE <{iri}>", use_default_graph_as_union=True)
    triples = list(result)
    if not triples:
        raise NotFound(f"nothing is known about <{iri}>")
    return _rdf(triples)


def _rdf(triples) -> Response:
    chosen = negotiate(GRAPH_FORMATS)
    payload = ox.serialize(triples, format=chosen.oxigraph)
    response = Response(payload, content_type=f"{chosen.media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response
