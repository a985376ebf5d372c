"""Serialize SELECT results from rows in hand, so that a result can be cut at max_rows.

Formats: SPARQL 1.1 Query Results JSON, XML, CSV and TSV.
"""

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def serialize(variables: list[str], rows: list[list], fmt: str) -> bytes:
    return WRITERS[fmt](variables, rows).encode("utf-8")


def _json(variables, rows) -> str:
    bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}
                for row in rows]  # fmt: skip
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)  # fmt: skip


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        found["datatype"] = term.datatype.value
    return found


def _xml(variables, rows) -> str:
    head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    body = "".join(
        "<result>" + "".join(_xml_binding(v, t) for v, t in zip(variables, row, strict=True)
                             if t is not None) + "</result>"
        for row in rows
    )  # fmt: skip
    return ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{body}</results></sparql>")  # fmt: skip


def _xml_binding(variable: str, term) -> str:
    if isinstance(term, ox.NamedNode):
        inner = f"<uri>{escape(term.value)}</uri>"
    elif isinstance(term, ox.BlankNode):
        inner = f"<bnode>{escape(term.value)}</bnode>"
    elif term.language:
        inner = f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    else:
        inner = f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<binding name={quoteattr(variable)}>{inner}</binding>"


def _csv(variables, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([["" if t is None else t.value for t in row] for row in rows])
    return out.getvalue()


def _tsv(variables, rows) -> str:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"


WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
