"""The dataset described for programs: `/.well-known/void` (VoID and DCAT: size per graph,
class and property partitions, licence, dumps with checksums, the SPARQL endpoint) and
`/sitemap.xml` for crawlers (a sitemap index past 50,000 pages)."""

from xml.sax.saxutils import escape

from flask import Blueprint, Response, current_app, request
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.namespaces import DCAT, SD, VOID
from kg.web import dumps
from kg.web.description import RDFLIB_FORMATS
from kg.web.errors import NotFound
from kg.web.formats import GRAPH_FORMATS
from kg.web.freshness import fresh
from kg.web.negotiation import negotiate
from kg.web.paths import LICENSE, base, page_url, path_for, site
from kg.web.store import dataset_version, get_store

blueprint = Blueprint("void", __name__)
SPDX = "http://spdx.org/rdf/terms#"
IANA = "https://www.iana.org/assignments/media-types/"
SITEMAP_LIMIT = 50_000  # URLs per sitemap file (sitemaps.org)
PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
TOTALS = """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
  (COUNT(DISTINCT ?o) AS ?objects) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"""
CLASSES = """SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } }
  GROUP BY ?c ORDER BY ?c"""
PROPERTIES = """SELECT ?p (COUNT(*) AS ?n)
  WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } } GROUP BY ?p ORDER BY ?p"""
# Sorted in Python: ORDER BY here is many times slower in the store.
SUBJECTS = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }"


@blueprint.route("/.well-known/void")
def void() -> Response:
    chosen = negotiate(GRAPH_FORMATS)
    body = describe_dataset().serialize(format=RDFLIB_FORMATS[chosen.name])
    response = Response(body, content_type=f"{chosen.media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return fresh(response, chosen.name)


def describe_dataset() -> Graph:
    graph, dataset = Graph(), URIRef(f"{site()}.well-known/void#dataset")
    for prefix, namespace in (("void", VOID), ("dcat", DCAT), ("sd", SD), ("spdx", SPDX)):
        graph.bind(prefix, namespace)
    for kind in (VOID.Dataset, DCAT.Dataset):
        graph.add((dataset, RDF.type, kind))
    graph.add((dataset, DCTERMS.title, Literal("Security-cooperation knowledge graph", lang="en")))
    graph.add((dataset, DCTERMS.title, Literal("الرسم المعرفي للتعاون الأمني", lang="ar")))
    graph.add((dataset, DCTERMS.license, URIRef(LICENSE)))
    graph.add((dataset, VOID.sparqlEndpoint, URIRef(f"{site()}sparql")))
    graph.add((dataset, VOID.uriSpace, Literal(f"{base()}id/")))
    graph.add((dataset, VOID.vocabulary, URIRef(f"{base()}ontology#")))
    graph.add((dataset, VOID.rootResource, URIRef(f"{base()}ontology")))
    graph.add((dataset, DCTERMS.hasVersion, Literal(dataset_version())))
    _statistics(graph, dataset)
    _distributions(graph, dataset)
    return graph


def _statistics(graph: Graph, dataset: URIRef) -> None:
    stats = cached_statistics()
    for key in ("triples", "distinctSubjects", "distinctObjects"):
        graph.add((dataset, VOID[key], Literal(stats[key], datatype=XSD.integer)))
    for name, count in stats["graphs"]:
        _partition(graph, dataset, VOID.subset, [(RDF.type, SD.NamedGraph),
                   (SD.name, URIRef(name)), (VOID.triples, count)])  # fmt: skip
    for cls, count in stats["classes"]:
        _partition(graph, dataset, VOID.classPartition, [(VOID["class"], URIRef(cls)),
                   (VOID.entities, count)])  # fmt: skip
    for prop, count in stats["properties"]:
        _partition(graph, dataset, VOID.propertyPartition, [(VOID.property, URIRef(prop)),
                   (VOID.triples, count)])  # fmt: skip


def _partition(graph: Graph, dataset: URIRef, link: URIRef, pairs) -> None:
    node = BNode()
    graph.add((dataset, link, node))
    graph.add((node, RDF.type, VOID.Dataset))
    for predicate, value in pairs:
        if isinstance(value, int):
            value = Literal(value, datatype=XSD.integer)
        graph.add((node, predicate, value))


def cached_statistics() -> dict:
    """Counting costs a few scans of the store: once per dataset version."""
    version, extensions = dataset_version(), current_app.extensions
    if extensions.get("kg_void", (None,))[0] != version:
        extensions["kg_void"] = (version, _count())
    return extensions["kg_void"][1]


def _count() -> dict:
    store = get_store()
    (totals,) = list(store.query(TOTALS))
    pairs = lambda q: [(r[0].value, int(r[1].value)) for r in store.query(q)]  # noqa: E731
    return {"triples": int(totals["triples"].value),
            "distinctSubjects": int(totals["subjects"].value),
            "distinctObjects": int(totals["objects"].value),
            "graphs": pairs(PER_GRAPH), "classes": pairs(CLASSES),
            "properties": pairs(PROPERTIES)}  # fmt: skip


def _distributions(graph: Graph, dataset: URIRef) -> None:
    for dump in dumps.ensure():
        url, node, checksum = URIRef(dump["url"]), BNode(), BNode()
        graph.add((dataset, VOID.dataDump, url))
        graph.add((dataset, DCAT.distribution, node))
        graph.add((node, RDF.type, DCAT.Distribution))
        graph.add((node, DCAT.downloadURL, url))
        graph.add((node, DCAT.mediaType, URIRef(IANA + dump["media_type"])))
        graph.add((node, DCAT.compressFormat, URIRef(IANA + dump["compression"])))
        graph.add((node, DCAT.byteSize, Literal(dump["bytes"], datatype=XSD.nonNegativeInteger)))
        graph.add((node, DCTERMS.license, URIRef(LICENSE)))
        graph.add((node, URIRef(SPDX + "checksum"), checksum))
        graph.add((checksum, URIRef(SPDX + "algorithm"), URIRef(SPDX + "checksumAlgorithm_sha256")))
        graph.add((checksum, URIRef(SPDX + "checksumValue"), Literal(dump["sha256"])))
    service = URIRef(f"{site()}sparql")
    graph.add((dataset, DCAT.distribution, service))
    graph.add((service, RDF.type, DCAT.DataService))
    graph.add((service, DCAT.endpointURL, service))


@blueprint.route("/sitemap.xml")
def sitemap() -> Response:
    pages = [f"{site()}ontology", *sitemap_pages()]
    parts = -(-len(pages) // SITEMAP_LIMIT)
    part = request.args.get("part", type=int)
    if part is None and parts > 1:
        return _xml(_index(parts))
    part = part or 1
    if not 1 <= part <= parts:
        raise NotFound(f"the sitemap has parts 1 to {parts}")
    return _xml(_urlset(pages[(part - 1) * SITEMAP_LIMIT : part * SITEMAP_LIMIT]))


def sitemap_pages() -> list[str]:
    subjects = sorted(row["s"].value for row in get_store().query(SUBJECTS))
    return [page_url(path) for path in map(path_for, subjects) if path]


def _urlset(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{escape(u)}</loc></url>\n" for u in urls)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n'


def _index(parts: int) -> str:
    entries = "".join(f"<sitemap><loc>{escape(site())}sitemap.xml?part={n}</loc></sitemap>\n"
                      for n in range(1, parts + 1))  # fmt: skip
    return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</sitemapindex>\n'


def _xml(body: str) -> Response:
    response = Response('<?xml version="1.0" encoding="UTF-8"?>\n' + body,
                        content_type="application/xml; charset=utf-8")  # fmt: skip
    return fresh(response, request.args.get("part", ""))
