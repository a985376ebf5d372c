"""An index of a few quads, for the checks that run in plain Python (kg.validation.native,
kg.validation.native_sparql)."""

from collections import defaultdict
from functools import cached_property

import pyoxigraph as ox

from kg.terms import TYPE


class Index:
    """The quads' triples by predicate and subject, by predicate and (non-literal) object for the
    predicates in `linked` (None: every predicate; rdf:type always: class targets read it), and
    the types asserted outside the graphs named with `inferred` (sh:class reads those, see
    kg.validation.compiler). Hashing a pyoxigraph term costs about 0.15 µs, and a write has
    about a thousand quads: each quad is hashed as few times as the lookups need, and a
    predicate once per quad."""

    def __init__(self, quads, inferred: str, focus: set | None = None, linked=None,
                 known: "Known | None" = None):  # fmt: skip
        """`known`: quads indexed once (with the same `linked`), copied in before `quads`."""
        self.focus = focus  # the nodes checked; None: every node a target selects
        # predicate → subject → objects; predicate → object → subjects. defaultdicts: a missing
        # key costs no call (lookups use .get, which adds none)
        self.out: dict = _copied(known.index.out) if known else {}
        self.into: dict = _copied(known.index.into) if known else {TYPE: defaultdict(set)}
        self.asserted: dict = _sets(known.index.asserted) if known else defaultdict(set)
        self._by_predicate: dict = {}
        sides, types = _Sides(self, linked), self.into[TYPE]
        inferred_graph = _InferredGraphs(inferred)
        for s, p, o, g in quads:
            out, into = sides[p]
            out[s].add(o)
            if into is not None and not isinstance(o, ox.Literal):  # no path back from a literal
                into[o].add(s)
                if into is types and not inferred_graph[g]:
                    self.asserted[s].add(o)

    @cached_property
    def focus_names(self) -> set[str]:
        return {n.value for n in self.focus or ()}

    def values(self, node, predicate) -> set:
        return self.out.get(predicate, NOTHING).get(node, EMPTY)

    def linking(self, value, predicate) -> set:
        """The subjects of the value by the predicate (one of those `linked`)."""
        return self.into.get(predicate, NOTHING).get(value, EMPTY)

    def present(self) -> set[str]:
        """Predicates and classes the triples use: checks targeting nothing here are skipped."""
        return {p.value for p in self.out} | {c.value for c in self.into[TYPE]}

    def subjects(self, predicate) -> set:
        if predicate not in self._by_predicate:
            self._by_predicate[predicate] = set(self.out.get(predicate, NOTHING))
        return self._by_predicate[predicate]

    def focus_nodes(self, target) -> set:
        """The nodes of the target's classes and the subjects of its predicates (a
        kg.validation.native.Target) that are checked."""
        found = set()
        for node in target.classes:
            found |= self.into[TYPE].get(node, EMPTY)
        for node in target.subjects_of:
            found |= self.subjects(node)
        return found if self.focus is None else found & self.focus

    def has_asserted_type(self, node, classes: frozenset) -> bool:
        return not classes.isdisjoint(self.asserted.get(node, ()))


class _Sides(dict):
    """Predicate → its maps in the index: subject → objects, and object → subjects (None for a
    predicate not linked)."""

    def __init__(self, index: Index, linked):
        super().__init__()
        self.index, self.linked = index, linked

    def __missing__(self, predicate) -> tuple:
        out = self.index.out.setdefault(predicate, defaultdict(set))
        into = None
        if self.linked is None or predicate in self.linked or predicate == TYPE:
            into = self.index.into.setdefault(predicate, defaultdict(set))
        self[predicate] = (out, into)
        return self[predicate]


class Known:
    """Quads every write is checked with (the ontology's digest), indexed once: copying their
    maps costs a tenth of indexing them."""

    def __init__(self, quads, inferred: str, linked):
        self.quads = tuple(quads)
        self.index = Index(self.quads, inferred, linked=linked)


def _copied(maps: dict) -> dict:
    return {key: _sets(found) for key, found in maps.items()}


def _sets(found: dict) -> defaultdict:
    return defaultdict(set, {key: set(values) for key, values in found.items()})


EMPTY, NOTHING = frozenset(), {}


class _InferredGraphs(dict):
    """Graph name → whether it holds inferences (a name starting with the prefix)."""

    def __init__(self, prefix: str):
        super().__init__()
        self.prefix = prefix

    def __missing__(self, graph) -> bool:
        self[graph] = isinstance(graph, ox.NamedNode) and graph.value.startswith(self.prefix)
        return self[graph]
