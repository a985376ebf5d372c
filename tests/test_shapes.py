"""Every shape: a small conforming example passes it, and a change that breaks it is caught by
the write gate (which then leaves the store exactly as it was) and by the whole-graph checks;
pyshacl, the reference engine, agrees; the shapes pass SHACL-for-SHACL."""

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from conftest import BASE
from kg.namespaces import Vocab
from kg.terms import n_triples
from kg.validation import gate, pyshacl_engine, sparql_engine
from kg.validation.gate import InvalidWrite
from kg.validation.shapes import shapes_graph
from kg.validation.updates import apply_validated

HERE = Path(__file__).parent / "shapes"
PREFIXES = Vocab(BASE).prefixes() | {"graph": f"{BASE}graph/"}
SEED_GRAPHS = [f"{BASE}graph/document/000_3d015eed464f4e1b", f"{BASE}graph/test"]


def _examples() -> list[tuple[str, str, str]]:
    cases, text = [], (HERE / "violations.ru").read_text(encoding="utf-8")
    for block in text.split("#> ")[1:]:
        head, update = block.split("\n", 1)
        shape, severity = head.split()
        cases.append((shape, severity, update.strip()))
    return cases


EXAMPLES = _examples()
CONFORMING = sorted((HERE / "conforming").glob("*.ttl"))


@pytest.fixture(scope="module")
def seed_quads(seed_store) -> list:
    return list(seed_store)


@pytest.fixture(scope="module")
def seed_keys(seed_store) -> set:
    report = sparql_engine.validate_store(seed_store, BASE)
    assert report.conforms, [r.key() for r in report.violations]
    return {r.key() for r in report.results}


def _copy(quads) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(*quad) for quad in quads)
    return store


def _state(store: ox.Store) -> tuple:
    return set(store), set(store.named_graphs())


def test_the_seed_graph_conforms(seed_keys):
    assert seed_keys  # warnings and info, no violations (checked by the fixture)


@pytest.mark.parametrize(("shape", "severity", "update"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_a_change_that_breaks_a_shape_is_caught(seed_quads, seed_keys, shape, severity, update):
    iri, store = f"{BASE}shapes/{shape}", _copy(seed_quads)
    before = _state(store)
    try:
        gated, refused = apply_validated(store, update, BASE, PREFIXES, BASE), False
    except InvalidWrite as invalid:
        gated, refused = invalid.report, True
        assert _state(store) == before  # refused, and put back exactly
        store.update(update, prefixes=PREFIXES)  # forced in, for the whole-graph checks
    assert refused or severity != "Violation"  # warnings and info alone never block a write
    assert {r.level for r in gated.results if r.shape == iri} == {severity}
    after = sparql_engine.validate_store(store, BASE)
    found = [r for r in after.results if r.shape == iri and r.key() not in seed_keys]
    assert found and {r.level for r in found} == {severity}
    assert all(r.message("en") and r.message("ar") for r in found)


def _parse(path: Path) -> list:
    parsed = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=BASE)
    return [(t.subject, t.predicate, t.object) for t in parsed]


def _rdflib(quads) -> Graph:
    return Graph().parse(data=n_triples((q[0], q[1], q[2]) for q in quads), format="nt")


@pytest.mark.parametrize("path", CONFORMING, ids=[p.stem for p in CONFORMING])
def test_a_conforming_example_of_each_shape_passes_it(path):
    data = gate.write_data(None, _parse(path), BASE)
    graph, shapes = _rdflib(data), shapes_graph(BASE)
    shape = URIRef(f"{BASE}shapes/{path.stem}")
    focus = {s for c in shapes.objects(shape, SH.targetClass) for s in graph.subjects(RDF.type, c)}
    focus |= {s for p in shapes.objects(shape, SH.targetSubjectsOf) for s, _ in graph[:p:]}
    assert focus, f"{path.name} has no focus node of {path.stem}"
    assert sparql_engine.validate_quads(data, BASE).results == []
    assert pyshacl_engine.validate(graph, BASE).results == []


def test_every_node_shape_has_a_conforming_example():
    graph = shapes_graph(BASE)
    names = {str(s).rsplit("/", 1)[1] for s in graph.subjects(RDF.type, SH.NodeShape)}
    assert names == {p.stem for p in CONFORMING}


def test_every_shape_has_a_violating_example():
    graph = shapes_graph(BASE)
    named = {str(s) for s in graph.subjects(SH.message, None)}
    assert named == {f"{BASE}shapes/{shape}" for shape, _, _ in EXAMPLES}


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


def _keys(results) -> set:
    return {(*r.key(), r.value) for r in results}


AGREEMENT = ("Event-organizer", "Event-hijriAgrees", "TextSpan-quote", "Label-clean")


def test_pyshacl_and_both_compiled_engines_agree_on_a_document(seed_quads):
    """On what the gate validates for the seed document broken four ways (a sh:class, a SPARQL
    constraint with the project's function, one with string offsets, patterns): pyshacl, the
    Python checks with the merged SPARQL constraints, and the compiled queries on a store of
    the same data (one pyshacl run: it takes seconds)."""
    store = _copy(seed_quads)
    for shape, _, update in EXAMPLES:
        if shape in AGREEMENT:
            store.update(update, prefixes=PREFIXES)
    written = [(q.subject, q.predicate, q.object) for g in SEED_GRAPHS
               for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))]  # fmt: skip
    inferred = gate.materializer(BASE).infer(written)
    data = gate.write_data(store, written, BASE, SEED_GRAPHS, inferred)
    described = {t[0] for t in written + inferred}
    gated = sparql_engine.validate_quads(data, BASE, described)
    on_described = lambda report: [r for r in report.results  # noqa: E731
                                   if r.focus in {n.value for n in described}]  # fmt: skip
    compiled = on_described(sparql_engine.validate_store(_copy(data), BASE))
    reference = on_described(pyshacl_engine.validate(_rdflib(data), BASE))
    assert {f"{BASE}shapes/{shape}" for shape in AGREEMENT} <= {r.shape for r in gated.results}
    assert _keys(gated.results) == _keys(compiled)
    assert {r.key() for r in gated.results} == {r.key() for r in reference}
