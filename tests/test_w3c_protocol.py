"""The W3C SPARQL 1.1 Protocol tests, run against a live `kg serve` (../shared/w3c/sparql11)."""

import http.client
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import Graph

from live_server import free_port
from w3c_manifest import SHARED, load

TOKEN = "w3c-protocol-test-token"
TESTS = load(SHARED / "protocol" / "manifest.ttl")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("w3c")
    store = ox.Store(str(root / "store"))
    for test in TESTS:
        for name, path in test.graphs.items():
            store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
    store.flush()
    del store
    port = free_port()
    env = os.environ | {"KG_STORE": str(root / "store"), "KG_UPDATE_TOKEN": TOKEN}
    log = open(root / "server.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--port", str(port)], env=env, stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    _wait(port)
    yield port
    process.terminate()
    process.wait(timeout=10)
    log.close()


def _wait(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql", timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("server did not start")


def send(port: int, request) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = dict(request.headers) | {"Authorization": f"Bearer {TOKEN}"}
    body = request.body.encode("utf-8") if request.body is not None else None
    if body is not None and "charset=UTF-16" in headers.get("content-type", ""):
        body = request.body.encode("utf-16")
    connection.request(request.method, request.path, body=body, headers=headers)
    response = connection.getresponse()
    result = response.status, response.getheader("Content-Type", ""), response.read()
    connection.close()
    return result


def passes(request, status: int, content_type: str, payload: bytes) -> bool:
    if f"{status // 100}xx" not in request.statuses:
        return False
    if request.boolean is not None and parsed_boolean(content_type, payload) != request.boolean:
        return False
    return request.form is None or form_of(content_type, payload) == request.form


def parsed_boolean(content_type: str, payload: bytes) -> bool | None:
    if "json" in content_type:
        return json.loads(payload).get("boolean")
    if "xml" in content_type:
        node = ET.fromstring(payload).find("{http://www.w3.org/2005/sparql-results#}boolean")
        return node is not None and node.text == "true"
    return None


def form_of(content_type: str, payload: bytes) -> str:
    if "sparql-results" in content_type:
        return "boolean" if b'"boolean"' in payload or b"<boolean>" in payload else "tabular"
    if content_type.split(";")[0] in ("text/csv", "text/tab-separated-values"):
        return "tabular"
    Graph().parse(data=payload, format=content_type.split(";")[0])
    return "RDF"


@pytest.mark.parametrize("test", TESTS, ids=lambda t: t.identifier)
def test_w3c_protocol(server, test):
    for request in test.requests:
        status, content_type, payload = send(server, request)
        assert passes(request, status, content_type, payload), (request.path, status, payload[:300])
