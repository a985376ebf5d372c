"""How the bodies a document names relate: units of other bodies, and the document's state.

"إدارة مكافحة المخدرات بوزارة الداخلية" makes the first a unit of the second; the state a
document is about lets a generic name ("وزارة الداخلية") mean one ministry.
"""

from itertools import pairwise
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.head_nouns import preposition_attached
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.tokens import clitic_readings

HEADS: Final = PhraseTable(words.HEADS)
ROLE_WORDS: Final = PhraseTable(people_words.ROLES, clitics=False)
TITLES: Final = PhraseTable(people_words.ROLES)  # with proclitics: "ومدير", "وآمر"
UNIT_HEADS: Final = normalized_set(words.UNIT_HEADS)
UNIT_LINKS: Final = normalized_set(words.UNIT_LINKS)
CITY_LINKS: Final = normalized_set(words.CITY_LINKS)
LOCAL_OFFICE_HEADS: Final = normalized_set(words.LOCAL_OFFICE_HEADS)
GENITIVE_UNIT_HEADS: Final = normalized_set(words.GENITIVE_UNIT_HEADS)
OWN_MISSIONS: Final = frozenset(words.OWN_MISSIONS)
COMMANDS: Final = normalized_set(words.FORCE_COMMANDS)
FORCES: Final = normalized_set(words.FORCES)


def unit_by_name(doc: Document, entity: Entity, first: int, inner, start: int, end: int) -> None:
    """ "مكتب المنظمة الدولية للهجرة", "الأمانة العامة لمجلس ...": an office or secretariat of the
    agency its name ends with; "إدارة الإنتربول" is a department for the body it names, not of
    it."""
    head = HEADS.match_at(doc.tokens, first)
    if head is None or not _head_in(doc.text[head.start : head.end], GENITIVE_UNIT_HEADS):
        return
    local = _head_in(doc.text[head.start : head.end], LOCAL_OFFICE_HEADS)
    parents = [m for m in inner if m.entity.kind == "agency" and _ends_name(doc, m, end, local)]
    if parents:
        doc.fact(entity, "unitOf", parents[0].entity, start, end)


def local_office_of(doc: Document, first: int, inner, end: int) -> Entity | None:
    """The body whose office in a city or state a name is ("مكتب المنظمة الدولية للهجرة
    بجيبوتي", "بعثة اللجنة الدولية للصليب الأحمر في العراق"), where that office is no body of
    its own."""
    head = HEADS.match_at(doc.tokens, first)
    if head is None or not _head_in(doc.text[head.start : head.end], LOCAL_OFFICE_HEADS):
        return None
    if head.last >= len(doc.tokens) or doc.tokens[head.last].start >= end:
        return None
    for mention in inner:
        if mention.start == doc.tokens[head.last].start and mention.entity.kind == "agency":
            placed = mention.end < end and _ends_name(doc, mention, end, local=True)
            own = mention.entity.key.rsplit("/", 1)[-1] in OWN_MISSIONS
            return mention.entity if placed and not own else None
    return None


def office_of_unlisted(doc: Document, first: int, end: int) -> tuple[int, int, str] | None:
    """ "مكتب الوكالة الإيطالية للتعاون الإنمائي في بيروت", "مكتب برنامج الأمم المتحدة للبيئة
    بنيروبي": the span and class of a body the registry does not list whose office in a city or
    state a name is; None when the name is no such office."""
    head = HEADS.match_at(doc.tokens, first)
    if head is None or not _head_in(doc.text[head.start : head.end], LOCAL_OFFICE_HEADS):
        return None
    body = head.last
    body_head = HEADS.match_at(doc.tokens, body) if body < len(doc.tokens) else None
    if body_head is None:
        return None
    places = [m for m in doc.mentions if m.entity.kind == "place" and m.end == end]
    link = doc.token_index(places[0].start) if places else body
    if link <= body + 1 or doc.tokens[link].start >= end:
        return None
    if doc.tokens[link - 1].text in CITY_LINKS and link - 1 > body + 1:
        link -= 1  # "في بيروت"
    elif not doc.tokens[link].text.startswith("ب"):
        return None  # "بنيروبي": the place with ب attached
    return doc.tokens[body].start, doc.tokens[link - 1].end, body_head.value


def command_of(doc: Document, first: int, inner, end: int) -> Entity | None:
    """The body whose (general) command a name is ("القيادة العامة لشرطة دبي", "القيادة العامة
    لقوات الأمن العام", "قيادة خفر السواحل"): the command is the body itself."""
    head = HEADS.match_at(doc.tokens, first)
    if head is None or not _head_in(doc.text[head.start : head.end], COMMANDS):
        return None
    body = head.last
    if body < len(doc.tokens) and doc.tokens[body].text in FORCES:
        body += 1  # "لقوات الأمن العام": the forces of the body named next
    if body >= len(doc.tokens):
        return None
    start = doc.tokens[body].start
    found = (m.entity for m in inner if m.start == start and m.end == end)
    return next((e for e in found if e.kind == "agency"), None)


def _ends_name(doc: Document, mention: Mention, end: int, local: bool) -> bool:
    """The body ends the name, or, for a local office, only its city or state follows ("مكتب
    منظمة الهجرة الدولية في بورتسودان")."""
    if mention.end == end or not local:
        return mention.end == end
    rest = doc.text[mention.end : end].split()
    linked = len(rest) >= 2 and rest[0] in CITY_LINKS
    return (
        (linked or (len(rest) == 1 and rest[0].startswith("ب")))  # "في بورتسودان", "بتونس"
        and any(m.entity.kind == "place" and mention.end < m.start and m.end == end
                for m in doc.mentions)
    )  # fmt: skip


def _head_in(head: str, heads: frozenset[str]) -> bool:
    first, _, rest = head.partition(" ")
    return any(f"{reading} {rest}".strip() in heads for reading in clitic_readings(first))


def document_country(doc: Document) -> str:
    """The country most named (directly, or by its cities and agencies), if one leads clearly."""
    ranked = sorted(countries_named(doc).items(), key=lambda item: -item[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


def countries_named(doc: Document) -> dict[str, int]:
    """How often each country is named, directly or by its cities and agencies."""
    counts: dict[str, int] = {}
    for mention in doc.mentions:
        entity = mention.entity
        country = entity.key if entity.cls == "Country" else entity.country
        if country:
            counts[country] = counts.get(country, 0) + 1
    return counts


def link_units(doc: Document) -> Document:
    """ "إدارة البرامج الأكاديمية في الأكاديمية الملكية للشرطة", "... بالأمانة العامة": the first
    body is a unit of the second."""
    agencies = [m for m in doc.mentions if m.entity.kind == "agency" and not m.nested]
    for unit, parent in pairwise(agencies):
        if (
            linked_as_unit(doc, unit, parent)
            and _is_unit(doc, unit)
            and unit.entity is not parent.entity
        ):
            doc.fact(unit.entity, "unitOf", parent.entity, unit.start, parent.end)
    _units_in_titles(doc, agencies)
    return doc


def _units_in_titles(doc: Document, agencies: list[Mention]) -> None:
    """ "مدير إدارة الوقاية بالمديرية العامة لمكافحة المخدرات", "رئيس قسم التحليل الرقمي": a unit
    named in a person's post title is a body of its own, and so is the parent its name holds
    ("مدير مكتب منظمة الهجرة الدولية": the organization is named too)."""
    parents = {(f.subject.key, f.start): f.object for f in doc.facts if f.predicate == "unitOf"}
    for mention in agencies:
        parent = parents.get((mention.entity.key, mention.start))
        if parent and in_post_title(doc, mention):
            for inner in doc.mentions:
                if inner.entity is parent and mention.start < inner.start < mention.end:
                    inner.nested = False


def in_post_title(doc: Document, mention: Mention) -> bool:
    """Right after a post title ("مدير", "ورئيسة"), or inside one ("رئيس قسم ...")."""
    index = doc.token_index(mention.start)
    return any(
        (role := TITLES.match_at(doc.tokens, back)) and role.last >= index
        for back in range(max(0, index - 3), index)
    )


def linked_as_unit(doc: Document, unit: Mention, parent: Mention) -> bool:
    """ "X في Y", "X التابعة لـ Y", "X بـY": the words between make X a part of Y."""
    between = doc.text[unit.end : parent.start].strip()
    return between in UNIT_LINKS or (not between and preposition_attached(doc, parent))


def _is_unit(doc: Document, mention: Mention) -> bool:
    head = HEADS.match_at(doc.tokens, doc.token_index(mention.start))
    if head is None:
        return mention.entity.cls in ("GeneralSecretariat", "SpecializedOffice")
    first = doc.text[head.start : head.end].split()[0]
    bare = {reading.removeprefix("ال") for reading in clitic_readings(first)}
    # "المكتب الإقليمي" is an office too
    return _head_in(doc.text[head.start : head.end], UNIT_HEADS) or not bare.isdisjoint(UNIT_HEADS)
