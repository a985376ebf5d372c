"""The SPARQL endpoint: /sparql by GET or POST; queries run in killable worker processes."""

from functools import lru_cache

from flask import Blueprint, Response, current_app, request

from kg.namespaces import Vocab
from kg.query.executor import QueryFailed, QueryTimeout, WorkerLost
from kg.query.guard import Guard, OutboundRefused
from kg.web import description, editor, update
from kg.web.caching import etag_for, not_modified
from kg.web.errors import BadRequest, Forbidden, NotAcceptable, ServiceUnavailable
from kg.web.formats import CONSTRUCT_FORMATS, RESULT_FORMATS, offer_message
from kg.web.negotiation import REMEMBERED_HEADERS, acceptable
from kg.web.protocol import Operation, read_operation
from kg.web.store import dataset_version, get_executor, get_store

blueprint = Blueprint("sparql", __name__)
RETRY_AFTER_SECONDS = "5"


@blueprint.route("/sparql", methods=["GET", "POST"])
@blueprint.route("/sparql/", methods=["GET", "POST"])
def sparql() -> Response:
    operation = read_operation()
    html = _wants_html(request.headers.get("Accept", ""), "format" in request.values)
    if operation is None:
        return editor.render_page("") if html else description.service_description()
    check_outbound(operation.text)
    if operation.kind == "update":
        return update.run(operation)
    query_request = _request(operation)
    if html:  # a browser: run as JSON or Turtle and show it as a page
        query_request |= {"result_format": "json", "graph_format": "turtle"}
        return editor.results_page(operation.text, _run(query_request))
    etag = etag_for(query_request)
    cached = not_modified(etag) or current_app.extensions["kg_cache"].get(etag)
    if isinstance(cached, Response):
        return cached
    answer = cached or _run(query_request)
    current_app.extensions["kg_cache"].put(etag, answer)
    response = _response(answer)
    response.set_etag(etag)
    return response


def check_outbound(text: str) -> None:
    config = current_app.config["KG"]

    def graphs() -> frozenset[str]:  # only a query with FROM or USING needs them
        return frozenset(g.value for g in get_store().named_graphs() if hasattr(g, "value"))

    guard = Guard((config.base,), config.allowed_remotes, graphs)
    try:
        guard.check(text, query_prefixes(config.base))
    except OutboundRefused as error:
        raise Forbidden(str(error)) from error


def _request(operation: Operation) -> dict:
    config = current_app.config["KG"]
    own_dataset = not (operation.default_graphs or operation.named_graphs)
    return {
        "query": operation.text,
        "prefixes": query_prefixes(config.base),
        "base_iri": _endpoint_iri(),  # relative IRIs resolve against the endpoint
        "union": own_dataset,  # no dataset given: the union of all graphs
        "default_graphs": operation.default_graphs,
        "named_graphs": operation.named_graphs,
        "version": dataset_version(),
        "result_format": _name(acceptable(RESULT_FORMATS)),
        "graph_format": _name(acceptable(CONSTRUCT_FORMATS)),
        "max_rows": config.max_rows,
    }


@lru_cache(maxsize=8)
def query_prefixes(base: str) -> dict[str, str]:
    """The prefixes every query may use without declaring them (shared: never changed)."""
    return Vocab(base).prefixes()


@lru_cache(maxsize=REMEMBERED_HEADERS)
def _wants_html(accept: str, has_format: bool) -> bool:
    """Whether a browser asks: it depends on nothing but the Accept header and format=, so
    each pair is decided once."""
    return editor.wants_html()


def _endpoint_iri() -> str:
    """The request's URL without its query string, built without Werkzeug's IRI decoding
    (the endpoint's own path has nothing to decode)."""
    return f"{request.scheme}://{request.host}{request.script_root}{request.path}"


def _name(chosen) -> str | None:
    return chosen.name if chosen else None


def _run(query_request: dict):
    try:
        return get_executor().run(query_request)
    except (QueryTimeout, WorkerLost) as error:
        raise ServiceUnavailable(str(error), {"Retry-After": RETRY_AFTER_SECONDS}) from error
    except QueryFailed as error:
        prefix = "SPARQL syntax error: " if error.kind == "syntax" else "query failed: "
        raise BadRequest(prefix + str(error)) from error


def _response(answer) -> Response:
    offered = CONSTRUCT_FORMATS if answer.kind == "triples" else RESULT_FORMATS
    if answer.format is None:
        raise NotAcceptable(offer_message(offered))
    media_type = next(f.media_type for f in offered if f.name == answer.format)
    response = Response(answer.payload, content_type=f"{media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    if answer.truncated_at is not None:  # never silently: the header says where it was cut
        response.headers["X-Result-Truncated"] = f"max_rows={answer.truncated_at}"
    return response
