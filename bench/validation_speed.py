"""Validation speed: per document (the build's gate) and over the whole built corpus.

    python bench/validation_speed.py [--store DIR]

Per document: the gate on each corpus document's graph with its inferences (as the build
calls it), against pyshacl on the same data. Whole graph: the compiled checks on the store.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import resources
from kg.extract.pipeline import Extractor
from kg.extract.reader import document_id
from kg.namespaces import Vocab
from kg.store.build import Builder
from kg.store.oxstore import open_store
from kg.terms import n_triples
from kg.validation import gate, pyshacl_engine, sparql_engine

BASE = "http://127.0.0.1:8080/"


def figures(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[max(0, int(0.95 * len(ordered)) - 1)]
    return f"median {1000 * statistics.median(ordered):.1f} ms, p95 {1000 * p95:.1f} ms"


def documents(vocab: Vocab) -> list:
    extractor, materializer = Extractor(vocab, resources.registry(BASE)), gate.materializer(BASE)
    found = []
    for path in sorted((resources.PROJECT_ROOT / "data" / "documents").glob("*.txt")):
        triples = extractor.extract(path).triples
        doc = document_id(path)
        graphs = [str(vocab.document_graph(doc)), str(vocab.inferred_graph(doc))]
        found.append((triples, materializer.infer(triples), graphs))
    return found


def per_document(store: ox.Store, items: list) -> None:
    gated, reference = [], []
    for triples, inferred, graphs in items:
        runs = []
        for _ in range(3):  # the best of three: the machine is shared
            started = time.perf_counter()
            gate.validate_write(store, triples, BASE, graphs, inferred)
            runs.append(time.perf_counter() - started)
        gated.append(min(runs))
    for triples, inferred, graphs in items[:10]:
        written = gate.write_data(store, triples, BASE, graphs, inferred)
        data = Graph().parse(data=n_triples(written), format="nt")
        started = time.perf_counter()
        pyshacl_engine.validate(data, BASE)
        reference.append(time.perf_counter() - started)
    print(f"per document, gate (Python checks + merged SPARQL): {figures(gated)}")
    print(f"per document, pyshacl on the same data (10 documents): {figures(reference)}")


def whole_graph(store: ox.Store) -> None:
    started = time.perf_counter()
    report = sparql_engine.validate_store(store, BASE)
    seconds = time.perf_counter() - started
    size = len(store)
    rate = seconds * 100_000 / size
    print(f"whole graph, compiled SPARQL on pyoxigraph: {size} quads in {seconds:.2f} s "
          f"({rate:.2f} s per 100k), {len(report.results)} results")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", help="a built corpus store (built into a temporary folder)")
    args = parser.parse_args()
    vocab = Vocab(BASE)
    folder = Path(args.store or tempfile.mkdtemp())
    store = open_store(folder if args.store else folder / "store")
    if not args.store:
        Builder(store, BASE).build(resources.PROJECT_ROOT / "data" / "documents")
    per_document(store, documents(vocab))
    whole_graph(store)


if __name__ == "__main__":
    main()
