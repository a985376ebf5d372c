"""What the shapes read about the nodes a write names: the predicates the checks on a class read,
what they read about a linked node, and the values a sh:class check reads. The stored context
(kg.validation.context) reads these off the store."""

from collections import defaultdict
from functools import lru_cache

import pyoxigraph as ox
from rdflib.namespace import RDF, SKOS

from kg.terms import TYPE
from kg.validation import sparql_engine

# What the shapes read about a linked node, by the kind its IRI names: every node's types and
# labels; an agency's kind; a document's text (a span written into it is checked against it); a
# sentence's offsets and document (a span written into it must lie inside it).
CONTEXT = {
    None: (str(RDF.type), str(SKOS.prefLabel)),
    "agency": ("ontology#agencyKind",),
    "document": ("ontology#text",),
    "sentence": ("ontology#start", "ontology#end", "ontology#inDocument"),
}
# Concepts are the ontology's: the gate's ontology digest covers them.
NOT_LOOKED_UP = ("concept",)


def minted(nodes: set, base: str) -> set:
    """Minted IRIs (<base>id/...), not concepts; classes and properties are the ontology's."""
    prefix, left_out = f"{base}id/", tuple(f"{base}id/{kind}/" for kind in NOT_LOOKED_UP)
    return {n for n in nodes if isinstance(n, ox.NamedNode) and (iri := n.value).startswith(prefix)
            and not iri.startswith(left_out)}  # fmt: skip


@lru_cache(maxsize=4)
def read_predicates(base: str) -> tuple:
    """The predicates the checks read on any node (rdf:type, and those of shapes that target
    subjects of a predicate), and (class, predicate) pairs for those of shapes targeting a class:
    property paths, and the prefixed names in the SPARQL constraints."""
    always, by_class = {str(RDF.type)}, set()
    for check in sparql_engine.checks(base):
        read = _read_by(check, base)
        if check.target_subjects_of:
            always |= read
        by_class |= {(c, p) for c in check.target_classes for p in read}
    return tuple(sorted(always)), tuple(sorted(by_class))


def _read_by(check, base: str) -> set:
    return {check.predicate} if check.predicate is not None else sparql_engine.names_in(check, base)


class Scan:
    """A write's nodes (its subjects, and objects that are not literals: no check reads a
    literal's description) and the values a sh:class check reads (objects of a checked property
    on a node of the class the check targets; not, say, an agency's mentions in other
    documents). One pass over the write's quads finds both: hashing a term costs about 0.15 µs."""

    def __init__(self, checked: dict):
        self.checked = checked  # class_checked
        self.subjects, self.objects = set(), set()
        self.types, self.candidates = defaultdict(set), []

    def nodes(self, quads, subjects: bool = True) -> None:
        """Objects (and subjects, unless known), with types and candidate values."""
        self._scan(quads, objects=True, subjects=subjects)

    def values(self, quads) -> None:
        """Types and candidate values only."""
        self._scan(quads, objects=False, subjects=False)

    def _scan(self, quads, objects: bool, subjects: bool) -> None:
        # one loop, no call per quad: a write has about a thousand
        checked, types, candidates = self.checked, self.types, self.candidates
        for s, p, o, _ in quads:
            if subjects:
                self.subjects.add(s)
            if isinstance(o, ox.Literal):  # no class, and no stored description, of a literal
                continue
            if objects:
                self.objects.add(o)
            classes = checked.get(p)
            if classes is TYPED:
                types[s].add(o)
            elif classes is not None:
                candidates.append((s, o, classes))

    def checked_values(self) -> set:
        return {o for s, o, c in self.candidates if not c.isdisjoint(self.types[s])}


@lru_cache(maxsize=4)
def class_checked(base: str) -> dict:
    """Property → the classes whose nodes have its values checked by sh:class."""
    found = defaultdict(set)
    for item in sparql_engine.native_checks(base):
        if item.check.component.endswith("#ClassConstraintComponent") and not item.inverse:
            found[item.predicate] |= set(item.target.classes)
    return {**found, TYPE: TYPED}  # one lookup a quad tells a type from a checked value


TYPED = object()  # class_checked's mark of rdf:type


def linked_predicates(base: str, node: ox.NamedNode) -> tuple:
    kind = node.value[len(base) :].split("/")[1]
    return _predicates(base, kind if kind in CONTEXT else None)


@lru_cache(maxsize=64)
def _predicates(base: str, kind: str | None) -> tuple:
    names = CONTEXT[None] + (CONTEXT[kind] if kind else ())
    return tuple(ox.NamedNode(name if "://" in name else base + name) for name in names)
