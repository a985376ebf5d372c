"""`kg validate`: the whole graph against the shapes; exit 0 conforms, 1 violations, 2 error."""

import json

from rdflib.namespace import SH

from kg.settings import Config
from kg.store.oxstore import open_read_only
from kg.validation.report import Report, render_text, to_graph
from kg.validation.whole import validate_store

FORMATS = ("text", "turtle", "json-ld")


def run(config: Config, fmt: str) -> tuple[str, Report]:
    report = validate_store(open_read_only(config.store_path), config.base)
    return render(report, fmt), report


def render(report: Report, fmt: str) -> str:
    if fmt == "text":
        return render_text(report)
    graph = to_graph(report)
    if fmt == "turtle":
        return graph.serialize(format="turtle")
    data = json.loads(graph.serialize(format="json-ld", context={"sh": str(SH)}))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
