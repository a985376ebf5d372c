"""The SPARQL endpoint: /sparql by GET or POST."""

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.namespaces import Vocab
from kg.query.guard import Guard, OutboundRefused
from kg.web.errors import BadRequest, Forbidden, UnsupportedMediaType
from kg.web.negotiation import Format, negotiate
from kg.web.store import get_store

blueprint = Blueprint("sparql", __name__)

RESULT_FORMATS = [
    Format("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    Format("csv", "text/csv", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
GRAPH_FORMATS = [
    Format("turtle", "text/turtle", ox.RdfFormat.TURTLE),
    Format("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
    Format("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    Format("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
]


@blueprint.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    text = _query_text()
    config = current_app.config["KG"]
    prefixes = Vocab(config.base).prefixes()
    try:
        Guard((config.base,), config.allowed_remotes).check(text, prefixes)
    except OutboundRefused as error:
        raise Forbidden(str(error)) from error
    try:
        result = get_store().query(text, prefixes=prefixes, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise BadRequest(f"SPARQL syntax error: {error}") from error
    return _serialize(result)


def _query_text() -> str:
    if request.method == "POST" and request.mimetype == "application/sparql-query":
        return request.get_data(as_text=True)
    if request.method == "POST" and request.mimetype not in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    ):
        raise UnsupportedMediaType(
            "POST a query as application/sparql-query or application/x-www-form-urlencoded"
        )
    query = request.values.get("query")
    if not query:
        raise BadRequest("missing 'query' parameter")
    return query


def _serialize(result) -> Response:
    if isinstance(result, ox.QueryTriples):
        chosen = negotiate(GRAPH_FORMATS)
    else:
        chosen = negotiate(RESULT_FORMATS)
    payload = result.serialize(format=chosen.oxigraph)
    response = Response(payload, content_type=f"{chosen.media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response
