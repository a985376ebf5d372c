"""The curated inputs shipped with the project: ontology, reference data, queries, shapes."""

from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from kg.extract.registry import Registry
from kg.namespaces import Vocab

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
REFERENCE_DIR = PROJECT_ROOT / "data" / "reference"
QUERIES_DIR = PROJECT_ROOT / "queries"
SHAPES_DIR = PROJECT_ROOT / "shapes"


def turtle_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ttl"))


def load_turtle(paths: list[Path], base: str) -> Graph:
    """Parse the project's Turtle files; their relative IRIs resolve against the URI base."""
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle", publicID=base)
    return graph


@lru_cache(maxsize=4)
def ontology_graph(base: str) -> Graph:
    return load_turtle(turtle_files(ONTOLOGY_DIR), base)


@lru_cache(maxsize=4)
def reference_graph(base: str) -> Graph:
    return load_turtle(turtle_files(REFERENCE_DIR), base)


@lru_cache(maxsize=4)
def registry(base: str) -> Registry:
    return Registry.from_graph(reference_graph(base), base, str(Vocab(base).kg))
