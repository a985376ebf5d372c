"""Headings of a release's items: a digest's or a roundup's short lines that head a paragraph
("• وكيل الوزارة يستقبل سفير إندونيسيا", then "استقبل وكيل وزارة الداخلية ... يوم الأحد ...").
An event word in such a heading names the event its paragraph reports, as a release's headline
does the release's: it is no event of its own.
"""

import re
from typing import Final

from kg.extract.document import Document

MAX_HEADING_WORDS: Final = 14
MIN_ITEM_WORDS: Final = 14  # words of the paragraph an item's heading opens, at the least
ITEM_MARK: Final = re.compile(r"\s*(?:[•■●▪◆►*]|\d{1,2}\s*[-.)])")
PARAGRAPH_ENDS: Final = (".", "!", "?", "؟")  # how a paragraph of sentences ends
SENTENCE_ENDS: Final = (*PARAGRAPH_ENDS, ":", "،", ",", "؛", ";")  # no heading ends so

Trigger = tuple[str, int, int]  # kind, start, end (normalized offsets)


def without_item_headings(doc: Document, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers, less those in an item's heading whose paragraph names an event of the same
    kind."""
    return [t for t in triggers if not _heading_repeated(doc, t, triggers)]


def heading_sentences(doc: Document) -> list[int]:
    """The sentences that open an item with its heading, after a blank line ("• (١٩٤٢٢) مخالفاً
    في أسبوع"): what an event before reports does not run on into them."""
    found = []
    for sentence in doc.sentences:
        start = sentence.start
        if start < doc.head_end or doc.text[max(0, start - 2) : start] != "\n\n":
            continue
        line = _line_around(doc.text, start)
        if _marked_item(doc.text[line[0] : line[1]]):
            found.append(sentence.index)  # "• استقبل والي الأمن ...": an item that reports
            continue
        if not _marked_heading(doc.text[line[0] : line[1]]):
            continue
        paragraph = _next_paragraph(doc.text, line[1])
        if paragraph is not None and _reports(doc.text[paragraph[0] : paragraph[1]]):
            found.append(sentence.index)
    return found


def _marked_item(line: str) -> bool:
    """A list's item that is a report of its own: its mark, then a paragraph of sentences."""
    return ITEM_MARK.match(line) is not None and _reports(line)


def _marked_heading(line: str) -> bool:
    """A heading with an item's mark ("•", "■", "1-"): a subheading of one release's story
    ("افتتاح برئاسة وزير الداخلية") has none, and its event runs on under it."""
    return _heading(line) and ITEM_MARK.match(line) is not None


def _reports(paragraph: str) -> bool:
    """A paragraph of sentences, not another heading or a list's next item."""
    return paragraph.rstrip().endswith(PARAGRAPH_ENDS) and len(paragraph.split()) > MIN_ITEM_WORDS


def _heading_repeated(doc: Document, trigger: Trigger, triggers: list[Trigger]) -> bool:
    kind, start, _ = trigger
    line = _line_around(doc.text, start)
    if line[0] < doc.head_end or not _heading(doc.text[line[0] : line[1]]):
        return False
    paragraph = _next_paragraph(doc.text, line[1])
    if paragraph is None:
        return False
    return any(k == kind and paragraph[0] <= s < paragraph[1] for k, s, _ in triggers)


def _line_around(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return (start, len(text) if end < 0 else end)  # the text's last line ends with it


def _heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_HEADING_WORDS and not line.rstrip().endswith(SENTENCE_ENDS)


def _next_paragraph(text: str, offset: int) -> tuple[int, int] | None:
    """The next line with words after `offset`, as (start, end)."""
    while offset < len(text):
        end = text.find("\n", offset + 1)
        end = len(text) if end < 0 else end
        if text[offset:end].strip():
            return (offset, end)
        offset = end
    return None
