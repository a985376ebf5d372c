"""An ambassador's embassy, named elsewhere in the release: "سفيرة الولايات المتحدة لدى لبنان"
and "السفارة الأميركية في بيروت", for a post whose title names the state it speaks for only."""

from typing import Final

from kg.extract.document import Document, Entity, Post
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.word_shapes import state_code

EMBASSY_HEADS: Final = tuple(normalized_set(("سفارة", "السفارة")))
AMBASSADOR: Final = "ambassador"
PLACE_LINKS: Final = normalized_set(("لدى", "في"))


def link_embassies(doc: Document) -> Document:
    embassies = {
        id(m.entity): m
        for m in doc.mentions
        if m.entity.kind == "agency" and normalize_string(m.entity.label).startswith(EMBASSY_HEADS)
    }
    _merge_short_names(doc, embassies)
    for post in doc.posts:
        if post.role == AMBASSADOR and post.organization is None and embassies:
            post.organization = _embassy_of(doc, post, list(embassies.values()))
    return doc


def _merge_short_names(doc: Document, embassies: dict) -> None:
    """ "السفارة البريطانية" and "سفارة المملكة المتحدة لدى مملكة البحرين": an embassy named by
    its state alone is the one the release names in full with where it is, if only one."""
    by_state: dict[str, dict[int, Entity]] = {}
    for mention in embassies.values():
        if state := _first_state(doc, mention.start, mention.end):
            by_state.setdefault(state, {})[id(mention.entity)] = mention.entity
    for entities in by_state.values():
        full = [e for e in entities.values() if _placed(e)]
        if len(full) != 1:
            continue
        for entity in entities.values():
            if entity is not full[0] and not entity.iri and not _placed(entity):
                doc.merge(entity, full[0])


def _placed(entity: Entity) -> bool:
    """Named with where it is: "... لدى اليمن", "... في بيروت"."""
    return not PLACE_LINKS.isdisjoint(normalize_string(entity.label).split()[1:])


def _embassy_of(doc: Document, post: Post, embassies: list) -> Entity | None:
    """The one embassy of the state the title names first (the state the ambassador is of)."""
    state = _first_state(doc, post.start, post.end)
    same = {id(m.entity): m.entity for m in embassies if _first_state(doc, m.start, m.end) == state}
    return next(iter(same.values())) if state and len(same) == 1 else None


def _first_state(doc: Document, start: int, end: int) -> str:
    for index in range(doc.token_index(start), doc.token_index(end)):
        token = doc.tokens[index]
        for mention in doc.mentions.covering(token.start):
            if mention.entity.cls == "Country" and mention.entity.iri:
                return mention.entity.iri.rsplit("/", 1)[-1]
        if code := state_code(token.text):
            return code
    return ""
