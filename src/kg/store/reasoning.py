"""Materialize what a document's facts entail under the ontology's single-premise rules.

owlrl over a whole graph does not scale (tens of seconds per 50k triples), so each document's
inferences are computed against the ontology alone: subclass, subproperty, domain, range,
inverse and equivalence. They go in a graph beside the document's and are replaced with it.
"""

from collections import defaultdict

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.terms import TYPE, to_rdflib


class Materializer:
    """Rules compiled from the ontology, applied to triples of pyoxigraph terms."""

    def __init__(self, ontology: Graph):
        self.super_classes = _ox(_closure(_pairs(ontology, RDFS.subClassOf, OWL.equivalentClass)))
        self.super_properties = _ox(
            _closure(_pairs(ontology, RDFS.subPropertyOf, OWL.equivalentProperty))
        )
        self.domains = _ox(_index(ontology, RDFS.domain))
        self.ranges = _ox(_index(ontology, RDFS.range))
        inverses: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b in ontology.subject_objects(OWL.inverseOf):
            inverses[a].add(b)
            inverses[b].add(a)
        self.inverses = _ox(inverses)

    def infer(self, triples) -> list:
        """The triples the rules add to `triples` (not those already there)."""
        known = set(triples)
        pending = list(known)
        new_ones = []
        while pending:
            for new in self._consequences(pending.pop()):
                if new not in known and not isinstance(new[0], ox.Literal):
                    known.add(new)
                    pending.append(new)
                    new_ones.append(new)
        return new_ones

    def infer_graph(self, graph: Graph) -> Graph:
        """The same for an rdflib graph (the curated reference data)."""
        triples = [tuple(_to_ox(t) for t in triple) for triple in graph]
        return to_rdflib(self.infer(triples))

    def _consequences(self, triple):
        s, p, o = triple
        if p == TYPE:
            yield from ((s, TYPE, c) for c in self.super_classes.get(o, ()))
            return
        properties = {p} | self.super_properties.get(p, set())
        resource = isinstance(o, ox.NamedNode | ox.BlankNode)
        for q in properties:
            if q != p:
                yield s, q, o
            yield from ((s, TYPE, c) for c in self.domains.get(q, ()))
            if resource:
                yield from ((o, TYPE, c) for c in self.ranges.get(q, ()))
                yield from ((o, inverse, s) for inverse in self.inverses.get(q, ()))


def _ox(index: dict) -> dict:
    return {ox.NamedNode(str(k)): {ox.NamedNode(str(v)) for v in vs} for k, vs in index.items()}


def _to_ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def _pairs(graph: Graph, sub: URIRef, equivalent: URIRef) -> list[tuple]:
    pairs = list(graph.subject_objects(sub))
    for a, b in graph.subject_objects(equivalent):
        pairs += [(a, b), (b, a)]
    return [(a, b) for a, b in pairs if isinstance(a, URIRef) and isinstance(b, URIRef)]


def _closure(pairs: list[tuple]) -> dict:
    direct: dict = defaultdict(set)
    for a, b in pairs:
        direct[a].add(b)
    closed = {}
    for start in direct:
        seen, stack = set(), [start]
        while stack:
            for parent in direct.get(stack.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        seen.discard(start)
        closed[start] = seen
    return closed


def _index(graph: Graph, predicate: URIRef) -> dict:
    """Domain or range classes per property; owl:unionOf domains say nothing about one member."""
    index: dict = defaultdict(set)
    for prop, cls in graph.subject_objects(predicate):
        if isinstance(cls, URIRef):
            index[prop].add(cls)
    return index


OWLRL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")


def owl_rl_closure(graph: Graph) -> tuple[Graph, list[str]]:
    """Full OWL 2 RL closure (slow: a batch step) and the inconsistencies it finds.

    Returns the new triples, without the noise owlrl emits: triples with a literal subject and
    reflexive owl:sameAs. Inconsistencies are members of owl:Nothing and owlrl's error notes.
    """
    import owlrl  # imported here: only the batch step pays for loading it

    closed = Graph()
    for triple in graph:
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)
    problems = [f"{s} is an owl:Nothing" for s in closed.subjects(RDF.type, OWL.Nothing)]
    problems += [str(o) for o in closed.objects(None, OWLRL_ERROR)]
    added = Graph()
    for s, p, o in closed:
        noise = isinstance(s, Literal) or (p == OWL.sameAs and s == o) or p == OWLRL_ERROR
        if not noise and (s, p, o) not in graph:
            added.add((s, p, o))
    return added, problems
