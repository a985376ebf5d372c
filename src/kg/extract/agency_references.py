"""Agencies the text refers to without naming them in full.

A generic kind ("أجهزة الاستخبارات") is kept as a kind of agency, not an entity; a short form
("المديرية", "الأمانة العامة للمجلس") becomes a mention of the one agency the document named in
full that it can stand for, and of none when it could stand for several.
"""

from functools import lru_cache
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as agency_words
from kg.extract.normalize import normalize_string
from kg.extract.phrases import PhraseTable
from kg.extract.tokens import clitic_readings, without_article
from kg.extract.word_shapes import adjective_like, is_nisba

GENERIC_KINDS: Final = PhraseTable(agency_words.GENERIC_KINDS)
SHORT_FORMS: Final = PhraseTable(agency_words.SHORT_FORMS)
# "المكتب الأممي", "المنظمة الأممية": the one UN body of that head the document names.
UN_ADJECTIVES: Final = frozenset(("الاممي", "الامميه"))
UNITED_NATIONS: Final = "الامم المتحده"


def find_generic_kinds(doc: Document) -> Document:
    """Kinds of agencies named generically ("أجهزة الاستخبارات") outside any agency name."""
    for match in GENERIC_KINDS.find_all(doc.tokens):
        if not any(m.start <= match.start < m.end for m in doc.mentions):
            doc.agency_kinds.append((match.value, match.start, match.end))
    return doc


def resolve_short_forms(doc: Document) -> Document:
    """ "المديرية" or "الأمانة العامة للمجلس" → the one agency the document names with that head
    noun ("المديرية العامة لقوات الدرك"), or else the one of that class (but for the catch-all
    class of government bodies); none when ambiguous."""
    for match in SHORT_FORMS.find_all(doc.tokens):
        if any(m.start <= match.start < m.end for m in doc.mentions) or _describes(doc, match):
            continue
        candidates = _named_earlier_in_sentence(doc, match, _same_head(doc, match))
        if len(candidates) != 1 and match.value != "GovernmentBody":
            same_class = [e for e in doc.entities("agency") if e.cls == match.value]
            candidates = _named_earlier_in_sentence(doc, match, same_class)
        if len(candidates) == 1 and not _qualified_otherwise(doc, match, candidates[0]):
            end = doc.tokens[match.last].end if _of_the_un(doc, match) else match.end
            doc.mentions.append(Mention(candidates[0], match.start, end))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _named_earlier_in_sentence(doc: Document, match, candidates: list[Entity]) -> list[Entity]:
    """ "وقّعها عن مكتب الأمم المتحدة لمكافحة الإرهاب ...، مدير شعبة البرامج في المكتب": of
    several bodies with that head, the ones the same sentence named before the short form."""
    if len(candidates) < 2:
        return candidates
    sentence = doc.sentence_at(match.start)
    named = {
        id(m.entity)
        for m in doc.mentions_between(sentence.start, match.start)
        if m.entity.kind == "agency"
    }
    return [e for e in candidates if id(e) in named]


def _describes(doc: Document, match) -> bool:
    """ "المؤسسات الأكاديمية", "الإدارة الأمنية", "الاتجار غير المشروع": an adjective, or a head
    its own adjective qualifies, is a description, not a short form."""
    before = doc.tokens[match.first - 1].text if match.first else ""
    after = doc.tokens[match.last].text if match.last < len(doc.tokens) else ""
    bare = doc.tokens[match.first].text.startswith("ال")  # no proclitic: not a genitive
    joined = not doc.gap(match.first - 1, match.first).strip()
    adjective = bare and joined and (before.startswith("ال") or before == "غير")
    nisba = after.startswith("ال") and is_nisba(after) and after not in UN_ADJECTIVES
    return adjective or nisba


def _of_the_un(doc: Document, match) -> bool:
    following = match.last < len(doc.tokens) and not doc.gap(match.last - 1, match.last).strip()
    return following and doc.tokens[match.last].text in UN_ADJECTIVES


def _qualified_otherwise(doc: Document, match, entity: Entity) -> bool:
    """ "دعم الإدارة المتكاملة للحدود", "بمكتبه في القيادة العامة": an adjective the body's name
    lacks makes the head another thing than that body."""
    if match.last >= len(doc.tokens) or doc.gap(match.last - 1, match.last).strip():
        return False
    after = doc.tokens[match.last].text
    if HONORIFICS.match_at(doc.tokens, match.last):
        return False  # "في المعهد المقدم طوني نصر": a rank, then the name
    if after in UN_ADJECTIVES:
        return UNITED_NATIONS not in normalize_string(entity.label)
    return adjective_like(after) and after not in normalize_string(entity.label).split()


def _same_head(doc: Document, match) -> list[Entity]:
    """The agencies named in full whose first word is the short form's head noun."""
    head = _head_nouns(doc.tokens[match.first].text)
    found = {
        id(m.entity): m.entity
        for m in doc.mentions
        if m.entity.kind == "agency"
        and not m.nested
        and head & _head_nouns(doc.text[m.start : m.end].split()[0])
    }
    return list(found.values())


@lru_cache(maxsize=8192)
def _head_nouns(word: str) -> frozenset[str]:
    """What the noun may be under proclitics and the article: "للمديرية" → "مديريه" (asked of
    every body's first word at every short form: kept per word)."""
    return frozenset(without_article(r) for r in clitic_readings(word))
