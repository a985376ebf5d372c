"""Open the embedded store and write named graphs atomically.

Graph layout: one graph per source document (facts and provenance), one for that document's
inferences, one for the ontology, one for reference data, one for build metadata. Queries see
the union of all graphs by default.
"""

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.namespaces import Vocab
from kg.terms import n_triples


def open_store(path: Path | str) -> ox.Store:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def open_read_only(path: Path | str) -> ox.Store:
    """A reader beside a running writer sees the store as of opening."""
    return ox.Store.read_only(str(path))


def replace_graphs(store: ox.Store, graphs: dict[str, Graph | list | None]) -> None:
    """Replace (or, for None, drop) several named graphs in one transaction.

    A graph is an rdflib Graph or a list of triples of pyoxigraph terms. pyoxigraph applies one
    SPARQL update atomically: either every graph is replaced or none is, and a reader never
    sees a half-written document.
    """
    operations = []
    for name, graph in graphs.items():
        operations.append(f"DROP SILENT GRAPH <{name}>")
        if graph is not None and len(graph):
            operations.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{_n_triples(graph)}\n}} }}")
    store.update(" ;\n".join(operations))


def _n_triples(graph: Graph | list) -> str:
    if isinstance(graph, Graph):
        return graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return n_triples(graph)


def select(store: ox.Store, query: str, vocab: Vocab, union: bool = True) -> list[dict]:
    """Run a SELECT and return rows of plain Python values (IRIs and lexical forms as str)."""
    solutions = store.query(query, prefixes=vocab.prefixes(), use_default_graph_as_union=union)
    names = [v.value for v in solutions.variables]
    return [{n: _plain(row[n]) for n in names} for row in solutions]


def _plain(term) -> str | None:
    return None if term is None else term.value


def graph_names(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))
