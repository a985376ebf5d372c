"""The schema.org JSON-LD a page embeds, taken from the statements themselves: the ontology
aligns its terms with schema.org and the build materializes those, so an event already says
schema:startDate, schema:organizer and schema:location."""

import json

import pyoxigraph as ox

from kg.terms import RDF
from kg.web.describe import LABELS

SCHEMA = "https://schema.org/"
TYPE = RDF + "type"


def json_ld(node: ox.NamedNode, statements, page: str) -> str:
    """Safe inside a <script> element: no `</` can close it early."""
    data: dict = {"@context": SCHEMA, "@id": node.value, "url": page}
    own = [t for t in statements if t.subject == node]
    types = [t.object.value[len(SCHEMA) :] for t in own
             if t.predicate.value == TYPE and t.object.value.startswith(SCHEMA)]  # fmt: skip
    data["@type"] = sorted(types) or "Thing"
    for t in own:
        if t.predicate.value.startswith(SCHEMA):
            data.setdefault(t.predicate.value[len(SCHEMA) :], []).append(_value(t.object))
    if "name" not in data:
        data["name"] = [_value(t.object) for t in own if t.predicate in LABELS]
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _value(term) -> object:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        return term.value
    return {"@id": term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"}
