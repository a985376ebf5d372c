"""Move triples between pyoxigraph (the store) and rdflib (building, reasoning, validation)."""

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef


def to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"no rdflib form for {term!r}")


def union_graph(store: ox.Store, graphs: list[str] | None = None) -> Graph:
    """The union of the named graphs (all of them by default) as one rdflib graph."""
    names = [ox.NamedNode(g) for g in graphs] if graphs is not None else [None]
    result = Graph()
    for name in names:
        for quad in store.quads_for_pattern(None, None, None, name):
            result.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return result
