"""The body a title names by implication, when the text names none after it: "الأمين العام
المساعد" alone is of the one general secretariat the document names; "وكيل الوزارة", "الوكيل
المساعد لشؤون الأمن الجنائي" of the one ministry it names; "النائب العام" of the one public
prosecution it names."""

from typing import Final

from kg.extract.document import Document, Entity
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string

SECRETARIAT_ROLES: Final = ("secretary-general", "assistant-secretary-general")
DEPUTY_ROLES: Final = ("deputy-minister",)
BODIES_OF_TITLES: Final = {
    normalize_string(title): tuple(normalize_string(body) for body in bodies)
    for title, bodies in people_words.BODIES_OF_TITLES.items()
}


def implied_body(doc: Document, role: str, title: str = "") -> Entity | None:
    """The body of `role`, the title's slug, or of `title`, its normalized words."""
    if title in BODIES_OF_TITLES:
        return _only(_named_as(doc, BODIES_OF_TITLES[title]))
    if role in SECRETARIAT_ROLES:
        return _only([e for e in doc.entities("agency") if e.cls == "GeneralSecretariat"])
    if role in DEPUTY_ROLES:
        return _only(_ministries(doc))
    return None


def _named_as(doc: Document, names: tuple[str, ...]) -> list[Entity]:
    """The bodies named in their own right whose name begins with one of `names`."""
    return [
        m.entity
        for m in doc.mentions
        if not m.nested
        and m.entity.kind == "agency"
        and normalize_string(m.entity.label).startswith(names)
    ]


def _ministries(doc: Document) -> list[Entity]:
    """The ministries named in their own right, and those of the ministers' posts."""
    named = [m.entity for m in doc.mentions if not m.nested and m.entity.cls == "Ministry"]
    posts = [p.organization for p in doc.posts if p.role == "minister" and p.organization]
    return [*named, *posts]


def _only(entities: list[Entity]) -> Entity | None:
    distinct = {entity.key: entity for entity in entities}
    return next(iter(distinct.values())) if len(distinct) == 1 else None
