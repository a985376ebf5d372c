"""Titles at a body's name: a title in construct inside it ("جامعة الملك سعود"), and a title
that ends it by starting a person's post or name ("الأمن العام وسفير المملكة المتحدة")."""

from typing import Final

from kg.extract.document import Document
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.structure import ROLE_WORDS, TITLES

BODY_TITLES: Final = normalized_set(people_words.BODIES_OF_TITLES)  # "مكتب النائب العام"
NAME_TITLES: Final = normalized_set(words.NAME_TITLES)
TITLE_NAME_WORDS: Final = 4  # "الإمام عبد الرحمن بن فيصل"
NAME_LINKS: Final = normalized_set(("بن", "بنت", "عبد", "ابو", "ال"))


def title_of_another(doc: Document, index: int) -> bool:
    """A title starts a person's post, not more of the name ("الأمن العام وسفير المملكة
    المتحدة"); but one that names a body by itself is its office's name ("مكتب النائب العام")."""
    titles = TITLES if doc.tokens[index].text.startswith("و") else ROLE_WORDS
    role = titles.match_at(doc.tokens, index)
    return role is not None and doc.text[role.start : role.end] not in BODY_TITLES


def titles_person(doc: Document, index: int) -> bool:
    """ "جمعية تضامن المحامية إنعام العشا": a title right before a person's name."""
    title = HONORIFICS.match_at(doc.tokens, index)
    if title is None or title.last >= len(doc.tokens):
        return False
    start = doc.tokens[title.last].start
    return any(m.start == start and m.entity.kind == "person" for m in doc.mentions)


def personal_name_end(doc: Document, index: int) -> int:
    """ "سعود", "عبد الرحمن بن فيصل": one name, and more only through links (بن، عبد ...)."""
    start = index
    while index < len(doc.tokens) and index - start < TITLE_NAME_WORDS:
        word, previous = doc.tokens[index].text, doc.tokens[index - 1].text
        if doc.gap(index - 1, index).strip():
            break
        if index > start and previous not in NAME_LINKS and word not in NAME_LINKS:
            break
        index += 1
    return index
