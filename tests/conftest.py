"""Shared fixtures: the seed document, a store built from it, a Vocab for the default base, and
the extractor on texts written for a test."""

import json
import shutil
from pathlib import Path

import pytest

from kg import resources
from kg.extract.pipeline import Extractor
from kg.namespaces import Vocab
from kg.settings import resolve
from kg.store.build import Builder
from kg.store.oxstore import open_store

SEED_NAME = "000_3d015eed464f4e1b.txt"
SEED = resources.PROJECT_ROOT / "data" / "documents" / SEED_NAME
BASE = "http://127.0.0.1:8080/"


@pytest.fixture(scope="session")
def vocab() -> Vocab:
    return Vocab(BASE)


@pytest.fixture
def seed_folder(tmp_path) -> Path:
    """A documents folder holding only the seed (a copy the test may change)."""
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED_NAME)
    return folder


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A store built from the seed document alone, shared read-only by tests."""
    root = tmp_path_factory.mktemp("seed")
    folder = root / "documents"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED_NAME)
    store = open_store(root / "store")
    Builder(store, BASE).build(folder)
    return store


@pytest.fixture
def config_for(tmp_path):
    def make(**overrides):
        values = {"store": str(tmp_path / "store"), "base": BASE} | overrides
        return resolve(values, environ={})

    return make


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    """A real server over the seed graph, its base its own address (see live_server.py)."""
    from live_server import serve_seed

    with serve_seed(tmp_path_factory.mktemp("live")) as base:
        yield base


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Vocab(BASE), resources.registry(BASE))


@pytest.fixture
def extract(extractor, tmp_path):
    """Extraction of a text written for a test (with a sidecar when `meta` is given)."""

    def run(text: str, name: str = "t.txt", meta: dict | None = None, encoding: str = "utf-8"):
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        if meta:
            path.with_name(name.removesuffix(".txt") + ".meta.json").write_text(json.dumps(meta))
        return extractor.extract(path)

    return run


@pytest.fixture
def processed(extractor, tmp_path):
    """The processed document (before RDF), for what the graph does not show: which bodies the
    text names in their own right rather than only inside a longer name or a post title."""

    def run(text: str):
        path = tmp_path / "t.txt"
        path.write_text(text, encoding="utf-8")
        return extractor.pipeline_only(path)

    return run
