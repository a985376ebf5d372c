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
from kg.terms import n_triples
from kg.validation import sparql_engine
from kg.validation.report import Report

CONTEXT_PREDICATES = ("type", "prefLabel", "agencyKind", "text")
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
    triples = list(triples)
    if inferred is None:
        inferred = materializer(base).infer(triples)
    context = linked_context(store, triples, base, replaced) if store is not None else []
    data = triples + list(inferred) + context + list(ontology_digest(base))
    return sparql_engine.validate_triples(data, base)


def linked_context(store: ox.Store, triples: list, base: str, replaced=()) -> list:
    """What the store says (outside the replaced graphs) about the nodes the triples name."""
    skip = {ox.NamedNode(g) for g in replaced}
    found = set()
    for node in _linked_nodes(triples, base):
        for predicate in _context_predicates(base):
            for quad in store.quads_for_pattern(node, predicate, None, None):
                if quad.graph_name not in skip:
                    found.add((quad.subject, quad.predicate, quad.object))
    return list(found)


def _linked_nodes(triples: list, base: str) -> set:
    """IRIs the triples name, but not the document-bound ones (spans, assertions...) that no
    other graph mentions, nor classes and concepts, which the ontology digest covers."""
    nodes = {t for s, _, o in triples for t in (s, o) if isinstance(t, ox.NamedNode)}
    bound = tuple(f"{base}id/{kind}/" for kind in DOCUMENT_BOUND)
    return {n for n in nodes if n.value.startswith(base) and not n.value.startswith(bound)}


@lru_cache(maxsize=4)
def _context_predicates(base: str) -> tuple:
    return tuple(ox.NamedNode(_context_predicate(name, base)[1:-1]) for name in CONTEXT_PREDICATES)


def _context_predicate(name: str, base: str) -> str:
    if name == "type":
        return f"<{RDF.type}>"
    if name in ("prefLabel", "inScheme"):
        return f"<{SKOS[name]}>"
    return f"<{base}ontology#{name}>"


class InvalidWrite(ValueError):
    """A write the shapes reject; it carries the report."""

    def __init__(self, report: Report):
        self.report = report
        super().__init__(summary(report))


def summary(report: Report, limit: int = 20) -> str:
    lines = [f"{r.shape} {r.focus}: {r.message()}" for r in report.violations[:limit]]
    more = len(report.violations) - limit
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")


def as_n_triples(triples) -> str:
    return n_triples(triples)
