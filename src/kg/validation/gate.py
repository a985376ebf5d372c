"""Validate what a write touches, not the whole graph.

The data checked is the written triples with their inferences, the ontology's scheme membership
and kind classes, and what the store already says about the nodes the write links to (their
types, labels and kinds), so shapes also run on existing entities the write adds to. The
graphs the write replaces are left out of that context: their old content is going away.
"""

from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from kg import resources
from kg.store.reasoning import Materializer
from kg.validation import sparql_engine
from kg.validation.report import Report

# What the shapes read about a linked node, by the kind its IRI names: every node's types and
# labels; an agency's kind; a document's text (a span written into it is checked against it).
CONTEXT = {
    None: (str(RDF.type), str(SKOS.prefLabel)),
    "agency": ("ontology#agencyKind",),
    "document": ("ontology#text",),
}
# Kinds whose IRIs carry the document id: no other graph says anything about them.
DOCUMENT_BOUND = ("span", "assertion", "sentence", "holding", "extraction", "event", "concept")


@lru_cache(maxsize=4)
def ontology_digest(base: str) -> tuple:
    """Scheme membership and kind classes: what the shapes read from the ontology."""
    ontology = resources.ontology_graph(base)
    wanted = (SKOS.inScheme, URIRef(f"{base}ontology#kindClass"))
    return tuple(
        (ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.NamedNode(str(o)))
        for p in wanted
        for s, o in ontology.subject_objects(p)
    )


@lru_cache(maxsize=4)
def materializer(base: str) -> Materializer:
    return Materializer(resources.ontology_graph(base))


def validate_write(store: ox.Store | None, triples, base: str, replaced=(), inferred=None):
    """The report for `triples` about to be written (replacing the graphs named in `replaced`)."""
    return sparql_engine.validate_triples(
        write_data(store, triples, base, replaced, inferred), base
    )


def write_data(store: ox.Store | None, triples, base: str, replaced=(), inferred=None) -> list:
    """What a write is validated on: its triples, their inferences, what the store says about
    the nodes they link to, and the ontology digest."""
    triples = list(triples)
    if inferred is None:
        inferred = materializer(base).infer(triples)
    context = linked_context(store, triples, base, replaced) if store is not None else []
    return triples + list(inferred) + context + list(ontology_digest(base))


def linked_context(store: ox.Store, triples: list, base: str, replaced=()) -> list:
    """What the store says (outside the replaced graphs) about the nodes the triples name."""
    skip = {ox.NamedNode(g) for g in replaced}
    found = set()
    for node in _linked_nodes(triples, base):
        for predicate in _context_predicates(base, node.value):
            for quad in store.quads_for_pattern(node, predicate, None, None):
                if quad.graph_name not in skip:
                    found.add((quad.subject, quad.predicate, quad.object))
    return list(found)


def _linked_nodes(triples: list, base: str) -> set:
    """Minted IRIs (<base>id/...) the triples name, but not the document-bound ones (spans,
    assertions...) that no other graph mentions, nor concepts, which the ontology digest
    covers; classes and properties are the ontology's, not nodes."""
    nodes = {t for s, _, o in triples for t in (s, o) if isinstance(t, ox.NamedNode)}
    minted, bound = f"{base}id/", tuple(f"{base}id/{kind}/" for kind in DOCUMENT_BOUND)
    return {n for n in nodes if n.value.startswith(minted) and not n.value.startswith(bound)}


def _context_predicates(base: str, iri: str) -> tuple:
    kind = iri[len(base) :].split("/")[1]
    return _predicates(base, kind if kind in CONTEXT else None)


@lru_cache(maxsize=64)
def _predicates(base: str, kind: str | None) -> tuple:
    names = CONTEXT[None] + (CONTEXT[kind] if kind else ())
    return tuple(ox.NamedNode(name if "://" in name else base + name) for name in names)


class InvalidWrite(ValueError):
    """A write the shapes reject; it carries the report."""

    def __init__(self, report: Report):
        self.report = report
        super().__init__(summary(report))


def summary(report: Report, limit: int = 20) -> str:
    lines = [f"{r.shape} {r.focus}: {r.message()}" for r in report.violations[:limit]]
    more = len(report.violations) - limit
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")
