"""The `kg` command, driven through click's runner."""

import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from conftest import BASE, SEED
from kg.cli import main


@pytest.fixture
def run(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_BASE", BASE)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))

    def invoke(*args):
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize(("fmt", "parser"), [("turtle", "turtle"), ("json-ld", "json-ld"),
                                             ("n-triples", "nt")])  # fmt: skip
def test_extract_prints_parseable_rdf_in_each_format(run, fmt, parser):
    result = run("extract", SEED, "--format", fmt)
    assert result.exit_code == 0
    graph = Graph().parse(data=result.stdout, format=parser)
    assert len(graph) > 300


def test_extract_of_a_bad_file_says_why_and_fails(run, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = run("extract", bad)
    assert result.exit_code == 1
    assert "bad.txt: empty file" in result.stderr


def test_build_query_and_export(run, seed_folder, tmp_path):
    built = run("build", "--documents", seed_folder)
    assert built.exit_code == 0 and "1 added" in built.stdout
    answer = run("query", "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Workshop }", "--format", "json")
    assert json.loads(answer.stdout)["results"]["bindings"][0]["n"]["value"] == "1"
    out = tmp_path / "dump.trig"
    assert run("export", "--format", "trig", "-o", out).exit_code == 0
    dataset = Dataset()
    dataset.parse(out, format="trig")
    assert len(list(dataset.graphs())) >= 5


def test_query_from_a_file_as_a_table(run, seed_folder, tmp_path):
    run("build", "--documents", seed_folder)
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?t WHERE { ?e kg:title ?t }", encoding="utf-8")
    result = run("query", "--file", query)
    assert "نماذج عربية وأوروبية" in result.stdout and "(1 rows)" in result.stdout


def test_build_strict_fails_when_a_document_fails(run, seed_folder):
    (seed_folder / "bad.txt").write_bytes(b"\x00")
    lenient = run("build", "--documents", seed_folder)
    assert lenient.exit_code == 0 and "FAILED bad.txt" in lenient.stderr
    (seed_folder / "bad.txt").write_bytes(b"\x00\x00")
    assert run("build", "--documents", seed_folder, "--strict").exit_code == 1


def test_settings_lists_every_setting_with_its_variable(run):
    result = run("settings")
    for name in ("store", "base", "documents", "port", "query_timeout"):
        assert name in result.stdout
    assert "KG_STORE" in result.stdout


def test_infer_runs_owl_rl_over_the_whole_graph(run, seed_folder):
    run("build", "--documents", seed_folder)
    result = run("infer")
    assert result.exit_code == 0 and "triples inferred" in result.stdout
    answer = run("query", "ASK { GRAPH graph:inferred\\/batch { ?s ?p ?o } }", "--format", "json")
    assert json.loads(answer.stdout)["boolean"] is True
