"""Materialize what a document's facts entail under the ontology's single-premise rules.

owlrl over a whole graph does not scale (tens of seconds per 50k triples), so each document's
inferences are computed against the ontology alone: subclass, subproperty, domain, range,
inverse and equivalence. They go in a graph beside the document's and are replaced with it.
"""

from collections import defaultdict

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS


class Materializer:
    def __init__(self, ontology: Graph):
        self.super_classes = _closure(_pairs(ontology, RDFS.subClassOf, OWL.equivalentClass))
        self.super_properties = _closure(
            _pairs(ontology, RDFS.subPropertyOf, OWL.equivalentProperty)
        )
        self.domains = _index(ontology, RDFS.domain)
        self.ranges = _index(ontology, RDFS.range)
        self.inverses: dict[URIRef, set[URIRef]] = defaultdict(set)
        for a, b in ontology.subject_objects(OWL.inverseOf):
            self.inverses[a].add(b)
            self.inverses[b].add(a)

    def infer(self, graph: Graph) -> Graph:
        """The triples the rules add to `graph` (not those already in it)."""
        known = set(graph)
        pending = list(known)
        while pending:
            triple = pending.pop()
            for new in self._consequences(triple):
                if new not in known and not isinstance(new[0], Literal):
                    known.add(new)
                    pending.append(new)
        inferred = Graph()
        for triple in known.difference(graph):
            inferred.add(triple)
        return inferred

    def _consequences(self, triple):
        s, p, o = triple
        if p == RDF.type:
            yield from ((s, RDF.type, c) for c in self.super_classes.get(o, ()))
            return
        properties = {p} | self.super_properties.get(p, set())
        resource = isinstance(o, URIRef | BNode)
        for q in properties:
            if q != p:
                yield s, q, o
            yield from ((s, RDF.type, c) for c in self.domains.get(q, ()))
            if resource:
                yield from ((o, RDF.type, c) for c in self.ranges.get(q, ()))
                yield from ((o, inverse, s) for inverse in self.inverses.get(q, ()))


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
