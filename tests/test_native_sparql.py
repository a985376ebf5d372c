"""The Python ports of the SPARQL-based constraints give the rows their queries give, on the
seed document and on each violating example applied to it; and on the corpus's own terms no
port hands its check back to SPARQL."""

import pyoxigraph as ox
import pytest

from conftest import BASE
from kg.validation import gate, native_sparql, sparql_engine
from kg.validation.functions import for_oxigraph
from test_shapes import EXAMPLES, PREFIXES, SEED_GRAPHS, _copy


@pytest.fixture(scope="module")
def seed_quads(seed_store) -> list:
    return list(seed_store)


def _written_data(store: ox.Store) -> list:
    written = [(q.subject, q.predicate, q.object) for g in SEED_GRAPHS
               for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))]  # fmt: skip
    data = gate.write_data(store, written, BASE, SEED_GRAPHS)
    return sparql_engine.read_by_sparql(data, BASE)


def _ported_and_queried(quads: list) -> list[tuple]:
    """(check, the port's rows or None when it hands back, the query's rows) for each check."""
    graph, store = native_sparql.Graph.of(quads, BASE), _copy(quads)
    compared = []
    for check in sparql_engine.sparql_checks(BASE):
        try:
            ported = native_sparql.rows(graph, check)
        except native_sparql.Unported:
            ported = None
        found = store.query(check.query, use_default_graph_as_union=True,
                            custom_functions=for_oxigraph(BASE))  # fmt: skip
        queried = {(r["this"], None if r["value"] == r["this"] else r["value"]) for r in found}
        compared.append((check, ported, queried))
    return compared


def test_every_sparql_constraint_has_a_port_the_corpus_terms_fit(seed_quads):
    for check, ported, queried in _ported_and_queried(_written_data(_copy(seed_quads))):
        assert ported == queried, check.shape


@pytest.mark.parametrize(("shape", "severity", "update"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_a_port_gives_the_query_rows_on_each_violating_example(seed_quads, shape, severity, update):
    store = _copy(seed_quads)
    store.update(update, prefixes=PREFIXES)
    for check, ported, queried in _ported_and_queried(_written_data(store)):
        assert ported is None or ported == queried, check.shape
