"""Programmes as bodies: "برنامج" names a body only where the body that runs it names it too
("برنامج الإيغاد لقطاع الأمن"), or where a post title names it as a unit of a body ("منسقة
برنامج الساحل لدى مكتب الأمم المتحدة ..."); else it is an activity ("برنامج تدريبي")."""

from typing import Final

from kg.extract.document import Document
from kg.extract.head_nouns import HEADS
from kg.extract.lexicon import agencies as words
from kg.extract.normalize import normalized_set
from kg.extract.preceding_phrases import phrase_ends_at
from kg.extract.structure import ROLE_WORDS
from kg.extract.tokens import clitic_readings

BODY_PROGRAMMES: Final = normalized_set(words.BODY_PROGRAMME_HEADS)
UNIT_LINKS: Final = normalized_set(("في", "لدى", "التابع ل", "التابع"))


def programme_without_body(doc: Document, head, last: int) -> bool:
    """ "برنامج تدريبي", "برنامج الزيارة": a programme is a body only when named by the body
    that runs it and more ("برنامج الإيغاد لقطاع الأمن")."""
    if BODY_PROGRAMMES.isdisjoint(clitic_readings(doc.tokens[head.first].text)):
        return False
    if _titled_unit_of_a_body(doc, head.first, last):
        return False  # "منسقة برنامج الساحل لدى مكتب الأمم المتحدة ...": a unit in a post title
    body = doc.mention_starting(head.last) if head.last < len(doc.tokens) else None
    if body is None and HEADS.match_at(doc.tokens, head.last) is not None:
        # "برنامج إدارة أفضل للهجرة": named by what it manages, and its purpose
        return not any(t.text.startswith("ل") for t in doc.tokens[head.last + 1 : last])
    return body is None or body.entity.kind != "agency" or doc.token_index(body.end) >= last


def _titled_unit_of_a_body(doc: Document, first: int, last: int) -> bool:
    """A programme named right after a post title and before the body it belongs to."""
    titled = first > 0 and phrase_ends_at(ROLE_WORDS, doc.tokens, first, within=1)
    if not titled or last + 1 >= len(doc.tokens) or doc.tokens[last].text not in UNIT_LINKS:
        return False
    body = doc.mention_starting(last + 1)
    return body is not None and body.entity.kind == "agency"
