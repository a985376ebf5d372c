"""What the pages show beyond the statements: the source sentence of each fact, the timeline of
an agency's or a person's events, and every extracted span of a document.

Offsets are character offsets into the raw text (kg:start, kg:end), so a quote is highlighted
by cutting the sentence (which starts at its own kg:start) at the span's offsets.
"""

from dataclasses import dataclass

from kg.web.paths import base
from kg.web.store import get_store

EVIDENCE_PAGE = 100
EVIDENCE = """
SELECT ?assertion ?s ?p ?o ?start ?end ?sentence ?sentenceStart ?document WHERE {
  { ?assertion rdf:subject <%(iri)s> } UNION { ?assertion rdf:object <%(iri)s> }
  ?assertion a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
             kg:evidence ?span .
  ?span kg:start ?start ; kg:end ?end ; kg:inDocument ?document ; kg:inSentence ?sent .
  ?sent kg:exact ?sentence ; kg:start ?sentenceStart .
} ORDER BY ?document ?start ?assertion
"""
TIMELINE = """
SELECT ?event (SAMPLE(?date) AS ?start) (GROUP_CONCAT(DISTINCT STR(?role); separator=" ") AS ?roles)
WHERE {
  GRAPH ?g { ?event ?role <%(iri)s> }
  FILTER(!STRSTARTS(STR(?g), "%(base)sgraph/inferred/"))
  ?event a kg:Event .
  OPTIONAL { ?event kg:startDate ?date }
} GROUP BY ?event ORDER BY ?start ?event
"""
SPANS = """
SELECT ?span ?start ?end (SAMPLE(?what) AS ?about) WHERE {
  ?span a kg:TextSpan ; kg:inDocument <%(iri)s> ; kg:start ?start ; kg:end ?end .
  OPTIONAL { { ?what kg:mention ?span } UNION { ?a kg:evidence ?span ; rdf:predicate ?what } }
} GROUP BY ?span ?start ?end ORDER BY ?start ?end
"""


@dataclass
class Fact:
    subject: str
    predicate: str
    object: object  # a pyoxigraph term
    before: str
    quote: str
    after: str
    document: str
    start: int
    end: int


def run(query: str, iri: str):
    config_base = base()
    prefixes = (
        f"PREFIX kg: <{config_base}ontology#>\n"
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    )
    text = prefixes + query % {"iri": iri, "base": config_base}
    return get_store().query(text, use_default_graph_as_union=True)


def facts(iri: str, page: int = 1) -> tuple[list[Fact], int]:
    """This page of the facts about `iri` with their quoted sentences, and how many there are."""
    rows = list(run(EVIDENCE, iri))
    chosen = rows[(page - 1) * EVIDENCE_PAGE : page * EVIDENCE_PAGE]
    return [_fact(row) for row in chosen], len(rows)


def _fact(row) -> Fact:
    sentence, offset = row["sentence"].value, int(row["sentenceStart"].value)
    start, end = int(row["start"].value), int(row["end"].value)
    cut_start, cut_end = start - offset, end - offset
    return Fact(
        row["s"].value, row["p"].value, row["o"],
        sentence[:cut_start], sentence[cut_start:cut_end], sentence[cut_end:],
        row["document"].value, start, end,
    )  # fmt: skip


def timeline(iri: str) -> list[dict]:
    """Events the resource takes part in, by date, with the roles the documents state."""
    entries = []
    for row in run(TIMELINE, iri):
        roles = sorted(set(row["roles"].value.split()))
        start = row["start"].value if row["start"] is not None else ""
        entries.append({"event": row["event"].value, "start": start, "roles": roles})
    return entries


def spans(document_iri: str) -> list[tuple[int, int, str, str]]:
    """(start, end, span IRI, what it names or states) of every span of a document."""
    found = []
    for row in run(SPANS, document_iri):
        about = row["about"].value if row["about"] is not None else ""
        found.append((int(row["start"].value), int(row["end"].value), row["span"].value, about))
    return found
