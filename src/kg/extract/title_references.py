"""Titles that name a person the release has named with that post: "وأكد الوزير ..." (the one
minister), "برئاسة مدير المكتب" (the office's director named before)."""

from typing import Final

from kg.extract.document import Document, Mention
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import people as people_words
from kg.extract.phrases import PhraseTable
from kg.extract.posts import ROLES, person_past_titles

TITLE_REFERENCES: Final = PhraseTable(people_words.TITLE_REFERENCES)


def resolve_title_references(doc: Document) -> Document:
    """ "وأكد الوزير ...": the one person holding that post in the document, if only one does."""
    for match in TITLE_REFERENCES.find_all(doc.tokens):
        if _named_after(doc, match) or any(m.start <= match.start < m.end for m in doc.mentions):
            continue
        holders = {id(p.holder): p.holder for p in doc.posts if p.role == match.value}
        if len(holders) == 1:
            doc.mentions.append(Mention(next(iter(holders.values())), match.start, match.end))
    for match in ROLES.find_all(doc.tokens):
        _title_of_known_holder(doc, match) or _minister_named_before(doc, match)
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _title_of_known_holder(doc: Document, match) -> bool:
    """ "برئاسة مدير المكتب": a title and its body, with no name, that one person named before
    holds in the document."""
    if match.last >= len(doc.tokens) or doc.gap(match.last - 1, match.last).strip():
        return False
    body = doc.mention_starting(match.last)
    if body is None or body.entity.kind != "agency" or _in_post(doc, match.start):
        return False
    if any(m.entity.kind == "person" for m in doc.mentions.covering(match.start)):
        return False
    posts = [p for p in doc.posts if p.role == match.value and p.organization is body.entity]
    holders = {id(p.holder): p.holder for p in posts if p.start < match.start}
    if len(holders) == 1 and not _named_after_body(doc, body):
        doc.mentions.append(Mention(next(iter(holders.values())), match.start, body.end))
        return True
    return False


def _minister_named_before(doc: Document, match) -> bool:
    """ "وبحضور معالي وزير الداخلية، وقع ...": the one minister named before with that
    portfolio, written the same way, when no name follows."""
    if match.value not in people_words.MINISTRY_ROLES or match.last >= len(doc.tokens):
        return False
    portfolio = doc.tokens[match.last]
    title = doc.text[match.start : portfolio.end]
    if _in_post(doc, match.start) or doc.mentions.covering(match.start):
        return False
    if person_past_titles(doc, match.last + 1) is not None:
        return False
    posts = [p for p in doc.posts if p.start < match.start and title in doc.text[p.start : p.end]]
    holders = {id(p.holder): p.holder for p in posts if p.role == match.value}
    if len(holders) != 1:
        return False
    doc.mentions.append(Mention(next(iter(holders.values())), match.start, portfolio.end))
    return True


def _in_post(doc: Document, start: int) -> bool:
    return any(p.start <= start < p.end for p in doc.posts)


def _named_after_body(doc: Document, body: Mention) -> bool:
    """A name right after the title's body: the post of someone named there."""
    after = doc.token_index(body.end)
    return after < len(doc.tokens) and any(
        m.entity.kind == "person" and m.start == doc.tokens[after].start for m in doc.mentions
    )


def _named_after(doc: Document, match) -> bool:
    """ "الوزير خالد ..." or "الأمين العام للمجلس": the title is followed by whom or what."""
    if match.last >= len(doc.tokens) or doc.gap(match.last - 1, match.last).strip():
        return False
    following = doc.tokens[match.last]
    starts = any(m.start == following.start for m in doc.mentions)
    return (
        starts
        or HONORIFICS.match_at(doc.tokens, match.last) is not None
        or following.text.startswith("ل")
    )
