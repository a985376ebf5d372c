"""Projects and programmes named by a quoted title: مشروع "دعم الإدارة المتكاملة للحدود في
العراق", برنامج "إدارة الهجرة بشكل أفضل". The title is the body's name; the word before the
quotes says what kind of body it is, and heads its label ("مشروع دعم الإدارة ...")."""

from typing import Final

from kg.extract.agency_names import strip_reading
from kg.extract.document import Document, Entity, Mention
from kg.extract.lexicon import agencies as words
from kg.extract.normalize import drop_letters, normalize_string, normalized_set
from kg.extract.tokens import clitic_readings

PROJECT_WORDS: Final = normalized_set(words.QUOTED_PROJECT_WORDS)
OPENING_QUOTES: Final = ('"', "«", "“")
CLOSING_QUOTES: Final = {'"': '"', "«": "»", "“": "”"}
MAX_TITLE_WORDS: Final = 16  # longer, the quotes hold a sentence, not a name


def find_quoted_projects(doc: Document) -> Document:
    for first in _after_opening_quotes(doc):  # quotes are few: look there, not at every word
        if first and not PROJECT_WORDS.isdisjoint(clitic_readings(doc.tokens[first - 1].text)):
            title = _quoted_title(doc, first)
            if title is not None:
                _add_project(doc, *title)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _after_opening_quotes(doc: Document) -> list[int]:
    """The tokens that an opening quote mark stands right before."""
    found = []
    for mark in OPENING_QUOTES:
        at = doc.text.find(mark)
        while at >= 0:
            index = doc.token_index(at)
            if index < len(doc.tokens):
                found.append(index)
            at = doc.text.find(mark, at + 1)
    return sorted(set(found))


def _quoted_title(doc: Document, first: int) -> tuple[int, int] | None:
    """The tokens inside the quotes that open right after token `first - 1`, if they close
    within a name's length."""
    opening = doc.gap(first - 1, first).strip()
    if opening not in OPENING_QUOTES:
        return None
    closing = CLOSING_QUOTES[opening]
    for last in range(first, min(len(doc.tokens), first + MAX_TITLE_WORDS)):
        gap = (
            doc.gap(last, last + 1)
            if last + 1 < len(doc.tokens)
            else doc.text[doc.tokens[last].end :]
        )
        if closing in gap:
            return first, last + 1
    return None


def _add_project(doc: Document, first: int, last: int) -> None:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    if any(m.start <= start and end <= m.end and m.entity.kind == "agency" for m in doc.mentions):
        return  # the registry knows it by that name ("يوروميد بوليس")
    name = normalize_string(doc.text[start:end])
    key = f"agency:{strip_reading(name)}"
    raw_start, raw_end = doc.raw_span(start, end)
    label = f"{_kind_word(doc, first - 1)} {doc.raw[raw_start:raw_end]}"  # "مشروع تعزيز ..."
    entity = next((e for e in doc.entities("agency") if e.key == key), None) or Entity(
        key, "agency", label, "FundedProject"
    )
    for inner in doc.mentions:
        if start <= inner.start and inner.end <= end and inner.entity.kind == "agency":
            inner.nested = True  # "الاتحاد الأوروبي" in a project's title names no partner
    doc.mentions.append(Mention(entity, start, end))


def _kind_word(doc: Document, index: int) -> str:
    """The word before the quotes without its proclitic ("لمشروع" → "مشروع"), as written."""
    token = doc.tokens[index]
    stem = next(r for r in clitic_readings(token.text) if r in PROJECT_WORDS)
    return drop_letters(doc.raw_text(token.start, token.end), len(token.text) - len(stem))
