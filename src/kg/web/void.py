"""`/.well-known/void`: the dataset described for programs (VoID and DCAT): size per named
graph, class and property partitions, licence, SPARQL endpoint and dumps.

The statistics take three aggregate queries, run once per dataset version. `void:triples`
counts statements graph by graph, as the N-Quads dump lists them. The dumps are named before
they are written (see dumps.py); their size and checksum appear once `/dumps` has written them.
"""

import pyoxigraph as ox
from flask import Blueprint, Response

from kg.namespaces import DCAT, SD, VOID
from kg.terms import DCTERMS, RDF, XSD, iri
from kg.web import dumps, error_pages
from kg.web.formats import GRAPH_FORMATS
from kg.web.freshness import fresh
from kg.web.memo import per_version
from kg.web.negotiation import negotiate
from kg.web.paths import LICENSE, base, site
from kg.web.representation import rdf_response
from kg.web.store import get_store

blueprint = Blueprint("void", __name__)
error_pages.register(blueprint)
SPDX = "http://spdx.org/rdf/terms#"
IANA = "https://www.iana.org/assignments/media-types/"
BY_GRAPH_AND_PROPERTY = """SELECT ?g ?p (COUNT(*) AS ?n)
  WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ?p"""
DISTINCT = """SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
  WHERE { GRAPH ?g { ?s ?p ?o } }"""
CLASSES = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c"
TITLES = {"en": "Security-cooperation knowledge graph", "ar": "الرسم المعرفي للتعاون الأمني"}


def v(name: str) -> ox.NamedNode:
    return iri(f"{VOID}{name}")


def number(value: int, datatype: str = "integer") -> ox.Literal:
    return ox.Literal(str(value), datatype=iri(XSD + datatype))


@blueprint.route("/.well-known/void")
def void() -> Response:
    chosen = negotiate(GRAPH_FORMATS)
    entries = dumps.planned()
    response = rdf_response(describe_dataset(entries), chosen)
    written = "written" if all("sha256" in e for e in entries) else "planned"
    return fresh(response, chosen.name, written)


def describe_dataset(dump_entries: list[dict]) -> list[ox.Triple]:
    dataset = ox.NamedNode(f"{site()}.well-known/void#dataset")
    a = iri(RDF + "type")
    found = [ox.Triple(dataset, a, v("Dataset")), ox.Triple(dataset, a, iri(f"{DCAT}Dataset"))]
    found += [
        ox.Triple(dataset, iri(DCTERMS + "title"), ox.Literal(title, language=language))
        for language, title in TITLES.items()
    ]
    found += _links(dataset)
    found += _statistics(dataset, statistics())
    for entry in dump_entries:
        found += _distribution(dataset, entry)
    return found + _service(dataset)


def _links(dataset: ox.NamedNode) -> list[ox.Triple]:
    pairs = [
        (iri(DCTERMS + "license"), iri(LICENSE)),
        (v("sparqlEndpoint"), iri(f"{site()}sparql")),
        (v("uriSpace"), ox.Literal(f"{base()}id/")),
        (v("vocabulary"), iri(f"{base()}ontology#")),
        (v("rootResource"), iri(f"{base()}ontology")),
    ]
    return [ox.Triple(dataset, p, o) for p, o in pairs]


def statistics() -> dict:
    return per_version("kg_void", _count)


def _count() -> dict:
    store = get_store()
    (distinct,) = store.query(DISTINCT)
    classes = {row["c"].value: int(row["n"].value) for row in store.query(CLASSES)}
    totals = {"distinctSubjects": int(distinct["subjects"].value),
              "distinctObjects": int(distinct["objects"].value), "classes": classes}  # fmt: skip
    return totals | _sizes(store)


def _sizes(store) -> dict:
    """Statements per graph and per property, from one grouping by both."""
    graphs: dict[str, int] = {}
    properties: dict[str, int] = {}
    for row in store.query(BY_GRAPH_AND_PROPERTY):
        count = int(row["n"].value)
        graphs[row["g"].value] = graphs.get(row["g"].value, 0) + count
        properties[row["p"].value] = properties.get(row["p"].value, 0) + count
    return {"triples": sum(graphs.values()), "graphs": graphs, "properties": properties}


# (statistic, link from the dataset, what names the part, what measures it)
PARTITIONS = (
    ("graphs", "subset", iri(f"{SD}name"), "triples"),
    ("classes", "classPartition", v("class"), "entities"),
    ("properties", "propertyPartition", v("property"), "triples"),
)


def _statistics(dataset: ox.NamedNode, stats: dict) -> list[ox.Triple]:
    found = [ox.Triple(dataset, v(key), number(stats[key]))
             for key in ("triples", "distinctSubjects", "distinctObjects")]  # fmt: skip
    for key, link, names, measure in PARTITIONS:
        for name, count in sorted(stats[key].items()):
            pairs = [(names, iri(name)), (v(measure), number(count))]
            found += _partition(dataset, v(link), pairs)
    return found


def _partition(dataset: ox.NamedNode, link: ox.NamedNode, pairs) -> list[ox.Triple]:
    node, a = ox.BlankNode(), iri(RDF + "type")
    found = [ox.Triple(dataset, link, node), ox.Triple(node, a, v("Dataset"))]
    if link == v("subset"):  # a part that is one named graph says so
        found.append(ox.Triple(node, a, iri(f"{SD}NamedGraph")))
    return found + [ox.Triple(node, p, o) for p, o in pairs]


def _distribution(dataset: ox.NamedNode, entry: dict) -> list[ox.Triple]:
    url, node, d = iri(entry["url"]), ox.BlankNode(), lambda name: iri(f"{DCAT}{name}")
    found = [
        ox.Triple(dataset, v("dataDump"), url),
        ox.Triple(dataset, d("distribution"), node),
        ox.Triple(node, iri(RDF + "type"), d("Distribution")),
        ox.Triple(node, d("downloadURL"), url),
        ox.Triple(node, d("mediaType"), iri(IANA + entry["media_type"])),
        ox.Triple(node, d("compressFormat"), iri(IANA + entry["compression"])),
        ox.Triple(node, iri(DCTERMS + "license"), iri(LICENSE)),
    ]
    if "sha256" in entry:
        found += _checksum(node, entry)
    return found


def _checksum(node: ox.BlankNode, entry: dict) -> list[ox.Triple]:
    checksum = ox.BlankNode()
    return [
        ox.Triple(node, iri(f"{DCAT}byteSize"), number(entry["bytes"], "nonNegativeInteger")),
        ox.Triple(node, iri(SPDX + "checksum"), checksum),
        ox.Triple(checksum, iri(SPDX + "algorithm"), iri(SPDX + "checksumAlgorithm_sha256")),
        ox.Triple(checksum, iri(SPDX + "checksumValue"), ox.Literal(entry["sha256"])),
    ]


def _service(dataset: ox.NamedNode) -> list[ox.Triple]:
    service = iri(f"{site()}sparql")
    return [
        ox.Triple(service, iri(RDF + "type"), iri(f"{DCAT}DataService")),
        ox.Triple(service, iri(f"{DCAT}servesDataset"), dataset),
        ox.Triple(service, iri(f"{DCAT}endpointURL"), service),
    ]
