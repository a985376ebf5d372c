"""Named graphs as resources. The data seldom mentions its own graphs, yet their IRIs are
minted and must dereference: the server states what it knows of each graph it holds, its size
and where the Graph Store Protocol serves its contents."""

from urllib.parse import urlencode

import pyoxigraph as ox

from kg.namespaces import SD, VOID
from kg.terms import RDF, XSD, iri
from kg.web.paths import site
from kg.web.store import get_store

SEE_ALSO = iri("http://www.w3.org/2000/01/rdf-schema#seeAlso")
SIZE = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"


def holds(node: ox.NamedNode) -> bool:
    return get_store().contains_named_graph(node)


def size(node: ox.NamedNode) -> int:
    return int(next(get_store().query(SIZE % node.value))["n"].value)


def contents_url(node: ox.NamedNode) -> str:
    return f"{site()}rdf-graph-store?{urlencode({'graph': node.value})}"


def statements(node: ox.NamedNode) -> list[ox.Triple]:
    """Nothing for a resource that is not a graph held here."""
    if not holds(node):
        return []
    count = ox.Literal(str(size(node)), datatype=iri(XSD + "integer"))
    return [ox.Triple(node, iri(RDF + "type"), iri(f"{SD}NamedGraph")),
            ox.Triple(node, iri(f"{VOID}triples"), count),
            ox.Triple(node, SEE_ALSO, iri(contents_url(node)))]  # fmt: skip
