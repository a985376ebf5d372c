"""Titles that name their body by a pronoun: "ووقع عن الجامعة رئيسها الأستاذ ...", "وعن أفريبول
مديرها التنفيذي السيد ...": the body is the one named right before the title."""

from typing import Final

from kg.extract.document import Document, Mention, Post
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string
from kg.extract.posts import by_organization

POSSESSIVE: Final = "ها"  # "its", of a body named by a feminine noun (جامعة، منظمة، آلية ...)


def _by_first_word(roles: dict[str, str]) -> dict[str, list[tuple[list[str], str]]]:
    """ "المدير التنفيذي" → "مدير": ["التنفيذي"]: a possessed title has no article."""
    found: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, role in roles.items():
        first, *rest = normalize_string(phrase).split()
        found.setdefault(first.removeprefix("ال"), []).append((rest, role))
    for entries in found.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return found


TITLES: Final = _by_first_word(people_words.ROLES)


def find_possessed_titles(doc: Document) -> Document:
    for index, token in enumerate(doc.tokens):
        word = token.text
        if not word.endswith(POSSESSIVE) or word[: -len(POSSESSIVE)] not in TITLES:
            continue
        found = _title(doc, index, word[: -len(POSSESSIVE)])
        body = _body_before(doc, index)
        if found is None or body is None:
            continue
        role, last = found
        person = _person_at(doc, last)
        if person is not None and not any(p.holder is person.entity for p in doc.posts):
            role = by_organization(doc, role, body.entity, last)
            doc.posts.append(Post(person.entity, role, body.entity, token.start, person.end))
    return doc


def _title(doc: Document, index: int, first: str) -> tuple[str, int] | None:
    """The title's role and the index past its words ("مديرها العام" → director-general)."""
    for rest, role in TITLES[first]:
        following = [t.text for t in doc.tokens[index + 1 : index + 1 + len(rest)]]
        if following == rest:
            return role, index + 1 + len(rest)
    return None


def _body_before(doc: Document, index: int) -> Mention | None:
    """The body named right before the title, with nothing between."""
    if index == 0 or doc.gap(index - 1, index).strip():
        return None
    end = doc.tokens[index - 1].end
    bodies = [m for m in doc.mentions if m.end == end and m.entity.kind == "agency"]
    return min(bodies, key=_start) if bodies else None


def _start(mention: Mention) -> int:
    return mention.start


def _person_at(doc: Document, index: int) -> Mention | None:
    """The person named at token `index`, past titles of address."""
    while index < len(doc.tokens) and (title := HONORIFICS.match_at(doc.tokens, index)):
        index = title.last
    if index >= len(doc.tokens):
        return None
    start = doc.tokens[index].start
    return next((m for m in doc.mentions if m.start == start and m.entity.kind == "person"), None)
