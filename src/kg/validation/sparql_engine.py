"""Validation by the compiled checks (kg.validation.compiler) on pyoxigraph."""

from functools import lru_cache

import pyoxigraph as ox

from kg.terms import TYPE, n_triples
from kg.validation.compiler import Check, compile_shapes
from kg.validation.functions import for_oxigraph
from kg.validation.report import Report, Result


@lru_cache(maxsize=4)
def checks(base: str) -> tuple[Check, ...]:
    return tuple(compile_shapes(base))


def validate_store(store: ox.Store, base: str, union: bool = True, present=None) -> Report:
    """Every check over the store (the union of its graphs, or its default graph); only those
    whose targets are among `present` (class and predicate IRIs) when it is given."""
    functions = for_oxigraph(base)
    results = []
    for check in checks(base):
        if present is not None and not check.targets & present:
            continue
        rows = store.query(check.query, use_default_graph_as_union=union,
                           custom_functions=functions)  # fmt: skip
        results += [_result(check, row["this"], row["value"]) for row in rows]
    return Report(results)


def validate_triples(triples, base: str) -> Report:
    """Every check over a few triples, loaded into a store of their own."""
    triples = list(triples)
    store = ox.Store()
    store.load(n_triples(triples).encode(), format=ox.RdfFormat.N_TRIPLES)  # faster than extend
    present = {p.value for _, p, _ in triples} | {o.value for _, p, o in triples if p == TYPE}
    return validate_store(store, base, union=False, present=present)


def _result(check: Check, focus, value) -> Result:
    shown = None if value is None or value == focus else str(value)
    return Result(
        focus=_name(focus),
        shape=check.shape,
        severity=check.severity,
        component=check.component,
        messages=check.messages,
        path=check.path,
        value=shown,
    )


def _name(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value
