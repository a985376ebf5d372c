"""The head of a release: its dateline ("الخرطوم 6-8-2025 (سونا) -"), which dates the release,
not the events it reports, and its headline ("انطلاق ورشة تكوينية حول ..."), which names in short
an event the body then reports in full."""

from typing import Final

from kg.extract.document import DateMention, Document

DATELINE_MARKS: Final = ("/", "(", "\n", "-", "–")
DATELINE_TAG_REACH: Final = 12  # characters from a dateline's date to the agency's tag
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 4, 30
SENTENCE_ENDS: Final = (".", "!", "؟", "?", ":", "،", ",")


def is_dateline(doc: Document, date: DateMention) -> bool:
    """A date after no more than the city ("الرياض"، "القاهرة في") at the head of the text (or
    of the body, after its headline), and before the news agency's tag or the line's end ("/ وام
    /", "(واس)", "-")."""
    before = doc.text[headline_end(doc) : date.start].split(maxsplit=3)  # four: more than three
    after = doc.text[date.end : date.end + DATELINE_TAG_REACH]
    return len(before) <= 3 and not date.end_date and any(mark in after for mark in DATELINE_MARKS)


def headline_end(doc: Document) -> int:
    """Where the headline ends: a first line of its own, short, with no sentence's final stop,
    and the body after it; 0 when the release opens with its body."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return 0
    line = text[start:end].strip()
    if not MIN_HEADLINE_WORDS <= len(line.split()) <= MAX_HEADLINE_WORDS:
        return 0  # "بغداد / واع": a dateline's line
    if line.endswith(SENTENCE_ENDS) or any(start <= d.start < end for d in doc.dates):
        return 0  # a sentence, or the dateline ("الرياض 15 جمادى الأولى 1445 هـ ... واس")
    return end
