"""Split normalized text into sentences, Arabic press-release style.

Boundaries: line breaks, and . ? ! when followed by space and not part of an abbreviation
(د. for doctor, single letters) or a number (3.5).
"""

import re

from kg.extract.document import Document, Sentence

BOUNDARY = re.compile(r"\n+|(?<=[.?!])\s+")
ABBREVIATION = re.compile(r"(?:^|[\s.])(?:\w|د|م|هـ|ا\.د)\.$")  # "د.", "م.د.", "أ.د."


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in BOUNDARY.finditer(text):
        piece = text[start : match.start()]
        if match.group().strip() == "" and "\n" not in match.group() and ABBREVIATION.search(piece):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(doc: Document) -> Document:
    spans = split_sentences(doc.text) or [(0, len(doc.text))]
    doc.sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(spans)]
    return doc
