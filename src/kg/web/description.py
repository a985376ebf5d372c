"""The SPARQL 1.1 Service Description, answered to a GET of /sparql without a query."""

from flask import Response, current_app, request
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from kg import resources
from kg.namespaces import SD, SH, Vocab
from kg.web.formats import GRAPH_FORMATS
from kg.web.negotiation import negotiate
from kg.web.store import get_store

FORMATS = URIRef("http://www.w3.org/ns/formats/")
RESULT_FORMAT_NAMES = (
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG", "N-Quads",
)  # fmt: skip
DEFAULT_GRAPH_NOTE = (
    "The union of all named graphs (documents, their inferences, ontology, reference data); "
    "give default-graph-uri or named-graph-uri to choose graphs instead."
)
RDFLIB_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml"}


def service_description() -> Response:
    chosen = negotiate(GRAPH_FORMATS)
    graph = describe_service(request.base_url)
    body = graph.serialize(format=RDFLIB_FORMATS[chosen.name])
    response = Response(body, content_type=f"{chosen.media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


def describe_service(endpoint: str) -> Graph:
    config = current_app.config["KG"]
    vocab = Vocab(config.base)
    graph, service = Graph(), URIRef(endpoint)
    graph.bind("sd", SD)
    graph.bind("sh", SH)
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if config.update_token:
        graph.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in RESULT_FORMAT_NAMES:
        graph.add((service, SD.resultFormat, URIRef(FORMATS + name)))
    _dataset(graph, service)
    _prefixes(graph, service, vocab.prefixes())
    _examples(graph, service, vocab)
    return graph


def _dataset(graph: Graph, service: URIRef) -> None:
    dataset, default = BNode(), BNode()
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((default, DCTERMS.description, Literal(DEFAULT_GRAPH_NOTE, lang="en")))
    for name in sorted(g.value for g in get_store().named_graphs() if hasattr(g, "value")):
        named = BNode()
        graph.add((dataset, SD.namedGraph, named))
        graph.add((named, SD.name, URIRef(name)))


def _prefixes(graph: Graph, service: URIRef, prefixes: dict[str, str]) -> None:
    """Prefixes usable without a PREFIX line, declared the SHACL way."""
    for prefix, namespace in sorted(prefixes.items()):
        declaration = BNode()
        graph.add((service, SH.declare, declaration))
        graph.add((declaration, SH.prefix, Literal(prefix)))
        graph.add((declaration, SH.namespace, Literal(namespace, datatype=XSD.anyURI)))


def _examples(graph: Graph, service: URIRef, vocab: Vocab) -> None:
    for path in sorted(resources.QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        question = next(
            (line[4:].strip() for line in text.splitlines() if line.startswith("# Q:")), ""
        )
        example = BNode()
        graph.add((service, vocab.kg.exampleQuery, example))
        graph.add((example, RDFS.label, Literal(path.stem)))
        graph.add((example, RDFS.comment, Literal(question, lang="en")))
        graph.add((example, RDF.value, Literal(text)))
