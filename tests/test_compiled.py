"""The compiled extraction modules (kg.extract.compiled): used only while they match the sources,
and extracting what the Python modules extract."""

import json
import os
import subprocess
import sys

import pytest

import kg.extract
from conftest import BASE, SEED
from kg.extract import compiled
from kg.terms import n_triples

DOCUMENTS = sorted(SEED.parent.glob("*.txt"))[:12]


@pytest.fixture
def package(tmp_path):
    """A package of two modules and a build made from them."""
    source = tmp_path / "src" / "kg" / "extract"
    (source / "lexicon").mkdir(parents=True)
    (source / "stage.py").write_text("X = 1\n")
    (source / "lexicon" / "words.py").write_text("WORDS = ['أمن']\n")
    build = tmp_path / "build"
    (build / "kg" / "extract").mkdir(parents=True)
    (build / "manifest.json").write_text(json.dumps(compiled.manifest(source)))
    return source, build


def test_a_build_of_the_sources_as_they_are_is_used(package, monkeypatch):
    monkeypatch.delenv("KG_PURE_PYTHON", raising=False)
    source, build = package
    search_path = [str(source)]
    assert compiled.use(search_path, build, source)
    assert search_path == [str(build / "kg" / "extract"), str(source)]


@pytest.mark.parametrize("edited", ["stage.py", "lexicon/words.py"])
def test_a_build_older_than_an_edit_is_not_used(package, edited):
    source, build = package
    (source / edited).write_text("X = 2\n")
    assert not compiled.fresh(build, source)


def test_a_new_module_makes_the_build_stale(package):
    source, build = package
    (source / "new_stage.py").write_text("Y = 1\n")
    assert not compiled.fresh(build, source)


def test_a_build_for_another_interpreter_is_not_used(package):
    source, build = package
    recorded = json.loads((build / "manifest.json").read_text())
    (build / "manifest.json").write_text(json.dumps(recorded | {"suffix": ".cpython-39.so"}))
    assert not compiled.fresh(build, source)


def test_no_build_and_the_pure_python_setting_leave_the_search_path(package, monkeypatch):
    source, build = package
    search_path = [str(source)]
    assert not compiled.use(search_path, source / "missing", source)
    monkeypatch.setenv("KG_PURE_PYTHON", "1")
    assert not compiled.use(search_path, build, source)
    assert search_path == [str(source)]


def test_the_compiled_modules_are_imported_exactly_when_the_build_is_fresh():
    from kg.extract import agencies, pipeline

    expected = compiled.fresh() and not os.environ.get("KG_PURE_PYTHON")
    assert expected == kg.extract.COMPILED
    assert agencies.__file__.endswith(compiled.extension_suffix()) == expected
    assert pipeline.__file__.endswith(".py")  # never compiled


@pytest.mark.skipif(not kg.extract.COMPILED, reason="the extraction modules run as Python")
def test_the_compiled_modules_extract_what_the_python_modules_extract(extractor):
    compiled_triples = [
        sorted(n_triples(extractor.extract(p).triples).splitlines()) for p in DOCUMENTS
    ]
    script = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from kg import resources\n"
        "from kg.extract.pipeline import Extractor\n"
        "from kg.namespaces import Vocab\n"
        "from kg.terms import n_triples\n"
        "base, paths = sys.argv[1], [Path(p) for p in sys.argv[2:]]\n"
        "extractor = Extractor(Vocab(base), resources.registry(base))\n"
        "print(json.dumps([sorted(n_triples(extractor.extract(p).triples).splitlines())"
        " for p in paths]))\n"
    )
    environment = os.environ | {"KG_PURE_PYTHON": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run(
        [sys.executable, "-c", script, BASE, *map(str, DOCUMENTS)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    assert json.loads(run.stdout) == compiled_triples
