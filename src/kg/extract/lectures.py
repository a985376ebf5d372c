"""A lecture a body organized as an event of its own: "نظمت كلية ... يوم الثلاثاء محاضرة علمية
عن بعد"، "نظم قسم التوعية أمس بالتعاون مع جامعة قطر محاضرة توعوية". A lecture given inside a
course or a workshop ("قدم الخبير محاضرة حول ...") is what a speaker did there, not an event."""

from typing import Final

from kg.extract.document import Document
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set

LECTURES: Final = normalized_set(words.LECTURES)
ORGANIZING_VERBS: Final = normalized_set(words.ORGANIZING_VERBS)
LECTURE_REACH: Final = 24  # tokens from the verb to the lecture: its subject, unit, day, partner


def organized_lectures(doc: Document) -> list[tuple[str, int, int]]:
    found = []
    for index, token in enumerate(doc.tokens):
        if token.text in LECTURES and _organized(doc, index):
            found.append((words.LECTURE_KIND, token.start, token.end))
    return found


def _organized(doc: Document, index: int) -> bool:
    """An organizing verb opens the lecture's clause, in its sentence, a few words before it."""
    sentence_start = doc.sentence_at(doc.tokens[index].start).start
    for back in range(index - 1, max(-1, index - LECTURE_REACH), -1):
        token = doc.tokens[back]
        if token.start < sentence_start:
            return False
        if token.text.removeprefix("و") in ORGANIZING_VERBS:
            return True
    return False
