"""The formats the endpoint speaks, each with its `format=` name and media type."""

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str  # the value of ?format=
    media_type: str
    oxigraph: object  # pyoxigraph RdfFormat or QueryResultsFormat


RESULT_FORMATS = [
    Format("json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    Format("csv", "text/csv", ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
GRAPH_FORMATS = [
    Format("turtle", "text/turtle", ox.RdfFormat.TURTLE),
    Format("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
    Format("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    Format("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
]


# CONSTRUCT and DESCRIBE answers may also come as quads (their triples in the default graph).
CONSTRUCT_FORMATS = [
    *GRAPH_FORMATS,
    Format("trig", "application/trig", ox.RdfFormat.TRIG),
    Format("nquads", "application/n-quads", ox.RdfFormat.N_QUADS),
]

# Names clients send in `format=` for the same formats (SPARQLWrapper sends its own names).
FORMAT_ALIASES = {
    "n3": "turtle", "ttl": "turtle", "rdf": "rdfxml", "rdf+xml": "rdfxml", "xml-rdf": "rdfxml",
    "json-ld": "jsonld", "nt": "ntriples", "n-triples": "ntriples", "nq": "nquads",
    "n-quads": "nquads", "sparql-results+json": "json", "sparql-results+xml": "xml",
}  # fmt: skip


def offer_message(offered: list[Format]) -> str:
    return "offered: " + ", ".join(f"{f.media_type} (format={f.name})" for f in offered)
