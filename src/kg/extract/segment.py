"""Split normalized text into sentences, Arabic press-release style.

Boundaries: line breaks, and . ? ! when followed by space and not part of an abbreviation
(د. for doctor, single letters) or a number (3.5).
"""

import re
from itertools import pairwise
from typing import Final

from kg.extract.document import Document, Sentence
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set

# A boundary is a run of line breaks, or the white space after . ? ! (line breaks included).
# Each alternative begins with its own character, so the regex engine skips ahead to the next
# line break or mark instead of trying a match at every character; a match that begins with a
# mark leaves the mark to the sentence before it.
BOUNDARY: Final = re.compile(r"\n\n*|\.[^\S\n]\s*|\?[^\S\n]\s*|![^\S\n]\s*")
ABBREVIATION: Final = re.compile(r"(?:^|[\s.])(?:\w|د|م|هـ|ا\.د)\.$")  # "د.", "م.د.", "أ.د."
CLAUSE_OPENER: Final = re.compile(
    r" (?:" + "|".join(sorted(normalized_set(words.RUN_ON_CLAUSE_OPENERS))) + r")(?= )"
)
# Longer than any match of the pattern, and than any piece its "^" could match at the start
# of (so searching the last characters finds what searching the whole piece finds).
ABBREVIATION_REACH: Final = 6


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in BOUNDARY.finditer(text):
        space = match.start() + (text[match.start()] != "\n")  # after the mark, if any
        if "\n" not in text[space : match.end()] and _abbreviated(text[start:space]):
            continue
        spans.append((start, space))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _run_on_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A long sentence with no comma, as local news sites run them on, split before each
    clause a verb after و opens ("... وناقش الاجتماع ... وعقب الاجتماع استقبل المحافظ ...")."""
    piece = text[start:end]
    if "," in piece or piece.count(" ") < words.RUN_ON_WORDS:
        return [(start, end)]
    cuts = [start + m.start() + 1 for m in CLAUSE_OPENER.finditer(piece)]
    bounds = [start, *cuts, end]
    return [_trim(text, s, e) for s, e in pairwise(bounds) if e > s]


def _abbreviated(piece: str) -> bool:
    """The piece ends with an abbreviation's dot. An abbreviation and the character before it
    take at most ABBREVIATION_REACH characters: only the piece's end is searched."""
    return ABBREVIATION.search(piece[-ABBREVIATION_REACH:]) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(doc: Document) -> Document:
    spans = split_sentences(doc.text) or [(0, len(doc.text))]
    spans = [clause for s, e in spans for clause in _run_on_clauses(doc.text, s, e)]
    doc.sentences = [Sentence(i, s, e) for i, (s, e) in enumerate(spans)]
    return doc


def inside_quotation(before: str) -> bool:
    """Whether the text that ends at a point has left a quotation open there ("...، قائلا إن
    "العراق اليوم ..." or «...»)."""
    return before.count('"') % 2 == 1 or before.rfind("«") > before.rfind("»")
