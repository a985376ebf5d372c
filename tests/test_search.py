"""Search: folding tolerant of Arabic spelling variants, ranks, pages, JSON and 303s."""

import pyoxigraph as ox
import pytest

from app_over import app_over
from conftest import BASE
from kg.web.search_index import CONTAINS, EXACT, PREFIX, Entry, Folded, Index

HOST = BASE.rstrip("/")
LABELS = {
    "official": ("المسؤول الأمني", "ar"),
    "directorate": ("مديرية الشرطة", "ar"),
    "secretariat": ("الأمانة العامة لمجلس وزراء الداخلية العرب", "ar"),
    "administration": ("إدارة الأمن العام", "ar"),
    "interpol": ("INTERPOL", "en"),
    "lyon": ("Interpol Lyon Office", "en"),
    "europol": ("Europol and Interpol cooperation", "en"),
}


@pytest.fixture(scope="module")
def index() -> Index:
    return Index([Entry(name, ox.Literal(text, language=language), Folded.of(text))
                  for name, (text, language) in LABELS.items()])  # fmt: skip


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("المسئول الأمني", "official"),  # hamza on ya for hamza on waw
        ("مسؤول امني", "official"),  # no article, bare alef
        ("مديريه الشرطه", "directorate"),  # ha for ta marbuta
        ("المديرية شرطة", "directorate"),  # the article where the label has none, and back
        ("الأَمَانَةُ العَامَّةُ لِمَجْلِسِ وُزَرَاءِ الدَّاخِلِيَّةِ العَرَبِ", "secretariat"),
        ("أمانة عامة مجلس وزراء داخلية عرب", "secretariat"),  # no article, no proclitic
        ("ادارة الامن العام", "administration"),  # alef without hamza
        ("Interpol", "interpol"),  # Latin, any case
    ],
)
def test_spelling_variants_find_the_label_exactly(index, query, found):
    rank, entry = index.find(query)[0]
    assert (rank, entry.iri) == (EXACT, found)


def test_exact_then_prefix_then_contained(index):
    ranked = [(rank, entry.iri) for rank, entry in index.find("interpol")]
    assert ranked == [(EXACT, "interpol"), (PREFIX, "lyon"), (CONTAINS, "europol")]
    assert [e.iri for _, e in index.find("وزراء الداخلية")] == ["secretariat"]
    assert index.find("بنك") == [] and index.find("  ") == []


@pytest.fixture(scope="module")
def client(seed_store, tmp_path_factory):
    return app_over(seed_store, tmp_path_factory.mktemp("search") / "store").test_client()


def search(client, query: str, accept: str = "application/json", page: int = 1):
    return client.get("/search", query_string={"q": query, "page": page}, base_url=HOST,
                      headers={"Accept": accept})  # fmt: skip


def test_json_lists_ranked_hits_page_by_page(client):
    first = search(client, "ال").get_json()  # every Arabic label with an article
    assert first["total"] > first["page_size"] and first["pages"] > 1
    second = search(client, "ال", page=2).get_json()
    assert {h["iri"] for h in first["hits"]}.isdisjoint(h["iri"] for h in second["hits"])
    order = {"exact": 0, "prefix": 1, "contains": 2}
    ranks = [order[h["match"]] for h in first["hits"] + second["hits"]]
    assert ranks == sorted(ranks)


def test_one_resource_found_answers_303_with_a_body_naming_it(client):
    target = f"{BASE}id/agency/las-caim-gs"
    text = search(client, "الأمانة العامة لمجلس وزراء الداخلية العرب", accept="*/*")
    assert (text.status_code, text.headers["Location"]) == (303, target)
    assert text.mimetype == "text/plain" and text.get_data(as_text=True) == f"See {target}\n"
    page = search(client, "الامانه العامه لمجلس وزراء الداخليه العرب", accept="text/html")
    assert page.status_code == 303 and f'<a href="{target}">' in page.get_data(as_text=True)
    listing = search(client, "الأمانة العامة لمجلس وزراء الداخلية العرب")
    assert listing.status_code == 200 and listing.get_json()["hits"][0]["iri"] == target


def test_a_browser_gets_a_page_of_hits(client):
    response = search(client, "ال", accept="text/html")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and response.headers["Vary"] == "Accept"
    assert html.count('<li class="') > 1 and 'dir="rtl"' in html


def test_the_index_is_built_once_per_dataset_version(client):
    search(client, "وزارة")
    built = client.application.extensions["kg_search"]
    search(client, "interpol")
    assert client.application.extensions["kg_search"] is built
