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
from kg.validation.native import Index, Target

INTEGERS = {  # the lexical forms SPARQL reads as these integers
    f"{XSD}integer": re.compile(r"-?[0-9]+"),
    f"{XSD}nonNegativeInteger": re.compile(r"[0-9]+"),
}
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
STRINGS = {f"{XSD}string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


class Unported(Exception):
    """A term whose SPARQL semantics the port does not reproduce."""


class Graph:
    """The ports' reading of an index of the quads (kg.validation.native.Index): triples by
    subject and predicate and by object and predicate, whatever their graph."""

    def __init__(self, index: Index, base: str):
        self.index, self.out = index, index.out
        self.kg = f"{base}ontology#"
        self._texts, self._offsets = {}, {}  # a sentence's or a document's: read by many spans

    @classmethod
    def of(cls, quads, base: str) -> "Graph":
        return cls(Index(quads, inferred_graphs(base)), base)

    def values(self, node, local: str, namespace: str | None = None) -> set:
        return self.out.get((node, self.term(local, namespace)), set())

    def term(self, local: str, namespace: str | None = None) -> ox.NamedNode:
        return _named((namespace or self.kg) + local)

    def texts(self, node) -> list[tuple]:
        """(document, its text) for each document the node is in."""
        if node not in self._texts:
            self._texts[node] = [(document, _string(text))
                                 for document in self.values(node, "inDocument")
                                 for text in self.values(document, "text")]  # fmt: skip
        return self._texts[node]

    def offsets(self, node) -> list[tuple[int, int]]:
        if node not in self._offsets:
            self._offsets[node] = [(_integer(s), _integer(e)) for s in self.values(node, "start")
                                   for e in self.values(node, "end")]  # fmt: skip
        return self._offsets[node]

    def has(self, subject, predicate, value) -> bool:
        return value in self.out.get((subject, predicate), ())

    def subjects(self, predicate, value) -> set:
        return self.index.into.get((value, predicate), set())


SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@lru_cache(maxsize=512)
def _named(iri: str) -> ox.NamedNode:
    """Making a term costs about 0.45 µs, finding it here a tenth of that."""
    return ox.NamedNode(iri)


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
    concepts = set().union(
        *(graph.subjects(kind_class, t) for t in graph.out.get((this, TYPE), ()))
    )
    kinds = any(scheme in graph.values(c, "inScheme", SKOS) for c in concepts)
    return [] if kinds else [(this, None)]


def _stated(graph, this):
    parts = [
        graph.out.get((this, ox.NamedNode(RDF + n)), set())
        for n in ("subject", "predicate", "object")
    ]
    missing = any(not graph.has(s, p, o) for s in parts[0] for p in parts[1] for o in parts[2])
    return [(this, None)] if missing else []


def _document_length(graph, this):
    return [(this, count) for count in graph.values(this, "characterCount")
            for text in graph.values(this, "text")
            if len(_string(text)) != _integer(count)]  # fmt: skip


def _within_document(graph, this):
    return [(this, end) for end in graph.values(this, "end") for _, text in graph.texts(this)
            if _integer(end) > len(text)]  # fmt: skip


def _quote(graph, this):
    found = []
    for start in graph.values(this, "start"):
        for end in graph.values(this, "end"):
            for value in graph.values(this, "exact"):
                for _, text in graph.texts(this):
                    if _substring(text, _integer(start), _integer(end)) != _string(value):
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
