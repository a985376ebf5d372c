"""One real server: `kg serve` under granian on 127.0.0.1, queried with SPARQLWrapper; and
gunicorn, the other server it offers, answering the same way."""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from conftest import BASE
from kg.cli import main
from live_server import serve_seed


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    root = tmp_path_factory.mktemp("server")
    with serve_seed(root, BASE, query_timeout="3", workers="2") as url:
        yield url + "sparql"


def test_sparqlwrapper_gets_the_seed_facts_back(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(
        "SELECT ?organizer ?partner ?start WHERE { ?e kg:organizer ?organizer ; "
        "kg:partner ?partner ; kg:startDate ?start }"
    )
    client.setReturnFormat(JSON)
    (row,) = client.query().convert()["results"]["bindings"]
    assert row["organizer"]["value"] == BASE + "id/agency/las-caim-gs"
    assert row["partner"]["value"] == BASE + "id/agency/ct-mena"
    assert row["start"]["value"] == "2021-05-26"


def test_sparqlwrapper_construct_as_turtle(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("CONSTRUCT WHERE { ?e kg:opener ?p }")
    client.setReturnFormat(TURTLE)
    assert b"khalid-bin-hilal-al-maamari" in client.query().convert()


def as_text(result) -> str:
    """SPARQLWrapper's converted result as text: XML comes back as a DOM, JSON as a dict."""
    if hasattr(result, "toxml"):
        return result.toxml()
    return result.decode() if isinstance(result, bytes) else json.dumps(result)


@pytest.mark.parametrize("return_format", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_select_and_ask_in_each_results_format(endpoint, return_format):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT ?start WHERE { ?e kg:startDate ?start }")
    client.setReturnFormat(return_format)
    assert "2021-05-26" in as_text(client.query().convert())
    client.setQuery("ASK { ?e kg:opener ?p }")
    assert "true" in as_text(client.query().convert()).lower()


@pytest.mark.parametrize("return_format", [TURTLE, N3, RDFXML, JSONLD])
def test_sparqlwrapper_describe_in_each_rdf_format(endpoint, return_format):
    client = SPARQLWrapper(endpoint)
    client.setQuery(f"DESCRIBE <{BASE}id/event/000_3d015eed464f4e1b-1>")
    client.setReturnFormat(return_format)
    result = client.query().convert()
    graph = result if isinstance(result, Graph) else Graph().parse(data=result, format="turtle")
    assert (URIRef(f"{BASE}id/event/000_3d015eed464f4e1b-1"), None, None) in graph


def test_sparqlwrapper_sees_a_bad_query_as_bad(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT WHERE {")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()


def test_kg_query_against_the_endpoint(endpoint):
    result = CliRunner().invoke(
        main, ["query", "--endpoint", endpoint, "SELECT ?t WHERE { ?e kg:title ?t }"]
    )
    assert result.exit_code == 0
    assert "نماذج عربية وأوروبية" in result.stdout


def test_a_minted_uri_dereferences_to_its_triples(endpoint):
    from rdflib import Graph, URIRef

    event = endpoint.removesuffix("/sparql") + "/id/event/000_3d015eed464f4e1b-1"
    graph = Graph().parse(event)  # follows the 303 to the Turtle description
    subject = URIRef(BASE + "id/event/000_3d015eed464f4e1b-1")
    assert (subject, URIRef(BASE + "ontology#startDate"), None) in graph


def test_a_service_query_is_refused_and_makes_no_connection(endpoint):
    import urllib.error
    import urllib.parse
    import urllib.request

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(1.0)
    target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    query = f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=10)
        assert refused.value.code == 403
        assert b"outbound" in refused.value.read()
        with pytest.raises(TimeoutError):
            listener.accept()  # nobody called
    finally:
        listener.close()


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_runaway_query_is_stopped_while_another_client_is_answered(endpoint):
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request

    outcome = {}

    def runaway():
        url = endpoint + "?" + urllib.parse.urlencode({"query": RUNAWAY})
        try:
            urllib.request.urlopen(url, timeout=60)
        except urllib.error.HTTPError as error:
            outcome["status"], outcome["retry"] = error.code, error.headers.get("Retry-After")

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)
    client = SPARQLWrapper(endpoint)
    client.setQuery("ASK { ?e a kg:Workshop }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    assert thread.is_alive()  # answered while the runaway still runs
    thread.join(timeout=30)
    assert outcome == {"status": 503, "retry": "5"}
    assert client.query().convert()["boolean"] is True  # a fresh worker took its place


ORPHANED = """
import os, sys, threading, time
from kg.query.executor import QueryExecutor

executor = QueryExecutor(sys.argv[1], 1, 60)
request = {"query": sys.argv[2], "prefixes": {}, "union": True, "version": "v",
           "result_format": "json", "max_rows": 10}
threading.Thread(target=executor.run, args=(request,), daemon=True).start()
time.sleep(1.5)
with open(sys.argv[3], "w") as noted:
    noted.write(str(next(iter(executor.running)).process.pid))
os._exit(1)  # the server dies without cleaning anything up
"""


def test_a_query_worker_does_not_outlive_its_server(tmp_path):
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "store"))
    node = ox.NamedNode("http://example.org/n")
    store.extend(ox.Quad(node, node, ox.Literal(str(i))) for i in range(200))
    store.flush()
    del store
    noted = tmp_path / "worker.pid"
    subprocess.run(
        [sys.executable, "-c", ORPHANED, str(tmp_path / "store"), RUNAWAY, str(noted)],
        timeout=60, check=False,
    )  # fmt: skip
    pid = int(noted.read_text())
    deadline = time.monotonic() + 10
    try:
        while _running(pid):
            assert time.monotonic() < deadline, "the worker is still running its query"
            time.sleep(0.1)
    finally:
        if _running(pid):
            os.kill(pid, 9)


def _running(pid: int) -> bool:
    """Alive and not merely a zombie waiting to be reaped."""
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_gunicorn_serves_the_same_answers(tmp_path):
    with serve_seed(tmp_path, BASE, server="gunicorn") as url:
        client = SPARQLWrapper(url + "sparql")
        client.setQuery("SELECT ?start WHERE { ?e kg:startDate ?start }")
        client.setReturnFormat(JSON)
        (row,) = client.query().convert()["results"]["bindings"]
    assert row["start"]["value"] == "2021-05-26"
    assert "gunicorn" in (tmp_path / "server.log").read_text()
