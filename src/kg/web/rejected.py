"""A write the shapes reject: 422 in the project's one error body, with the report.

A client that accepts Turtle or JSON-LD (and not plain JSON first) gets the
sh:ValidationReport itself; JSON gets the error body with a summary of each result; anything
else the error as text, the report rendered under it.
"""

from flask import Response, jsonify, request

from kg.validation.report import Report, render_text, to_graph
from kg.web.errors import UnprocessableEntity, body, respond

OFFERED = ["application/json", "text/plain", "text/turtle", "application/ld+json"]
RDF_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld"}


class RejectedWrite(UnprocessableEntity):
    def __init__(self, what: str, report: Report):
        super().__init__(f"{what} violates the shapes\n{render_text(report)}")
        self.what, self.report = what, report


def respond_rejected(error: RejectedWrite) -> Response:
    chosen = request.accept_mimetypes.best_match(OFFERED) or "text/plain"
    if chosen in RDF_FORMATS:
        payload = to_graph(error.report).serialize(format=RDF_FORMATS[chosen])
        response = Response(payload, content_type=f"{chosen}; charset=utf-8")
    elif chosen == "application/json":
        response = jsonify(_json_body(error))
    else:
        return respond(error.status, error.title, error.message)
    response.status_code = error.status
    response.headers["Vary"] = "Accept"
    return response


def _json_body(error: RejectedWrite) -> dict:
    data = body(error.status, error.title, f"{error.what} violates the shapes")
    data["error"]["results"] = [summary(r) for r in error.report.results]
    return data


def summary(result) -> dict:
    return {
        "focusNode": result.focus,
        "shape": result.shape,
        "path": result.path,
        "severity": result.level,
        "message": result.message("en"),
        "message_ar": result.message("ar"),
    }
