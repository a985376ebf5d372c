"""The whole graph's report, with the document and the source sentence of each focus node."""

import pyoxigraph as ox

from kg.validation import sparql_engine
from kg.validation.report import Report

SOURCES = """
SELECT ?focus ?graph ?sentence WHERE {
  VALUES ?focus { $focus }
  OPTIONAL {
    GRAPH ?graph { ?focus ?p ?o } FILTER STRSTARTS(STR(?graph), "$base" + "graph/document/")
  }
  OPTIONAL {
    { ?focus kg:inSentence ?sentence }
    UNION { ?focus kg:mention|kg:evidence ?span . ?span kg:inSentence ?sentence }
  }
}"""


def validate_store(store: ox.Store, base: str) -> Report:
    report = sparql_engine.validate_store(store, base)
    return with_sources(store, report, base)


def with_sources(store: ox.Store, report: Report, base: str) -> Report:
    focus = {r.focus for r in report.results if not r.focus.startswith("_:")}
    if not focus:
        return report
    values = " ".join(f"<{f}>" for f in sorted(focus))
    query = SOURCES.replace("$focus", values).replace(
        '"$base" + "graph/document/"', f'"{base}graph/document/"'
    )
    documents, sentences = {}, {}
    prefix = f"{base}graph/document/"
    prefixes = {"kg": f"{base}ontology#"}
    for row in store.query(query, use_default_graph_as_union=True, prefixes=prefixes):
        name = row["focus"].value
        if row["graph"] is not None:
            documents.setdefault(name, row["graph"].value[len(prefix) :])
        if row["sentence"] is not None:
            sentences.setdefault(name, row["sentence"].value)
    return report.with_sources(documents, sentences)
