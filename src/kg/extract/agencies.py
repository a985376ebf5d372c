"""Agencies the registry does not know, found from the head noun that starts their name.

"مديرية شرطة محافظة نابلس", "مركز دراسات الأمن الإنساني", "جمعية نور للتوعية الأسرية": a head
noun, then the words of its genitive chain until a particle, a verb, punctuation or a new name
(`agency_names`); a head that starts no name here (`common_nouns`) is passed by.
"""

from typing import Final

from kg.extract.agency_names import (
    CITY_LINKS,
    MEMBER_STATES,
    chain_end,
    strip_reading,
)
from kg.extract.agency_references import GENERIC_KINDS
from kg.extract.common_nouns import common_noun_phrase
from kg.extract.document import Document, Entity, Mention
from kg.extract.eponyms import eponym_end
from kg.extract.head_nouns import HEADS
from kg.extract.headless_names import merge_headless_names
from kg.extract.honorifics import HONORIFICS
from kg.extract.indexed_lists import MentionList
from kg.extract.lexicon import agencies as words
from kg.extract.name_joins import ministry_sector
from kg.extract.normalize import drop_letters, normalize_string, normalized_set
from kg.extract.passing_mentions import named_in_passing
from kg.extract.post_organizations import EMBASSY_WORDS
from kg.extract.preceding_phrases import phrase_covers
from kg.extract.programmes import programme_without_body
from kg.extract.registry import Registry
from kg.extract.same_agency import NamedAgencies
from kg.extract.structure import (
    command_of,
    document_country,
    local_office_of,
    office_of_unlisted,
    unit_by_name,
)
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import adjective_like, state_adjective, state_code

GENERIC: Final = normalized_set(words.GENERIC_NAMES)
PURPOSE_HEADS: Final = normalized_set(words.PURPOSE_HEADS)
SHORT_UNIT_HEADS: Final = normalized_set(words.SHORT_UNIT_HEADS)
CONTROL_ROOM_HEADS: Final = normalized_set(words.CONTROL_ROOM_HEADS)
BORDER_POSTS: Final = tuple(normalized_set(words.BORDER_POSTS))
GOVERNMENTS: Final = normalized_set(words.GOVERNMENTS)
CONTROL_ROOM_WORDS: Final = normalized_set(words.CONTROL_ROOM_WORDS)
NATIONAL_ADJECTIVES: Final = normalized_set(words.NATIONAL_ADJECTIVES)
REACH_ADJECTIVES: Final = normalized_set(words.REACH_ADJECTIVES)
FIELDS: Final = normalized_set(words.FIELD_NAMES)


class FindAgencies:
    def __init__(self, registry: Registry):
        self.registry = registry

    def __call__(self, doc: Document) -> Document:
        reach, generic, named = 0, [], NamedAgencies(doc)
        for index in HEADS.starts(doc.tokens):  # only where a head noun may start
            if index < reach or not (head := HEADS.match_at(doc.tokens, index)):
                continue
            if _inside_mention(doc, doc.tokens[index].start) or common_noun_phrase(doc, index):
                continue
            if _inside_title(doc, index) or _in_kind_phrase(doc, index):
                continue
            if ministry_sector(doc, index):  # and no body inside it either
                reach = chain_end(doc, head.last, index)
                continue
            last = _before_bracket(
                doc, head.last, eponym_end(doc, index, chain_end(doc, head.last, index))
            )
            if programme_without_body(doc, head, last):
                continue
            name = strip_reading(normalize_string(doc.text[head.start : doc.tokens[last - 1].end]))
            if name in GENERIC:
                generic.append((name, head.start, doc.tokens[last - 1].end))
            elif last > head.last and name not in FIELDS and _purpose_named(doc, head, last):
                if _kind_of_unit(doc, name, head.last) and not _parent_follows(doc, last):
                    continue
                if _control_room(name) or name.startswith(BORDER_POSTS):
                    continue
                _add_agency(doc, named, head.value, index, last)
            reach = max(reach, last if last > head.last or name in GENERIC else 0)
        for name, start, end in generic:  # once the document's country is known
            self._add_generic(doc, named, name, start, end)
        country = document_country(doc)
        self._placed_in_registry(doc, country)
        _drop_own_government(doc, country)
        merge_headless_names(doc)
        doc.mentions.sort(key=lambda m: m.start)
        for mention in doc.mentions:
            if mention.entity.kind == "agency" and named_in_passing(doc, mention):
                mention.nested = True
        return doc

    def _placed_in_registry(self, doc: Document, country: str) -> None:
        """ "الإدارة العامة للأمن العام" in a document about Qatar: the body the registry names
        "الإدارة العامة للأمن العام بدولة قطر". A merge adds to the leading country's count
        only, so the document's country stays what it was."""
        minted = {m.entity.key: m.entity for m in doc.mentions if m.entity.kind == "agency"}
        for key, entity in minted.items():
            if not country or entity.iri or not key.startswith("agency:"):
                continue
            known = self.registry.placed(key.removeprefix("agency:"), country)
            if known is not None:
                doc.merge(entity, known)

    def _add_generic(
        self, doc: Document, named: NamedAgencies, name: str, start: int, end: int
    ) -> None:
        """ "وزارة الداخلية" alone: the body of that name of the country the document is about,
        from the registry; or a body the document named in full ("المديرية العامة لحرس الحدود",
        then "حرس الحدود"); or else minted under the country ("النيابة العامة" of Oman), or
        with no country when the document names none clearly."""
        country = document_country(doc)
        entity = (self.registry.named(name, country) if country else None) or named.same(start, end)
        if entity is None:
            code = country.rsplit("/", 1)[-1]
            label = without_proclitic(doc, doc.token_index(start), end)
            entity = _known(doc, f"{name} {code}".strip()) or Entity(
                f"agency:{normalize_string(label)} {code}".strip(), "agency", label,
                _generic_class(name), country=country, slug_suffix=code,
            )  # fmt: skip
        doc.mentions.append(Mention(entity, start, end))


def _before_bracket(doc: Document, first: int, last: int) -> int:
    """ "الجمعية العامة للمنظمة الدولية للشرطة الجنائية (الإنتربول)": a name ends before the
    acronym in brackets of the body it names last, and before a preposition cut off by the
    bracket ("للمجموعة الإقليمية لـ(إنساراغ)")."""
    last = next((k for k in range(first, last) if "(" in doc.gap(k - 1, k)), last)
    while last > first and len(doc.tokens[last - 1].text) == 1:
        last -= 1
    return last


def _purpose_named(doc: Document, head, last: int) -> bool:
    """ "شبكة النساء العربيات لمناهضة التطرف": a head that names a body only with its purpose
    has a ل-phrase in its name."""
    if normalize_string(doc.text[head.start : head.end]).split()[-1] not in PURPOSE_HEADS:
        return True
    return any(t.text.startswith("ل") for t in doc.tokens[head.last : last])


def _kind_of_unit(doc: Document, name: str, second: int) -> bool:
    """ "مركز التدريب", "إدارة المخاطر": a unit head and one definite word, not a body's name
    ("إدارة الإنتربول")."""
    words = name.split()
    if len(words) != 2 or words[0] not in SHORT_UNIT_HEADS or not words[1].startswith("ال"):
        return False
    return doc.mention_starting(second) is None


def _drop_own_government(doc: Document, country_iri: str) -> None:
    """ "الحكومة العراقية" in a release about Iraq, "الحكومة الفيدرالية": the setting, no party."""
    country = country_iri.rsplit("/", 1)[-1]

    def own(mention: Mention) -> bool:
        words_ = normalize_string(mention.entity.label).split()
        if mention.entity.iri or len(words_) != 2 or words_[0] not in GOVERNMENTS:
            return False
        state = state_code(words_[1])
        return not state or state == country

    doc.mentions = MentionList(
        m for m in doc.mentions if not (m.entity.kind == "agency" and own(m))
    )


def _control_room(name: str) -> bool:
    """ "مركز القيادة والسيطرة", "مركز التحكم المروري": a facility; "مركز القيادة الوطني" and
    "مركز العمليات الخليجي" name a body by its reach."""
    head, *rest = name.split()
    if head not in CONTROL_ROOM_HEADS or not rest or rest[0] not in CONTROL_ROOM_WORDS:
        return False
    return all(
        word.removeprefix("و") in CONTROL_ROOM_WORDS
        or (adjective_like(word) and not _names_by_reach(word))
        for word in rest[1:]
    )


def _names_by_reach(word: str) -> bool:
    bare = word.removesuffix("ه")
    return state_adjective(word) or word in NATIONAL_ADJECTIVES or bare in REACH_ADJECTIVES


def _parent_follows(doc: Document, index: int) -> bool:
    """ "إدارة العمليات بالإدارة العامة ...": the body a unit belongs to follows it."""
    if index < len(doc.tokens) and doc.tokens[index].text in ("في", "لدى"):
        index += 1
    if index >= len(doc.tokens) or doc.gap(index - 1, index).strip():
        return False
    mention = doc.mention_starting(index)  # a body or a state ("إدارة الجمارك بجيبوتي"), not
    # a city ("وحدة التشريح في نابلس")
    return HEADS.match_at(doc.tokens, index) is not None or (
        mention is not None and (mention.entity.kind == "agency" or mention.entity.cls == "Country")
    )


def _in_kind_phrase(doc: Document, index: int) -> bool:
    """Inside the phrase for a kind of body ("إدارات الأمن العام"): no body's name."""
    return phrase_covers(GENERIC_KINDS, doc.tokens, index, within=2)


def _generic_class(name: str) -> str:
    head = HEADS.by_first.get(name.split()[0], [])
    return head[0][1] if head else "GovernmentBody"


def _inside_title(doc: Document, index: int) -> bool:
    """ "اللواء شرطة د. هاشم": a rank that names the service it belongs to."""
    return phrase_covers(HONORIFICS, doc.tokens, index, within=2)


def _inside_mention(doc: Document, offset: int) -> bool:
    return bool(doc.mentions.covering(offset))


def _members_body(doc: Document, mention: Mention) -> bool:
    """ "مجلس التعاون" in "لجنة ... بدول مجلس التعاون": named in its own right, as the body whose
    member states the committee's are (though it takes no part: see kg.extract.known_entities)."""
    index = doc.token_index(mention.start)
    return index > 0 and doc.tokens[index - 1].text in MEMBER_STATES


def _add_agency(doc: Document, named: NamedAgencies, cls: str, first: int, last: int) -> None:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    inner = [m for m in doc.mentions if start <= m.start and m.end <= end]
    name = normalize_string(doc.text[start:end])
    for mention in inner:
        mention.nested = mention.nested or not (
            _names_place(doc, mention, end) or _members_body(doc, mention)
        )
    office_of = (
        local_office_of(doc, first, inner, end)
        or command_of(doc, first, inner, end)
        or _unlisted_office(doc, named, first, end)
    )
    entity = (
        _known(doc, name)
        or office_of
        or named.same(start, end)
        or Entity(
            f"agency:{strip_reading(name)}", "agency", without_proclitic(doc, first, end), cls
        )
    )
    doc.mentions.append(Mention(entity, start, end))
    if entity is not office_of:
        unit_by_name(doc, entity, first, inner, start, end)


def _unlisted_office(doc: Document, named: NamedAgencies, first: int, end: int) -> Entity | None:
    """The body, named before or minted now, whose office in a city the name is."""
    span = office_of_unlisted(doc, first, end)
    if span is None:
        return None
    start, stop, cls = span
    name = normalize_string(doc.text[start:stop])
    label = without_proclitic(doc, doc.token_index(start), stop)
    found = _known(doc, name) or named.same(start, stop)
    return found or Entity(f"agency:{strip_reading(name)}", "agency", label, cls)


def _names_place(doc: Document, mention: Mention, name_end: int) -> bool:
    """ "نابلس" in "مديرية شرطة محافظة نابلس": a city a body's name gives is still a place the
    document names, and so is the state an office is in ("بعثة المنظمة الدولية للهجرة في مصر");
    a state in a name ("جامعة الكويت") stays inside the name, where it takes no part in the
    event; nor does a city the name is called after, with its purpose after it ("مركز جنيف
    لحوكمة قطاع الأمن")."""
    if mention.entity.kind != "place":
        return False
    index = doc.token_index(mention.start)
    if index > 0 and not EMBASSY_WORDS.isdisjoint(clitic_readings(doc.tokens[index - 1].text)):
        return True  # "سفارة اليابان لدى اليمن": the state whose embassy it is
    if _called_after(doc, mention, name_end):
        return False
    linked = index > 0 and doc.tokens[index - 1].text in CITY_LINKS  # "... في مصر"
    attached = doc.tokens[index].text.startswith("ب")  # "... بتونس", not "بنغلاديش"
    located = linked or (attached and not normalize_string(mention.entity.label).startswith("ب"))
    return mention.entity.cls != "Country" or located


def _called_after(doc: Document, mention: Mention, name_end: int) -> bool:
    """The place right after the head noun, with a ل-phrase after it inside the name."""
    index = doc.token_index(mention.end)
    head_before = doc.token_index(mention.start) > 0 and HEADS.match_at(
        doc.tokens, doc.token_index(mention.start) - 1
    )
    following = doc.tokens[index].text if mention.end < name_end else ""
    return bool(head_before) and following.startswith("ل")


def _known(doc: Document, name: str) -> Entity | None:
    key = f"agency:{strip_reading(name)}"
    return next((e for e in doc.entities("agency") if e.key == key), None)


def without_proclitic(doc: Document, first: int, end: int) -> str:
    """The raw name without the و/ب/ل the text attached to its first word ("بالمديرية" →
    "المديرية", "للأمانة" → "الأمانة"), in the source's spelling."""
    token = doc.tokens[first]
    raw_start, raw_end = doc.raw_span(token.start, end)
    raw = doc.raw[raw_start:raw_end]
    stem = strip_reading(token.text)
    if stem == token.text:
        return raw
    if token.text.startswith(("لل", "ولل")) and stem.startswith("ال"):
        cut = len(token.text) - len(stem) + 2  # ل + the article's lam stand for "ال"
        return "ال" + drop_letters(raw, cut)
    return drop_letters(raw, len(token.text) - len(stem))
