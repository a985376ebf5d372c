"""Linked data on the live server: URIs dereference for rdflib and plain HTTP clients, in every
format, with the right status codes, validators and headers; a crawl of every URI the seed
graph mints under the base finds no 404."""

import gzip
import hashlib
import json
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef

EVENT = "id/event/000_3d015eed464f4e1b-1"
AGENCY = "id/agency/las-caim-gs"
FORMATS = {
    "ttl": ("text/turtle", "turtle"),
    "jsonld": ("application/ld+json", "json-ld"),
    "nt": ("application/n-triples", "nt"),
    "rdf": ("application/rdf+xml", "xml"),
}


VOID = Namespace("http://rdfs.org/ns/void#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
SPDX_CHECKSUM = SPDX.checksum


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url: str, follow: bool = True, **headers):
    """(status, headers, body) without raising on 3xx/4xx."""
    handlers = [] if follow else [NoRedirect()]
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, headers=headers)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def kg(base: str, name: str) -> URIRef:
    return URIRef(f"{base}ontology#{name}")


def test_rdflib_follows_the_303_and_gets_the_event(live_server):
    event = URIRef(live_server + EVENT)
    graph = Graph().parse(event)
    assert (event, kg(live_server, "startDate"), None) in graph
    assert (event, kg(live_server, "organizer"), URIRef(live_server + AGENCY)) in graph


@pytest.mark.parametrize(
    ("accept", "target", "served"),
    [
        (None, "data/{}", "text/turtle"),
        ("*/*", "data/{}", "text/turtle"),
        ("application/ld+json", "data/{}", "application/ld+json"),
        ("application/rdf+xml;q=0.9, application/n-triples", "data/{}", "application/n-triples"),
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "page/{}", "text/html"),
    ],
)
def test_a_uri_answers_303_by_accept(live_server, accept, target, served):
    headers = {"Accept": accept} if accept else {}
    status, response, _ = fetch(live_server + EVENT, follow=False, **headers)
    assert status == 303
    assert response["Location"] == live_server + target.format(EVENT.removeprefix("id/"))
    assert response["Vary"] == "Accept"
    status, response, _ = fetch(response["Location"], **headers)
    assert (status, response.get_content_type()) == (200, served)


@pytest.mark.parametrize("extension", FORMATS)
def test_each_format_by_extension_and_by_accept_parses(live_server, extension):
    media_type, parser = FORMATS[extension]
    event = URIRef(live_server + EVENT)
    for url, headers in (
        (f"{live_server}data/event/000_3d015eed464f4e1b-1.{extension}", {}),
        (f"{live_server}data/event/000_3d015eed464f4e1b-1", {"Accept": media_type}),
    ):
        status, response, body = fetch(url, **headers)
        assert status == 200
        assert response.get_content_type() == media_type
        assert response["Vary"] == "Accept"
        if headers:  # negotiated: the representation's own address
            assert response["Content-Location"].endswith(f".{extension}")
        graph = Graph().parse(data=body, format=parser, publicID="http://elsewhere.example/")
        assert (event, kg(live_server, "title"), None) in graph
        assert not any("elsewhere.example" in str(term) for t in graph for term in t)


def test_the_description_is_symmetric_with_labels_of_the_linked(live_server):
    agency = URIRef(live_server + AGENCY)
    graph = Graph().parse(agency)
    event = URIRef(live_server + EVENT)
    assert (event, kg(live_server, "organizer"), agency) in graph  # incoming
    assert (agency, None, None) in graph  # outgoing
    labels = set(graph.objects(event, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")))
    assert Literal("Workshop 2021-05-26", lang="en") in labels


def test_an_unknown_uri_is_404_in_the_body_the_client_reads(live_server):
    url = live_server + "id/event/no-such-event"
    status, response, body = fetch(url, Accept="text/html")
    assert (status, response.get_content_type()) == (404, "text/html")
    assert b"no-such-event" in body
    status, response, body = fetch(url, Accept="text/turtle")
    assert (status, response.get_content_type()) == (404, "text/turtle")
    assert len(Graph().parse(data=body, format="turtle")) == 1
    assert fetch(live_server + "id/nokind/x")[0] == 404
    assert fetch(live_server + "data/event/no-such-event.ttl")[0] == 404


def test_an_unsupported_format_is_406_listing_the_offered(live_server):
    status, _, body = fetch(live_server + EVENT, Accept="image/png")
    assert status == 406
    assert all(m.encode() in body for m in ("text/turtle", "application/ld+json", "text/html"))
    status, _, body = fetch(f"{live_server}data/event/000_3d015eed464f4e1b-1.pdf")
    assert status == 406
    assert b"application/rdf+xml" in body


def test_validators_answer_304_and_reads_are_cacheable_and_open(live_server):
    url = f"{live_server}data/event/000_3d015eed464f4e1b-1.ttl"
    status, response, _ = fetch(url)
    assert status == 200
    assert "max-age" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Set-Cookie" not in response
    assert fetch(url, **{"If-None-Match": response["ETag"]})[0] == 304
    assert fetch(url, **{"If-Modified-Since": response["Last-Modified"]})[0] == 304
    assert fetch(url, **{"If-None-Match": '"something-else"'})[0] == 200
    other = fetch(f"{live_server}data/event/000_3d015eed464f4e1b-1.nt")[1]
    assert other["ETag"] != response["ETag"]


def test_link_headers_name_formats_description_licence_and_citation(live_server):
    for url, follow in ((live_server + EVENT, False), (f"{live_server}data/{EVENT[3:]}.ttl", True)):
        status, response, _ = fetch(url, follow=follow)
        assert status == (303 if not follow else 200)
        links = response["Link"]
        for media_type, _ in FORMATS.values():
            assert f'rel="alternate"; type="{media_type}"' in links
        assert 'rel="alternate"; type="text/html"' in links
        assert f'<{live_server}data/{EVENT[3:]}>; rel="describedby"' in links
        assert 'rel="license"' in links
        assert f'<{live_server}{EVENT}>; rel="cite-as"' in links


def test_the_ontology_and_its_terms_dereference(live_server):
    graph = Graph().parse(live_server + "ontology")
    owl_class = URIRef("http://www.w3.org/2002/07/owl#Class")
    assert (kg(live_server, "Workshop"), None, owl_class) in graph
    status, response, body = fetch(live_server + "ontology#Workshop", Accept="text/html")
    assert status == 200 and response.get_content_type() == "text/html"
    assert b'id="Workshop"' in body and "ورشة عمل".encode() in body
    assert fetch(live_server + "ontology/0.2.0")[0] == 200


def test_void_names_the_dumps_without_writing_them_and_dumps_have_checksums(live_server):
    void_url, dataset = (
        live_server + ".well-known/void",
        URIRef(live_server + ".well-known/void#dataset"),
    )
    _, before, body = fetch(void_url, Accept="text/turtle")
    void = Graph().parse(data=body, format="turtle")
    assert not list(void.objects(None, SPDX_CHECKSUM))  # nothing written yet
    dumps = json.loads(fetch(live_server + "dumps", Accept="application/json")[2])["dumps"]
    assert {d["name"].split(".", 1)[1] for d in dumps} == {"nq.gz", "trig.gz"}
    nquads = next(d for d in dumps if d["name"].endswith(".nq.gz"))
    assert (dataset, VOID.dataDump, URIRef(nquads["url"])) in void  # named before written
    status, _, body = fetch(void_url, Accept="text/turtle", **{"If-None-Match": before["ETag"]})
    assert status == 200  # the VoID changed: its old ETag no longer matches
    void = Graph().parse(data=body, format="turtle")
    assert Literal(nquads["sha256"]) in set(void.objects(None, SPDX.checksumValue))
    status, _, body = fetch(nquads["url"])
    assert status == 200
    checksum = fetch(nquads["checksum_url"])[2].decode().split()[0]
    assert hashlib.sha256(body).hexdigest() == checksum == nquads["sha256"]
    quads = list(ox.parse(gzip.decompress(body), format=ox.RdfFormat.N_QUADS))
    assert ox.NamedNode(f"{live_server}graph/ontology") in {q.graph_name for q in quads}
    assert len(quads) == int(void.value(dataset, VOID.triples))  # statements graph by graph


def test_the_sitemap_lists_every_page(live_server):
    sitemap = fetch(live_server + "sitemap.xml")[2].decode()
    assert f"<loc>{live_server}page/{EVENT[3:]}</loc>" in sitemap
    assert sitemap.count("<loc>") > 300


def minted_uris(base: str) -> set[str]:
    """Every IRI under the base the seed graph uses (fragments are parts of their document)."""
    query = (
        "SELECT DISTINCT ?x WHERE { { GRAPH ?x { ?a ?b ?c } } UNION { GRAPH ?g { { ?x ?p ?o } "
        "UNION { ?s ?x ?o } UNION { ?s ?p ?x } } } "
        f'FILTER(isIRI(?x) && STRSTARTS(STR(?x), "{base}")) }}'
    )
    url = f"{base}sparql?" + urllib.parse.urlencode({"query": query})
    _, _, body = fetch(url, Accept="application/sparql-results+json")
    rows = json.loads(body)["results"]["bindings"]
    return {row["x"]["value"].split("#", 1)[0] for row in rows}


def test_every_uri_of_the_seed_graph_dereferences(live_server):
    uris = minted_uris(live_server)
    kinds = {u.removeprefix(live_server).split("/")[0:2][-1] for u in uris if "/id/" in u}
    assert {"event", "agency", "person", "document", "span", "assertion"} <= kinds
    with ThreadPoolExecutor(4) as pool:
        statuses = dict(zip(uris, pool.map(lambda u: fetch(u)[0], uris), strict=True))
    failures = {u: s for u, s in statuses.items() if s != 200}
    assert failures == {}
    assert len(uris) > 300, len(uris)
    graphs = {live_server + "graph/build", live_server + "graph/document/000_3d015eed464f4e1b"}
    assert {live_server + "ontology"} | graphs <= uris


REGISTERED = {"text/turtle", "application/ld+json", "application/n-triples",
              "application/rdf+xml", "text/html", "text/plain", "application/json"}  # fmt: skip
NEGOTIATED = [
    (EVENT, "text/turtle"),
    (EVENT, "text/html"),
    ("data/event/000_3d015eed464f4e1b-1", "application/rdf+xml"),
    ("ontology", "application/ld+json"),
    ("ontology", "text/html"),
    ("graph/build", "application/n-triples"),
    (".well-known/void", "text/turtle"),
    ("id/event/no-such-event", "application/ld+json"),
    ("id/event/no-such-event", "text/html"),
    ("data/event/000_3d015eed464f4e1b-1.pdf", "application/json"),
    ("search?q=interpol", "application/json"),
]


@pytest.mark.parametrize(("path", "accept"), NEGOTIATED)
def test_every_negotiated_response_is_open_cacheable_and_registered(live_server, path, accept):
    status, headers, body = fetch(live_server + path, follow=False, Accept=accept)
    assert headers.get_content_type() in REGISTERED, (status, headers.get_content_type())
    assert headers["Vary"] == "Accept"
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "Set-Cookie" not in headers and headers["Cache-Control"]
    if status in (200, 303) and not path.startswith(("search", ".well")):
        rels = {part.split('rel="')[1].split('"')[0] for part in headers["Link"].split(", ")}
        assert {"alternate", "describedby", "license", "cite-as"} <= rels
    if headers.get_content_type() in {f[0] for f in FORMATS.values()} and status == 200:
        parser = next(p for m, p in FORMATS.values() if m == headers.get_content_type())
        graph = Graph().parse(data=body, format=parser, publicID="http://elsewhere.example/")
        assert not any("elsewhere.example" in str(term) for t in graph for term in t)


def curl_head(url: str, *headers: str) -> dict[str, str]:
    """`curl -sI`: what a plain HTTP client sees, parsed by nothing of ours."""
    options = [part for header in headers for part in ("-H", header)]
    lines = subprocess.run(["curl", "-sI", *options, url], capture_output=True, text=True,
                           check=True, timeout=30).stdout.splitlines()  # fmt: skip
    fields = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return {"status": lines[0].split()[1]} | {k.lower(): v for k, v in fields.items()}


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_sees_the_303_and_the_validators(live_server):
    see_other = curl_head(live_server + EVENT, "Accept: text/turtle")
    assert see_other["status"] == "303" and see_other["vary"] == "Accept"
    assert see_other["location"] == f"{live_server}data/{EVENT[3:]}"
    assert f'<{live_server}{EVENT}>; rel="cite-as"' in see_other["link"]
    data = curl_head(see_other["location"] + ".ttl")
    assert (data["status"], data["content-type"]) == ("200", "text/turtle; charset=utf-8")
    assert data["access-control-allow-origin"] == "*" and "max-age" in data["cache-control"]
    assert "set-cookie" not in data
    again = curl_head(see_other["location"] + ".ttl", f"If-None-Match: {data['etag']}")
    assert again["status"] == "304"
    since = curl_head(see_other["location"] + ".ttl", f"If-Modified-Since: {data['last-modified']}")
    assert since["status"] == "304"
