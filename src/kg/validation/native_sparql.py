"""The shapes' SPARQL-based constraints in plain Python, for what one write validates.

Loading a write's quads into a store and planning a query costs more than these checks. Each
port gives the rows its shape's `sh:select` gives (DISTINCT ?this ?value, the default graph the
union of the graphs) on terms of the types the data uses: offsets and counts `xsd:integer` or
`xsd:nonNegativeInteger`, texts `xsd:string` or language-tagged, dates `xsd:date`. On any
other term, where SPARQL's casts, type errors and mixed-type comparisons would decide, a port
raises `Unported` and the constraint runs as SPARQL (kg.validation.sparql_engine), as does a
constraint with no port. The tests hold each port to the SPARQL's rows.
"""

import re
from datetime import date
from functools import lru_cache

import pyoxigraph as ox

from kg.terms import TYPE, XSD
from kg.validation.compiler import inferred_graphs
from kg.validation.functions import umm_al_qura
from kg.validation.index import EMPTY, NOTHING, Index
from kg.validation.native import Target

INTEGERS = {  # the lexical forms SPARQL reads as these integers
    f"{XSD}integer": re.compile(r"-?[0-9]+"),
    f"{XSD}nonNegativeInteger": re.compile(r"[0-9]+"),
}
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
STRINGS = {f"{XSD}string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


class Unported(Exception):
    """A term whose SPARQL semantics the port does not reproduce."""


class Graph:
    """The ports' reading of an index of the quads (kg.validation.index): triples by
    subject and predicate and by object and predicate, whatever their graph."""

    def __init__(self, index: Index, base: str):
        self.index = index
        self.terms = _terms(f"{base}ontology#")
        # read by many spans: a sentence's offsets, a document's text (a string of some
        # thousand characters, made anew at each reading of the term's value), a number's value
        self._texts, self._offsets, self._strings, self._integers = {}, {}, {}, {}

    @classmethod
    def of(cls, quads, base: str) -> "Graph":
        return cls(Index(quads, inferred_graphs(base), linked=linked(base)), base)

    def values(self, node, local: str, namespace: str | None = None) -> set:
        # Index.values, without two calls: the ports make several hundred lookups a write
        return self.index.out.get(self.terms[local, namespace], NOTHING).get(node, EMPTY)

    def term(self, local: str, namespace: str | None = None) -> ox.NamedNode:
        return self.terms[local, namespace]

    def texts(self, node) -> list[tuple]:
        """(document, its text) for each document the node is in."""
        if node not in self._texts:
            self._texts[node] = [(document, text) for document in self.values(node, "inDocument")
                                 for text in self.document_texts(document)]  # fmt: skip
        return self._texts[node]

    def document_texts(self, document) -> list[str]:
        if document not in self._strings:
            self._strings[document] = [_string(text) for text in self.values(document, "text")]
        return self._strings[document]

    def offsets(self, node) -> list[tuple[int, int]]:
        if node not in self._offsets:
            self._offsets[node] = [(self.integer(s), self.integer(e))
                                   for s in self.values(node, "start")
                                   for e in self.values(node, "end")]  # fmt: skip
        return self._offsets[node]

    def integer(self, term) -> int:
        """_integer's value of the term, read once."""
        found = self._integers.get(term)
        if found is None:
            found = self._integers[term] = _integer(term)
        return found

    def has(self, subject, predicate, value) -> bool:
        return value in self.index.values(subject, predicate)

    def subjects(self, predicate, value) -> set:
        """The subjects of the value by the predicate: one of those `linked` names."""
        return self.index.linking(value, predicate)


SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


class _Terms(dict):
    """(local name, namespace or None: the ontology's) → the term: making a term costs about
    0.45 µs, finding it here a tenth of that."""

    def __init__(self, ontology: str):
        super().__init__()
        self.ontology = ontology

    def __missing__(self, key: tuple) -> ox.NamedNode:
        local, namespace = key
        self[key] = ox.NamedNode((namespace or self.ontology) + local)
        return self[key]


@lru_cache(maxsize=4)
def _terms(ontology: str) -> _Terms:
    return _Terms(ontology)


@lru_cache(maxsize=4)
def linked(base: str) -> frozenset:
    """The predicates the ports follow from a value to its subjects (Graph.subjects)."""
    return frozenset({TYPE, _terms(f"{base}ontology#")["kindClass", None]})


@lru_cache(maxsize=256)
def target(check) -> Target:
    return Target(tuple(ox.NamedNode(c) for c in check.target_classes),
                  tuple(ox.NamedNode(p) for p in check.target_subjects_of))  # fmt: skip


def rows(graph: Graph, check) -> set | None:
    """(this, value or None) as the check's query gives, on the index's focus nodes; None when
    the check has no port."""
    port = PORTS.get(check.shape.rsplit("/", 1)[-1])
    if port is None:
        return None
    focus = graph.index.focus_nodes(target(check))
    return {row for this in focus for row in port(graph, this)}


def _integer(term) -> int:
    pattern = INTEGERS.get(term.datatype.value) if isinstance(term, ox.Literal) else None
    if pattern is None or not pattern.fullmatch(term.value):
        raise Unported(term)
    return int(term.value)


def _string(term) -> str:
    if isinstance(term, ox.Literal) and term.datatype.value in STRINGS:
        return term.value
    raise Unported(term)


def _date(term) -> date:
    if not (isinstance(term, ox.Literal) and term.datatype.value == f"{XSD}date"):
        raise Unported(term)
    try:
        return date.fromisoformat(term.value if DATE.fullmatch(term.value) else "")
    except ValueError as error:  # a time zone, a year 0, a month 13: SPARQL's reading decides
        raise Unported(term) from error


def _label(language: str):
    def port(graph, this):
        labels = graph.values(this, "prefLabel", SKOS)
        tagged = any(isinstance(v, ox.Literal) and v.language == language for v in labels)
        return [] if tagged else [(this, None)]

    return port


def _in_scheme(predicate: str, scheme: str):
    def port(graph, this):
        inside = graph.term(scheme)
        return [(this, value) for value in graph.values(this, predicate)
                if inside not in graph.values(value, "inScheme", SKOS)]  # fmt: skip

    return port


def _agency_kind(graph, this):
    if graph.values(this, "agencyKind"):
        return []
    scheme, kind_class = graph.term("AgencyKindScheme"), graph.term("kindClass")
    concepts = set().union(*(graph.subjects(kind_class, t) for t in graph.index.values(this, TYPE)))
    kinds = any(scheme in graph.values(c, "inScheme", SKOS) for c in concepts)
    return [] if kinds else [(this, None)]


def _stated(graph, this):
    parts = [graph.values(this, n, RDF) for n in ("subject", "predicate", "object")]
    missing = any(not graph.has(s, p, o) for s in parts[0] for p in parts[1] for o in parts[2])
    return [(this, None)] if missing else []


def _document_length(graph, this):
    return [(this, count) for count in graph.values(this, "characterCount")
            for text in graph.document_texts(this)
            if len(text) != graph.integer(count)]  # fmt: skip


def _within_document(graph, this):
    return [(this, end) for end in graph.values(this, "end") for _, text in graph.texts(this)
            if graph.integer(end) > len(text)]  # fmt: skip


def _quote(graph, this):
    found = []
    for start in graph.values(this, "start"):
        for end in graph.values(this, "end"):
            for value in graph.values(this, "exact"):
                for _, text in graph.texts(this):
                    if _substring(text, graph.integer(start), graph.integer(end)) != _string(value):
                        found.append((this, value))
    return found


def _substring(text: str, start: int, end: int) -> str:
    """SUBSTR(text, start + 1, end - start) for offsets 0 or more."""
    if start < 0:
        raise Unported(start)
    return text[start:end] if end >= start else ""


def _in_sentence(graph, this):
    found = []
    for sentence in graph.values(this, "inSentence"):
        for document in graph.values(this, "inDocument"):
            outside = document not in graph.values(sentence, "inDocument")
            for start, end in graph.offsets(this):
                for first, last in graph.offsets(sentence):
                    if start < first or end > last or outside:
                        found.append((this, sentence))
    return found


def _hijri(noted: bool):
    def port(graph, this):
        if bool(graph.values(this, "dateNote")) != noted:
            return []
        ends = graph.values(this, "endDate") or {None}
        return [(this, value) for value in graph.values(this, "hijriDate")
                for start in graph.values(this, "startDate") for end in ends
                if _disagrees(value, start, end)]  # fmt: skip

    return port


def _disagrees(value, start, end) -> bool:
    day = umm_al_qura(value.value) if isinstance(value, ox.Literal) else None
    if day is None:  # !BOUND(?day) holds whatever the dates are
        return True
    return day < _date(start) or day > _date(end if end is not None else start)


PORTS = {
    "ArabicLabel": _label("ar"),
    "EnglishLabel": _label("en"),
    "Agency-kind": _agency_kind,
    "Agency-agencyKindInScheme": _in_scheme("agencyKind", "AgencyKindScheme"),
    "Event-kindInScheme": _in_scheme("eventKind", "EventKindScheme"),
    "Assertion-stated": _stated,
    "Document-length": _document_length,
    "TextSpan-withinDocument": _within_document,
    "TextSpan-quote": _quote,
    "TextSpan-inSentence": _in_sentence,
    "Event-hijriAgrees": _hijri(noted=False),
    "Event-hijriNoted": _hijri(noted=True),
}
