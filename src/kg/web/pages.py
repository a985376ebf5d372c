"""Pages for people: `/page/<kind>/<slug>` shows a resource with its labels in both languages,
its links by label, a timeline of events for agencies and people, and the evidence of each
fact quoted from its sentence; a document's page shows its full text with every extracted span
highlighted."""

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from kg.web import describe, error_pages, evidence, graphs, highlight, linkheaders, schema_org
from kg.web.errors import BadRequest, NotFound
from kg.web.formats import GRAPH_FORMATS
from kg.web.freshness import fresh
from kg.web.paths import base, data_url, iri_for, page_url, path_for
from kg.web.resources import requested_page
from kg.web.view import Labels, direction

blueprint = Blueprint("pages", __name__)
error_pages.register(blueprint)
TIMELINE_KINDS = ("agency", "person")
HIDDEN = {"text"}  # long values shown in their own section, not in the table


def kg(name: str) -> str:
    return f"{base()}ontology#{name}"


@blueprint.route("/page/<path:rest>")
def page(rest: str) -> Response:
    iri = iri_for(rest)
    number = requested_page()
    found = describe.describe(ox.NamedNode(iri), number, base()) if iri else None
    if found is None or number > found.pages:
        raise NotFound(f"nothing is known about <{iri or rest}>" + _page_note(number))
    html = render_template("resource.html", **_context(found, rest))
    response = Response(html, content_type="text/html; charset=utf-8")
    links = linkheaders.resource_links(rest, iri)
    response.headers["Link"] = linkheaders.header(links)
    return fresh(response, "html", str(number), request.args.get("span", ""))


def _page_note(number: int) -> str:
    return f" on page {number}" if number > 1 else ""


def _context(found: describe.Description, path: str) -> dict:
    node, iri = found.subject, found.subject.value
    facts, fact_count = evidence.facts(iri, found.page)
    labels = Labels(found.statements + found.labels + describe.labels_of(_fact_nodes(facts)))
    return {
        "iri": iri, "path": path, "kind": path.split("/", 1)[0],
        "own_labels": _own_labels(found), "title": _title(labels, found),
        "outgoing": _grouped(found, found.outgoing, labels, "object"),
        "incoming": _grouped(found, found.incoming, labels, "subject"),
        "description": found, "labels": labels, "facts": facts, "fact_count": fact_count,
        "fact_pages": max(1, -(-fact_count // evidence.EVIDENCE_PAGE)),
        "timeline": _timeline(iri, path), "document": _document(found, path),
        "location": _location(found), "graph": _graph_contents(iri, path),
        "alternates": [(f.media_type, data_url(path, f)) for f in GRAPH_FORMATS],
        "canonical": page_url(path), "page_url": page_url(path),
        "json_ld": schema_org.json_ld(node, found.statements, page_url(path)),
        "path_for": path_for, "page_of": page_url, "fact_node": ox.NamedNode,
        "page_size": describe.PAGE_SIZE,
    }  # fmt: skip


def _graph_contents(iri: str, path: str) -> dict | None:
    """A named graph's page says what it holds and where the Graph Store serves it whole."""
    node = ox.NamedNode(iri)
    if not path.startswith("graph/") or not graphs.holds(node):
        return None
    return {"triples": graphs.size(node), "href": graphs.contents_url(node)}


def _fact_nodes(facts: list[evidence.Fact]) -> set[ox.NamedNode]:
    nodes = {ox.NamedNode(f.subject) for f in facts} | {ox.NamedNode(f.predicate) for f in facts}
    return nodes | {f.object for f in facts if isinstance(f.object, ox.NamedNode)}


def _own_labels(found: describe.Description) -> list[dict]:
    return [
        {"value": t.object.value, "lang": t.object.language or "",
         "dir": direction(t.object.language or "")}
        for t in found.outgoing if t.predicate in describe.LABELS
    ]  # fmt: skip


def _title(labels: Labels, found: describe.Description) -> str:
    names = {t.object.language: t.object.value for t in found.outgoing
             if t.predicate in describe.LABELS}  # fmt: skip
    return names.get("en") or names.get("ar") or found.subject.value.rsplit("/", 1)[-1]


def _grouped(found, statements, labels: Labels, side: str) -> list[dict]:
    """Statements grouped by predicate; stated ones first, inferred ones marked."""
    groups: dict[str, dict] = {}
    for t in statements:
        if t.predicate in describe.LABELS or t.predicate.value in map(kg, HIDDEN):
            continue
        group = groups.setdefault(t.predicate.value, {"predicate": labels.term(t.predicate),
                                                      "values": [], "inferred": True})  # fmt: skip
        inferred = t in found.inferred
        group["values"].append(labels.term(getattr(t, side)) | {"inferred": inferred})
        group["inferred"] = group["inferred"] and inferred
    return sorted(groups.values(), key=lambda g: (g["inferred"], g["predicate"]["short"]))


def _timeline(iri: str, path: str) -> list[dict]:
    if path.split("/", 1)[0] not in TIMELINE_KINDS:
        return []
    entries = evidence.timeline(iri)
    labels = Labels(describe.labels_of({ox.NamedNode(e["event"]) for e in entries}))
    return [
        e | {"term": labels.term(ox.NamedNode(e["event"])),
             "role_names": [r.rsplit("#", 1)[-1] for r in e["roles"]]}
        for e in entries
    ]  # fmt: skip


def _document(found: describe.Description, path: str) -> dict | None:
    text = next((t.object.value for t in found.outgoing if t.predicate.value == kg("text")), None)
    if text is None:
        return None
    spans = evidence.spans(found.subject.value)
    pieces = highlight.pieces(text, spans, _focus())
    return {"pieces": pieces, "span_count": len(spans)}


def _focus() -> tuple[int, int] | None:
    """The span named by ?span=START-END, which the page marks apart from the others."""
    raw = request.args.get("span")
    if not raw:
        return None
    start, dash, end = raw.partition("-")
    if not (dash and start.isdigit() and end.isdigit()):
        raise BadRequest(f"span must be START-END character offsets, not {raw!r}")
    return int(start), int(end)


def _location(found: describe.Description) -> dict | None:
    """Where a span or sentence sits in its document, for a link to it in context."""
    values = {t.predicate.value: t.object for t in found.outgoing}
    document, start, end = (values.get(kg(n)) for n in ("inDocument", "start", "end"))
    if not (document and start and end) or path_for(document.value) is None:
        return None
    return {"href": f"{page_url(path_for(document.value))}?span={start.value}-{end.value}"
                    f"#{highlight.anchor(int(start.value), int(end.value))}"}  # fmt: skip
