"""Validation by the compiled checks (kg.validation.compiler) on pyoxigraph."""

import re
from collections import defaultdict
from functools import lru_cache

import pyoxigraph as ox
from rdflib.namespace import RDF, SH

from kg.terms import TYPE
from kg.validation import native, native_sparql
from kg.validation.compiler import Check, compile_shapes, inferred_graphs, merged_query
from kg.validation.functions import for_oxigraph
from kg.validation.index import Index, Known
from kg.validation.report import Report, Result
from kg.validation.shapes import prefixes


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


def validate_quads(quads, base: str, focus: set | None = None, chosen: bool = False,
                   known: Known | None = None) -> Report:  # fmt: skip
    """Every check over a few quads: property shapes in Python over an index of them
    (kg.validation.native), SPARQL-based constraints by their Python ports over the same index
    (kg.validation.native_sparql) or on a store of their own; on the nodes in `focus` only,
    when given. Each reads only the quads some check may use (indexing or loading a quad costs
    microseconds, and most of a write's quads are types no check reads); `chosen`: the caller
    has chosen them (read_by_checks), and a quad no check reads would change no result.
    `known`: more quads, already indexed (see known)."""
    quads = list(quads)
    read = quads if chosen else read_by_checks(quads, base)
    index = Index(read, inferred_graphs(base), focus, linked(base), known)
    present = index.present()
    results = [_result(*found) for found in native.violations(index, native_groups(base), present)]
    wanted = tuple(i for i, check in enumerate(sparql_checks(base))
                   if not check.targets.isdisjoint(present))  # fmt: skip
    found, wanted = _ported_run(index, base, wanted)
    if wanted:
        store = ox.Store()
        every = quads + list(known.quads) if known else quads
        store.extend(_quad(quad) for quad in read_by_sparql(every, base))
        found += _merged_run(store, base, wanted)
    results += [r for r in found if focus is None or r.focus in index.focus_names]
    return Report(results)


def _ported_run(index: Index, base: str, wanted: tuple[int, ...]) -> tuple[list, tuple]:
    """The results of the wanted checks kg.validation.native_sparql can run, and the checks
    left for SPARQL: those with no port, or whose data has terms a port does not take."""
    graph = native_sparql.Graph(index, base)
    found, left = [], []
    for i in wanted:
        check = sparql_checks(base)[i]
        try:
            rows = native_sparql.rows(graph, check)
        except native_sparql.Unported:
            rows = None
        if rows is None:
            left.append(i)
        found += [_result(check, this, value) for this, value in rows or ()]
    return found, tuple(left)


def _quad(quad) -> ox.Quad:
    if isinstance(quad, ox.Quad):  # the stored context's
        return quad
    subject, predicate, value, graph = quad
    # pyoxigraph takes ten times longer to make a Quad given DefaultGraph() than given None
    return ox.Quad(subject, predicate, value, None if isinstance(graph, ox.DefaultGraph) else graph)


def read_by_checks(quads: list, base: str, among: list | None = None) -> list:
    """The quads the Python checks or the SPARQL-based constraints may read, in one pass: with
    a predicate a check's path, target or comparison names, or the type of a class a check
    targets or a sh:class names; and read_by_sparql's (an extra quad only costs its indexing:
    every check looks up the predicates and classes it names). Hashing a term costs about
    0.15 µs: a quad's predicate is looked up once. `among`: only these of the quads (triples or
    quads) are chosen from; the others still tell what is read (reified statements, values)."""
    predicates, classes = native_read(base)
    named = sparql_read(base)
    reached, stated = _reached_and_stated(quads, named)
    classes = classes | named | reached
    stated_predicates = {p for _, p, _ in stated}
    action = dict.fromkeys(stated_predicates, STATED)
    action.update(dict.fromkeys(predicates | named, READ))
    action[TYPE] = STATED if TYPE in stated_predicates else TYPED  # a stated type is rare
    kept = []
    for quad in quads if among is None else among:
        how = action.get(quad[1])
        typed = how is TYPED and quad[2] in classes
        if how is READ or typed or (how is STATED and _stated_or_typed(quad, stated, classes)):
            kept.append(quad)
    return kept


def _stated_or_typed(quad, stated: set, classes: set) -> bool:
    triple = (quad[0], quad[1], quad[2])
    return triple in stated or (quad[1] == TYPE and quad[2] in classes)


READ, TYPED, STATED = "read", "typed", "stated"


@lru_cache(maxsize=4)
def native_read(base: str) -> tuple[frozenset, frozenset]:
    predicates, classes = {TYPE}, set()
    for check in checks(base):  # every check's targets: they decide which checks run
        predicates |= {ox.NamedNode(p) for p in check.target_subjects_of}
        classes |= {ox.NamedNode(c) for c in check.target_classes}
    for item in native_checks(base):
        predicates.add(item.predicate)
        if isinstance(item.parameter, ox.NamedNode):  # sh:lessThan and the like: compared to
            predicates.add(item.parameter)
        if item.check.component == str(SH.ClassConstraintComponent):
            classes |= item.parameter
    return frozenset(predicates), frozenset(classes)


def read_by_sparql(quads: list, base: str) -> list:
    """The quads the SPARQL-based constraints may read: those with a predicate the constraints
    name; types of the classes they name or target, or reach through a predicate they name (an
    agency kind's kg:kindClass); and the triples reified statements (rdf:subject, rdf:predicate,
    rdf:object) state, which a constraint reads with a variable predicate. A constraint that
    reads a predicate it does not name (other than that one) would need this extended: the
    tests hold the engines to pyshacl's results on every example."""
    named = sparql_read(base)
    reached, stated = _reached_and_stated(quads, named)
    classes = named | reached
    return [q for q in quads if (q[2] in classes if q[1] == TYPE else q[1] in named)
            or (q[0], q[1], q[2]) in stated]  # fmt: skip


def _reached_and_stated(quads: list, named: frozenset) -> tuple[set, set]:
    """The values of the named predicates (whose types a constraint may read), and the
    triples reified statements state. One lookup per quad tells which, if either."""
    parts, reached, kinds = defaultdict(dict), set(), _predicate_kinds(named)
    for s, p, o, _ in quads:
        kind = kinds.get(p)
        if kind is None:  # most quads
            continue
        if kind is REACHING:
            reached.add(o)
        else:
            parts[s][kind] = o
    return reached, {tuple(part.get(r) for r in REIFIED) for part in parts.values()}


@lru_cache(maxsize=4)
def _predicate_kinds(named: frozenset) -> dict:
    """rdf:subject, rdf:predicate, rdf:object → themselves; other named predicates (not
    rdf:type) → REACHING."""
    kinds = dict.fromkeys(named - {TYPE}, REACHING)
    return kinds | {r: r for r in REIFIED}


REACHING = "reaching"
REIFIED = tuple(ox.NamedNode(str(RDF) + name) for name in ("subject", "predicate", "object"))


@lru_cache(maxsize=4)
def sparql_read(base: str) -> frozenset:
    """The predicates and classes the SPARQL-based constraints name, and the classes and
    predicates they target."""
    named = set().union(*(names_in(check, base) for check in sparql_checks(base)))
    for check in sparql_checks(base):
        named |= set(check.target_classes) | set(check.target_subjects_of)
    return frozenset(ox.NamedNode(n) for n in named)


def names_in(check: Check, base: str) -> set[str]:
    """The IRIs a SPARQL-based check names with the shapes' prefixes."""
    names = prefixes(base)
    found = re.findall(r"\b([A-Za-z][\w-]*):([A-Za-z_][\w-]*)", check.where)
    return {names[prefix] + local for prefix, local in found if prefix in names}


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


def known(quads, base: str) -> Known:
    """Quads every write is checked with, indexed once for validate_quads (`quads`: chosen)."""
    return Known(quads, inferred_graphs(base), linked(base))


@lru_cache(maxsize=4)
def linked(base: str) -> frozenset:
    """The predicates a check follows from a value to its subjects: inverse paths, and the
    ports'."""
    inverse = {item.predicate for item in native_checks(base) if item.inverse}
    return native_sparql.linked(base) | inverse


@lru_cache(maxsize=4)
def native_groups(base: str) -> tuple:
    return native.by_path(native_checks(base))


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
