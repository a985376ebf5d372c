"""Acronyms a text gives in parentheses after a name, and the later mentions that use them.

"منظمة سيادة القانون (رولو) ... وقالت رولو": the acronym names the same body wherever it occurs.
"""

import re
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.normalize import normalize_string
from kg.extract.tokens import clitic_readings, tokenize

PARENTHESIS: Final = re.compile(r"\s*\(\s*(?P<alias>[^()\d]{2,40}?)\s*\)")
MAX_ALIAS_WORDS: Final = 3


def find_aliases(doc: Document) -> Document:
    _known_in_brackets(doc)
    aliases = _parenthesized(doc)
    for words, entity in aliases.items():
        for start, end in _occurrences(doc, words):
            if not _covered(doc, start):
                doc.mentions.append(Mention(entity, start, end))
            else:
                _own_head_before(doc, entity, start, end)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _known_in_brackets(doc: Document) -> None:
    """ "بعثة الاتحاد الأوروبي للمساعدة في إدارة الحدود المتكاملة في ليبيا (EUBAM Libya)": a body
    the text names in full and then by a name in brackets the registry knows is that body."""
    for mention in [m for m in doc.mentions if m.entity.kind == "agency" and not m.entity.iri]:
        match = PARENTHESIS.match(doc.text, mention.end)
        if mention.nested or match is None or _ends_with_a_body(doc, mention):
            continue  # "الجمعية العامة للمنظمة ... (الإنتربول)": the brackets name the last body
        start, end = match.span("alias")
        known = [m.entity for m in doc.mentions if (m.start, m.end) == (start, end)]
        if known and known[0].kind == "agency" and known[0].iri:
            doc.merge(mention.entity, known[0])


def _ends_with_a_body(doc: Document, mention: Mention) -> bool:
    return any(
        m.entity.kind == "agency" and mention.start < m.start < mention.end <= m.end
        for m in doc.mentions
    )


def _parenthesized(doc: Document) -> dict[tuple[str, ...], Entity]:
    """Acronym → the body it follows; one the text gives two bodies is left out."""
    found: dict[tuple[str, ...], Entity | None] = {}
    for mention in doc.mentions:
        if mention.entity.kind != "agency" or mention.nested:
            continue
        match = PARENTHESIS.match(doc.text, mention.end)
        words = tuple(t.text for t in tokenize(match["alias"])) if match else ()
        if 0 < len(words) <= MAX_ALIAS_WORDS:
            known = found.get(words, mention.entity)
            found[words] = mention.entity if known is mention.entity else None
    return {words: entity for words, entity in found.items() if entity is not None}


def _occurrences(doc: Document, words: tuple[str, ...]) -> list[tuple[int, int]]:
    texts = [t.text for t in doc.tokens]
    size = len(words)
    return [
        (doc.tokens[i].start, doc.tokens[i + size - 1].end)
        for i in range(len(texts) - size + 1)
        if tuple(texts[i : i + size]) == words
    ]


def _own_head_before(doc: Document, entity: Entity, start: int, end: int) -> None:
    """ "بعثة أتميس" after "بعثة الاتحاد الإفريقي الانتقالية في الصومال (أتميس)": the body's
    own head word before its acronym still names that body, not a second one."""
    head = set(clitic_readings(normalize_string(entity.label).split()[0]))
    for mention in doc.mentions:
        if mention.end != end or mention.entity is entity or mention.entity.kind != "agency":
            continue
        before = doc.text[mention.start : start].split()
        if len(before) == 1 and head.intersection(clitic_readings(before[0])):
            doc.merge(mention.entity, entity)


def _covered(doc: Document, offset: int) -> bool:
    return any(m.start <= offset < m.end for m in doc.mentions)
