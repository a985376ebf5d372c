"""Posts stated in apposition to a person: "<name> الأمين العام المساعد للمجلس", or title first:
"وزير الداخلية الفريق أول ركن حسين علي الساعدي".

A name may take several titles in a row ("... وزير العمل رئيس اللجنة الوطنية ...", "...، بصفته
رئيس المجلس"), and a title after a verb of appointing ("عُيّن ... مديراً لإدارة ..."). Which body
each title names is read in `post_organizations`.
"""

from itertools import pairwise
from typing import Final

from kg.extract.document import Document, Entity, Mention, Post
from kg.extract.honorifics import HONORIFICS
from kg.extract.implied_bodies import implied_body
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.post_organizations import (
    TITLE_QUALIFIERS,
    body_by_field,
    body_in_title,
    complement_end,
    ministry,
    organization_after,
)
from kg.extract.preceding_phrases import phrase_covers
from kg.extract.registry import Registry
from kg.extract.structure import TITLES
from kg.extract.tokens import clitic_readings

ROLES: Final = PhraseTable(people_words.ROLES, clitics=False)
APPOINTED: Final = PhraseTable(people_words.APPOINTED_TITLES, clitics=False)
CHARGE_WORDS: Final = normalized_set(people_words.CHARGE_WORDS)
NEXT_NAME_REACH: Final = 200  # characters from a title to the name it may introduce
QUALIFIERS: Final = {
    (role, tuple(q.split())): new for (role, q), new in people_words.ROLE_QUALIFIERS.items()
}
GENERAL_BODIES: Final = {tuple(normalize_string(b).split()) for b in people_words.GENERAL_BODIES}
MAX_TITLES_IN_A_ROW: Final = 2
ASSISTANTS: Final = normalized_set(("مساعد", "مساعدة"))
UNIT_CLASSES: Final = ("GovernmentBody", "ResearchCentre", "PoliceService", "SpecializedOffice",
                "FundedProject")  # fmt: skip
BOARD_HEADS: Final = ("مجلس", "المجلس", "لجنه", "اللجنه", "فريق", "الفريق")  # chaired, not presided
HEADED_BY: Final = {
    **dict.fromkeys(normalized_set(people_words.PRESIDED_HEADS), "president"),
    **dict.fromkeys(normalized_set(people_words.CHAIRED_HEADS), "chair-post"),
    **dict.fromkeys(normalized_set(people_words.UNIT_POST_HEADS), "head"),
}


class FindPosts:
    def __init__(self, registry: Registry, base: str):
        self.registry, self.base = registry, base

    def __call__(self, doc: Document) -> Document:
        for mention in [m for m in doc.mentions if m.entity.kind == "person"]:
            for post in self._posts_after(doc, mention):
                _add(doc, post)
        for role in TITLES.find_all(doc.tokens):
            titled = self._post_before(doc, role)
            if titled and not any(
                p.holder is titled.holder and p.role == titled.role for p in doc.posts
            ):
                doc.posts.append(titled)
        return doc

    def _post_before(self, doc: Document, role) -> Post | None:
        """Title first: "وزير الداخلية الفريق أول ركن حسين علي الساعدي", "سفير باكستان لدى
        المملكة أحمد فاروق", "ومدير عام شرطة محافظة عدن اللواء ..."."""
        if phrase_covers(HONORIFICS, doc.tokens, role.first, within=2):
            return None  # "اللواء خبير ...": the grade of a rank
        organization, end = self._organization(doc, role)
        named = _after_qualifiers(doc, doc.token_index(end))
        index = complement_end(doc, named)
        bare = organization is None and index == named  # nothing but the title before the name
        stacked = self._next_titles_end(doc, index)
        if bare and stacked > index:
            return None  # "المدير العام آمر الحرس الوطني ...": one title of the body after it
        further, index = stacked > index, stacked
        if index >= len(doc.tokens) or not _apposed(doc, index) or _conjoined(doc, index):
            return None
        person = person_past_titles(doc, index)
        if person is None or (bare and _honorific_title(doc, role)):
            return None  # "المستشار هشام ...": a title of address, not a post
        slug = by_organization(doc, _general_director(doc, role), organization, role.last)
        if further and _held_before(doc, slug, organization, person.entity):
            return None  # "وقع آمر الأكاديمية ورئيس الجامعة الدكتور ...": two people
        return Post(person.entity, slug, organization, role.start, person.end)

    def _next_titles_end(self, doc: Document, index: int) -> int:
        """Past the person's further titles before the name: "الأمين العام المساعد لجامعة الدول
        العربية رئيس قطاع الشؤون العربية السفير الدكتور ..."."""
        for _ in range(MAX_TITLES_IN_A_ROW):
            role = TITLES.match_at(doc.tokens, index) if index < len(doc.tokens) else None
            if role is None or doc.gap(index - 1, index).strip():
                break
            _, end = self._organization(doc, role)
            index = complement_end(doc, _after_qualifiers(doc, doc.token_index(end)))
        return index

    def _posts_after(self, doc: Document, person: Mention) -> list[Post]:
        """ "<name> وزير العمل رئيس اللجنة الوطنية ...", "<name> المدير العام ...، بصفته رئيس
        المجلس", "<name> مديراً لإدارة ...", "<name> بمهام قائد ...": each title in the row."""
        posts: list[Post] = []
        index = doc.token_index(person.end)
        if index >= len(doc.tokens) or doc.text[person.end : doc.tokens[index].start].strip(" ,"):
            return posts
        while index < len(doc.tokens):
            if doc.tokens[index].text in CHARGE_WORDS:
                index += 1
            role = _title_at(doc, index)
            if role is None:
                break
            if self._names_next(doc, role, person.entity):
                break
            post = self._post_at(doc, person.entity, role, person.start)
            posts.append(post)
            index = doc.token_index(post.end)
            if index >= len(doc.tokens) or not _next_title(doc, index):
                break
        return _bodies_from_next_titles(doc, posts)

    def _names_next(self, doc: Document, role, person: Entity) -> bool:
        """ "استقبل الوزير فهد اليوسف الأمين العام للإنتربول السيد يورغن شتوك": a title before
        another name is that name's."""
        following = next(
            (m for m in doc.mentions_between(role.end, role.end + NEXT_NAME_REACH)
             if m.entity.kind == "person"),
            None,
        )  # fmt: skip
        if following is None or any(c in doc.text[role.end : following.start] for c in ",.;:"):
            return False  # "<name> وزير الداخلية، اللواء ...": the title ends at the comma
        titled = self._post_before(doc, role)
        return titled is not None and titled.holder is not person

    def _post_at(self, doc: Document, person: Entity, role, start: int) -> Post:
        organization, end = self._organization(doc, role)
        slug = _qualified(doc, _general_director(doc, role), doc.token_index(end))
        slug = by_organization(doc, slug, organization, role.last)
        return Post(person, slug, organization, start, end)

    def _organization(self, doc: Document, role) -> tuple[Entity | None, int]:
        minister = role.value in people_words.MINISTRY_ROLES
        found = ministry(self.registry, self.base, doc, role.last) if minister else None
        if found and (found[0] or not _body_at(doc, role.last)):
            return found  # "وكيل الجامعة": a body named after the title is no unknown portfolio
        mention = body_in_title(doc, role) or organization_after(doc, role.end)
        directly = mention is not None and mention.start == _next_start(doc, role.last)
        if not directly and (found := body_by_field(doc, role.last, _general_director(doc, role))):
            return found
        if mention:
            return mention.entity, mention.end
        return implied_body(doc, role.value, doc.text[role.start : role.end]), role.end


def person_past_titles(doc: Document, index: int) -> Mention | None:
    """The person named from token `index`, past titles of address ("السيد", "العميد ...")."""
    while index < len(doc.tokens) and (title := HONORIFICS.match_at(doc.tokens, index)):
        index = title.last
    if index >= len(doc.tokens):
        return None
    start = doc.tokens[index].start
    return next((m for m in doc.mentions if m.start == start and m.entity.kind == "person"), None)


def _bodies_from_next_titles(doc: Document, posts: list[Post]) -> list[Post]:
    """ "<name> الأمين العام المساعد رئيس قطاع الشؤون القانونية بجامعة الدول العربية": a title
    naming no body holds its post in the outermost body the next title names."""
    for post, following in pairwise(posts):
        if post.organization is None and following.organization is not None:
            post.organization = _last_body(doc, post.end, following.end)
    return posts


def _last_body(doc: Document, start: int, end: int) -> Entity | None:
    """The outermost body the titles from start to end name."""
    bodies = [
        m for m in doc.mentions if m.entity.kind == "agency" and start <= m.start and m.end <= end
    ]
    return _outermost(doc, max(bodies, key=lambda m: m.start)) if bodies else None


def _outermost(doc: Document, body: Mention) -> Entity:
    """The last of the bodies named one after the other: "قطاع ... بجامعة الدول العربية"."""
    for _ in range(MAX_TITLES_IN_A_ROW):
        after = organization_after(doc, body.end)
        if after is None or after.start != _next_start(doc, doc.token_index(body.end)):
            break
        body = after
    return body.entity


def _body_at(doc: Document, index: int) -> bool:
    start = _next_start(doc, index)
    return any(m.start == start and m.entity.kind == "agency" for m in doc.mentions)


def _held_before(doc: Document, role: str, organization: Entity | None, person: Entity) -> bool:
    """The title names a post someone else was named with before: it refers to that person."""
    return organization is not None and any(
        p.role == role and p.organization is organization and p.holder is not person
        for p in doc.posts
    )


def _add(doc: Document, post: Post) -> None:
    same = (p for p in doc.posts if p.holder is post.holder and p.role == post.role)
    if not any(p.organization is post.organization or p.start == post.start for p in same):
        doc.posts.append(post)


def _title_at(doc: Document, index: int):
    if index >= len(doc.tokens):
        return None
    return ROLES.match_at(doc.tokens, index) or APPOINTED.match_at(doc.tokens, index)


def _next_title(doc: Document, index: int) -> bool:
    """Another title of the same person follows, right after or after a comma: "... وزير العمل
    رئيس اللجنة", "... لدى جامعة الدول العربية، رئيس الدورة الحالية", "...، بصفته رئيس"."""
    if doc.gap(index - 1, index).strip() not in ("", ","):
        return False
    return doc.tokens[index].text in CHARGE_WORDS or _title_at(doc, index) is not None


def _next_start(doc: Document, index: int) -> int:
    return doc.tokens[index].start if index < len(doc.tokens) else -1


def _after_qualifiers(doc: Document, index: int) -> int:
    """Past "المكلف", "بالإنابة": how the post is held."""
    while index < len(doc.tokens) and doc.tokens[index].text in TITLE_QUALIFIERS:
        index += 1
    return index


def _honorific_title(doc: Document, role) -> bool:
    """ "المستشار", "الخبير" before a name: a title of address as much as a post."""
    title = HONORIFICS.match_at(doc.tokens, role.first)
    return title is not None and title.last >= role.last


def _apposed(doc: Document, index: int) -> bool:
    """The name follows the title directly, or after a comma and a title: "المدير العام للشرطة
    الوطنية الإسبانية، السيد خابيير مارتينيث غارسيا"."""
    gap = doc.gap(index - 1, index).strip()
    if gap != ",":
        return not gap
    return HONORIFICS.match_at(doc.tokens, index) is not None or _set_off_name(doc, index)


def _set_off_name(doc: Document, index: int) -> bool:
    """ "نوه رئيس بعثة اللجنة ...، ماتياس شميد، بمستوى": a name between commas after the title."""
    person = person_past_titles(doc, index)
    return person is not None and doc.text[person.end : person.end + 2].strip()[:1] in ("،", ",")


def _conjoined(doc: Document, index: int) -> bool:
    """ "مدير إدارة العمليات والسيد يورغن ستوك": a title and then another person, joined by و."""
    word = doc.tokens[index].text
    if not word.startswith("و") or word in HONORIFICS.firsts:
        return False
    start = doc.tokens[index].start  # "وزير الداخلية وليد ...": a name that starts with و
    return not any(m.start == start and m.entity.kind == "person" for m in doc.mentions)


def by_organization(doc: Document, role: str, organization: Entity | None, index: int) -> str:
    """رئيس is the president of an institution, the chair of a board, the head of a unit: told
    by the word after the title ("رئيسة الهيئة ...", "رئيس المكتب ..."), else by the body."""
    if role == "deputy-minister" and _presided_next(doc, index):
        return "vice-president"  # "وكيل الجامعة للشؤون التعليمية": a vice-rector
    if role != "president":
        return role
    if index < len(doc.tokens):
        for reading in clitic_readings(doc.tokens[index].text):
            if found := HEADED_BY.get(reading.removeprefix("ال")):
                return found
    if organization is None:
        return role
    if organization.cls == "Council" or normalize_string(organization.label).startswith(
        BOARD_HEADS
    ):
        return "chair-post"
    return "head" if organization.cls in UNIT_CLASSES else role


def _presided_next(doc: Document, index: int) -> bool:
    if index >= len(doc.tokens):
        return False
    readings = (r.removeprefix("ال") for r in clitic_readings(doc.tokens[index].text))
    return any(HEADED_BY.get(reading) == "president" for reading in readings)


def _general_director(doc: Document, role) -> str:
    """ "مدير المديرية العامة ...", "مدير الأمن العام": who directs a general directorate is
    its director general; "مدير إدارة ... بالمديرية العامة" directs a department of it."""
    if role.value != "director" or doc.tokens[role.first].text in ASSISTANTS:
        return role.value  # "مساعد مدير الأمن العام": an assistant director, no director general
    following = tuple(t.text for t in doc.tokens[role.last : role.last + 2])
    return "director-general" if following in GENERAL_BODIES else role.value


def _qualified(doc: Document, role: str, index: int) -> str:
    for (base_role, words), qualified in QUALIFIERS.items():
        window = tuple(t.text for t in doc.tokens[index : index + len(words)])
        if base_role == role and window == words:
            return qualified
    return role
