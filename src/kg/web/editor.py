"""Pages for people: the query editor at / and readable results for browsers.

The editor is YASGUI when `make setup` could install it from npm (into .web/, never
committed), and a small built-in editor otherwise.
"""

import json

from flask import Blueprint, Response, render_template, request, send_from_directory, url_for

from kg import resources
from kg.web.errors import NotFound

blueprint = Blueprint("editor", __name__)
YASGUI_BUILD = resources.PROJECT_ROOT / ".web" / "node_modules" / "@zazuko" / "yasgui" / "build"
HTML_RIVALS = ["application/sparql-results+json", "text/turtle", "application/json"]


def wants_html() -> bool:
    """A browser: text/html preferred to every data format, and no format= override."""
    if "format" in request.values:
        return False
    best = request.accept_mimetypes.best_match(["text/html", *HTML_RIVALS])
    return best == "text/html"


@blueprint.route("/")
def editor() -> str:
    return render_page(request.args.get("query", ""))


def render_page(query: str) -> str:
    return render_template(
        "editor.html",
        endpoint=url_for("sparql.sparql", _external=True),
        examples=examples(),
        query=query,
        yasgui=(YASGUI_BUILD / "yasgui.min.js").exists(),
    )


@blueprint.route("/yasgui/<path:filename>")
def yasgui_file(filename: str) -> Response:
    if not YASGUI_BUILD.exists():
        raise NotFound("YASGUI is not installed; run make setup with npm available")
    return send_from_directory(YASGUI_BUILD, filename)


def examples() -> list[dict]:
    found = []
    for path in sorted(resources.QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        question = next((ln[4:].strip() for ln in text.splitlines() if ln.startswith("# Q:")), "")
        found.append({"name": path.stem, "question": question, "query": text})
    return found


def results_page(query: str, answer) -> Response:
    """The answer (run as SPARQL JSON or Turtle) as an HTML table or text."""
    links = {fmt: url_for("sparql.sparql", query=query, format=fmt) for fmt in ("csv", "json")}
    editor_link = url_for("editor.editor", query=query)
    if answer.kind == "triples":
        page = render_template("results.html", variables=["triples"], boolean=None,
                               rows=[[{"value": answer.payload.decode()}]], editor=editor_link,
                               truncated=None, **links)  # fmt: skip
        return Response(page, content_type="text/html; charset=utf-8")
    data = json.loads(answer.payload)
    variables = data.get("head", {}).get("vars", [])
    rows = [
        [_cell(b.get(v)) for v in variables] for b in data.get("results", {}).get("bindings", [])
    ]
    page = render_template("results.html", variables=variables, rows=rows,
                           boolean=data.get("boolean"), editor=editor_link,
                           truncated=answer.truncated_at, **links)  # fmt: skip
    return Response(page, content_type="text/html; charset=utf-8")


def _cell(term: dict | None) -> dict:
    if term is None:
        return {"value": ""}
    return {"value": term["value"], "lang": term.get("xml:lang"), "iri": term["type"] == "uri"}
