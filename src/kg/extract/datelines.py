"""The head of a release: its dateline ("الخرطوم 6-8-2025 (سونا) -"), which dates the release,
not the events it reports, and its headline ("انطلاق ورشة تكوينية حول ..."), which names in short
an event the body then reports in full."""

import re
from typing import Final

from kg.extract.document import DateMention, Document, Mention
from kg.extract.lexicon import events as event_words

DATELINE_MARKS: Final = ("/", "(", "\n", "-", "–")
DATELINE_TAG_REACH: Final = 12  # characters from a dateline's date to the agency's tag
MAX_HEADLINE_WORDS: Final = 30
MAX_DATELINE_WORDS: Final = 6
CITY_REACH: Final = 3  # characters before a dateline's city: the body's opening white space
# A news agency's tag: a slash, a bracket, a dash between words (not "2025-2030")
DATELINE_TAG: Final = re.compile(r"[/(–]|\s-|-\s|[^\d\s]-[^\d\s]")
SENTENCE_ENDS: Final = (".", "!", "؟", "?", ":", "،", ",")
ISSUING_LINE: Final = re.compile(event_words.ISSUING_LINE_PATTERN)


def is_dateline(doc: Document, date: DateMention) -> bool:
    """A date after no more than the city ("الرياض"، "القاهرة في") at the head of the text (or
    of the body, after its headline), and before the news agency's tag or the line's end ("/ وام
    /", "(واس)", "-")."""
    before = doc.text[doc.head_end : date.start].split(maxsplit=3)  # four: more than three
    after = doc.text[date.end : date.end + DATELINE_TAG_REACH]
    return len(before) <= 3 and not date.end_date and any(mark in after for mark in DATELINE_MARKS)


def dateline_place(doc: Document) -> Mention | None:
    """ "المنامة في 25 نوفمبر / بنا /", "الجزائر - انطلقت ...": the city the release opens with."""
    first = next((m for m in doc.mentions if m.start >= doc.head_end), None)
    if first is None or first.entity.kind != "place" or first.start - doc.head_end > CITY_REACH:
        return None
    return first


def find_head(doc: Document) -> Document:
    """Marks where the release's head ends (after the dates: a line with a date is no headline)."""
    doc.head_end = _head_end(doc)
    return doc


def _head_end(doc: Document) -> int:
    """Where the release's head ends: its first lines, each short, with no sentence's final stop,
    no date and no news agency's tag ("بلاغ صحفي", then the headline), before the body; 0 when
    the release opens with its dateline or its body."""
    text, head, start = doc.text, 0, 0
    while (end := text.find("\n", start)) >= 0 and text[end:].strip():
        line = text[start:end].strip()
        if line and not _head_line(doc, line, start, end):
            break
        head, start = (end if line else head), end + 1
    return head


def _head_line(doc: Document, line: str, start: int, end: int) -> bool:
    if ISSUING_LINE.search(line):
        return True  # "صدر عن ... البلاغ التالي:", then the headline
    if len(line.split()) > MAX_HEADLINE_WORDS or line.endswith(SENTENCE_ENDS):
        return False
    if DATELINE_TAG.search(line) and len(line.split()) <= MAX_DATELINE_WORDS:
        return False  # "بغداد / واع", "طرابلس – وال", "دمشق-سانا": a dateline's line
    return not any(start <= d.start < end for d in doc.dates)  # "الرياض 15 جمادى ... واس"
