"""The dateline at the head of a release ("الخرطوم 6-8-2025 (سونا) -"): it dates the release, not
the events the release reports."""

from typing import Final

from kg.extract.document import DateMention, Document

DATELINE_MARKS: Final = ("/", "(", "\n", "-", "–")
DATELINE_TAG_REACH: Final = 12  # characters from a dateline's date to the agency's tag


def is_dateline(doc: Document, date: DateMention) -> bool:
    """A date after no more than the city ("الرياض"، "القاهرة في") at the head of the text, and
    before the news agency's tag or the line's end ("/ وام /", "(واس)", "-")."""
    before = doc.text[: date.start].split(maxsplit=3)  # four pieces: more than three words
    after = doc.text[date.end : date.end + DATELINE_TAG_REACH]
    return len(before) <= 3 and not date.end_date and any(mark in after for mark in DATELINE_MARKS)
