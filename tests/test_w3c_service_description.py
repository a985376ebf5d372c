"""The W3C SPARQL 1.1 Service Description tests, on the live server.

The manifest names three checks and leaves their procedure to the runner; each is below.
"""

import urllib.request

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from test_w3c_protocol import server  # noqa: F401 - the live server fixture
from w3c_manifest import SHARED

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
LANGUAGES = {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
RDF_TYPES = ["text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json"]
PARSERS = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt",
           "application/ld+json": "json-ld"}  # fmt: skip


def test_the_manifest_still_lists_these_three_checks():
    names = Graph().parse(SHARED / "service-description" / "manifest.ttl", format="turtle")
    found = sorted(str(n) for n in names.objects(None, URIRef(MF + "name")))
    assert found == sorted(CHECKS)


MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
CHECKS = [
    "GET on endpoint returns RDF",
    "Service description contains a matching sd:endpoint triple",
    "Service description conforms to schema",
]


def description(port: int, media_type: str) -> tuple[str, Graph]:
    url = f"http://127.0.0.1:{port}/sparql"
    request = urllib.request.Request(url, headers={"Accept": media_type})
    with urllib.request.urlopen(request, timeout=10) as response:
        kind = response.headers["Content-Type"].split(";")[0]
        return url, Graph().parse(data=response.read(), format=PARSERS[kind])


@pytest.mark.parametrize("media_type", RDF_TYPES)
def test_get_on_endpoint_returns_rdf(server, media_type):  # noqa: F811
    _, graph = description(server, media_type)
    assert len(graph) > 10


def test_service_description_contains_a_matching_sd_endpoint_triple(server):  # noqa: F811
    url, graph = description(server, "text/turtle")
    assert (None, SD.endpoint, URIRef(url)) in graph


def test_service_description_conforms_to_schema(server):  # noqa: F811
    _, graph = description(server, "text/turtle")
    (service,) = graph.subjects(RDF.type, SD.Service)
    assert set(graph.objects(service, SD.supportedLanguage)) <= LANGUAGES
    assert set(graph.objects(service, SD.supportedLanguage))
    assert all(isinstance(f, URIRef) for f in graph.objects(service, SD.resultFormat))
    assert all(isinstance(f, URIRef) for f in graph.objects(service, SD.feature))
    for dataset in graph.objects(service, SD.defaultDataset):
        assert (dataset, RDF.type, SD.Dataset) in graph
        for named in graph.objects(dataset, SD.namedGraph):
            assert isinstance(graph.value(named, SD.name), URIRef)
