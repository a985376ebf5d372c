"""Validate what a write touches, not the whole graph.

The data checked is the written triples with their inferences, the ontology's scheme membership
and kind classes, and what the store already says: the whole stored description of every node
the write adds to (so its shapes run on all it says, not on the new triples alone), and of the
nodes they link to, what the shapes read (types, labels, kinds, a document's text, a sentence's
offsets). The graphs the write replaces are left out: their old content is going away. Every
triple keeps its graph, so sh:class can tell asserted types from inferred ones.
"""

from collections import defaultdict
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from kg import resources
from kg.store.reasoning import Materializer
from kg.terms import TYPE
from kg.validation import sparql_engine
from kg.validation.report import Report

# What the shapes read about a linked node, by the kind its IRI names: every node's types and
# labels; an agency's kind; a document's text (a span written into it is checked against it); a
# sentence's offsets and document (a span written into it must lie inside it).
CONTEXT = {
    None: (str(RDF.type), str(SKOS.prefLabel)),
    "agency": ("ontology#agencyKind",),
    "document": ("ontology#text",),
    "sentence": ("ontology#start", "ontology#end", "ontology#inDocument"),
}
# Concepts are the ontology's: the ontology digest covers them.
NOT_LOOKED_UP = ("concept",)


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
def materializer(base: str) -> Materializer:
    return Materializer(resources.ontology_graph(base))


def validate_write(store: ox.Store | None, triples, base: str, replaced=(), inferred=None):
    """The report for `triples` about to be written (replacing the graphs in `replaced`: IRIs,
    or pyoxigraph graph names),
    on the nodes they describe: a node the write only links to is not what it changes, and
    what the store says about it is only the part the shapes read."""
    triples = list(triples)
    if inferred is None:
        inferred = materializer(base).infer(triples)
    data = write_data(store, triples, base, replaced, inferred)
    described = {t[0] for t in triples} | {t[0] for t in inferred}
    return sparql_engine.validate_quads(data, base, described)


def write_data(store: ox.Store | None, triples, base: str, replaced=(), inferred=None) -> list:
    """The quads (tuples of four terms) a write is validated on: its triples (in the default
    graph), their inferences (in an inferred graph), what the store says about the nodes they
    name (in the graphs that say it), and the ontology digest."""
    triples = list(triples)
    if inferred is None:
        inferred = materializer(base).infer(triples)
    inferred_graph = ox.NamedNode(f"{base}graph/inferred/write")
    default = ox.DefaultGraph()
    quads = [(*t, default) for t in triples] + [(*t, inferred_graph) for t in inferred]
    if store is not None:
        quads += stored_context(store, quads, base, replaced)
    return quads + list(ontology_digest(base))


def stored_context(store: ox.Store, quads: list, base: str, replaced=()) -> list:
    """The stored description of the nodes the quads describe, what the shapes read about the
    nodes they link to, and the types of the values the checks read in those descriptions."""
    skip = {ox.NamedNode(g) if isinstance(g, str) else g for g in replaced}
    subjects = _minted({q[0] for q in quads}, base)
    described = _described(store, subjects, base, skip)
    objects = _minted({q[2] for q in quads}, base) - subjects
    linked = _linked(store, objects, base, skip)
    values = _checked_values(quads + described, base) - subjects - objects
    return described + linked + _linked(store, values, base, skip)


def _minted(nodes: set, base: str) -> set:
    """Minted IRIs (<base>id/...), not concepts; classes and properties are the ontology's."""
    minted, left_out = f"{base}id/", tuple(f"{base}id/{kind}/" for kind in NOT_LOOKED_UP)
    return {n for n in nodes if isinstance(n, ox.NamedNode) and n.value.startswith(minted)
            and not n.value.startswith(left_out)}  # fmt: skip


def _described(store: ox.Store, nodes: set, base: str, skip: set) -> list:
    """What the store says about the nodes, outside the replaced graphs, that the shapes read:
    every predicate a check on one of the node's classes reads (not, say, an agency's mentions
    in every other document: reading a term off the disk store is what a lookup costs)."""
    if not nodes:
        return []
    query = DESCRIBED.format(
        nodes=" ".join(str(n) for n in nodes),
        always=" ".join(f"<{p}>" for p in read_predicates(base)[0]),
        by_class=" ".join(f"(<{c}> <{p}>)" for c, p in read_predicates(base)[1]),
        skip=", ".join(str(g) for g in skip if isinstance(g, ox.NamedNode)) or "<urn:none>",
    )
    rows = store.query(query, use_default_graph_as_union=True)
    return [ox.Quad(row[0], row[1], row[2], row[3]) for row in rows]


# The default graph's own statements are not read (the build and the endpoint write named
# graphs; a write to the default graph is checked with what it holds).
DESCRIBED = """SELECT DISTINCT ?s ?p ?o ?g WHERE {{
  VALUES ?s {{ {nodes} }}
  {{ VALUES ?p {{ {always} }} }} UNION {{ ?s a ?class VALUES (?class ?p) {{ {by_class} }} }}
  GRAPH ?g {{ ?s ?p ?o }} FILTER (?g NOT IN ({skip}))
}}"""


@lru_cache(maxsize=4)
def read_predicates(base: str) -> tuple:
    """The predicates the checks read on any node (rdf:type, and those of shapes that target
    subjects of a predicate), and (class, predicate) pairs for those of shapes targeting a class:
    property paths, and the prefixed names in the SPARQL constraints."""
    always, by_class = {str(RDF.type)}, set()
    for check in sparql_engine.checks(base):
        read = _read_by(check, base)
        if check.target_subjects_of:
            always |= read
        by_class |= {(c, p) for c in check.target_classes for p in read}
    return tuple(sorted(always)), tuple(sorted(by_class))


def _read_by(check, base: str) -> set:
    return {check.predicate} if check.predicate is not None else sparql_engine.names_in(check, base)


def _linked(store: ox.Store, nodes: set, base: str, skip: set) -> list:
    """What the store says (outside the replaced graphs) that the shapes read about the nodes."""
    return [quad for node in nodes for predicate in _context_predicates(base, node.value)
            for quad in store.quads_for_pattern(node, predicate, None, None)
            if quad.graph_name not in skip]  # fmt: skip


def _checked_values(quads: list, base: str) -> set:
    """Values a sh:class check reads: objects of a checked property on a node of the class the
    check targets. Other values (an agency's mentions in other documents, say) are not read."""
    types, checked = defaultdict(set), class_checked(base)
    for s, p, o, _ in quads:
        if p == TYPE:
            types[s].add(o)
    found = {o for s, p, o, _ in quads if p in checked and not checked[p].isdisjoint(types[s])}
    return _minted(found, base)


@lru_cache(maxsize=4)
def class_checked(base: str) -> dict:
    """Property → the classes whose nodes have its values checked by sh:class."""
    found = defaultdict(set)
    for item in sparql_engine.native_checks(base):
        if item.check.component.endswith("#ClassConstraintComponent") and not item.inverse:
            found[item.predicate] |= set(item.target.classes)
    return dict(found)


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
