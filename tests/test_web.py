"""The SPARQL endpoint in process: GET and POST queries, formats, honest errors."""

import json

import pytest
from rdflib import Dataset, Graph, URIRef

from app_over import app_over
from kg.store.build import Builder
from kg.store.oxstore import open_store
from kg.web import create_app

ASK = "ASK { ?e a kg:Workshop }"
SH_PREFIX = URIRef("http://www.w3.org/ns/shacl#prefix")
SELECT = "SELECT ?t WHERE { ?e kg:title ?t }"
CONSTRUCT = "CONSTRUCT WHERE { ?e a kg:Workshop ; kg:startDate ?d }"


@pytest.fixture
def client(config_for, seed_folder):
    config = config_for()
    store = open_store(config.store_path)
    Builder(store, config.base).build(seed_folder)
    app = create_app(config)
    app.extensions["kg_store"] = store  # the test holds the store open; share it
    return app.test_client()


def test_get_select_as_sparql_json(client):
    response = client.get("/sparql", query_string={"query": SELECT})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    (row,) = response.get_json()["results"]["bindings"]
    assert row["t"]["xml:lang"] == "ar"


def test_head_answers_like_get_without_the_body(client):
    got = client.get("/sparql", query_string={"query": SELECT})
    head = client.head("/sparql", query_string={"query": SELECT})
    assert head.status_code == 200 and head.data == b""
    assert head.headers["ETag"] == got.headers["ETag"]
    assert head.mimetype == "application/sparql-results+json"


def test_post_form_and_post_direct(client):
    form = client.post("/sparql", data={"query": ASK})
    direct = client.post("/sparql", data=ASK, content_type="application/sparql-query")
    assert json.loads(form.data)["boolean"] is True
    assert json.loads(direct.data)["boolean"] is True


@pytest.mark.parametrize(
    ("accept", "mimetype"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+json", "application/sparql-results+json"),
    ],
)
def test_result_formats_by_accept(client, accept, mimetype):
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert response.mimetype == mimetype
    assert response.headers["Vary"] == "Accept"


@pytest.mark.parametrize(("fmt", "parser"), [("turtle", "turtle"), ("jsonld", "json-ld"),
                                             ("ntriples", "nt"), ("rdfxml", "xml")])  # fmt: skip
def test_construct_in_each_rdf_format(client, fmt, parser):
    response = client.get("/sparql", query_string={"query": CONSTRUCT, "format": fmt})
    assert len(Graph().parse(data=response.data, format=parser)) == 2


@pytest.mark.parametrize(("accept", "parser"), [("application/trig", "trig"),
                                                ("application/n-quads", "nquads")])  # fmt: skip
def test_construct_as_quads_by_accept(client, accept, parser):
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.mimetype == accept
    assert len(Dataset().parse(data=response.data, format=parser)) == 2


ALIASES = [("n3", "text/turtle"), ("rdf+xml", "application/rdf+xml"),
           ("json-ld", "application/ld+json")]  # fmt: skip


@pytest.mark.parametrize(("alias", "mimetype"), ALIASES)
def test_format_names_other_clients_send_are_understood(client, alias, mimetype):
    response = client.get("/sparql", query_string={"query": CONSTRUCT, "format": alias})
    assert response.status_code == 200 and response.mimetype == mimetype


def test_an_unknown_format_name_yields_to_the_accept_header(client):
    response = client.get(
        "/sparql",
        query_string={"query": SELECT, "format": "fancy"},
        headers={"Accept": "text/csv"},
    )
    assert response.mimetype == "text/csv"
    alone = client.get("/sparql", query_string={"query": SELECT, "format": "fancy"})
    assert alone.status_code == 406


def test_a_syntax_error_is_a_400_with_the_parser_message(client):
    response = client.get(
        "/sparql", query_string={"query": "SELEC ?x"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["status"] == 400 and "1:" in error["message"]


def test_missing_query_unacceptable_format_and_wrong_content_type(client):
    assert client.post("/sparql", data={"format": "json"}).status_code == 400
    assert client.get("/sparql", query_string={"query": ["ASK {}", "ASK {}"]}).status_code == 400
    nothing_fits = client.get(
        "/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"}
    )
    assert nothing_fits.status_code == 406 and b"text/csv" in nothing_fits.data
    wrong = client.post("/sparql", data="x", content_type="text/plain")
    assert wrong.status_code == 415


def test_ids_redirect_to_their_description_and_unknown_ones_are_404(client):
    moved = client.get("/id/agency/las-caim-gs")
    assert moved.status_code == 303
    assert moved.headers["Location"].endswith("/data/agency/las-caim-gs")
    described = client.get("/data/agency/las-caim-gs", headers={"Accept": "text/turtle"})
    assert "الأمانة العامة لمجلس وزراء الداخلية العرب" in described.get_data(as_text=True)
    assert client.get("/data/agency/no-such-agency").status_code == 404


def test_the_ontology_is_served(client):
    response = client.get("/ontology", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.data, format="turtle")
    assert len(graph) > 1000


def test_a_get_without_a_query_describes_the_service(client):
    from rdflib.namespace import RDF

    from kg.namespaces import SD

    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    graph = Graph().parse(data=response.data, format="turtle")
    (service,) = graph.subjects(RDF.type, SD.Service)
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    assert len(list(graph.objects(service, SD.resultFormat))) == 10  # 4 for results, 6 for RDF
    assert any(str(n) == "kg" for n in graph.objects(None, SH_PREFIX))
    assert len(list(graph.objects(service, None))) > 20


def test_updates_are_off_without_a_token(client):
    response = client.post("/sparql", data={"update": "CLEAR ALL"})
    assert response.status_code == 403


def test_the_dataset_can_be_chosen_per_request(client, vocab):
    ontology_only = {
        "query": "ASK { ?e a kg:Workshop }",
        "default-graph-uri": str(vocab.ontology_graph),
    }
    assert json.loads(client.get("/sparql", query_string=ontology_only).data)["boolean"] is False
    union = {"query": "ASK { ?e a kg:Workshop }"}
    assert json.loads(client.get("/sparql", query_string=union).data)["boolean"] is True


def test_etag_and_if_none_match_and_cors(client):
    first = client.get("/sparql", query_string={"query": SELECT})
    etag = first.headers["ETag"].strip('"')
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    assert first.headers["X-Dataset-Version"]
    again = client.get(
        "/sparql", query_string={"query": SELECT}, headers={"If-None-Match": f'"{etag}"'}
    )
    assert again.status_code == 304
    other_format = client.get("/sparql", query_string={"query": SELECT, "format": "csv"})
    assert other_format.headers["ETag"] != first.headers["ETag"]


@pytest.fixture
def writable_store(config_for, seed_folder):
    config = config_for()
    store = open_store(config.store_path)
    Builder(store, config.base).build(seed_folder)
    return store, config.store_path


def writable_app(store, store_path):
    """An app as a fresh server process would start over the store, updates enabled."""
    return app_over(store, store_path, update_token="s3cret")


@pytest.fixture
def writable(writable_store):
    return writable_app(*writable_store).test_client()


# A note, which no shape constrains: the write gate lets it through (tests/test_validation.py
# covers the writes it refuses).
INSERT = (
    'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/x> rdfs:comment "a note" } }'
)
COUNT = "SELECT (COUNT(?e) AS ?n) WHERE { ?e rdfs:comment ?note }"


def count(client) -> str:
    data = client.get("/sparql", query_string={"query": COUNT}).get_json()
    return data["results"]["bindings"][0]["n"]["value"]


def test_updates_need_the_bearer_token(writable):
    assert writable.post("/sparql", data={"update": INSERT}).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert writable.post("/sparql", data={"update": INSERT}, headers=wrong).status_code == 403
    assert count(writable) == "0"


def test_an_update_with_the_token_changes_the_data_and_the_version(writable):
    before = count(writable), writable.get("/sparql").headers["X-Dataset-Version"]
    token = {"Authorization": "Bearer s3cret"}
    done = writable.post(
        "/sparql", data=INSERT, content_type="application/sparql-update", headers=token
    )
    assert done.status_code == 204
    after = count(writable), writable.get("/sparql").headers["X-Dataset-Version"]
    assert before[0] == "0" and after[0] == "1"
    assert before[1] != after[1]


def test_a_restarted_server_never_reuses_a_version_name_for_newer_data(writable_store):
    first = writable_app(*writable_store).test_client()
    before = first.get("/sparql").headers["X-Dataset-Version"]
    token = {"Authorization": "Bearer s3cret"}
    first.post("/sparql", data=INSERT, content_type="application/sparql-update", headers=token)
    restarted = writable_app(*writable_store).test_client()  # a new process, the same store
    assert restarted.get("/sparql").headers["X-Dataset-Version"] != before


def test_a_bad_update_is_a_400_and_changes_nothing(writable):
    token = {"Authorization": "Bearer s3cret"}
    bad = writable.post("/sparql", data={"update": "INSERT DATA { <a> "}, headers=token)
    assert bad.status_code == 400 and "syntax" in bad.get_data(as_text=True)
    assert count(writable) == "0"


@pytest.fixture
def capped(config_for, seed_folder):
    config = config_for(max_rows=3)
    store = open_store(config.store_path)
    Builder(store, config.base).build(seed_folder)
    app = create_app(config)
    app.extensions["kg_store"] = store
    return app.test_client()


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_long_result_is_cut_at_max_rows_and_says_so(capped, fmt):
    query = "SELECT ?s WHERE { ?s a kg:Sentence } ORDER BY ?s"
    response = capped.get("/sparql", query_string={"query": query, "format": fmt})
    assert response.headers["X-Result-Truncated"] == "max_rows=3"
    text = response.get_data(as_text=True)
    assert text.count("/id/sentence/") == 3


def test_a_short_result_is_whole_and_matches_the_native_serialization(capped):
    query = "SELECT ?t ?d WHERE { ?e kg:title ?t ; kg:startDate ?d }"
    response = capped.get("/sparql", query_string={"query": query})
    assert "X-Result-Truncated" not in response.headers
    (row,) = response.get_json()["results"]["bindings"]
    assert row["t"]["xml:lang"] == "ar"
    assert row["d"] == {"type": "literal", "value": "2021-05-26",
                        "datatype": "http://www.w3.org/2001/XMLSchema#date"}  # fmt: skip


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_a_browser_gets_the_editor_with_the_example_queries(client):
    page = client.get("/", headers=BROWSER).get_data(as_text=True)
    assert "virtual_events" in page and "events_by_organizer" in page
    assert client.get("/sparql", headers=BROWSER).mimetype == "text/html"


def test_a_browser_gets_results_as_a_page_with_arabic_cells_marked(client):
    response = client.get("/sparql", query_string={"query": SELECT}, headers=BROWSER)
    page = response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    assert 'dir="auto" lang="ar"' in page and "نماذج عربية وأوروبية" in page
    assert "format=csv" in page and "format=json" in page
