"""Terms as pages show them: literals with their language and writing direction, IRIs as
links labelled in English and Arabic."""

import pyoxigraph as ox

from kg.web.describe import LABELS
from kg.web.paths import local_link

RTL_LANGUAGES = ("ar", "fa", "ur", "he")


def direction(language: str) -> str:
    if not language:
        return "auto"
    return "rtl" if language.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


class Labels:
    """English and Arabic labels of the resources a page mentions."""

    def __init__(self, statements):
        self.by_node: dict[str, dict[str, str]] = {}
        for t in statements:
            if t.predicate in LABELS and isinstance(t.object, ox.Literal):
                self.by_node.setdefault(t.subject.value, {}).setdefault(
                    t.object.language or "", t.object.value
                )

    def of(self, iri: str) -> dict[str, str]:
        return self.by_node.get(iri, {})

    def term(self, node) -> dict:
        if isinstance(node, ox.Literal):
            return literal(node)
        if isinstance(node, ox.BlankNode):
            return {"kind": "blank", "value": f"_:{node.value}"}
        names = self.of(node.value)
        return {"kind": "iri", "iri": node.value, "href": local_link(node.value),
                "en": names.get("en") or names.get(""), "ar": names.get("ar"),
                "short": short_name(node.value)}  # fmt: skip


def literal(node: ox.Literal) -> dict:
    language = node.language or ""
    datatype = "" if language else node.datatype.value.rsplit("#", 1)[-1]
    if datatype == "string":
        datatype = ""
    return {"kind": "literal", "value": node.value, "lang": language,
            "dir": direction(language), "datatype": datatype}  # fmt: skip


def short_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
