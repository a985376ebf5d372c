"""Read the W3C SPARQL 1.1 Protocol manifest: each test's data and its HTTP requests."""

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SHARED = Path(__file__).resolve().parents[2] / "shared" / "w3c" / "sparql11"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    statuses: set[str]  # "2xx", "3xx", "4xx" ...
    boolean: bool | None
    form: str | None  # "boolean", "tabular" or "RDF"
    response_body: str | None = None  # expected RDF, to compare as graphs
    response_type: str | None = None
    location: str | None = None  # a template variable the Location header fills


@dataclass
class ProtocolTest:
    name: str
    identifier: str
    graphs: dict[str, Path] = field(default_factory=dict)  # graph name → data file
    requests: list[Request] = field(default_factory=list)


def load(manifest: Path) -> list[ProtocolTest]:
    graph = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
    entries = Collection(graph, graph.value(URIRef(manifest.as_uri()), MF.entries))
    return [_test(graph, entry, manifest.parent) for entry in entries]


def _test(graph: Graph, entry, folder: Path) -> ProtocolTest:
    test = ProtocolTest(str(graph.value(entry, MF.name)), str(entry).rsplit("#", 1)[-1])
    for data in graph.objects(entry, UT.graphData):
        file = graph.value(data, UT.graph)
        test.graphs[str(graph.value(data, RDFS.label))] = folder / str(file).rsplit("/", 1)[-1]
    action = graph.value(entry, MF.action)
    for node in Collection(graph, graph.value(action, HT.requests)):
        test.requests.append(_request(graph, node))
    return test


def _request(graph: Graph, node) -> Request:
    headers = {}
    header_list = graph.value(node, HT.headers)
    if header_list is not None:
        for header in Collection(graph, header_list):
            headers[str(graph.value(header, HT.fieldName))] = str(
                graph.value(header, HT.fieldValue)
            )
    body = graph.value(node, HT.body)
    response = graph.value(node, HT.resp)
    statuses = {
        str(s).rsplit("StatusCode", 1)[-1] for s in graph.objects(response, MF.expectedStatus)
    }
    boolean = graph.value(response, MF.expectedBoolean)
    form = graph.value(response, MF.expectedFormat)
    expected_body = graph.value(response, HT.body)
    expected_headers = graph.value(response, HT.headers)
    response_type = None
    if expected_headers is not None:
        for header in Collection(graph, expected_headers):
            response_type = str(graph.value(header, HT.fieldValue))
    location = graph.value(response, MF.expectedLocation)
    return Request(
        method=str(graph.value(node, HT.methodName)),
        path=str(graph.value(node, HT.absolutePath)),
        headers=headers,
        body=str(graph.value(body, CNT.chars)) if body is not None else None,
        statuses=statuses,
        boolean=boolean.toPython() if boolean is not None else None,
        form=str(form) if form is not None else None,
        response_body=str(graph.value(expected_body, CNT.chars)) if expected_body else None,
        response_type=response_type,
        location=str(location) if location is not None else None,
    )
