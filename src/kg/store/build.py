"""Build the store from a folder of documents: incremental, idempotent, atomic per document."""

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF, XSD

from kg import resources
from kg.extract.pipeline import Extractor
from kg.extract.reader import DocumentError, document_id
from kg.hashing import document_sha256, file_sha256
from kg.memory import older_objects_frozen
from kg.namespaces import Vocab
from kg.store.oxstore import replace_graphs, select
from kg.store.reasoning import Materializer
from kg.validation.context import StoredContext
from kg.validation.gate import InvalidWrite, validate_write


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)
    invalid: dict = field(default_factory=dict)  # file name → validation Report (not written)
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} "
            f"unchanged, {len(self.removed)} removed, {len(self.failed)} failed "
            f"in {self.seconds:.2f}s"
        )


class Builder:
    def __init__(self, store: ox.Store, base: str):
        self.store, self.vocab = store, Vocab(base)
        self.ontology = resources.ontology_graph(base)
        self.extractor = Extractor(self.vocab, resources.registry(base))
        self.materializer = Materializer(self.ontology)
        self.context = StoredContext(store, base)  # what the gate read from the store

    def fingerprint(self) -> str:
        """What every document's graph depends on besides the document itself."""
        inputs = resources.turtle_files(resources.ONTOLOGY_DIR)
        inputs += resources.turtle_files(resources.REFERENCE_DIR)
        return f"{self.extractor.version}:{file_sha256(*inputs)}"

    def build(self, folder: Path, progress: Callable[[Iterable], Iterable] = iter) -> BuildReport:
        started, report = time.perf_counter(), BuildReport()
        fingerprint = self.fingerprint()
        stale = self._stored_fingerprint() != fingerprint
        if stale:
            self._load_curated()
        stored = self.stored_documents()
        files = self._document_files(folder, report)
        self._remove(sorted(set(stored) - set(files)), report)
        self.context = StoredContext(self.store, self.vocab.base)
        with older_objects_frozen():
            for doc_id in progress(sorted(files)):
                self._build_one(doc_id, files[doc_id], stored.get(doc_id), stale, report)
        if stale or report.added or report.updated or report.removed:
            self._record_build(fingerprint)
        report.seconds = time.perf_counter() - started
        return report

    def _document_files(self, folder: Path, report: BuildReport) -> dict[str, Path]:
        files: dict[str, Path] = {}
        for path in sorted(folder.glob("*.txt")):
            doc_id = document_id(path)
            if doc_id in files:
                report.failed.append((path.name, f"same document id as {files[doc_id].name}"))
                continue
            files[doc_id] = path
        return files

    def _build_one(self, doc_id, path, stored_sha, stale, report) -> None:
        sha = document_sha256(path)
        if sha == stored_sha and not stale:
            report.unchanged.append(path.name)
            return
        try:
            self.write_document(doc_id, path)
        except InvalidWrite as invalid:
            report.invalid[path.name] = invalid.report
            report.failed.append((path.name, f"violates the shapes: {invalid}"))
            return
        except (DocumentError, OSError, ValueError) as error:
            report.failed.append((path.name, str(error)))
            return
        (report.updated if stored_sha else report.added).append(path.name)

    def write_document(self, doc_id: str, path: Path) -> list:
        extraction = self.extractor.extract(path)
        inferred = self.materializer.infer(extraction.triples)
        graphs = {
            str(self.vocab.document_graph(doc_id)): extraction.triples,
            str(self.vocab.inferred_graph(doc_id)): inferred,
        }
        # the gate: a document the shapes reject is not written
        report = validate_write(
            self.store, extraction.triples, self.vocab.base, graphs, inferred, self.context
        )
        if not report.conforms:
            raise InvalidWrite(report)
        replace_graphs(self.store, graphs)
        self.context.written(graphs)
        return extraction.triples

    def _remove(self, doc_ids: list[str], report: BuildReport) -> None:
        for doc_id in doc_ids:
            replace_graphs(
                self.store,
                {
                    str(self.vocab.document_graph(doc_id)): None,
                    str(self.vocab.inferred_graph(doc_id)): None,
                },
            )
            report.removed.append(doc_id)

    def stored_documents(self) -> dict[str, str]:
        """doc id → content hash of every document graph in the store."""
        rows = select(
            self.store,
            "SELECT ?g ?sha WHERE { GRAPH ?g { ?d a kg:Document ; kg:sha256 ?sha } }",
            self.vocab,
        )
        prefix = str(self.vocab.document_graph(""))
        return {r["g"][len(prefix) :]: r["sha"] for r in rows if r["g"].startswith(prefix)}

    def _load_curated(self) -> None:
        reference = resources.reference_graph(self.vocab.base)
        replace_graphs(
            self.store,
            {
                str(self.vocab.ontology_graph): self.ontology,
                str(self.vocab.reference_graph): reference,
                str(self.vocab.inferred_graph("reference")): self.materializer.infer_graph(
                    reference
                ),
            },
        )

    def _stored_fingerprint(self) -> str | None:
        rows = select(
            self.store,
            "SELECT ?f WHERE { GRAPH ?g { ?g kg:pipelineFingerprint ?f } }",
            self.vocab,
        )
        return rows[0]["f"] if rows else None

    def _record_build(self, fingerprint: str) -> None:
        """What the graph was built with, and when it last changed (pages' Last-Modified); a
        build that changes nothing records nothing, so rebuilding stays idempotent."""
        graph, name = Graph(), self.vocab.build_graph
        graph.add((name, RDF.type, self.vocab.kg.Build))
        graph.add((name, self.vocab.kg.pipelineFingerprint, Literal(fingerprint)))
        ended = datetime.now(UTC).replace(microsecond=0)
        graph.add((name, PROV.endedAtTime, Literal(ended, datatype=XSD.dateTime)))
        replace_graphs(self.store, {str(name): graph})
