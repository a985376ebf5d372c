"""Pages for people, search and paging, in process over the shared seed store."""

import json
import re
from html import unescape

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from app_over import app_over
from conftest import BASE
from kg.web import describe

EVENT = "event/000_3d015eed464f4e1b-1"
DOCUMENT = "document/000_3d015eed464f4e1b"
AGENCY = "agency/las-caim-gs"
HOST = BASE.rstrip("/")
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"


@pytest.fixture(scope="module")
def client(seed_store, tmp_path_factory):
    return app_over(seed_store, tmp_path_factory.mktemp("pages") / "store").test_client()


def get(client, url, **headers):
    return client.get(url, base_url=HOST, headers=headers)


def test_an_event_page_has_both_labels_with_language_and_direction(client):
    html = get(client, f"/page/{EVENT}").get_data(as_text=True)
    assert '<bdi class="label" lang="ar" dir="rtl">ورشة عمل 2021-05-26</bdi>' in html
    assert '<bdi class="label" lang="en" dir="ltr">Workshop 2021-05-26</bdi>' in html
    assert f'<link rel="canonical" href="{BASE}page/{EVENT}">' in html
    assert f'<link rel="alternate" type="text/turtle" href="{BASE}data/{EVENT}.ttl">' in html


def test_each_fact_quotes_its_sentence_with_the_evidence_marked(client, seed_store):
    html = get(client, f"/page/{EVENT}").get_data(as_text=True)
    document, text = ox.NamedNode(f"{BASE}id/{DOCUMENT}"), ox.NamedNode(f"{BASE}ontology#text")
    text = next(seed_store.quads_for_pattern(document, text, None)).object.value
    facts = re.findall(r'<mark class="evidence">(.*?)</mark>.*?\?span=(\d+)-(\d+)', html, re.S)
    assert len(facts) >= 10
    for quote, start, end in facts:
        assert unescape(quote) == text[int(start) : int(end)]  # offsets into the raw text
    assert "نظمت الأمانة العامة لمجلس وزراء الداخلية العرب" in {unescape(q) for q, _, _ in facts}


def test_a_document_page_shows_the_full_text_with_every_span(client, seed_store):
    html = get(client, f"/page/{DOCUMENT}?span=32-78").get_data(as_text=True)
    spans = list(seed_store.query(
        f"SELECT ?s WHERE {{ ?s a <{BASE}ontology#TextSpan> ; <{BASE}ontology#inDocument> "
        f"<{BASE}id/{DOCUMENT}> }}", use_default_graph_as_union=True))  # fmt: skip
    anchors = re.findall(r'<span id="(span-\d+-\d+)" class="anchor">', html)
    assert len(anchors) == len(spans) > 20
    body = re.search(r'<div class="document-text" lang="ar" dir="rtl">(.*?)</div>', html, re.S)
    shown = unescape(re.sub(r"<[^>]+>", "", body.group(1)))
    assert shown.startswith("1442-10-14هـ الموافق 26-5-2021م نظمت")
    focus = "".join(re.findall(r'<mark class="span focus[^"]*"[^>]*>(.*?)</mark>', html))
    assert unescape(focus) == "نظمت الأمانة العامة لمجلس وزراء الداخلية العرب"


def test_an_agency_page_has_a_timeline_of_its_events(client):
    html = get(client, f"/page/{AGENCY}").get_data(as_text=True)
    timeline = html.split('<section id="timeline">')[1].split("</section>")[0]
    assert '<time datetime="2021-05-26">' in timeline
    assert f"/page/{EVENT}" in timeline and "organizer" in timeline


def test_the_embedded_json_ld_is_schema_org(client):
    html = get(client, f"/page/{EVENT}").get_data(as_text=True)
    data = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(data) | {"@context": {"@vocab": "https://schema.org/"}}  # offline
    graph = Graph().parse(data=json.dumps(data), format="json-ld")
    event = URIRef(f"{BASE}id/{EVENT}")
    assert (event, URIRef("https://schema.org/startDate"), None) in graph
    assert (event, URIRef("https://schema.org/organizer"), URIRef(f"{BASE}id/{AGENCY}")) in graph


@pytest.mark.parametrize(
    "query",
    [
        "الأمانة العامة لمجلس وزراء الداخلية العرب",  # as written
        "الامانه العامه لمجلس وزراء الداخليه العرب",  # bare alef, ha for ta marbuta
        "أمانة عامة مجلس وزراء داخلية عرب",  # no article
        "الأَمَانَةُ العَامَّةُ لمجلس وزراء الداخلية العرب",  # diacritics
        "general secretariat of the council of arab interior ministers",
    ],
)
def test_search_tolerates_arabic_spelling_and_one_hit_answers_303(client, query):
    response = client.get("/search", query_string={"q": query}, base_url=HOST)
    assert response.status_code == 303
    assert response.headers["Location"] == f"{BASE}id/{AGENCY}"


def test_search_lists_several_hits(client):
    response = client.get("/search", query_string={"q": "وزراء الداخلية"}, base_url=HOST,
                          headers={"Accept": "application/json"})  # fmt: skip
    found = response.get_json()
    assert response.status_code == 200 and found["total"] > 1
    assert all(hit["page"].startswith(f"{BASE}page/") for hit in found["hits"])


def test_a_long_description_is_paged_never_cut(client, monkeypatch):
    whole = Graph().parse(data=get(client, f"/data/{AGENCY}.nt").data, format="nt")
    monkeypatch.setattr(describe, "PAGE_SIZE", 20)
    first = get(client, f"/data/{AGENCY}.nt")
    assert 'rel="next"' in first.headers["Link"]
    pages = int(re.search(r'page=(\d+)>; rel="last"', first.headers["Link"]).group(1))
    assert pages > 2
    union = Graph()
    for number in range(1, pages + 1):
        union += Graph().parse(data=get(client, f"/data/{AGENCY}.nt?page={number}").data,
                               format="nt")  # fmt: skip
    hydra = "http://www.w3.org/ns/hydra/core#"
    statements = {t for t in whole if not str(t[1]).startswith(hydra)}
    assert statements <= set(union)
    assert get(client, f"/data/{AGENCY}.nt?page={pages + 1}").status_code == 404
    assert get(client, f"/data/{AGENCY}.nt?page=0").status_code == 400


def test_the_ontology_page_documents_every_class_in_both_languages(client, seed_store):
    html = get(client, "/ontology", Accept="text/html").get_data(as_text=True)
    classes = seed_store.query(
        f"SELECT ?c WHERE {{ GRAPH <{BASE}graph/ontology> {{ ?c a <{OWL_CLASS}> "
        f'FILTER(STRSTARTS(STR(?c), "{BASE}ontology#")) }} }}'
    )
    names = [row["c"].value.rsplit("#", 1)[1] for row in classes]
    assert len(names) > 20
    for name in names:
        assert f'id="{name}"' in html
    entry = html.split('id="Workshop"')[1].split('class="term-entry"')[0]
    assert 'lang="en" dir="ltr">Workshop<' in entry and 'lang="ar" dir="rtl">ورشة عمل<' in entry


def test_an_unknown_page_is_a_404_page(client):
    response = get(client, "/page/event/nothing-here", Accept="text/html")
    assert response.status_code == 404 and response.mimetype == "text/html"


@pytest.mark.parametrize(
    ("url", "status", "title"),
    [("/data/event/nothing.ttl", 404, "Not Found"), (f"/data/{EVENT}.pdf", 406, "Not Acceptable")],
)
def test_errors_are_a_page_for_browsers_and_the_common_body_for_programs(
    client, url, status, title
):
    page = get(client, url, Accept="text/html,*/*;q=0.8")
    assert (page.status_code, page.mimetype) == (status, "text/html")
    assert f"<h1>{status} {title}" in page.get_data(as_text=True)
    program = get(client, url, Accept="application/json")
    error = program.get_json()["error"]
    assert (program.status_code, error["status"], error["title"]) == (status, status, title)
    plain = get(client, url)
    assert plain.mimetype == "text/plain" and plain.get_data(as_text=True).startswith(f"{status} ")
    assert all(r.headers["Vary"] == "Accept" for r in (page, program, plain))


def test_a_303_body_names_its_target_for_people_and_for_programs(client):
    browser = get(client, f"/id/{EVENT}", Accept="text/html")
    target = f"{BASE}page/{EVENT}"
    assert browser.headers["Location"] == target and browser.mimetype == "text/html"
    assert f'<a href="{target}">{target}</a>' in browser.get_data(as_text=True)
    program = get(client, f"/id/{EVENT}")
    assert program.get_data(as_text=True) == f"See {BASE}data/{EVENT}\n"
    assert program.mimetype == "text/plain"


def test_a_named_graph_page_counts_its_triples_and_links_its_contents(client, seed_store):
    graph = f"{BASE}graph/document/000_3d015eed464f4e1b"
    count = sum(1 for _ in seed_store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    assert get(client, "/graph/document/000_3d015eed464f4e1b").status_code == 303
    html = get(client, "/page/graph/document/000_3d015eed464f4e1b").get_data(as_text=True)
    assert f"This named graph holds {count} triples" in html
    href = unescape(re.search(r'<a href="([^"]*rdf-graph-store[^"]*)">its contents', html)[1])
    contents = get(client, href.removeprefix(HOST), Accept="application/n-triples")
    assert len(Graph().parse(data=contents.data, format="nt")) == count
    data = Graph().parse(data=get(client, f"/data/graph/{graph[len(BASE) + 6 :]}.ttl").data)
    assert int(data.value(URIRef(graph), URIRef("http://rdfs.org/ns/void#triples"))) == count
