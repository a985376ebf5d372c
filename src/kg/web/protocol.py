"""Reading a SPARQL Protocol request: the operation, its text and its dataset."""

from dataclasses import dataclass, field

from flask import current_app, request

from kg.web.errors import BadRequest, PayloadTooLarge, UnsupportedMediaType

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
DIRECT_TYPES = {"query": "application/sparql-query", "update": "application/sparql-update"}


@dataclass
class Operation:
    kind: str  # "query" or "update"
    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def read_operation() -> Operation | None:
    """The operation a request carries, or None for a bare GET (the service description)."""
    if request.method == "POST" and request.mimetype in DIRECT_TYPES.values():
        kind = "query" if request.mimetype == DIRECT_TYPES["query"] else "update"
        return _dataset(Operation(kind, _direct_body()), kind)
    if request.method == "POST" and request.mimetype not in FORM_TYPES:
        raise UnsupportedMediaType(
            "POST a query as application/sparql-query, an update as application/sparql-update, "
            "or either as application/x-www-form-urlencoded"
        )
    reading = request.method in ("GET", "HEAD")  # HEAD: a GET without the body
    source = request.args if reading else request.form
    present = [kind for kind in ("query", "update") if kind in source]
    if not present:
        if reading and not request.args:
            return None
        raise BadRequest("missing 'query' or 'update' parameter")
    if len(present) > 1 or len(source.getlist(present[0])) > 1:
        raise BadRequest("exactly one 'query' or one 'update' per request")
    if present[0] == "update" and reading:
        raise BadRequest("updates must be POSTed")
    return _dataset(Operation(present[0], _checked(source[present[0]])), present[0])


def _direct_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"the body must be UTF-8, not {charset}")
    data = request.get_data()
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise BadRequest(f"the body is not UTF-8: {error}") from error


def _checked(text: str) -> str:
    limit = current_app.config["KG"].max_query_bytes
    if len(text.encode("utf-8")) > limit:
        raise PayloadTooLarge(f"the operation is over the {limit}-byte limit")
    return text


DATASET_PARAMETERS = {
    "query": ("default-graph-uri", "named-graph-uri"),
    "update": ("using-graph-uri", "using-named-graph-uri"),
}


def _dataset(operation: Operation, kind: str) -> Operation:
    default, named = DATASET_PARAMETERS[kind]
    given = request.values  # the URL's parameters, and a POSTed form's (a GET has no form)
    operation.default_graphs = given.getlist(default)
    operation.named_graphs = given.getlist(named)
    return operation
