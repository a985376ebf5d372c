"""SPARQL Update: off unless a token is configured, and then only with that bearer token."""

import hmac
import re
import threading
from urllib.parse import urljoin

import pyoxigraph as ox
from flask import Response, current_app, request

from kg.namespaces import Vocab
from kg.query.dataset import DatasetConflict, with_using
from kg.validation.gate import validate_write
from kg.validation.report import render_text
from kg.web.errors import BadRequest, Forbidden, Unauthorized, UnprocessableEntity
from kg.web.protocol import Operation
from kg.web.store import bump_version, get_store

_writing = threading.Lock()


def authorize() -> None:
    token = current_app.config["KG"].update_token
    if not token:
        raise Forbidden("updates are disabled on this endpoint (no update token is configured)")
    given = request.headers.get("Authorization", "")
    if not given.startswith("Bearer "):
        raise Unauthorized("send Authorization: Bearer <token>", {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.removeprefix("Bearer ").encode(), token.encode()):
        raise Forbidden("the update token is not valid")


def run(operation: Operation) -> Response:
    authorize()
    text = operation.text
    if operation.default_graphs or operation.named_graphs:
        try:
            text = with_using(text, operation.default_graphs, operation.named_graphs)
        except DatasetConflict as error:
            raise BadRequest(str(error)) from error
    with _writing:  # one write at a time: a rejected one is undone before the next starts
        _apply_validated(text)
    bump_version()
    return Response(status=204)


def _apply_validated(text: str) -> None:
    """Apply the update, check the graphs it touched, and restore them if the shapes object."""
    store, base = get_store(), current_app.config["KG"].base
    prefixes = Vocab(base).prefixes()
    graphs = touched_graphs(text, prefixes, store)
    before = {g: _quads(store, g) for g in graphs}
    try:
        store.update(text, prefixes=prefixes, base_iri=request.base_url)
    except SyntaxError as error:
        raise BadRequest(f"SPARQL Update syntax error: {error}") from error
    except OSError as error:
        raise BadRequest(f"update failed: {error}") from error
    changed = {g: quads for g in graphs if (quads := _quads(store, g)) != before[g]}
    triples = [(q.subject, q.predicate, q.object) for quads in changed.values() for q in quads]
    names = [g.value for g in changed if isinstance(g, ox.NamedNode)]
    report = validate_write(store, triples, base, names) if changed else None
    if report is not None and not report.conforms:
        _restore(store, {g: before[g] for g in changed})
        raise UnprocessableEntity(f"the update violates the shapes\n{render_text(report)}")


def _quads(store: ox.Store, graph) -> set:
    return set(store.quads_for_pattern(None, None, None, graph))


def _restore(store: ox.Store, graphs: dict) -> None:
    for graph, quads in graphs.items():
        for quad in list(store.quads_for_pattern(None, None, None, graph)):
            store.remove(quad)
        store.extend(quads)


GRAPH_NAMES = re.compile(r"\b(?:GRAPH|WITH|INTO|TO|DROP|CLEAR|CREATE|LOAD|ADD|MOVE|COPY)\s+"
                         r"(?:SILENT\s+)?(?:GRAPH\s+)?(<[^>]*>|[A-Za-z][\w-]*:[^\s{}]*|\?\w+|\$\w+"
                         r"|ALL|NAMED|DEFAULT)", re.IGNORECASE)  # fmt: skip


def touched_graphs(text: str, prefixes: dict, store: ox.Store) -> list:
    """The graphs an update may write: those it names, and the default graph; every graph when
    it names one by a variable or says ALL or NAMED."""
    graphs: list = [ox.DefaultGraph()]
    for name in GRAPH_NAMES.findall(text):
        if name[0] in "?$" or name.upper() in ("ALL", "NAMED"):
            return graphs + list(store.named_graphs())
        if name.upper() == "DEFAULT":
            continue
        iri = name[1:-1] if name.startswith("<") else _expand(name, prefixes)
        graphs.append(ox.NamedNode(urljoin(request.base_url, iri)))
    return list(dict.fromkeys(graphs))


def _expand(name: str, prefixes: dict) -> str:
    prefix, _, local = name.partition(":")
    return prefixes.get(prefix, prefix + ":") + local
