"""Refuse queries and updates that would make the server fetch from the network.

pyoxigraph (like rdflib) fetches any URL a `SERVICE` clause or a `LOAD` names, including
addresses on the server's own network. A small lexer finds those targets (and `FROM`/`USING`
graphs outside this dataset) without being fooled by strings, comments or IRIs that merely
contain the words; each target must start with an allowed prefix.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

TOKEN = re.compile(
    r"""(?P<comment>\#[^\n]*)
      | (?P<string>'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\s]*>)
      | (?P<pname>[A-Za-z][\w.-]*:[\w.:%-]*|:[\w.:%-]*)
      | (?P<var>[?$]\w+)
      | (?P<word>[A-Za-z]+)
      | (?P<other>\S)""",
    re.VERBOSE | re.DOTALL,
)
REACHING = {"SERVICE", "LOAD", "FROM", "USING"}
REACHING_WORD = re.compile(r"service|load|from|using", re.IGNORECASE)
SKIPPED = {"SILENT", "NAMED"}


class OutboundRefused(ValueError):
    """The query names a target outside the allowed prefixes."""


@dataclass(frozen=True)
class Guard:
    local_prefixes: tuple[str, ...]  # this dataset's own IRIs: FROM <graph> is no fetch
    allowed: tuple[str, ...] = ()  # configured remote prefixes that may be reached
    graphs: Callable[[], frozenset[str]] = frozenset  # the store's named graphs, asked lazily

    def check(self, text: str, prefixes: dict[str, str]) -> None:
        if not REACHING_WORD.search(text):
            return  # no keyword that could reach anywhere: nothing to lex
        for keyword, target in reaching_targets(text, prefixes):
            if not self.permits(keyword, target):
                raise OutboundRefused(
                    f"{keyword} <{target}> is refused: this endpoint makes no outbound requests "
                    "except to the configured allow-list"
                )

    def permits(self, keyword: str, target: str | None) -> bool:
        if target is None:  # SERVICE ?variable: could be anything
            return False
        if target.startswith(self.allowed) and self.allowed:
            return True
        if keyword not in ("FROM", "USING"):
            return False
        return target.startswith(self.local_prefixes) or target in self.graphs()


def reaching_targets(text: str, prefixes: dict[str, str]) -> list[tuple[str, str | None]]:
    """(keyword, IRI) for every SERVICE, LOAD, FROM and USING; None for a variable."""
    tokens = [(m.lastgroup, m.group()) for m in TOKEN.finditer(text) if m.lastgroup != "comment"]
    declared = dict(prefixes) | _declared_prefixes(tokens)
    found = []
    for index, (kind, value) in enumerate(tokens):
        if kind == "word" and value.upper() in REACHING:
            found.append((value.upper(), _target(tokens, index + 1, declared)))
    return [(k, t) for k, t in found if t != ""]


def _declared_prefixes(tokens) -> dict[str, str]:
    declared = {}
    for index, (kind, value) in enumerate(tokens[:-2]):
        if kind == "word" and value.upper() == "PREFIX" and tokens[index + 2][0] == "iri":
            declared[tokens[index + 1][1].rstrip(":")] = tokens[index + 2][1][1:-1]
    return declared


def _target(tokens, index: int, prefixes: dict[str, str]) -> str | None:
    """The IRI after a keyword; "" when the keyword is used otherwise (e.g. FROM in a string)."""
    while (
        index < len(tokens) and tokens[index][0] == "word" and tokens[index][1].upper() in SKIPPED
    ):
        index += 1
    if index >= len(tokens):
        return ""
    kind, value = tokens[index]
    if kind == "iri":
        return value[1:-1]
    if kind == "pname":
        prefix, _, local = value.partition(":")
        return prefixes.get(prefix, "urn:unknown-prefix:") + local
    return None if kind == "var" else ""
