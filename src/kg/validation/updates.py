"""A SPARQL Update checked before it stays: applied, the graphs it changed validated, and every
one of them put back exactly as it was when the shapes object.

pyoxigraph applies an update atomically but offers no transaction to inspect before commit, so
the graphs an update may write are copied first: those it names, the default graph, and every
graph when it names one by a variable, says ALL or NAMED, or names one in a way this reading
does not follow (a BASE, an unknown prefix). A graph the update creates without naming it is
found afterwards; it was empty before.
"""

import re
from urllib.parse import urljoin

import pyoxigraph as ox

from kg.validation.gate import InvalidWrite, validate_write
from kg.validation.report import Report

KEYWORDS = r"\b(?:GRAPH|WITH|INTO|TO|DROP|CLEAR|CREATE|LOAD|ADD|MOVE|COPY)\b"
NAME = (r"\s*(?:SILENT\s+)?(?:GRAPH\s*)?(<[^>]*>|[\w.-]*:[^\s{}();,]*|[?$]\w+"
        r"|ALL\b|NAMED\b|DEFAULT\b)?")  # fmt: skip
GRAPH_NAMES = re.compile(KEYWORDS + NAME, re.IGNORECASE)
DECLARED = re.compile(r"\bPREFIX\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)
HAS_BASE = re.compile(r"\bBASE\s*<", re.IGNORECASE)


def apply_validated(store: ox.Store, text: str, base: str, prefixes: dict, base_iri: str):
    """Apply the update; return the report on what it changed (None when nothing changed), or
    restore the store and raise InvalidWrite when the shapes reject it."""
    graphs = touched_graphs(store, text, prefixes, base_iri)
    named_before = set(store.named_graphs())
    before = {g: _quads(store, g) for g in graphs}
    store.update(text, prefixes=prefixes, base_iri=base_iri)
    for created in set(store.named_graphs()) - named_before - set(before):
        before[created] = set()
    changed = {g: quads for g in before if (quads := _quads(store, g)) != before[g]}
    if not changed:
        return None
    report = _check(store, changed, base)
    if not report.conforms:
        restore(store, {g: before[g] for g in changed}, named_before)
        raise InvalidWrite(report)
    return report


def _check(store: ox.Store, changed: dict, base: str) -> Report:
    triples = [(q.subject, q.predicate, q.object) for quads in changed.values() for q in quads]
    names = [g.value for g in changed if isinstance(g, ox.NamedNode)]
    return validate_write(store, triples, base, names)


def touched_graphs(store: ox.Store, text: str, prefixes: dict, base_iri: str) -> list:
    """The graphs the update may write: the default graph and those it names; every graph
    when that cannot be told from the text."""
    everything = [ox.DefaultGraph(), *store.named_graphs()]
    if HAS_BASE.search(text):
        return everything
    known = prefixes | dict(DECLARED.findall(text))
    graphs: list = [ox.DefaultGraph()]
    for match in GRAPH_NAMES.finditer(text):
        iri = _graph_iri(match, known, base_iri)
        if iri is None:
            return everything
        if iri:
            graphs.append(ox.NamedNode(iri))
    return list(dict.fromkeys(graphs))


def _graph_iri(match, prefixes: dict, base_iri: str) -> str | None:
    """The IRI a keyword's graph name stands for; "" for the default graph, or for TO, INTO
    and WITH without a name (words in a literal, say); None when it may be any graph."""
    name = match.group(1)
    if name is None:
        word = match.group(0).split()[0].upper()
        return "" if word in ("TO", "INTO", "WITH") else None
    if name.upper() == "DEFAULT":
        return ""
    if name[0] in "?$" or name.upper() in ("ALL", "NAMED"):
        return None
    if name.startswith("<"):
        return urljoin(base_iri, name[1:-1])
    prefix, _, local = name.partition(":")
    return prefixes[prefix] + local if prefix in prefixes else None


def _quads(store: ox.Store, graph) -> set:
    return set(store.quads_for_pattern(None, None, None, graph))


def restore(store: ox.Store, graphs: dict, named_before: set) -> None:
    """Put each graph back to its quads, and the set of named graphs back as it was."""
    for graph, quads in graphs.items():
        for quad in list(store.quads_for_pattern(None, None, None, graph)):
            store.remove(quad)
        store.extend(quads)
    _restore_names(store, named_before)


def _restore_names(store: ox.Store, named_before: set) -> None:
    now = set(store.named_graphs())
    for graph in now - named_before:
        store.remove_graph(graph)
    for graph in named_before - now:
        store.add_graph(graph)
