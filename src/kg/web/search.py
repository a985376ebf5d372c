"""`/search?q=`: Arabic and English labels, tolerant of Arabic spelling variants.

Labels and queries are compared in one folded form: the extractor's normalization (diacritics,
tatweel, hamza forms, alef maqsura, ta marbuta) plus lower case and without the article ال.
One hit answers 303 to the resource; several are listed, best first.
"""

import re
import threading

from flask import Blueprint, Response, current_app, jsonify, redirect, render_template, request

from kg.extract.normalize import normalize_string
from kg.web.paths import base, page_url, path_for, site
from kg.web.store import dataset_version, get_store
from kg.web.view import direction

blueprint = Blueprint("search", __name__)
MAX_HITS = 50
PROCLITICS = "وفبكل"
LABELS = """
SELECT DISTINCT ?s ?label WHERE {
  VALUES ?p { <http://www.w3.org/2004/02/skos/core#prefLabel>
              <http://www.w3.org/2004/02/skos/core#altLabel>
              <http://www.w3.org/2000/01/rdf-schema#label> }
  ?s ?p ?label . FILTER(isIRI(?s) && STRSTARTS(STR(?s), "%sid/"))
}
"""
_building = threading.Lock()


def fold(text: str) -> str:
    words = re.findall(r"\w+", normalize_string(text).lower())
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


@blueprint.route("/search")
def search() -> Response:
    query = request.args.get("q", "").strip()
    hits = find(query) if query else []
    exact = [h for h in hits if h["exact"]]
    if len({h["iri"] for h in exact}) == 1 or len({h["iri"] for h in hits}) == 1:
        return redirect(f"{site()}id/{(exact or hits)[0]['path']}", code=303)
    if request.accept_mimetypes.best_match(["text/html", "application/json"]) == "application/json":
        return jsonify({"query": query, "total": len(hits), "hits": hits[:MAX_HITS]})
    return render_template("search.html", query=query, hits=hits[:MAX_HITS], total=len(hits))


def find(query: str) -> list[dict]:
    wanted = fold(query)
    if not wanted:
        return []
    hits: dict[str, dict] = {}
    for key, iri, label in index():
        if _matches(wanted, key):
            exact = key == wanted
            hit = hits.setdefault(iri, _hit(iri, label, exact))
            hit["exact"] = hit["exact"] or exact
    return sorted(hits.values(), key=lambda h: (not h["exact"], len(h["label"]["value"])))


def _matches(wanted: str, key: str) -> bool:
    """Every word of the query begins a word of the label, or begins it after a proclitic
    (لمجلس matches مجلس); proclitics are tried, never stripped, so لبنان stays لبنان."""
    words = key.split()
    return all(any(_begins(w, part) for w in words) for part in wanted.split())


def _begins(word: str, part: str) -> bool:
    if word.startswith(part):
        return True
    return word[:1] in PROCLITICS and len(word) > 3 and fold(word[1:]).startswith(part)


def _hit(iri: str, label, exact: bool) -> dict:
    language = label.language or ""
    path = path_for(iri)
    shown = {"value": label.value, "lang": language, "dir": direction(language)}
    return {"iri": iri, "path": path, "page": page_url(path), "exact": exact, "label": shown}


def index() -> list[tuple]:
    """(folded label, IRI, label) of every resource, rebuilt when the data changes."""
    version, extensions = dataset_version(), current_app.extensions
    cached = extensions.get("kg_search")
    if cached and cached[0] == version:
        return cached[1]
    with _building:
        rows = get_store().query(LABELS % base(), use_default_graph_as_union=True)
        entries = [(fold(r["label"].value), r["s"].value, r["label"]) for r in rows
                   if path_for(r["s"].value)]  # fmt: skip
        extensions["kg_search"] = (version, entries)
    return entries
