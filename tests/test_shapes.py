"""Every shape: the seed graph conforms to it, and a change that breaks it is caught, by the
compiled checks and by pyshacl alike; the shapes pass SHACL-for-SHACL."""

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.namespace import RDF, SH

from conftest import BASE
from kg.namespaces import Vocab
from kg.terms import n_triples
from kg.validation import pyshacl_engine, sparql_engine
from kg.validation.shapes import shapes_graph

EXAMPLES = Path(__file__).parent / "shapes" / "violations.ru"


def _examples() -> list[tuple[str, str, str]]:
    cases, text = [], EXAMPLES.read_text(encoding="utf-8")
    for block in text.split("#> ")[1:]:
        head, update = block.split("\n", 1)
        shape, severity = head.split()
        cases.append((shape, severity, update.strip()))
    return cases


def _copy(store: ox.Store) -> ox.Store:
    copy = ox.Store()
    copy.extend(store)
    return copy


def _union_triples(store: ox.Store) -> list:
    return list({(q.subject, q.predicate, q.object) for q in store})


def _changed(seed_store, update: str) -> ox.Store:
    store = _copy(seed_store)
    store.update(update, prefixes=Vocab(BASE).prefixes() | {"graph": f"{BASE}graph/"})
    return store


def test_the_seed_graph_conforms(seed_store):
    report = sparql_engine.validate_store(seed_store, BASE)
    assert report.conforms, [r.key() for r in report.violations]


@pytest.mark.parametrize(("shape", "severity", "update"), _examples(), ids=lambda v: v[:30])
def test_a_change_that_breaks_a_shape_is_caught(seed_store, shape, severity, update):
    before = sparql_engine.validate_store(seed_store, BASE)
    after = sparql_engine.validate_store(_changed(seed_store, update), BASE)
    iri = f"{BASE}shapes/{shape}"
    known = {r.key() for r in before.results}
    found = [r for r in after.results if r.shape == iri and r.key() not in known]
    assert found and {r.level for r in found} == {severity}
    assert all(r.message("en") and r.message("ar") for r in found)


def test_every_shape_has_a_violating_example():
    graph = shapes_graph(BASE)
    named = {str(s) for s in graph.subjects(SH.message, None)}
    examples = {f"{BASE}shapes/{shape}" for shape, _, _ in _examples()}
    assert named == examples


def test_every_constraint_has_an_english_and_an_arabic_message_and_a_severity():
    graph = shapes_graph(BASE)
    constrained = set(graph.subjects(SH.path, None)) | set(graph.objects(None, SH.sparql))
    for shape in constrained:
        languages = {m.language for m in graph.objects(shape, SH.message)}
        assert languages == {"en", "ar"}, shape
        assert graph.value(shape, SH.severity) in (SH.Violation, SH.Warning, SH.Info), shape


def test_the_shapes_pass_shacl_for_shacl():
    conforms, text = pyshacl_engine.meta_validate(BASE)
    assert conforms, text


def test_every_node_shape_has_a_target():
    graph = shapes_graph(BASE)
    for shape in graph.subjects(RDF.type, SH.NodeShape):
        assert (shape, SH.targetClass, None) in graph or (shape, SH.targetSubjectsOf, None) in graph


@pytest.mark.parametrize(
    "shape", ["Event-organizer", "Event-hijriAgrees", "TextSpan-quote", "Label-clean"]
)
def test_pyshacl_and_the_compiled_checks_agree(seed_store, shape):
    update = next(u for s, _, u in _examples() if s == shape)
    store = _changed(seed_store, update)
    compiled = sparql_engine.validate_store(store, BASE)
    from rdflib import Graph

    data = Graph().parse(data=n_triples(_union_triples(store)), format="nt")
    reference = pyshacl_engine.validate(data, BASE)
    assert {r.key() for r in compiled.results} == {r.key() for r in reference.results}
