"""The SPARQL endpoint: /sparql by GET or POST, answered by killable worker processes."""

from flask import Blueprint, Response, current_app, request

from kg.namespaces import Vocab
from kg.query.executor import QueryFailed, QueryTimeout
from kg.query.guard import Guard, OutboundRefused
from kg.web.errors import (
    BadRequest,
    Forbidden,
    NotAcceptable,
    ServiceUnavailable,
    UnsupportedMediaType,
)
from kg.web.formats import GRAPH_FORMATS, RESULT_FORMATS, offer_message
from kg.web.negotiation import acceptable
from kg.web.store import dataset_version, get_executor

blueprint = Blueprint("sparql", __name__)
RETRY_AFTER_SECONDS = "5"


@blueprint.route("/sparql", methods=["GET", "POST"])
def sparql() -> Response:
    text = _query_text()
    config = current_app.config["KG"]
    prefixes = Vocab(config.base).prefixes()
    try:
        Guard((config.base,), config.allowed_remotes).check(text, prefixes)
    except OutboundRefused as error:
        raise Forbidden(str(error)) from error
    answer = _run(
        {
            "query": text,
            "prefixes": prefixes,
            "union": True,
            "version": dataset_version(),
            "result_format": _name(acceptable(RESULT_FORMATS)),
            "graph_format": _name(acceptable(GRAPH_FORMATS)),
        }
    )
    return _response(answer)


def _name(chosen) -> str | None:
    return chosen.name if chosen else None


def _run(query_request: dict):
    try:
        return get_executor().run(query_request)
    except QueryTimeout as error:
        raise ServiceUnavailable(str(error), {"Retry-After": RETRY_AFTER_SECONDS}) from error
    except QueryFailed as error:
        prefix = "SPARQL syntax error: " if error.kind == "syntax" else "query failed: "
        raise BadRequest(prefix + str(error)) from error


def _response(answer) -> Response:
    offered = GRAPH_FORMATS if answer.kind == "triples" else RESULT_FORMATS
    if answer.format is None:
        raise NotAcceptable(offer_message(offered))
    media_type = next(f.media_type for f in offered if f.name == answer.format)
    response = Response(answer.payload, content_type=f"{media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


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
