"""The body a title names by implication, when the text names none after it: "الأمين العام
المساعد" alone is of the one general secretariat the document names; "وكيل الوزارة", "الوكيل
المساعد لشؤون الأمن الجنائي" of the one ministry it names."""

from typing import Final

from kg.extract.document import Document, Entity

SECRETARIAT_ROLES: Final = ("secretary-general", "assistant-secretary-general")
DEPUTY_ROLES: Final = ("deputy-minister",)


def implied_body(doc: Document, role: str) -> Entity | None:
    if role in SECRETARIAT_ROLES:
        return _only([e for e in doc.entities("agency") if e.cls == "GeneralSecretariat"])
    if role in DEPUTY_ROLES:
        return _only(_ministries(doc))
    return None


def _ministries(doc: Document) -> list[Entity]:
    """The ministries named in their own right, and those of the ministers' posts."""
    named = [m.entity for m in doc.mentions if not m.nested and m.entity.cls == "Ministry"]
    posts = [p.organization for p in doc.posts if p.role == "minister" and p.organization]
    return [*named, *posts]


def _only(entities: list[Entity]) -> Entity | None:
    distinct = {entity.key: entity for entity in entities}
    return next(iter(distinct.values())) if len(distinct) == 1 else None
