"""The ontology as RDF and as documentation for people, generated from the OWL in the store:
every class and property with its English and Arabic labels, definition, parents, domain and
range; each term has an anchor, so `<base>ontology#Term` lands on its entry."""

import pyoxigraph as ox
from flask import render_template

from kg.web.paths import base, local_link, site
from kg.web.store import get_store

OWL = "http://www.w3.org/2002/07/owl#"
KINDS = (
    ("Classes", "الأصناف", OWL + "Class"),
    ("Object properties", "خصائص الربط", OWL + "ObjectProperty"),
    ("Data properties", "خصائص البيانات", OWL + "DatatypeProperty"),
    ("Annotation properties", "خصائص التوصيف", OWL + "AnnotationProperty"),
)
TERMS = """
SELECT ?term ?label ?definition WHERE { GRAPH <%(graph)s> {
  ?term a <%(kind)s> . FILTER(STRSTARTS(STR(?term), "%(ns)s"))
  OPTIONAL { ?term <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  OPTIONAL { ?term <http://www.w3.org/2004/02/skos/core#definition> ?definition
             FILTER(LANGMATCHES(LANG(?definition), "en")) }
} } ORDER BY ?term
"""
RELATIONS = {
    "parents": "http://www.w3.org/2000/01/rdf-schema#subClassOf",
    "super_properties": "http://www.w3.org/2000/01/rdf-schema#subPropertyOf",
    "domain": "http://www.w3.org/2000/01/rdf-schema#domain",
    "range": "http://www.w3.org/2000/01/rdf-schema#range",
    "inverse": OWL + "inverseOf",
}


def graph() -> ox.NamedNode:
    return ox.NamedNode(f"{base()}graph/ontology")


def triples() -> list[ox.Triple]:
    return [q.triple for q in get_store().quads_for_pattern(None, None, None, graph())]


def version_iris() -> set[str]:
    version_iri = ox.NamedNode(OWL + "versionIRI")
    return {t.object.value for t in triples() if t.predicate == version_iri}


def render() -> str:
    statements = triples()
    sections = [
        {"title": en, "title_ar": ar, "terms": _terms(kind, statements)} for en, ar, kind in KINDS
    ]
    header = _header(statements)
    return render_template("ontology.html", sections=sections, header=header, site=site())


def _terms(kind: str, statements) -> list[dict]:
    query = TERMS % {"graph": graph().value, "kind": kind, "ns": f"{base()}ontology#"}
    terms: dict[str, dict] = {}
    for row in get_store().query(query):
        term = terms.setdefault(row["term"].value, _blank_term(row["term"].value))
        _add_label(term, row["label"])
        if row["definition"] is not None:
            term["definition"] = row["definition"].value
    by_subject = _by_subject(statements)
    for term in terms.values():
        _relations(term, by_subject.get(term["iri"], []))
    return list(terms.values())


def _by_subject(statements) -> dict[str, list]:
    found: dict[str, list] = {}
    for t in statements:
        found.setdefault(t.subject.value, []).append(t)
    return found


def _blank_term(iri: str) -> dict:
    return {"iri": iri, "name": iri.rsplit("#", 1)[-1], "labels": {}, "definition": ""}


def _add_label(term: dict, label) -> None:
    if label is not None:
        term["labels"][label.language or ""] = label.value


def _relations(term: dict, own_statements) -> None:
    for key, predicate in RELATIONS.items():
        term[key] = [
            {"iri": t.object.value, "href": local_link(t.object.value)}
            for t in own_statements
            if t.predicate.value == predicate and isinstance(t.object, ox.NamedNode)
        ]  # fmt: skip


def _header(statements) -> dict:
    ontology, found = f"{base()}ontology", {"iri": f"{base()}ontology", "titles": {}}
    for t in statements:
        if t.subject.value == ontology and t.predicate.value.endswith("/title"):
            found["titles"][t.object.language or ""] = t.object.value
        if t.subject.value == ontology and t.predicate.value.endswith("#versionInfo"):
            found["version"] = t.object.value
    return found
