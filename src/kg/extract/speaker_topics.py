"""Where a speaker's topic ends in a list of speakers: "تحدث فيها المقدم X من أكاديمية شرطة دبي
عن تجربة مراكز الشرطة الذكية، والدكتور Y من الجامعة عن معايير حوكمة البيانات"."""

from typing import Final

from kg.extract.document import Document
from kg.extract.honorifics import HONORIFICS
from kg.extract.normalize import normalized_set

TOPIC_WORDS: Final = normalized_set(("عن", "حول", "بشأن"))
MAX_TOPIC_WORDS: Final = 20


def past_topic(doc: Document, index: int) -> int:
    """From just after a speaker's name: past the body the speaker comes from, and past the
    topic to the comma before the next speaker's title when another speaker follows."""
    index = _past_body(doc, index)
    if index >= len(doc.tokens) or doc.tokens[index].text not in TOPIC_WORDS:
        return index
    for k in range(index + 1, min(len(doc.tokens), index + MAX_TOPIC_WORDS)):
        gap = doc.gap(k - 1, k).strip()
        if gap == "," and HONORIFICS.match_at(doc.tokens, k) is not None:
            return k if doc.tokens[k].text.startswith("و") else index
        if gap:
            return index
    return index


def _past_body(doc: Document, index: int) -> int:
    """Past "من أكاديمية شرطة دبي" after a speaker's name, or "، من الإدارة العامة ... بوزارة
    الداخلية المصرية،": the bodies it names, set off by commas or not."""
    if index + 1 >= len(doc.tokens) or doc.tokens[index].text != "من":
        return index
    if doc.gap(index - 1, index).strip() not in ("", ","):
        return index
    end = index + 1
    while end < len(doc.tokens) and (body := doc.mention_starting(end)) is not None:
        if body.entity.kind != "agency":
            break
        end = doc.token_index(body.end)
    if end == index + 1:
        return index
    if end < len(doc.tokens) and doc.gap(end - 1, end).strip() == ",":
        return end if doc.tokens[end].text in TOPIC_WORDS else index
    return end
