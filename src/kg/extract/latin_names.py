"""People whose name the text also writes in Latin letters, in brackets right after it: "كوفي
أسانتي مينساه (Kofi Asante Mensah)". A transliteration of two words or more, capitalized and not
an acronym, says the Arabic words before it are a person's name."""

import re
from typing import Final

from kg.extract.document import Document
from kg.extract.person_mentions import add_person
from kg.extract.person_names import name_start

LATIN_NAME_WORD: Final = re.compile(r"[A-Z][a-zà-ÿ'’-]+|de|da|del|der|van|von|al|bin|el|la|le")
OPENING: Final = re.compile(r"\(\s*[A-Z]")
MIN_LATIN_WORDS, MAX_LATIN_WORDS = 2, 5
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 5


def find_people_by_latin_names(doc: Document) -> Document:
    for opening in OPENING.finditer(doc.text):  # only where a bracket opens on a capital
        index = doc.token_index(opening.end() - 1)
        if 0 < index < len(doc.tokens) and _latin_name(doc, index):
            first = name_start(doc, index - 1)
            if first is not None and MIN_NAME_WORDS <= index - first <= MAX_NAME_WORDS:
                add_person(doc, [], first, index)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _latin_name(doc: Document, index: int) -> int:
    """How many capitalized Latin words, closed by a bracket, start at token `index` (0: none)."""
    last = index
    while last < len(doc.tokens) and last - index < MAX_LATIN_WORDS:
        if not LATIN_NAME_WORD.fullmatch(
            doc.raw_text(doc.tokens[last].start, doc.tokens[last].end)
        ):
            break
        last += 1
        if last < len(doc.tokens) and ")" in doc.gap(last - 1, last):
            return last - index if last - index >= MIN_LATIN_WORDS else 0
    return 0
