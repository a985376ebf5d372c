"""The shapes graph: parsed once per process and base, copied for every pyshacl run.

pyshacl writes into the shapes graph it is given, so callers never share the cached one:
`shapes_copy()` hands each run its own.
"""

from functools import lru_cache
from urllib.parse import urljoin

from rdflib import Graph, Literal
from rdflib.namespace import SH, XSD

from kg import resources
from kg.validation.functions import register_with_rdflib


@lru_cache(maxsize=4)
def shapes_graph(base: str) -> Graph:
    """Every shapes/*.ttl, with relative IRIs (and sh:declare namespaces) against the base."""
    graph = resources.load_turtle(resources.turtle_files(resources.SHAPES_DIR), base)
    for declaration, namespace in list(graph.subject_objects(SH.namespace)):
        absolute = _resolve(base, str(namespace))
        graph.set((declaration, SH.namespace, Literal(absolute, datatype=XSD.anyURI)))
    register_with_rdflib(base)
    return graph


def _resolve(base: str, namespace: str) -> str:
    if "://" in namespace:
        return namespace
    suffix = "#" if namespace.endswith("#") else ""  # urljoin drops an empty fragment
    return urljoin(base, namespace) + suffix


def shapes_copy(base: str) -> Graph:
    copy = Graph()
    for triple in shapes_graph(base):
        copy.add(triple)
    for prefix, namespace in shapes_graph(base).namespaces():
        copy.bind(prefix, namespace)
    return copy


def prefixes(base: str) -> dict[str, str]:
    """The prefixes the SPARQL constraints declare."""
    graph = shapes_graph(base)
    return {
        str(graph.value(d, SH.prefix)): str(graph.value(d, SH.namespace))
        for d in graph.subjects(SH.namespace, None)
    }
