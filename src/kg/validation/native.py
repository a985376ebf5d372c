"""Property-shape checks in plain Python over a few triples: what one write validates.

Loading a document's triples into a store and running a SPARQL query per constraint costs more
than the checks themselves; counting values, comparing datatypes and matching patterns over an
index of the triples costs microseconds. The semantics are those of the compiled SPARQL (the
tests hold both engines, and pyshacl, to the same results); SPARQL-based constraints still run
as SPARQL (kg.validation.sparql_engine).
"""

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg.terms import TYPE, XSD
from kg.validation.compiler import Check

NUMBERS = (
    "integer decimal double float int long short byte nonNegativeInteger positiveInteger "
    "negativeInteger nonPositiveInteger unsignedInt unsignedLong unsignedShort unsignedByte"
)
NUMERIC = {f"{XSD}{name}" for name in NUMBERS.split()}
ORDERED = {f"{XSD}date", f"{XSD}dateTime", f"{XSD}string"}


class Index:
    """The quads' triples by subject and predicate, by (non-literal) object and predicate, and
    the types asserted outside the graphs named with `inferred` (sh:class reads those, see
    kg.validation.compiler). Hashing a pyoxigraph term costs about 0.15 µs, and a write has
    about a thousand quads: each quad is hashed as few times as the lookups need."""

    def __init__(self, quads, inferred: str, focus: set | None = None):
        self.focus = focus  # the nodes checked; None: every node a target selects
        self.focus_names = {n.value for n in focus or ()}
        # defaultdicts: a missing key costs no call (lookups use .get, which adds none)
        self.out: dict = defaultdict(set)
        self.into: dict = defaultdict(set)
        self.asserted: dict = defaultdict(set)
        self.predicates = set()
        self._by_predicate: dict = {}
        inferred_graph = _InferredGraphs(inferred)
        for s, p, o, g in quads:
            self.out[s, p].add(o)
            self.predicates.add(p)
            if not isinstance(o, ox.Literal):  # no path leads back from a literal
                self.into[o, p].add(s)
                if p == TYPE and not inferred_graph[g]:
                    self.asserted[s].add(o)

    def present(self) -> set[str]:
        """Predicates and classes the triples use: checks targeting nothing here are skipped."""
        classes = {o.value for o, p in self.into if p == TYPE}
        return {p.value for p in self.predicates} | classes

    def subjects(self, predicate) -> set:
        if predicate not in self._by_predicate:
            self._by_predicate[predicate] = {s for s, p in self.out if p == predicate}
        return self._by_predicate[predicate]

    def focus_nodes(self, target: "Target") -> set:
        found = set()
        for node in target.classes:
            found |= self.into.get((node, TYPE), set())
        for node in target.subjects_of:
            found |= self.subjects(node)
        return found if self.focus is None else found & self.focus

    def has_asserted_type(self, node, classes: frozenset) -> bool:
        return not classes.isdisjoint(self.asserted.get(node, ()))


class _InferredGraphs(dict):
    """Graph name → whether it holds inferences (a name starting with the prefix)."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def __missing__(self, graph) -> bool:
        self[graph] = isinstance(graph, ox.NamedNode) and graph.value.startswith(self.prefix)
        return self[graph]


@dataclass(frozen=True)
class Target:
    classes: tuple[ox.NamedNode, ...]
    subjects_of: tuple[ox.NamedNode, ...]


@dataclass(frozen=True)
class Prepared:
    """A check with its terms made pyoxigraph terms once, and the Python that evaluates it."""

    check: Check
    target: Target
    predicate: ox.NamedNode
    inverse: bool
    parameter: object
    evaluate: Callable


def runs_natively(check: Check) -> bool:
    return check.component.rsplit("#", 1)[-1] in COMPONENTS


def prepare(check: Check) -> Prepared:
    name = check.component.rsplit("#", 1)[-1]
    parameter = check.parameter
    if name in NODE_TERMS:
        parameter = ox.NamedNode(parameter)
    if name == "ClassConstraintComponent":  # the class and its subclasses
        parameter = frozenset(ox.NamedNode(c) for c in parameter)
    target = Target(tuple(ox.NamedNode(c) for c in check.target_classes),
                    tuple(ox.NamedNode(p) for p in check.target_subjects_of))  # fmt: skip
    return Prepared(check, target, ox.NamedNode(check.predicate), check.inverse, parameter,
                    COMPONENTS[name])  # fmt: skip


def violations(index: Index, prepared: list[Prepared]) -> list[tuple]:
    """(check, focus node, value or None) for every failure, as the compiled queries give.
    The checks on one path of one target share each focus node's lookup of its values."""
    found, focus_of = [], {}
    for (target, inverse, predicate), items in _by_path(prepared).items():
        if target not in focus_of:
            focus_of[target] = index.focus_nodes(target)
        side = index.into if inverse else index.out
        for focus in focus_of[target]:
            values = side.get((focus, predicate), ())
            for item in items:
                failed = item.evaluate(index, focus, values, item)
                if failed:  # seldom: most checks pass
                    found += [(item.check, focus, v) for v in failed]
    return found


def _by_path(prepared: list[Prepared]) -> dict:
    grouped = defaultdict(list)
    for item in prepared:
        grouped[item.target, item.inverse, item.predicate].append(item)
    return grouped


def _min_count(index, focus, values, check):
    return [None] if len(values) < check.parameter else []


def _max_count(index, focus, values, check):
    return [None] if len(values) > check.parameter else []


def _each(condition):
    """A constraint every value must meet on its own."""

    def evaluate(index, focus, values, check):
        return [value for value in values if condition(index, value, check)]

    return evaluate


def _wrong_datatype(index, value, check) -> bool:
    return not isinstance(value, ox.Literal) or value.datatype.value != check.parameter


NODE_KINDS = {"IRI": ox.NamedNode, "Literal": ox.Literal, "BlankNode": ox.BlankNode}


def _wrong_kind(index, value, check) -> bool:
    return not isinstance(value, NODE_KINDS[check.parameter.rsplit("#", 1)[-1]])


def _wrong_class(index, value, check) -> bool:
    return not index.has_asserted_type(value, check.parameter)


NODE_TERMS = {"LessThanConstraintComponent", "LessThanOrEqualsConstraintComponent"}


def _wrong_language(index, value, check) -> bool:
    if not isinstance(value, ox.Literal):
        return True
    return not any(_lang_matches(value.language or "", tag) for tag in check.parameter)


def _lang_matches(language: str, tag: str) -> bool:
    """SPARQL's LANGMATCHES: the tag or a subtag of it, case-insensitive; "*" any tag."""
    language, tag = language.lower(), tag.lower()
    if tag == "*":
        return bool(language)
    return language == tag or language.startswith(tag + "-")


@lru_cache(maxsize=64)
def _compiled(pattern: str, flags: str) -> re.Pattern:
    table = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
    bits = 0
    for flag in flags:
        bits |= table[flag]
    return re.compile(pattern, bits)


def _matches(value, parameter) -> bool:
    return _compiled(*parameter).search(value.value) is not None


def _fails_pattern(index, value, check) -> bool:
    return isinstance(value, ox.BlankNode) or not _matches(value, check.parameter)


def _matches_forbidden(index, value, check) -> bool:
    return not isinstance(value, ox.BlankNode) and _matches(value, check.parameter)


def _too_short(index, value, check) -> bool:
    return isinstance(value, ox.BlankNode) or len(value.value) < check.parameter


def _below_minimum(index, value, check) -> bool:
    number = _number(value)
    return number is None or number < check.parameter


def _number(value) -> float | None:
    if not isinstance(value, ox.Literal) or value.datatype.value not in NUMERIC:
        return None
    try:
        return float(value.value)
    except ValueError:
        return None


def _compare(strict: bool):
    def evaluate(index, focus, values, check):
        others = index.out.get((focus, check.parameter), ())
        return [v for v in values for o in others if _out_of_order(v, o, strict)]

    return evaluate


def _out_of_order(value, other, strict: bool) -> bool:
    """!(value < other) or !(value <= other); values that do not compare are not reported,
    as the FILTER of the compiled query drops them."""
    a, b = _ordered(value), _ordered(other)
    if a is None or b is None or type(a) is not type(b) or a[0] != b[0]:
        return False
    return not (a[1] < b[1] if strict else a[1] <= b[1])


def _ordered(value) -> tuple | None:
    number = _number(value)
    if number is not None:
        return ("number", number)
    if isinstance(value, ox.Literal) and value.datatype.value in ORDERED:
        return (value.datatype.value, value.value)
    return None


def _unique_lang(index, focus, values, check):
    if not check.parameter:
        return []
    by_language = defaultdict(list)
    for value in values:
        if isinstance(value, ox.Literal) and value.language:
            by_language[value.language].append(value)
    return [v for group in by_language.values() if len(group) > 1 for v in group]


COMPONENTS = {
    "MinCountConstraintComponent": _min_count,
    "MaxCountConstraintComponent": _max_count,
    "DatatypeConstraintComponent": _each(_wrong_datatype),
    "NodeKindConstraintComponent": _each(_wrong_kind),
    "ClassConstraintComponent": _each(_wrong_class),
    "LanguageInConstraintComponent": _each(_wrong_language),
    "PatternConstraintComponent": _each(_fails_pattern),
    "NotConstraintComponent": _each(_matches_forbidden),
    "MinLengthConstraintComponent": _each(_too_short),
    "MinInclusiveConstraintComponent": _each(_below_minimum),
    "LessThanOrEqualsConstraintComponent": _compare(strict=False),
    "LessThanConstraintComponent": _compare(strict=True),
    "UniqueLangConstraintComponent": _unique_lang,
}
