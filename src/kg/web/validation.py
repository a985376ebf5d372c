"""Data quality on the web: /validate (the report, or a report for posted data), /quality (a
page to act on), and the shapes themselves dereferenceable at <base>shapes/...
"""

import threading

from flask import Blueprint, Response, current_app, render_template
from rdflib import Graph, URIRef

from kg.validation.gate import validate_write
from kg.validation.report import Report, to_graph
from kg.validation.shapes import shapes_graph
from kg.validation.whole import validate_store
from kg.web.errors import NotFound
from kg.web.formats import Format
from kg.web.graph_store import parse_body
from kg.web.negotiation import negotiate
from kg.web.rejected import RejectedWrite, respond_rejected
from kg.web.store import dataset_version, get_store

blueprint = Blueprint("validation", __name__)
_validating = threading.Lock()
HTML = Format("html", "text/html", None)
RDF_OFFERED = [
    Format("turtle", "text/turtle", "turtle"),
    Format("jsonld", "application/ld+json", "json-ld"),
]


def _base() -> str:
    return current_app.config["KG"].base


@blueprint.app_errorhandler(RejectedWrite)
def _rejected(error: RejectedWrite) -> Response:
    return respond_rejected(error)


def whole_graph_report() -> Report:
    """The whole graph's report, computed once per dataset version (X-Dataset-Version): a
    write or a rebuild moves the version on, and the next request validates again."""
    version = dataset_version()
    with _validating:  # concurrent first requests wait for one run instead of each running it
        cached = current_app.extensions.get("kg_validation")
        if cached is None or cached[0] != version:
            cached = (version, validate_store(get_store(), _base()))
            current_app.extensions["kg_validation"] = cached
    return cached[1]


@blueprint.route("/validate", methods=["GET"])
def current_report() -> Response:
    return _report_response(whole_graph_report())


@blueprint.route("/validate", methods=["POST"])
def posted_report() -> Response:
    """The report for the posted RDF against the shapes, with the store as context; nothing
    is stored."""
    triples = parse_body()
    return _report_response(validate_write(get_store(), triples, _base()))


@blueprint.route("/quality")
def quality() -> str:
    report = whole_graph_report()
    return render_template("quality.html", report=report, base=_base(), page=page_url,
                           by=_grouped)  # fmt: skip


@blueprint.route("/shapes")
@blueprint.route("/shapes/<name>")
def shapes(name: str | None = None) -> Response:
    graph = shapes_graph(_base())
    subject = URIRef(f"{_base()}shapes" + (f"/{name}" if name else ""))
    described = _describe(graph, subject) if name else graph
    if not len(described):
        raise NotFound(f"no shape <{subject}>")
    chosen = negotiate([*RDF_OFFERED, HTML])
    if chosen is HTML:
        text = described.serialize(format="turtle")
        return Response(render_template("shape.html", subject=subject, turtle=text))
    return _rdf(described, chosen)


def _describe(graph: Graph, subject) -> Graph:
    """The shape's statements and, recursively, those of the blank nodes it uses."""
    described, pending, seen = Graph(), [subject], set()
    for prefix, namespace in graph.namespaces():
        described.bind(prefix, namespace)
    while pending:
        node = pending.pop()
        seen.add(node)
        for p, o in graph.predicate_objects(node):
            described.add((node, p, o))
            if not isinstance(o, URIRef) and o not in seen and (o, None, None) in graph:
                pending.append(o)
    return described


def _report_response(report: Report) -> Response:
    chosen = negotiate([*RDF_OFFERED, HTML])
    if chosen is HTML:
        return Response(render_template("quality.html", report=report, base=_base(),
                                        page=page_url, by=_grouped))  # fmt: skip
    return _rdf(to_graph(report), chosen)


def _rdf(graph: Graph, chosen: Format) -> Response:
    payload = graph.serialize(format=chosen.oxigraph)
    response = Response(payload, content_type=f"{chosen.media_type}; charset=utf-8")
    response.headers["Vary"] = "Accept"
    return response


def page_url(iri: str | None) -> str | None:
    """Nodes minted as <base>id/<kind>/<slug> have their page at <base>page/<kind>/<slug>."""
    base = _base()
    if not iri or not iri.startswith(f"{base}id/"):
        return None
    return f"{base}page/{iri[len(base) + 3 :]}"


def _grouped(results, attribute: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for result in results:
        key = getattr(result, attribute) or "—"
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
