"""Property-shape checks in plain Python over a few triples: what one write validates.

Loading a document's triples into a store and running a SPARQL query per constraint costs more
than the checks themselves; counting values, comparing datatypes and matching patterns over an
index of the triples costs microseconds. The semantics are those of the compiled SPARQL (the
tests hold both engines, and pyshacl, to the same results); SPARQL-based constraints still run
as SPARQL (kg.validation.sparql_engine).
"""

import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.terms import XSD
from kg.validation.compiler import Check
from kg.validation.index import EMPTY, NOTHING, Index

NUMBERS = (
    "integer decimal double float int long short byte nonNegativeInteger positiveInteger "
    "negativeInteger nonPositiveInteger unsignedInt unsignedLong unsignedShort unsignedByte"
)
NUMERIC = {f"{XSD}{name}" for name in NUMBERS.split()}
ORDERED = {f"{XSD}date", f"{XSD}dateTime", f"{XSD}string"}


@dataclass(frozen=True)
class Target:
    classes: tuple[ox.NamedNode, ...]
    subjects_of: tuple[ox.NamedNode, ...]


@dataclass(frozen=True)
class Prepared:
    """A check with its terms made pyoxigraph terms once, and the Python that evaluates it: the
    bounds of a value count, a condition each value must meet on its own, or a function of
    the focus node and its values."""

    check: Check
    target: Target
    predicate: ox.NamedNode
    inverse: bool
    parameter: object
    bounds: tuple | None = None  # (least, most) values
    condition: Callable | None = None
    evaluate: Callable | None = None


def runs_natively(check: Check) -> bool:
    name = _component(check)
    return name in COUNTS or name in CONDITIONS or name in EVALUATED


def prepare(check: Check) -> Prepared:
    name = _component(check)
    target = Target(tuple(ox.NamedNode(c) for c in check.target_classes),
                    tuple(ox.NamedNode(p) for p in check.target_subjects_of))  # fmt: skip
    return Prepared(check, target, ox.NamedNode(check.predicate), check.inverse,
                    _parameter(name, check.parameter),
                    bounds=COUNTS[name](check.parameter) if name in COUNTS else None,
                    condition=CONDITIONS.get(name), evaluate=EVALUATED.get(name))  # fmt: skip


def _component(check: Check) -> str:
    return check.component.rsplit("#", 1)[-1]


def _parameter(name: str, parameter):
    """The parameter in the form the evaluation reads."""
    if name in NODE_TERMS:
        return ox.NamedNode(parameter)
    if name == "ClassConstraintComponent":  # the class and its subclasses
        return frozenset(ox.NamedNode(c) for c in parameter)
    if name == "NodeKindConstraintComponent":
        return NODE_KINDS[parameter.rsplit("#", 1)[-1]]
    if name in ("PatternConstraintComponent", "NotConstraintComponent"):
        return _compiled(*parameter)
    return parameter


def by_path(prepared) -> tuple:
    """The checks grouped by target and path (their order kept): the checks of a group share
    each focus node's lookup of its values."""
    grouped = defaultdict(list)
    for item in prepared:
        grouped[item.target, item.inverse, item.predicate].append(item)
    return tuple((*key, tuple(items)) for key, items in grouped.items())


def violations(index: Index, groups: tuple, present: set) -> list[tuple]:
    """(check, focus node, value or None) for every failure, as the compiled queries give, by
    the groups of by_path whose targets are `present` (Index.present: the others have no
    focus node)."""
    found, focus_of = [], {}
    for target, inverse, predicate, items in groups:
        if items[0].check.targets.isdisjoint(present):
            continue
        if target not in focus_of:
            focus_of[target] = index.focus_nodes(target)
        side = (index.into if inverse else index.out).get(predicate, NOTHING)
        _path_failures(index, focus_of[target], side, items, found)
    return found


def _path_failures(index: Index, nodes: set, side: dict, items: tuple, found: list) -> None:
    """The failures of the checks on one path of one target: they share each node's lookup of
    its values. Most checks pass, and most count values: a count is compared in place, a
    condition called once a value, with no list made when nothing fails."""
    for focus in nodes:
        values = side.get(focus, EMPTY)
        for item in items:
            if item.bounds is not None:
                if not item.bounds[0] <= len(values) <= item.bounds[1]:
                    found.append((item.check, focus, None))
            elif item.condition is not None:
                for value in values:
                    if item.condition(index, value, item):
                        found.append((item.check, focus, value))
            else:
                failed = item.evaluate(index, focus, values, item)
                found += [(item.check, focus, value) for value in failed]


def _wrong_datatype(index, value, check) -> bool:
    return not isinstance(value, ox.Literal) or value.datatype.value != check.parameter


NODE_KINDS = {"IRI": ox.NamedNode, "Literal": ox.Literal, "BlankNode": ox.BlankNode}


def _wrong_kind(index, value, check) -> bool:
    return not isinstance(value, check.parameter)


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


def _compiled(pattern: str, flags: str) -> re.Pattern:
    table = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
    bits = 0
    for flag in flags:
        bits |= table[flag]
    return re.compile(pattern, bits)


def _matches(value, pattern: re.Pattern) -> bool:
    return pattern.search(value.value) is not None


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
        others = index.values(focus, check.parameter)
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


COUNTS = {
    "MinCountConstraintComponent": lambda least: (least, math.inf),
    "MaxCountConstraintComponent": lambda most: (0, most),
}
CONDITIONS = {  # a value fails when the condition holds
    "DatatypeConstraintComponent": _wrong_datatype,
    "NodeKindConstraintComponent": _wrong_kind,
    "ClassConstraintComponent": _wrong_class,
    "LanguageInConstraintComponent": _wrong_language,
    "PatternConstraintComponent": _fails_pattern,
    "NotConstraintComponent": _matches_forbidden,
    "MinLengthConstraintComponent": _too_short,
    "MinInclusiveConstraintComponent": _below_minimum,
}
EVALUATED = {  # the failing values, or [None]
    "LessThanOrEqualsConstraintComponent": _compare(strict=False),
    "LessThanConstraintComponent": _compare(strict=True),
    "UniqueLangConstraintComponent": _unique_lang,
}
