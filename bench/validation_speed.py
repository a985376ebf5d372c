"""Validation speed: per document (the build's gate) and over the whole built corpus.

    python bench/validation_speed.py [--store DIR] [--pyshacl-minutes N] [--copies 1,5,12]
        [--pyshacl-documents N] [--per-document-only]

Per document: the gate as `kg build` calls it, timed inside builds of the corpus (a first build
into an empty store, then a rebuild that replaces every document: the build's stored context
read once and kept across its documents), and as one write outside a build calls it (the
endpoint: everything read from the store on disk); against pyshacl on the same data. Whole
graph: the compiled checks on the store on disk, and in memory on the corpus and on it made 5
and 12 times larger (about 500k and 1M quads) by copies of every document and inferred graph
whose document-bound IRIs (and graph names) carry a suffix, so the data stays in the project's
shape and conforms; and pyshacl (no inference, an in-memory rdflib graph) on the corpus, stopped
after a time limit.
"""

import argparse
import multiprocessing
import re
import shutil
import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import resources
from kg.extract.pipeline import Extractor
from kg.extract.reader import document_id
from kg.namespaces import Vocab
from kg.store import build as build_module
from kg.store.build import Builder
from kg.store.oxstore import open_store, replace_graphs
from kg.terms import n_triples
from kg.validation import gate, pyshacl_engine, sparql_engine

BASE = "http://127.0.0.1:8080/"
DOCUMENTS = resources.PROJECT_ROOT / "data" / "documents"


def figures(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[max(0, int(0.95 * len(ordered)) - 1)]
    return f"median {1000 * statistics.median(ordered):.1f} ms, p95 {1000 * p95:.1f} ms"


def documents(vocab: Vocab) -> list:
    extractor, materializer = Extractor(vocab, resources.registry(BASE)), gate.materializer(BASE)
    found = []
    for path in sorted(DOCUMENTS.glob("*.txt")):
        triples = extractor.extract(path).triples
        doc = document_id(path)
        graphs = [str(vocab.document_graph(doc)), str(vocab.inferred_graph(doc))]
        found.append((triples, materializer.infer(triples), graphs))
    return found


def in_builds(folder: Path, runs: int = 2) -> None:
    """The gate's time per document inside a first build and a rebuild, the best of `runs`
    builds per document (the machine is shared)."""
    first, again = [], []
    for run in range(runs):
        store_dir = folder / f"build-{run}"
        store = open_store(store_dir)
        with gate_timed() as times:
            Builder(store, BASE).build(DOCUMENTS)
        first.append(list(times))
        replace_graphs(store, {f"{BASE}graph/build": None})  # a new fingerprint: all rewritten
        with gate_timed() as times:
            Builder(store, BASE).build(DOCUMENTS)
        again.append(list(times))
        del store
        shutil.rmtree(store_dir)
    for name, timings in (("first build", first), ("rebuild", again)):
        best = [min(each) for each in zip(*timings, strict=True)]
        print(f"per document, the gate in a {name} ({len(best)} documents): {figures(best)}, "
              f"max {1000 * max(best):.1f} ms")  # fmt: skip


@contextmanager
def gate_timed():
    """The build's gate calls, timed."""
    times, gated = [], build_module.validate_write

    def timed(*args):
        started = time.perf_counter()
        report = gated(*args)
        times.append(time.perf_counter() - started)
        return report

    build_module.validate_write = timed
    try:
        yield times
    finally:
        build_module.validate_write = gated


def per_document(store: ox.Store, items: list, pyshacl_documents: int) -> None:
    gated, reference = [], []
    for triples, inferred, graphs in items:
        runs = []
        for _ in range(3):  # the best of three: the machine is shared
            started = time.perf_counter()
            gate.validate_write(store, triples, BASE, graphs, inferred)
            runs.append(time.perf_counter() - started)
        gated.append(min(runs))
    print(f"per document, one write outside a build (as the endpoint's): {figures(gated)}")
    for triples, inferred, graphs in items[:pyshacl_documents]:
        written = gate.write_data(store, triples, BASE, graphs, inferred)
        data = Graph().parse(data=n_triples((q[0], q[1], q[2]) for q in written), format="nt")
        started = time.perf_counter()
        pyshacl_engine.validate(data, BASE)
        reference.append(time.perf_counter() - started)
    if reference:
        print(f"per document, pyshacl on the same data ({len(reference)} documents): "
              f"{figures(reference)}")  # fmt: skip


def whole_graph(store: ox.Store, where: str) -> None:
    started = time.perf_counter()
    report = sparql_engine.validate_store(store, BASE)
    seconds = time.perf_counter() - started
    size = len(store)
    rate = seconds * 100_000 / size
    print(f"whole graph, compiled SPARQL on pyoxigraph ({where}): {size} quads in {seconds:.2f} s "
          f"({rate:.2f} s per 100k), {len(report.violations)} violations, "
          f"{len(report.results)} results")  # fmt: skip


def replicated(store: ox.Store, copies: int) -> ox.Store:
    """An in-memory store with the corpus and copies - 1 more of each document's graphs."""
    larger = ox.Store()
    larger.bulk_extend(store)
    for graph in store.named_graphs():
        match = DOCUMENT_GRAPH.fullmatch(graph.value)
        if match is None:
            continue
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).decode("utf-8")
        for copy in range(2, copies + 1):
            name = ox.NamedNode(_renamed(graph.value, match["id"], copy))
            renamed = _renamed(data, match["id"], copy).encode("utf-8")
            larger.bulk_load(renamed, format=ox.RdfFormat.N_TRIPLES, to_graph=name)
    return larger


DOCUMENT_GRAPH = re.compile(re.escape(BASE) + r"graph/(?:document|inferred)/(?P<id>\d{3,}_\w+)")


def _renamed(text: str, doc_id: str, copy: int) -> str:
    """Document-bound IRIs and graph names carry the document id: the copy's gets a suffix."""
    return re.sub(rf"(<{re.escape(BASE)}[^>]*){doc_id}", rf"\g<1>{doc_id}-copy{copy}", text)


def pyshacl_whole(store: ox.Store, minutes: float) -> None:
    """pyshacl on the whole graph (an rdflib graph of every triple, no inference), in a process
    of its own so that it can be stopped."""
    data = ox.serialize((q.triple for q in store), format=ox.RdfFormat.N_TRIPLES)
    process = multiprocessing.Process(target=_pyshacl_run, args=(data,))
    started = time.perf_counter()
    process.start()
    process.join(minutes * 60)
    if process.is_alive():
        process.terminate()
        process.join()
        print(f"whole graph, pyshacl (no inference, in memory): {len(store)} quads: "
              f"did not finish in {minutes:g} min")  # fmt: skip
        return
    seconds = time.perf_counter() - started
    print(
        f"whole graph, pyshacl (no inference, in memory): {len(store)} quads in {seconds:.1f} s "
        "(parsing included)"
    )


def _pyshacl_run(data: bytes) -> None:
    pyshacl_engine.validate(Graph().parse(data=data, format="nt"), BASE)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", help="a built corpus store (built into a temporary folder)")
    parser.add_argument("--copies", default="1,5,12", help="corpus sizes for the whole graph")
    parser.add_argument("--pyshacl-minutes", type=float, default=10, help="0: no pyshacl run")
    parser.add_argument("--pyshacl-documents", type=int, default=10, help="per document")
    parser.add_argument("--per-document-only", action="store_true")
    args = parser.parse_args()
    vocab = Vocab(BASE)
    folder = Path(tempfile.mkdtemp())
    in_builds(folder)
    store = open_store(args.store or folder / "store")
    if not args.store:
        Builder(store, BASE).build(DOCUMENTS)
    per_document(store, documents(vocab), args.pyshacl_documents)
    if args.per_document_only:
        return
    whole_graph(store, "the store on disk, as kg validate runs")
    for copies in (int(n) for n in args.copies.split(",")):
        whole_graph(replicated(store, copies), f"in memory, {copies}x the corpus")
    if args.pyshacl_minutes:
        pyshacl_whole(store, args.pyshacl_minutes)


if __name__ == "__main__":
    main()
