"""Validate what a write touches, not the whole graph.

The data checked is the written triples with their inferences, the ontology's scheme membership
and kind classes, and what the store already says: the whole stored description of every node
the write adds to (so its shapes run on all it says, not on the new triples alone), and of the
nodes they link to, what the shapes read (types, labels, kinds, a document's text, a sentence's
offsets). The graphs the write replaces are left out: their old content is going away. Every
triple keeps its graph, so sh:class can tell asserted types from inferred ones.
"""

from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import SKOS

from kg import resources
from kg.memory import collections_paused, older_objects_frozen
from kg.store.reasoning import Materializer
from kg.validation import removal, sparql_engine
from kg.validation.context import StoredContext
from kg.validation.report import Report


@lru_cache(maxsize=4)
def ontology_digest(base: str) -> tuple:
    """Scheme membership and kind classes: what the shapes read from the ontology."""
    ontology = resources.ontology_graph(base)
    wanted = (SKOS.inScheme, URIRef(f"{base}ontology#kindClass"))
    graph = ox.NamedNode(f"{base}graph/ontology")
    return tuple(
        ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.NamedNode(str(o)), graph)
        for p in wanted
        for s, o in ontology.subject_objects(p)
    )


@lru_cache(maxsize=4)
def _digest(base: str):
    """The ontology digest, indexed once (the checks read all of it)."""
    return sparql_engine.known(ontology_digest(base), base)


@lru_cache(maxsize=4)
def materializer(base: str) -> Materializer:
    return Materializer(resources.ontology_graph(base))


def validate_write(store: ox.Store | None, triples, base: str, replaced=(), inferred=None,
                   context: StoredContext | None = None, removed=()):  # fmt: skip
    """The report for `triples` about to be written (replacing the graphs in `replaced`: IRIs,
    or pyoxigraph graph names), on the nodes they describe: a node the write only links to is
    not what it changes, and what the store says about it is only the part the shapes read.
    `context`: what a build has already read from the store (kg.validation.context).
    `removed`: the stored quads the write takes away (kg.validation.removal)."""
    with older_objects_frozen(), collections_paused():
        return _validate_write(store, list(triples), base, replaced, inferred, context, removed)


def _validate_write(store, triples: list, base: str, replaced, inferred, context, removed):
    if inferred is None:
        inferred = materializer(base).infer(triples)
    nodes = removal.touched(store, removed, triples, replaced) if removed else set()
    stored = removal.remaining(store, nodes, replaced) if nodes else []
    described = {t[0] for t in triples} | {t[0] for t in inferred} | nodes
    written = _written_quads(triples, inferred, base)
    # Most inferences are superclass types and superproperties, and many triples say what no
    # check reads: choosing once what the checks read spares every later pass over the rest.
    # The stored context is found from every triple (as without the choice), and what it
    # reads from the store is what the checks read.
    read = sparql_engine.read_by_checks(written, base)
    inferences = _write_inferences(base)
    scanned = [*written[: len(triples)], *(q for q in read if q[3] is inferences), *stored]
    data = [*read, *stored, *_context(store, base, scanned, replaced, context, described)]
    return sparql_engine.validate_quads(data, base, described, True, _digest(base))


@lru_cache(maxsize=4)
def _write_inferences(base: str) -> ox.NamedNode:
    """The graph a write's inferences are validated in (one term: it is compared by identity)."""
    return ox.NamedNode(f"{base}graph/inferred/write")


def _written_quads(triples: list, inferred: list, base: str) -> list:
    """The write's triples in the default graph, their inferences in an inferred graph."""
    default, inferences = ox.DefaultGraph(), _write_inferences(base)
    return [(*t, default) for t in triples] + [(*t, inferences) for t in inferred]


def write_data(store: ox.Store | None, triples, base: str, replaced=(), inferred=None,
               context: StoredContext | None = None, stored=(), described=()) -> list:  # fmt: skip
    """The quads (tuples of four terms) a write is validated on: its triples (in the default
    graph), their inferences (in an inferred graph), `stored` quads, what the store says about
    the nodes they name (in the graphs that say it; `described`: more nodes whose description
    is read), and the ontology digest."""
    triples = list(triples)
    if inferred is None:
        inferred = materializer(base).infer(triples)
    quads = _written_quads(triples, inferred, base) + list(stored)
    described = {quad[0] for quad in quads}.union(described)
    found = _context(store, base, quads, replaced, context, described)
    return quads + found + list(ontology_digest(base))


def _context(store, base: str, quads: list, replaced, context, described) -> list:
    """What the store says about the nodes the quads name."""
    if store is None:
        return []
    return (context or StoredContext(store, base)).quads(quads, replaced, described)


class InvalidWrite(ValueError):
    """A write the shapes reject; it carries the report."""

    def __init__(self, report: Report):
        self.report = report
        super().__init__(summary(report))


def summary(report: Report, limit: int = 20) -> str:
    lines = [f"{r.shape} {r.focus}: {r.message()}" for r in report.violations[:limit]]
    more = len(report.violations) - limit
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")
