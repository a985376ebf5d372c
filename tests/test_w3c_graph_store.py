"""The W3C SPARQL 1.1 Graph Store Protocol tests (indirect graph identification) on a live server.

The direct-identification manifest (graphs addressed by path, /gsp/person/1.ttl) is not run:
this store names graphs with ?graph=<IRI> only, as the README says.
"""

import http.client

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from test_w3c_protocol import TOKEN, server  # noqa: F401 - the live server fixture
from w3c_manifest import SHARED, load

TESTS = load(SHARED / "graph-store-protocol" / "manifest-indirect.ttl")
CODES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}


def expected_codes(statuses: set[str]) -> set[int]:
    codes = set()
    for status in statuses:
        if status.endswith("xx"):
            first = int(status[0]) * 100
            codes |= set(range(first, first + 100))
        else:
            codes.add(CODES[status.rsplit("#", 1)[-1]])
    return codes


def send(port: int, request, location: str | None):
    path = request.path.replace("/gsp", "/rdf-graph-store", 1)
    body = request.body
    if location:
        path = path.replace("$LOCATION$", location)
        body = body.replace("$LOCATION$", location) if body else body
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = dict(request.headers) | {"Authorization": f"Bearer {TOKEN}"}
    connection.request(request.method, path, body=body.encode() if body else None, headers=headers)
    response = connection.getresponse()
    result = response.status, response.getheader("Content-Type", ""), response.getheader("Location")
    payload = response.read()
    connection.close()
    return (*result, payload)


def clear(port: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
    connection.request("POST", "/sparql", body=b"DROP ALL", headers=headers)
    assert connection.getresponse().status == 204
    connection.close()


@pytest.mark.parametrize("test", TESTS, ids=lambda t: t.identifier)
def test_w3c_graph_store(server, test):  # noqa: F811
    clear(server)  # each test starts from an empty store
    location = None
    for request in test.requests:
        status, content_type, new_location, payload = send(server, request, location)
        assert status in expected_codes(request.statuses), (request.method, request.path, status)
        if request.location:
            location = new_location
        if request.response_body and request.method == "GET":
            expected = Graph().parse(data=request.response_body, format="turtle")
            got = Graph().parse(data=payload, format=content_type.split(";")[0])
            assert isomorphic(expected, got)
