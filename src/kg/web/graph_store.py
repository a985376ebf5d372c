"""SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graph-store (indirect identification).

Reads are public; PUT, POST and DELETE need the update token, like SPARQL Update. Every
write is one store transaction.
"""

import uuid

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.terms import n_triples
from kg.validation.gate import validate_write
from kg.web.errors import BadRequest, NotFound, UnsupportedMediaType
from kg.web.formats import GRAPH_FORMATS
from kg.web.negotiation import negotiate
from kg.web.rejected import RejectedWrite
from kg.web.store import bump_version, get_store
from kg.web.update import authorize, writing

blueprint = Blueprint("graph_store", __name__)
PATH = "/rdf-graph-store"
PARSERS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/n3": ox.RdfFormat.N3,
}


@blueprint.route(PATH, methods=["GET", "HEAD"])
def read() -> Response:
    target = _target()
    store = get_store()
    if target is not None and not store.contains_named_graph(target):
        raise NotFound(f"no graph <{target.value}>")
    graph = target or ox.DefaultGraph()
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, graph)]  # fmt: skip
    chosen = negotiate(GRAPH_FORMATS)
    body = ox.serialize(triples, format=chosen.oxigraph)
    return Response(body, content_type=f"{chosen.media_type}; charset=utf-8")


@blueprint.route(PATH, methods=["PUT"])
def replace() -> Response:
    authorize()
    target = _target()
    existed = target is None or get_store().contains_named_graph(target)
    _write(target, parse_body(), replace=True)
    return Response(status=204 if existed else 201)


@blueprint.route(PATH, methods=["POST"])
def merge() -> Response:
    authorize()
    target = _target()
    if target is None and "graph" not in request.args and "default" not in request.args:
        return _create()
    _write(target, parse_body(), replace=False)
    return Response(status=204)


@blueprint.route(PATH, methods=["DELETE"])
def delete() -> Response:
    authorize()
    target = _target()
    if target is not None and not get_store().contains_named_graph(target):
        raise NotFound(f"no graph <{target.value}>")
    _write(target, [], replace=True)  # replaced by nothing: dropped
    return Response(status=204)


def _create() -> Response:
    """POST to the store itself: a new graph under the store's URL, answered 201 + Location."""
    location = f"{request.host_url.rstrip('/')}{PATH}/{uuid.uuid4().hex}"
    _write(ox.NamedNode(location), parse_body(), replace=True)
    response = Response(status=201)
    response.headers["Location"] = location
    return response


def _target() -> ox.NamedNode | None:
    """The named graph a request names (?graph=IRI), or None for ?default."""
    if "default" in request.args:
        return None
    graph = request.args.get("graph")
    if graph:
        return ox.NamedNode(graph)
    if request.method in ("GET", "HEAD", "PUT", "DELETE"):
        raise BadRequest("name a graph with ?graph=<IRI> or ?default")
    return None


def parse_body() -> list:
    if request.mimetype == "multipart/form-data":
        found = []
        for part in request.files.values():
            found += _parse(part.read(), part.mimetype or "text/turtle")
        return found
    return _parse(request.get_data(), request.mimetype)


def _parse(data: bytes, media_type: str) -> list:
    if media_type not in PARSERS:
        raise UnsupportedMediaType(f"send one of: {', '.join(PARSERS)}")
    try:
        parsed = ox.parse(data, format=PARSERS[media_type], base_iri=request.base_url)
        return [(t.subject, t.predicate, t.object) for t in parsed]
    except SyntaxError as error:
        raise BadRequest(f"the RDF does not parse: {error}") from error


def _write(target: ox.NamedNode | None, triples: list, replace: bool) -> None:
    with writing:  # what is validated is what the store holds when the write lands
        _validate(target, triples, replace)
        _store(target, triples, replace)
    bump_version()


def _store(target: ox.NamedNode | None, triples: list, replace: bool) -> None:
    name = f"GRAPH <{target.value}>" if target is not None else "DEFAULT"
    operations = [f"DROP SILENT {name}"] if replace else []
    if triples:
        body = n_triples(triples)
        inner = f"GRAPH <{target.value}> {{ {body} }}" if target is not None else body
        operations.append(f"INSERT DATA {{ {inner} }}")
    if not operations:
        operations.append(f"CREATE SILENT {name}" if target is not None else "CLEAR SILENT DEFAULT")
    get_store().update(" ;\n".join(operations))


def _validate(target: ox.NamedNode | None, triples: list, replace: bool) -> None:
    """The graph as the write would leave it, against the shapes, with what the quads it
    removes leave of their nodes: a violation is a 422."""
    graph = target or ox.DefaultGraph()
    stored = list(get_store().quads_for_pattern(None, None, None, graph))
    kept = [] if replace else [(q.subject, q.predicate, q.object) for q in stored]
    removed = stored if replace else []
    base = current_app.config["KG"].base
    report = validate_write(get_store(), kept + triples, base, [graph], removed=removed)
    if not report.conforms:
        raise RejectedWrite("the data", report)
