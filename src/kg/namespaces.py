"""All namespaces in one place.

External vocabularies are constants. The project's own IRIs hang off a deployment base
(a setting), so they are produced by `Vocab(base)`.
"""

from functools import cached_property

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
OA = Namespace("http://www.w3.org/ns/oa#")
VANN = Namespace("http://purl.org/vocab/vann/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SH = Namespace("http://www.w3.org/ns/shacl#")

EXTERNAL = {
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "prov": PROV,
    "org": ORG,
    "sem": SEM,
    "schema": SCHEMA,
    "time": TIME,
    "oa": OA,
    "vann": VANN,
    "sd": SD,
    "void": VOID,
    "dcat": DCAT,
    "sh": SH,
}

# Kinds of resources the graph mints, each under /id/<kind>/.
ID_KINDS = (
    "agency",
    "person",
    "place",
    "post",
    "event",
    "document",
    "sentence",
    "span",
    "assertion",
    "holding",
    "extraction",
    "concept",
)


class Vocab:
    """The project's namespaces under one deployment base."""

    def __init__(self, base: str):
        self.base = base

    @cached_property
    def kg(self) -> Namespace:
        return Namespace(self.base + "ontology#")

    @cached_property
    def ontology(self) -> URIRef:
        return URIRef(self.base + "ontology")

    def id(self, kind: str, slug: str) -> URIRef:
        return URIRef(f"{self.base}id/{kind}/{slug}")

    def ns(self, kind: str) -> Namespace:
        return Namespace(f"{self.base}id/{kind}/")

    def graph(self, name: str) -> URIRef:
        return URIRef(f"{self.base}graph/{name}")

    def document_graph(self, doc_id: str) -> URIRef:
        return self.graph(f"document/{doc_id}")

    def inferred_graph(self, doc_id: str) -> URIRef:
        return self.graph(f"inferred/{doc_id}")

    @property
    def ontology_graph(self) -> URIRef:
        return self.graph("ontology")

    @property
    def reference_graph(self) -> URIRef:
        return self.graph("reference")

    @property
    def build_graph(self) -> URIRef:
        return self.graph("build")

    def prefixes(self) -> dict[str, str]:
        """Prefixes for queries and serializations: the project's and the common ones."""
        own = {"kg": str(self.kg), "graph": f"{self.base}graph/"}
        own |= {kind: str(self.ns(kind)) for kind in ID_KINDS}
        return own | {name: str(ns) for name, ns in EXTERNAL.items()}
