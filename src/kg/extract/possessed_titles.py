"""Titles that name their body by a pronoun: "ووقع عن الجامعة رئيسها الأستاذ ...", "وعن أفريبول
مديرها التنفيذي السيد ...": the body is the one named right before the title."""

from typing import Final

from kg.extract.document import Document, Mention, Post
from kg.extract.phrases import PhraseTable
from kg.extract.posts import ROLES, by_organization, person_past_titles

# "its", of a body named by a feminine noun (جامعة، منظمة، آلية ...) or a masculine one (جهاز،
# مكتب، مركز ...): "وقعها عن الجهاز رئيسه العميد ..."
MASCULINE: Final = "ه"
POSSESSIVES: Final = ("ها", MASCULINE)


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
        title = _possessed(doc, token)
        if title is None:
            continue
        found = _title(doc, index, title)
        body = _body_before(doc, index)
        if found is None or body is None:
            continue
        role, last = found
        person = person_past_titles(doc, last)
        if person is None:
            continue
        known = [p for p in doc.posts if p.holder is person.entity]
        if all(_misread(p, token.start) for p in known):
            role = by_organization(doc, role, body.entity, last)
            doc.posts = [p for p in doc.posts if p not in known]
            doc.posts.append(Post(person.entity, role, body.entity, token.start, person.end))
    return doc


def _misread(post: Post, start: int) -> bool:
    """A post read from this same title as a woman's, of no body ("رئيسه" as "رئيسة")."""
    return post.start == start and post.organization is None


def _possessed(doc: Document, token) -> str | None:
    """The title a word names with a possessive: "مديرها", or "رئيسه" as written with ه (not
    "رئيسة", a woman's title, which the normalized text spells alike)."""
    word = token.text
    for suffix in POSSESSIVES:
        title = word.removesuffix(suffix)
        if title != word and title in TITLES:
            if suffix == MASCULINE and not doc.raw_text(token.start, token.end).endswith("ه"):
                return None
            return title
    return None


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
