"""Validation by the compiled checks (kg.validation.compiler) on pyoxigraph."""

from functools import lru_cache

import pyoxigraph as ox

from kg.validation import native
from kg.validation.compiler import Check, compile_shapes, inferred_graphs, merged_query
from kg.validation.functions import for_oxigraph
from kg.validation.report import Report, Result


@lru_cache(maxsize=4)
def checks(base: str) -> tuple[Check, ...]:
    return tuple(compile_shapes(base))


def validate_store(store: ox.Store, base: str, union: bool = True) -> Report:
    """Every check over the store: the union of its graphs, or its default graph."""
    functions = for_oxigraph(base)
    results = []
    for check in checks(base):
        rows = store.query(check.query, use_default_graph_as_union=union,
                           custom_functions=functions)  # fmt: skip
        results += [_result(check, row["this"], row["value"]) for row in rows]
    return Report(results)


def validate_quads(quads, base: str, focus: set | None = None) -> Report:
    """Every check over a few quads: property shapes in Python over an index of them
    (kg.validation.native), SPARQL-based constraints on a store of their own; on the nodes in
    `focus` only, when given."""
    quads = list(quads)
    index = native.Index(quads, inferred_graphs(base), focus)
    present = index.present()
    prepared = [item for item in native_checks(base) if item.check.targets & present]
    results = [_result(*found) for found in native.violations(index, prepared)]
    wanted = tuple(i for i, check in enumerate(sparql_checks(base)) if check.targets & present)
    if wanted:
        store = ox.Store()
        store.extend(ox.Quad(*quad) for quad in quads)
        found = _merged_run(store, base, wanted)
        results += [r for r in found if focus is None or r.focus in index.focus_names]
    return Report(results)


def _merged_run(store: ox.Store, base: str, wanted: tuple[int, ...]) -> list[Result]:
    selected = [sparql_checks(base)[i] for i in wanted]
    rows = store.query(_merged(base, wanted), custom_functions=for_oxigraph(base),
                       use_default_graph_as_union=True)  # fmt: skip
    return [_result(selected[int(row["check"].value)], row["this"], row["value"]) for row in rows]


@lru_cache(maxsize=256)
def _merged(base: str, wanted: tuple[int, ...]) -> str:
    return merged_query(base, [sparql_checks(base)[i] for i in wanted])


@lru_cache(maxsize=4)
def native_checks(base: str) -> tuple[native.Prepared, ...]:
    return tuple(native.prepare(check) for check in checks(base) if native.runs_natively(check))


@lru_cache(maxsize=4)
def sparql_checks(base: str) -> tuple[Check, ...]:
    return tuple(check for check in checks(base) if not native.runs_natively(check))


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
