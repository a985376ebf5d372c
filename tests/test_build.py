"""`kg build`: idempotent, incremental, atomic per document, and it loses nothing on bad input."""

import shutil

import pyoxigraph as ox
import pytest

from conftest import BASE, SEED, SEED_NAME
from kg import resources
from kg.store import oxstore
from kg.store.build import Builder
from kg.store.oxstore import graph_names, open_store

SECOND = "001_second.txt"


def quads(store) -> set:
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in store}


def add_second(folder):
    text = SEED.read_text(encoding="utf-8").replace("26-5-2021", "27-5-2021")
    (folder / SECOND).write_text(text, encoding="utf-8")


@pytest.fixture
def builder(tmp_path):
    return Builder(open_store(tmp_path / "store"), BASE)


def test_a_second_build_changes_nothing(builder, seed_folder):
    first = builder.build(seed_folder)
    before = quads(builder.store)
    second = builder.build(seed_folder)
    assert (first.added, second.unchanged, second.added, second.updated) == (
        [SEED_NAME], [SEED_NAME], [], [],
    )  # fmt: skip
    assert quads(builder.store) == before


def test_the_layout_is_one_graph_per_document_and_its_inferences(builder, seed_folder, vocab):
    builder.build(seed_folder)
    doc_id = SEED.stem
    assert set(graph_names(builder.store)) >= {
        str(vocab.ontology_graph),
        str(vocab.reference_graph),
        str(vocab.document_graph(doc_id)),
        str(vocab.inferred_graph(doc_id)),
    }


def test_only_the_changed_document_is_rebuilt(builder, seed_folder, vocab):
    add_second(seed_folder)
    builder.build(seed_folder)
    seed_graph = {q for q in quads(builder.store) if q[3].value.endswith(SEED.stem)}
    (seed_folder / SECOND).write_text("ورشة عمل جديدة في 1 يونيو 2022", encoding="utf-8")
    report = builder.build(seed_folder)
    assert (report.updated, report.unchanged) == ([SECOND], [SEED_NAME])
    assert {q for q in quads(builder.store) if q[3].value.endswith(SEED.stem)} == seed_graph
    rows = oxstore.select(
        builder.store,
        "SELECT ?d WHERE { ?e kg:startDate ?d } ORDER BY ?d",
        vocab,
    )
    assert [r["d"] for r in rows] == ["2021-05-26", "2022-06-01"]


def test_a_removed_document_loses_its_graphs(builder, seed_folder, vocab):
    add_second(seed_folder)
    builder.build(seed_folder)
    (seed_folder / SECOND).unlink()
    report = builder.build(seed_folder)
    assert report.removed == ["001_second"]
    assert str(vocab.document_graph("001_second")) not in graph_names(builder.store)
    assert str(vocab.inferred_graph("001_second")) not in graph_names(builder.store)


def test_a_bad_document_is_reported_and_the_rest_is_built(builder, seed_folder):
    (seed_folder / "002_empty.txt").write_bytes(b"")
    (seed_folder / "003_binary.txt").write_bytes(b"\x00\x01PK")
    report = builder.build(seed_folder)
    assert report.added == [SEED_NAME]
    assert sorted(name for name, _ in report.failed) == ["002_empty.txt", "003_binary.txt"]
    assert "empty" in dict(report.failed)["002_empty.txt"]


def test_a_document_that_turns_bad_keeps_its_last_good_graph(builder, seed_folder):
    builder.build(seed_folder)
    before = quads(builder.store)
    (seed_folder / SEED_NAME).write_bytes(b"\x00garbage")
    report = builder.build(seed_folder)
    assert [name for name, _ in report.failed] == [SEED_NAME]
    assert quads(builder.store) == before


def test_a_failed_write_leaves_the_store_as_it_was(builder, seed_folder, monkeypatch):
    builder.build(seed_folder)
    before = quads(builder.store)
    (seed_folder / SEED_NAME).write_text(SEED.read_text(encoding="utf-8") + "\nسطر مضاف.")

    def broken_n_triples(triples):
        return "<not> <valid> ."  # a relative IRI: the update is rejected as a whole

    monkeypatch.setattr(oxstore, "n_triples", broken_n_triples)
    with pytest.raises(SyntaxError):
        builder.write_document(SEED.stem, seed_folder / SEED_NAME)
    assert quads(builder.store) == before


def test_rebuilding_from_scratch_mints_the_same_uris(tmp_path, seed_folder):
    stores = []
    for name in ("a", "b"):
        builder = Builder(open_store(tmp_path / name), BASE)
        builder.build(seed_folder)
        stores.append(
            {q.subject.value for q in builder.store if isinstance(q.subject, ox.NamedNode)}
        )
    assert stores[0] == stores[1]


def test_a_changed_registry_or_ontology_rebuilds_every_document(builder, seed_folder, monkeypatch):
    builder.build(seed_folder)
    monkeypatch.setattr(Builder, "fingerprint", lambda self: "changed")
    report = builder.build(seed_folder)
    assert report.updated == [SEED_NAME]


def test_two_files_with_the_same_id_are_reported(builder, seed_folder):
    shutil.copy(seed_folder / SEED_NAME, seed_folder / "000_3d015eed464f4e1b!.txt")
    report = builder.build(seed_folder)
    assert len(report.failed) == 1 and "same document id" in report.failed[0][1]


def test_a_build_that_changes_the_graph_records_when(builder, seed_folder, vocab):
    builder.build(seed_folder)
    query = "SELECT ?t WHERE { GRAPH ?g { ?g prov:endedAtTime ?t } }"
    (row,) = builder.store.query(query, prefixes={"prov": "http://www.w3.org/ns/prov#"})
    assert row["t"].datatype.value.endswith("#dateTime")


def test_every_document_of_the_corpus_passes_the_gate(builder):
    """The whole corpus builds with no document rejected: every rule the extractor follows
    agrees with the shapes (a name the shapes read as a title would be refused here)."""
    report = builder.build(resources.PROJECT_ROOT / "data" / "documents")
    assert report.failed == []
    assert len(report.added) == len(
        list((resources.PROJECT_ROOT / "data" / "documents").glob("*.txt"))
    )


def test_an_event_only_the_release_day_dates_passes_the_gate(builder, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "004_undated.txt").write_text(
        "نظمت المديرية العامة لقوى الأمن الداخلي ندوة حول الشرطة المجتمعية، بمشاركة ضباط من "
        "وحدة الدرك الإقليمي.",
        encoding="utf-8",
    )
    (folder / "004_undated.meta.json").write_text('{"publication_date": "2025-09-23"}')
    report = builder.build(folder)
    assert (report.added, report.failed) == (["004_undated.txt"], [])
