"""Documents per second the extractor handles on one core, for ~5 KB press releases.

Builds ~5 KB documents by joining corpus documents (the genre's real sentences), runs the whole
pipeline and the RDF writer on each, and prints documents/s and per-document timings.

    python bench/extraction_speed.py [--documents data/documents] [--count 300]
        [--passes 1] [--stages]

On a shared machine `--passes 3` reports the fastest of three passes over the documents, and
the CPU time per document (less disturbed by other processes than the wall-clock rate);
`--stages` adds the time each pipeline stage and the writer take per document, and the time
freeing a finished document's objects takes ("free").
"""

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import kg.extract
from kg import resources
from kg.extract.pipeline import Extractor
from kg.extract.rdf import to_triples
from kg.extract.reader import read_document
from kg.hashing import document_sha256
from kg.memory import older_objects_frozen
from kg.namespaces import Vocab

TARGET_BYTES = 5_000


def five_kb_documents(folder: Path, count: int, out: Path) -> list[Path]:
    texts = [p.read_bytes() for p in sorted(folder.glob("*.txt"))]
    texts = [t for t in texts if _utf8(t)]
    paths = []
    for number in range(count):
        body, index = b"", number
        while len(body) < TARGET_BYTES:
            body += texts[index % len(texts)] + b"\n"
            index += 1
        path = out / f"bench_{number:04d}.txt"
        path.write_bytes(body[: body.rfind(b"\n", 0, TARGET_BYTES + 2000) or None])
        paths.append(path)
    return paths


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def timed_pass(extractor: Extractor, paths: list[Path]) -> tuple[float, float, list[float]]:
    """Wall-clock seconds, CPU seconds and each document's wall-clock seconds."""
    timings = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for path in paths:
        t0 = time.perf_counter()
        extractor.extract(path)
        timings.append(time.perf_counter() - t0)
    return time.perf_counter() - started, time.process_time() - cpu_started, timings


def stage_times(extractor: Extractor, paths: list[Path]) -> dict[str, float]:
    """Seconds per document in each stage, the writer and reading the file included."""
    spent: dict[str, float] = defaultdict(float)
    doc = None
    for path in paths:
        t0 = time.perf_counter()
        del doc  # the previous document: freeing its objects is no part of reading this one
        spent["free"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        doc = read_document(path)
        spent["read"] += time.perf_counter() - t0
        for name, stage in extractor.pipeline.stages:
            t0 = time.perf_counter()
            doc = stage(doc)
            spent[name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        to_triples(doc, extractor.vocab, extractor.version, document_sha256(path))
        spent["write"] += time.perf_counter() - t0
    return {name: seconds / len(paths) for name, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", default="data/documents")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--passes", type=int, default=1, help="report the fastest pass")
    parser.add_argument("--stages", action="store_true", help="time each stage too")
    args = parser.parse_args()
    base = "http://127.0.0.1:8080/"
    extractor = Extractor(Vocab(base), resources.registry(base))
    with tempfile.TemporaryDirectory() as tmp:
        paths = five_kb_documents(Path(args.documents), args.count, Path(tmp))
        extractor.extract(paths[0])  # warm caches
        with older_objects_frozen():  # as `kg build` reads its documents
            passes = [timed_pass(extractor, paths) for _ in range(max(1, args.passes))]
            stages = stage_times(extractor, paths) if args.stages else {}
        elapsed, _, timings = min(passes)
        cpu = min(cpu for _, cpu, _ in passes)
    print(f"documents: {len(timings)} of ~{TARGET_BYTES} bytes")
    print(f"extraction modules: {'compiled' if kg.extract.COMPILED else 'Python'}")
    print(f"documents/s (one core): {len(timings) / elapsed:.1f}")
    print(f"CPU ms per document: {cpu * 1000 / len(timings):.2f}")
    ms = sorted(t * 1000 for t in timings)
    print(f"per document ms: p50 {ms[len(ms) // 2]:.1f}  p95 {ms[int(len(ms) * 0.95)]:.1f}")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {name:18s} {seconds * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
