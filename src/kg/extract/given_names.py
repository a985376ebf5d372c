"""People named by a foreign given name and a family name, with no title or honorific to lead to
them ("قدم خبير الإنتربول في مكافحة المخدرات الاصطناعية جان فرانسوا لوكلير عرضا"): the given
name, any given names after it, the family name's particles, then one word for the family name."""

from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import agencies as agency_words
from kg.extract.lexicon import people as people_words
from kg.extract.lexicon.given_names import FOREIGN_GIVEN_NAMES, SURNAME_PARTICLES
from kg.extract.normalize import normalized_set
from kg.extract.person_mentions import add_person
from kg.extract.person_names import has_article
from kg.extract.phrases import PhraseTable
from kg.extract.structure import ROLE_WORDS, TITLES
from kg.extract.word_shapes import is_definite

GIVEN: Final = normalized_set(FOREIGN_GIVEN_NAMES)
PARTICLES: Final = normalized_set(SURNAME_PARTICLES)
FUNCTION_WORDS: Final = normalized_set(people_words.NAME_STOPS) | normalized_set(
    ("على", "إلى", "إن", "أو", "ثم", "قد", "لدى", "عند", "بعد", "قبل", "بين", "منذ", "حول",
     "وفي", "ومن", "عبر", "أما", "لكن", "إذ")
)  # fmt: skip
# Heads of institutions named after a person ("مؤسسة هانس زايدل"): the name is the body's.
EPONYMOUS: Final = normalized_set((*agency_words.EPONYM_HEADS, "مؤسسة", "لمؤسسة", "بمؤسسة"))
AFTER_A_NAME: Final = PhraseTable(
    dict.fromkeys((*people_words.AFTER_A_SUBJECTS_NAME, *people_words.AFTER_A_GUESTS_NAME), True),
    clitics=False,
)
MAX_GIVEN_NAMES: Final = 3


def find_people_by_given_names(doc: Document) -> Document:
    index = 0
    while index < len(doc.tokens):
        found = _name_from(doc, index)
        if found is None:
            index += 1
            continue
        end, skip = found
        add_person(doc, [], index, end, skip=skip)
        index = end
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _name_from(doc: Document, first: int) -> tuple[int, int] | None:
    """Where the name that starts at token `first` ends, and the letters of a و before it."""
    word = doc.tokens[first].text
    skip = 0 if word in GIVEN else int(word.startswith("و") and word[1:] in GIVEN)
    if (word not in GIVEN and not skip) or doc.mentions.covering(doc.tokens[first].start):
        return None
    if first > 0 and _joined(doc, first) and doc.tokens[first - 1].text in GIVEN | EPONYMOUS:
        return None  # a second given name, of a name read from its first; a body's eponym
    last = first + 1
    while last < len(doc.tokens) and last - first < MAX_GIVEN_NAMES and _given_at(doc, last):
        last += 1
    while last < len(doc.tokens) and _joined(doc, last) and doc.tokens[last].text in PARTICLES:
        last += 1
    if last >= len(doc.tokens) or not _joined(doc, last) or not _family_name(doc, last):
        return None
    return _second_family_name(doc, last + 1), skip


def _second_family_name(doc: Document, index: int) -> int:
    """ "خافيير مورينو غارسيا،": a second family name, where the name then ends at a comma or a
    full stop; else the name ends after the first. A family name with its particle goes on
    ("ماريا كارلا دي لوكا": كارلا no given name the lexicon knows)."""
    particle = (
        index < len(doc.tokens) and _joined(doc, index) and doc.tokens[index].text in PARTICLES
    )
    if particle and index + 1 < len(doc.tokens) and _joined(doc, index + 1):
        return index + 2 if _family_name(doc, index + 1) else index
    if index + 1 >= len(doc.tokens) or not _joined(doc, index) or not _family_name(doc, index):
        return index
    return index + 1 if doc.gap(index, index + 1).strip()[:1] in (",", ".") else index


def _given_at(doc: Document, index: int) -> bool:
    return _joined(doc, index) and doc.tokens[index].text in GIVEN


def _joined(doc: Document, index: int) -> bool:
    """Nothing but space between token `index` and the one before."""
    return not doc.gap(index - 1, index).strip()


def _family_name(doc: Document, index: int) -> bool:
    word = doc.tokens[index].text
    if len(word) < 2 or not word.isalpha() or word in FUNCTION_WORDS:
        return False
    if is_definite(word) and (has_article(doc, index) or not word.startswith("ال")):
        return False  # but "ألميدا": the article has no hamza
    if doc.mention_starting(index) is not None or doc.mentions.covering(doc.tokens[index].start):
        return False
    tables = (AFTER_A_NAME, TITLES, ROLE_WORDS)
    return not any(table.match_at(doc.tokens, index) for table in tables)
