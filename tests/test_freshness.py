"""Validators that survive a restart and move with a write; dumps written only when asked for.
Each test has its own small store, so it may write."""

import time

import pyoxigraph as ox
import pytest

from app_over import app_over
from conftest import BASE
from kg.store.oxstore import open_store
from kg.web.store import bump_version

EVENT = ox.NamedNode(f"{BASE}id/event/x-1")
GRAPH = ox.NamedNode(f"{BASE}graph/document/x")
LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
BUILD = ox.NamedNode(f"{BASE}graph/build")
ENDED = ox.NamedNode("http://www.w3.org/ns/prov#endedAtTime")
DATE_TIME = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")


@pytest.fixture
def store(config_for):
    opened = open_store(config_for().store_path)
    opened.add(ox.Quad(EVENT, LABEL, ox.Literal("Workshop", language="en"), GRAPH))
    return opened


def started(config_for, store):
    """A server process's app: nothing remembered but what is on disk."""
    return app_over(store, config_for().store_path)


def validators(app) -> tuple[str, str]:
    response = app.test_client().get("/data/event/x-1.ttl", base_url=BASE.rstrip("/"))
    assert response.status_code == 200
    return response.headers["ETag"], response.headers["Last-Modified"]


def test_a_restart_keeps_the_validators_and_a_write_moves_them(config_for, store):
    before = validators(started(config_for, store))
    time.sleep(1.1)  # a second later: a time taken afresh would show
    restarted = started(config_for, store)
    assert validators(restarted) == before
    store.add(ox.Quad(EVENT, LABEL, ox.Literal("ورشة", language="ar"), GRAPH))
    with restarted.app_context():
        bump_version()
    after = validators(restarted)
    assert after[0] != before[0] and after[1] != before[1]
    assert validators(started(config_for, store)) == after  # and survive the next restart


def test_the_build_time_is_the_last_modified_of_new_content(config_for, store):
    ended = ox.Literal("2024-03-01T10:00:00Z", datatype=DATE_TIME)
    store.add(ox.Quad(BUILD, ENDED, ended, BUILD))
    assert validators(started(config_for, store))[1] == "Fri, 01 Mar 2024 10:00:00 GMT"


def test_void_never_writes_the_dumps_and_dumps_does(config_for, store):
    client, folder = started(config_for, store).test_client(), config_for().store_path
    dumps = folder.parent / f"{folder.name}-web" / "dumps"
    void = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert b"void#dataDump" in void.data and b"checksumValue" not in void.data
    assert not dumps.exists() or not any(dumps.iterdir())
    listing = client.get("/dumps", headers={"Accept": "application/json"}).get_json()
    assert sorted(p.name for p in dumps.iterdir()) == sorted(
        [d["name"] for d in listing["dumps"]] + [d["name"] + ".sha256" for d in listing["dumps"]]
    )
    again = client.get("/.well-known/void", headers={"Accept": "application/n-triples"})
    assert listing["dumps"][0]["sha256"].encode() in again.data
    assert again.headers["ETag"] != void.headers["ETag"]
