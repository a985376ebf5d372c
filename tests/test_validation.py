"""The gate: kg build, kg validate, /validate, /quality, shapes at their IRIs, and writes refused
with 422 leaving the store exactly as it was."""

import dataclasses
import shutil
import threading

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib.namespace import SKOS

from conftest import BASE, SEED
from kg.cli import main
from kg.namespaces import Vocab
from kg.store.build import Builder
from kg.store.oxstore import open_store, replace_graphs
from kg.terms import TYPE, XSD
from kg.validation import context, updates
from kg.validation.context import StoredContext
from kg.validation.gate import InvalidWrite
from kg.validation.updates import apply_validated
from kg.web import create_app

BAD_EVENT = f"<{BASE}id/event/x> a <{BASE}ontology#Event> ."


def test_build_refuses_an_invalid_document_and_goes_on(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    shutil.copy(SEED, folder / "001_bad.txt")
    store = open_store(tmp_path / "store")
    builder = Builder(store, BASE)
    extract = builder.extractor.extract

    def faulty(path):  # an extractor gone wrong on one document: an event with no date
        extraction = extract(path)
        if path.name == "001_bad.txt":
            event = ox.NamedNode(f"{BASE}id/event/001_bad-9")
            extraction.triples.append((event, TYPE, ox.NamedNode(f"{BASE}ontology#Workshop")))
        return extraction

    builder.extractor.extract = faulty
    report = builder.build(folder)
    assert report.added == [SEED.name]
    shapes = {r.shape for r in report.invalid["001_bad.txt"].violations}
    assert f"{BASE}shapes/Event-startDate" in shapes
    graphs = {g.value for g in store.named_graphs()}
    assert f"{BASE}graph/document/001_bad" not in graphs


def test_kg_validate_exit_codes_and_formats(tmp_path, seed_folder):
    store_dir = tmp_path / "store"
    runner = CliRunner()
    Builder(open_store(store_dir), BASE).build(seed_folder)
    ok = runner.invoke(main, ["validate", "--store", str(store_dir)])
    assert ok.exit_code == 0 and ok.output.startswith("conforms")
    turtle = runner.invoke(main, ["validate", "--store", str(store_dir), "--format", "turtle"])
    assert "sh:ValidationReport" in turtle.output
    missing = runner.invoke(main, ["validate", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 2


def _app(config_for, tmp_path):
    shutil.copytree(
        SEED.parent, tmp_path / "docs", ignore=lambda d, names: [n for n in names if n != SEED.name]
    )
    config = dataclasses.replace(config_for(), update_token="secret")
    Builder(open_store(config.store), BASE).build(tmp_path / "docs")
    return create_app(config).test_client()


def _writable(config_for, tmp_path):
    """A test client over the seed store with its store open, the update token's header, and
    the store's state (quads and named graphs)."""
    client = _app(config_for, tmp_path)
    client.get("/rdf-graph-store?default")  # opens the store
    store = client.application.extensions["kg_store"]
    state = lambda: (set(store), set(store.named_graphs()))  # noqa: E731
    return client, store, {"Authorization": "Bearer secret"}, state


def test_web_validation_pages_and_shapes(config_for, tmp_path):
    client = _app(config_for, tmp_path)
    report = client.get("/validate", headers={"Accept": "text/turtle"})
    assert report.status_code == 200 and b"sh:conforms true" in report.data
    assert b"shacl#ValidationReport" in client.get("/validate?format=jsonld").data
    page = client.get("/quality")
    assert page.status_code == 200 and "The graph conforms" in page.get_data(as_text=True)
    shape = client.get("/shapes/EventShape", headers={"Accept": "text/turtle"})
    assert b"sh:targetClass" in shape.data
    assert client.get(
        "/shapes/EventShape", headers={"Accept": "text/html"}
    ).content_type.startswith("text/html")
    assert client.get("/shapes/Nothing").status_code == 404
    posted = client.post(
        "/validate", data=BAD_EVENT, content_type="text/turtle", headers={"Accept": "text/turtle"}
    )
    assert b"sh:conforms false" in posted.data and b"Event-startDate" in posted.data


def test_a_violating_write_is_422_and_changes_nothing(config_for, tmp_path):
    client = _app(config_for, tmp_path)
    auth = {"Authorization": "Bearer secret"}
    before = client.get(
        "/rdf-graph-store?default", headers={"Accept": "application/n-triples"}
    ).data
    dump = lambda: set(client.application.extensions["kg_store"])  # noqa: E731
    quads = dump()
    event, start = f"<{BASE}id/event/000_3d015eed464f4e1b-1>", f"<{BASE}ontology#startDate>"
    update = f"DELETE WHERE {{ GRAPH ?g {{ {event} {start} ?d }} }}"
    refused = client.post(
        "/sparql", data=update, content_type="application/sparql-update", headers=auth
    )
    assert refused.status_code == 422 and b"Event-startDate" in refused.data
    assert dump() == quads
    gsp = client.post(
        "/rdf-graph-store?graph=http://example.org/g",
        data=BAD_EVENT,
        content_type="text/turtle",
        headers=auth,
    )
    assert gsp.status_code == 422 and dump() == quads
    good = client.post(
        "/rdf-graph-store?graph=http://example.org/g",
        data="<http://example.org/a> <http://example.org/b> 1 .",
        content_type="text/turtle",
        headers=auth,
    )
    assert good.status_code == 204
    assert (
        before
        == client.get("/rdf-graph-store?default", headers={"Accept": "application/n-triples"}).data
    )


def test_a_rejected_write_carries_the_report_and_updates_are_undone_whatever_their_form(
    config_for, tmp_path
):
    client, _, auth, state = _writable(config_for, tmp_path)
    before = state()
    event = f"<{BASE}id/event/000_3d015eed464f4e1b-1>"
    kg = f"<{BASE}ontology#"
    for update in (
        f"DELETE WHERE {{ GRAPH ?g {{ {event} {kg}startDate> ?d }} }}",
        f"WITH <{BASE}graph/document/000_3d015eed464f4e1b> DELETE {{ {event} {kg}startDate> ?d }}"
        f" WHERE {{ {event} {kg}startDate> ?d }}",
        f"DELETE {{ GRAPH ?g {{ {event} {kg}eventKind> ?k }} }} INSERT {{ GRAPH <urn:new> "
        f"{{ {event} {kg}title> 'x'@en }} }} WHERE {{ GRAPH ?g {{ {event} {kg}eventKind> ?k }} }}",
        f"PREFIX e: <urn:> INSERT DATA {{ GRAPH e:g {{ <urn:x> a {kg}Event> }} }}",
    ):
        answer = client.post(
            "/sparql", data=update, content_type="application/sparql-update",
            headers=auth | {"Accept": "application/json"},
        )  # fmt: skip
        assert answer.status_code == 422, update
        error = answer.get_json()["error"]
        assert error["status"] == 422 and error["results"]
        assert {"focusNode", "shape", "path", "severity", "message"} <= set(error["results"][0])
        assert state() == before, update
    turtle = client.post(
        "/rdf-graph-store?graph=urn:g", data=BAD_EVENT, content_type="text/turtle",
        headers=auth | {"Accept": "text/turtle"},
    )  # fmt: skip
    assert turtle.status_code == 422 and turtle.content_type.startswith("text/turtle")
    assert b"sh:ValidationReport" in turtle.data and b"sh:conforms false" in turtle.data


def test_the_whole_graph_report_is_computed_once_per_dataset_version(config_for, tmp_path):
    client = _app(config_for, tmp_path)
    first = client.get("/validate", headers={"Accept": "text/turtle"})
    cached = client.application.extensions["kg_validation"]
    assert client.get("/quality").status_code == 200
    assert client.application.extensions["kg_validation"] is cached
    good = client.post(
        "/rdf-graph-store?graph=http://example.org/g",
        data="<http://example.org/a> <http://example.org/b> 1 .",
        content_type="text/turtle",
        headers={"Authorization": "Bearer secret"},
    )
    assert good.status_code == 204
    again = client.get("/validate", headers={"Accept": "text/turtle"})
    assert client.application.extensions["kg_validation"][0] != cached[0]
    assert b"sh:conforms true" in first.data and b"sh:conforms true" in again.data


def test_a_reader_never_sees_a_refused_update(seed_store):
    """The update is tried on a copy: the store itself is written only when the shapes accept."""
    store = ox.Store()
    store.extend(seed_store)
    marker = ox.Quad(ox.NamedNode("urn:marker"), ox.NamedNode("urn:p"), ox.Literal("1"),
                     ox.NamedNode("urn:g"))  # fmt: skip
    event, person = f"<{BASE}id/event/000_3d015eed464f4e1b-1>", f"<{BASE}id/person/ramon-gonzalez>"
    refused = (f"INSERT DATA {{ GRAPH <urn:g> {{ <urn:marker> <urn:p> '1' . "
               f"{event} <{BASE}ontology#organizer> {person} }} }}")  # fmt: skip
    seen, done = [], threading.Event()

    def read():
        while not done.is_set():
            seen.append(marker in store)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(5):
            try:
                apply_validated(store, refused, BASE, Vocab(BASE).prefixes(), BASE)
            except InvalidWrite:
                pass
            else:
                raise AssertionError("the update should be refused")
    finally:
        done.set()
        reader.join()
    assert len(seen) > 10 and not any(seen)
    accepted = "INSERT DATA { GRAPH <urn:g> { <urn:marker> <urn:p> '1' } }"
    apply_validated(store, accepted, BASE, Vocab(BASE).prefixes(), BASE)
    assert marker in store


def _seen(quads) -> tuple[set, set]:
    """What the checks see of context quads: the triples, and those some graph asserts (one
    not holding inferences)."""
    inferred = f"{BASE}graph/inferred/"
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    asserted = {(q.subject, q.predicate, q.object) for q in quads
                if not q.graph_name.value.startswith(inferred)}  # fmt: skip
    return triples, asserted


def test_the_context_a_build_keeps_stays_what_a_fresh_read_gives(
    tmp_path, seed_folder, monkeypatch
):
    """The stored context a build reads once and keeps across its documents follows each
    write: a label (with a literal the store keeps in canonical form), a type that changes what
    the checks read, a dropped graph."""
    store = open_store(tmp_path / "store")
    builder = Builder(store, BASE)
    builder.build(seed_folder)
    vocab = Vocab(BASE)
    triples = builder.extractor.extract(seed_folder / SEED.name).triples
    write = [(*t, ox.DefaultGraph()) for t in triples + builder.materializer.infer(triples)]
    replaced = [str(vocab.document_graph(SEED.stem)), str(vocab.inferred_graph(SEED.stem))]
    agency = next(s for s, _, _ in triples if "/id/agency/" in s.value)
    own = next(s for s, _, _ in triples if "/id/document/" in s.value)  # only in its graphs
    note = ox.Literal("y", language="ar")
    newcomer = ox.NamedNode(f"{BASE}id/agency/newcomer")  # not stored before the first write
    write.append((own, ox.NamedNode(f"{BASE}ontology#partner"), newcomer, ox.DefaultGraph()))
    label, extra = ox.NamedNode(str(SKOS.prefLabel)), f"{BASE}graph/document/extra"
    count = ox.Literal("01", datatype=ox.NamedNode(f"{XSD}integer"))  # stored as "1"
    day = ox.Literal("2020-01-01", datatype=ox.NamedNode(f"{XSD}date"))
    writes = [
        {extra: [(agency, label, count), (own, label, note), (newcomer, label, note)]},
        {f"{extra}-2": [(agency, ox.NamedNode(f"{BASE}ontology#startDate"), day)]},
        {extra: [(agency, TYPE, ox.NamedNode(f"{BASE}ontology#Event"))]},  # its date now read
        {extra: None},
    ]
    for snapshot_after in (0, 1_000_000):  # with the list of where nodes are stored, and without
        monkeypatch.setattr(context, "SNAPSHOT_AFTER", snapshot_after)
        kept, found = StoredContext(store, BASE), []
        for graphs in writes:
            kept.quads(write, list(graphs))  # as the build's gate: before writing the graphs
            replace_graphs(store, graphs)
            kept.written(graphs)
            fresh = StoredContext(store, BASE).quads(write, replaced)
            assert _seen(kept.quads(write, replaced)) == _seen(fresh)
            found.append(fresh)
        seen = [{q.object for q in quads} for quads in found]
        assert [ox.Literal("1", datatype=count.datatype) in s for s in seen] == [1, 1, 0, 0]
        assert [day in s for s in seen] == [0, 0, 1, 0]
        assert [note in s for s in seen] == [1, 1, 0, 0]
        assert [(newcomer, label, note) in _seen(s)[0] for s in found] == [1, 1, 0, 0]


def test_a_write_that_removes_triples_is_checked_on_what_it_leaves(config_for, tmp_path):
    client, store, auth, state = _writable(config_for, tmp_path)
    before = state()
    document = f"{BASE}graph/document/000_3d015eed464f4e1b"
    inferred = f"{BASE}graph/inferred/000_3d015eed464f4e1b"
    # The inferred graph still types the document's event once its own graph is gone.
    dropped = client.delete(f"/rdf-graph-store?graph={document}", headers=auth)
    assert dropped.status_code == 422 and b"Event-startDate" in dropped.data
    assert state() == before
    replaced = client.put(
        f"/rdf-graph-store?graph={document}", data="", content_type="text/turtle", headers=auth
    )
    assert replaced.status_code == 422 and state() == before
    update = f"DROP GRAPH <{document}>"
    refused = client.post("/sparql", data=update, content_type="application/sparql-update",
                          headers=auth)  # fmt: skip
    assert refused.status_code == 422 and state() == before
    agency = next(iter(store.quads_for_pattern(None, TYPE, ox.NamedNode(f"{BASE}ontology#Agency"),
                                                None))).subject  # fmt: skip
    label = f"DELETE WHERE {{ GRAPH ?g {{ <{agency.value}> <{SKOS.prefLabel}> ?l }} }}"
    unlabelled = client.post("/sparql", data=label, content_type="application/sparql-update",
                             headers=auth)  # fmt: skip
    assert unlabelled.status_code == 422 and state() == before
    both = f"DROP GRAPH <{document}> ; DROP GRAPH <{inferred}>"
    accepted = client.post("/sparql", data=both, content_type="application/sparql-update",
                           headers=auth)  # fmt: skip
    assert accepted.status_code == 204, accepted.data
    assert not store.contains_named_graph(ox.NamedNode(document))


def test_an_update_a_second_run_may_not_repeat_writes_what_was_validated(seed_store, monkeypatch):
    store = ox.Store()
    store.extend(seed_store)
    validated, check = [], updates._check
    monkeypatch.setattr(updates, "_check", lambda *args: validated.append(args[1]) or check(*args))
    stamps, blanks, g = (ox.NamedNode(f"urn:{n}") for n in ("stamps", "blanks", "g"))
    in_graph = lambda graph: set(store.quads_for_pattern(None, None, None, graph))  # noqa: E731
    run = lambda update: apply_validated(store, update, BASE, {}, BASE)  # noqa: E731
    run("INSERT { GRAPH <urn:stamps> { ?e <urn:at> ?t } } WHERE { BIND(NOW() AS ?t) "
        "BIND(IRI(CONCAT('urn:x:', STRUUID())) AS ?e) }")  # fmt: skip
    assert in_graph(stamps) == validated[0][stamps]
    run("INSERT { GRAPH <urn:blanks> { ?b <urn:p> 1 } } WHERE { BIND(BNODE() AS ?b) }")
    written = list(in_graph(blanks))
    assert len(written) == 1 and isinstance(written[0].subject, ox.BlankNode)
    run("DELETE { GRAPH <urn:stamps> { ?e ?p ?t } } INSERT { GRAPH <urn:stamps> { ?e ?p ?n } } "
        "WHERE { GRAPH <urn:stamps> { ?e ?p ?t } BIND(NOW() AS ?n) }")  # fmt: skip
    assert in_graph(stamps) == validated[2][stamps]
    run("DROP GRAPH <urn:stamps> ; INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'x' } } ; "
        "INSERT { GRAPH <urn:g> { <urn:a> <urn:c> ?r } } WHERE { BIND(RAND() AS ?r) }")  # fmt: skip
    assert not store.contains_named_graph(stamps) and in_graph(g) == validated[3][g]
