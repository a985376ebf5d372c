"""Institutions named after a person or given an epithet after their city: "جامعة العلوم
والتكنولوجيا هواري بومدين", "المركز الدولي للمؤتمرات عبد اللطيف رحال", "جامعة تونس المنار".

Arabic names have no capitals, so a personal name after an institution's name is told by its
shape: two or three words without the article, none of them a function word, title, verb,
feminine or relative noun, closed by punctuation, the end of the text or the place the
institution stands in ("... عبد اللطيف رحال بالجزائر العاصمة").
"""

from typing import Final

from kg.extract.document import Document
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.structure import ROLE_WORDS
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import NAME_ADJECTIVES, is_nisba, looks_like_verb

EPONYM_HEADS: Final = normalized_set(words.EPONYM_HEADS)
EPITHET_HEADS: Final = normalized_set(words.EPITHET_HEADS)
NAME_STOPS: Final = normalized_set(people_words.NAME_STOPS)
NAME_LINKS: Final = normalized_set(people_words.NAME_LINKS)
ALA_OBJECTS: Final = normalized_set(people_words.ALA_OBJECTS)
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 3


def eponym_end(doc: Document, first: int, last: int) -> int:
    """Where the name that runs from `first` to `last` ends once its eponym or epithet is read."""
    head = _head_word(doc, first)
    if head not in EPONYM_HEADS or last >= len(doc.tokens) or doc.gap(last - 1, last).strip():
        return last
    if head in EPITHET_HEADS and _epithet_after_city(doc, last):
        return last + 1
    return _personal_name_end(doc, last) or last


def _head_word(doc: Document, first: int) -> str:
    readings = clitic_readings(doc.tokens[first].text)
    return next((r for r in readings if r in EPONYM_HEADS), readings[0])


def _epithet_after_city(doc: Document, index: int) -> bool:
    """ "جامعة تونس المنار": after the city, one definite word that is no adjective of a name,
    closing the phrase."""
    before = doc.tokens[index - 1].start
    city = any(m.entity.kind == "place" and m.end == doc.tokens[index - 1].end
               and m.start <= before for m in doc.mentions)  # fmt: skip
    word = doc.tokens[index].text
    if not city or not word.startswith("ال") or word in NAME_STOPS:
        return False
    if is_nisba(word) or word in NAME_ADJECTIVES:
        return False  # "جامعة الكويت الدولية" ends at its adjective anyway
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    return _closes(doc, index + 1) or following.startswith("و")  # "... المنار وشركة ..."


def _personal_name_end(doc: Document, index: int) -> int | None:
    end = index
    while end < len(doc.tokens) and end - index < MAX_NAME_WORDS:
        if end > index and doc.gap(end - 1, end).strip():
            break
        linked = end > index and doc.tokens[end - 1].text in NAME_LINKS  # "عبد اللطيف"
        if not linked and not _name_word(doc, end):
            break
        end += 1
    if end - index < MIN_NAME_WORDS or doc.tokens[end - 1].text in NAME_LINKS:
        return None
    return end if _closes(doc, end) else None


def _name_word(doc: Document, index: int) -> bool:
    word = doc.tokens[index].text
    if word in NAME_LINKS:
        return True
    if word.startswith(("ال", "و")) or word.isdigit() or word in NAME_STOPS:
        return False
    if word.endswith("ه") or looks_like_verb(word):
        return False  # "ورشة", "عربية", "تنظم": a feminine noun or adjective, or a verb
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    if word == "علي" and following in ALA_OBJECTS:
        return False  # "كلية الشرطة على مدى يومين": the preposition, not the name Ali
    start = doc.tokens[index].start
    if any(m.start <= start < m.end for m in doc.mentions):
        return False
    return not (HONORIFICS.match_at(doc.tokens, index) or ROLE_WORDS.match_at(doc.tokens, index))


def _closes(doc: Document, index: int) -> bool:
    """Punctuation, the end of the text, or the place the institution stands in."""
    if index >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return True
    start = doc.tokens[index].start
    place = any(m.start == start and m.entity.kind == "place" for m in doc.mentions)
    return place and doc.tokens[index].text.startswith("ب")
