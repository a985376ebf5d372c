"""Titles that name their body by a pronoun: "ووقع عن الجامعة رئيسها الأستاذ ...", "وعن أفريبول
مديرها التنفيذي السيد ...": the body is the one named right before the title."""

from typing import Final

from kg.extract.document import Document, Mention, Post
from kg.extract.phrases import PhraseTable
from kg.extract.posts import ROLES, by_organization, person_past_titles

POSSESSIVE: Final = "ها"  # "its", of a body named by a feminine noun (جامعة، منظمة، آلية ...)


def _possessed_forms(table: PhraseTable) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The titles by their first word without the article, as it stands before a possessive
    ("المدير التنفيذي" → "مدير": ("التنفيذي",)); longest first, as the table keeps them."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for first, entries in table.by_first.items():
        for words, role in entries:
            found.setdefault(first.removeprefix("ال"), []).append((words[1:], role))
    for forms in found.values():
        forms.sort(key=lambda form: -len(form[0]))
    return found


TITLES: Final = _possessed_forms(ROLES)


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
        person = person_past_titles(doc, last)
        if person is not None and not any(p.holder is person.entity for p in doc.posts):
            role = by_organization(doc, role, body.entity, last)
            doc.posts.append(Post(person.entity, role, body.entity, token.start, person.end))
    return doc


def _title(doc: Document, index: int, first: str) -> tuple[str, int] | None:
    """The title's role and the index past its words ("مديرها العام" → director-general)."""
    for rest, role in TITLES[first]:
        following = tuple(t.text for t in doc.tokens[index + 1 : index + 1 + len(rest)])
        if following == rest:
            return role, index + 1 + len(rest)
    return None


def _body_before(doc: Document, index: int) -> Mention | None:
    """The body named right before the title, with nothing between."""
    if index == 0 or doc.gap(index - 1, index).strip():
        return None
    end = doc.tokens[index - 1].end
    bodies = [m for m in doc.mentions if m.end == end and m.entity.kind == "agency"]
    return min(bodies, key=lambda m: m.start) if bodies else None
