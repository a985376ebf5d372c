"""The side a person speaks for, named with them: "وقعها عن الجانب المغربي السيد ...", "برئاسة
... X عن الجانب الأردني، و... Y عن الجانب العراقي"."""

from typing import Final

from kg.extract.document import Document
from kg.extract.normalize import normalized_set

SIDE_WORDS: Final = normalized_set(("جانب", "الجانب"))
ON_SIDE: Final = normalized_set(("عن", "وعن"))
# a post title between a cue or a side and the name: "وزير الداخلية الفريق أول ركن"
MAX_TITLE_WORDS: Final = 18


def side_body(doc: Document, index: int, limit: int) -> int | None:
    """ "وقعها عن الجانب المغربي السيد ...", "وعن الانتربول مديرة المكتب السيدة ...": the body
    after "عن" is the side a person then named speaks for; where it ends, or None."""
    if doc.tokens[index].text not in ON_SIDE or index + 1 >= len(doc.tokens):
        return None
    body = doc.mention_starting(index + 1)
    end = doc.token_index(body.end) if body else after_side(doc, index + 2)
    if body is None and doc.tokens[index + 1].text not in SIDE_WORDS:
        return None
    for position in range(end, min(len(doc.tokens), end + MAX_TITLE_WORDS)):
        if doc.tokens[position].start >= limit or doc.gap(position - 1, position).strip():
            return None
        mention = doc.mention_starting(position)
        if mention is not None and mention.entity.kind == "person":
            return end
    return None


def past_side_spoken_for(doc: Document, index: int) -> int:
    """ "برئاسة ... X عن الجانب الأردني، و... Y عن الجانب العراقي": past the side a person
    speaks for, to the next of the list."""
    if index + 1 >= len(doc.tokens) or doc.tokens[index].text != "عن":
        return index
    if doc.gap(index - 1, index).strip() or doc.tokens[index + 1].text not in SIDE_WORDS:
        return index
    return after_side(doc, index + 2)


def after_side(doc: Document, index: int) -> int:
    """Past the body or adjective that names a side ("جانب الجامعة", "الجانب البحريني")."""
    if index >= len(doc.tokens):
        return index
    mention = doc.mention_starting(index)
    return doc.token_index(mention.end) if mention else index + 1
