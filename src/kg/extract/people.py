"""The people stages: persons named after their title, or before a comma and their post.

Each name found becomes a person entity carrying its titles; a later short form of a name
("الدكتورة بن عاشور") and a name the registry already knows are the same person, not new ones.
Where the name itself begins and ends is decided in `person_names`.
"""

from functools import lru_cache
from typing import Final

from kg.extract.document import Document, Entity, Mention
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.person_names import AGENCY_HEADS, FAMILY_TITLES, NAME_LINKS, name_end, name_start
from kg.extract.phrases import PhraseTable
from kg.extract.post_organizations import (
    body_in_title,
    complement_end,
    portfolio_end,
    short_form_at,
)
from kg.extract.preceding_phrases import phrase_ends_at
from kg.extract.structure import ROLE_WORDS
from kg.extract.surnames import find_surnames
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import state_adjective

RANK_QUALIFIERS: Final = normalized_set(people_words.RANK_QUALIFIERS)
MINISTRY_ROLES: Final = people_words.MINISTRY_ROLES
CLITIC_ARTICLES: Final = ("بال", "وال", "فال", "كال", "لل")
EVENT_OBJECTS: Final = normalized_set(people_words.EVENT_OBJECTS)
VERBS_BEFORE_A_SUBJECT_TITLE: Final = normalized_set(people_words.VERBS_BEFORE_A_SUBJECT_TITLE)
LIST_ADDITIONS: Final = PhraseTable(dict.fromkeys(people_words.LIST_ADDITIONS, True))
AFTER_A_SUBJECTS_NAME: Final = PhraseTable(
    dict.fromkeys(people_words.AFTER_A_SUBJECTS_NAME, True), clitics=False
)
MAX_ORG_SKIP: Final = 4  # "المراقب العام للشرطة سفيان ...": words of the title's organization
NAME_OPENERS: Final = ("", "/", ":", ")")
PLACE_TITLES: Final = (
    "ambassador",
)  # titles whose complement is a state or city  # "السيد/ ماتياس كرونبرغر", "الفريق (حقوقي) عبد"


def find_people(doc: Document) -> Document:
    """People anchored on an honorific or rank: the name runs until a stop word or punctuation."""
    reach = 0
    for index in HONORIFICS.starts(doc.tokens):  # only where a title may start
        if index < reach:
            continue
        if _qualifier_alone(doc, index):
            continue  # "التفتيش البحري وجمع الأدلة": an adjective, not a title
        titles, first = _titles(doc, index)
        reach = max(first, index + 1)
        if titles and first < len(doc.tokens) and _opens_name(doc, first):
            first = _skip_title_organization(doc, first)
            if first >= len(doc.tokens) or _body(doc, first):
                continue
            last = name_end(doc, first)
            if _surname_then_object(doc, first, last):
                last = first + 1  # "السفير ماريني بمستوى التنسيق": the surname, then the object
            if last - first >= 2 or (last > first and _known_surname(doc, first)):
                _add_person(doc, titles, first, last)
                reach = last
    return doc


def find_people_by_post(doc: Document) -> Document:
    """People with no title, named before a comma and their post: "استعرض ماركو بيليني، نائب
    الرئيس ..."; the name runs back from the comma to a verb, a title or punctuation."""
    for role in ROLE_WORDS.find_all(doc.tokens):
        if role.first < 2 or doc.gap(role.first - 1, role.first).strip() != ",":
            continue
        first = name_start(doc, role.first - 1)
        if first is not None and role.first - first >= 2:
            titles, _ = _titles(doc, first)
            _add_person(doc, titles, first, role.first)
    _people_after_places(doc)
    doc.mentions.sort(key=lambda m: m.start)
    # Runs last among the people stages: a family name alone can only be matched once the
    # full names it shortens are all known.
    return find_surnames(doc)


def _people_after_places(doc: Document) -> None:
    """ "سفير باكستان لدى المملكة أحمد فاروق": with no title of address, a name after a title
    whose complement is a state or city ends where a name ends."""
    for role in ROLE_WORDS.find_all(doc.tokens):
        if role.value in PLACE_TITLES:
            _name_after_title(doc, role)


def find_people_after_bodies(doc: Document) -> Document:
    """ "وقال مدير إدارة التوعية المرورية بالإدارة العامة للمرور مشعل فهد العازمي إن ...": the
    name after a subject's title and the bodies it names, before what the subject says. Runs
    once the bodies are known: they are what tells where the title ends."""
    known = len(doc.mentions)
    for index in range(len(doc.tokens) - 1):
        role = ROLE_WORDS.match_at(doc.tokens, index + 1)  # a dict look-up on most words
        if role and (_after_verb(doc, index) or _after_comma_of_verb(doc, index + 1)):
            _name_after_title(doc, role, _before_what_is_said, between_commas=True)
    if len(doc.mentions) == known:
        return doc  # no one new: the family names were all read when the people were
    doc.mentions.sort(key=lambda m: m.start)
    return find_surnames(doc)


def _after_verb(doc: Document, index: int) -> bool:
    """Token `index` is one of the verbs, or the event it names right after one."""
    if doc.tokens[index].text in VERBS_BEFORE_A_SUBJECT_TITLE:
        return True
    if phrase_ends_at(LIST_ADDITIONS, doc.tokens, index + 1, within=3):
        return True  # "إضافة إلى رئيس مكتب ...": one more of those present
    verb = index > 0 and doc.tokens[index - 1].text in VERBS_BEFORE_A_SUBJECT_TITLE
    return verb and doc.tokens[index].text in EVENT_OBJECTS


def _after_comma_of_verb(doc: Document, index: int) -> bool:
    """ "استقبل وزير الداخلية ...، اليوم الثلاثاء بمقر الوزارة، نائب وزير الأمن العام ...": a
    title after a comma, in a sentence one of the verbs opened."""
    if doc.gap(index - 1, index).strip() != ",":
        return False
    sentence = doc.sentence_at(doc.tokens[index].start)
    first = doc.token_index(sentence.start)
    return any(t.text in VERBS_BEFORE_A_SUBJECT_TITLE for t in doc.tokens[first:index])


def _name_after_title(
    doc: Document, role, ends=lambda doc, last: True, between_commas: bool = False
) -> None:
    """The name right after a title and its body; with `between_commas`, also one set off by
    commas before what is said ("قدمت الخبيرة بالأمانة التنفيذية ...، هيفاء العوضي، عرضا")."""
    first = complement_end(doc, _title_end(doc, role))
    if first == role.last or first >= len(doc.tokens):
        return
    gap = doc.gap(first - 1, first).strip()
    if (gap and not (between_commas and gap == ",")) or HONORIFICS.match_at(doc.tokens, first):
        return
    if doc.tokens[first].text.startswith(CLITIC_ARTICLES):
        return  # "بالمديرية العامة": no name starts with a preposition and the article
    last = name_end(doc, first)
    if last - first >= 2 and ends(doc, last) and (not gap or _said_after_comma(doc, last)):
        _add_person(doc, [], first, last)


def _said_after_comma(doc: Document, last: int) -> bool:
    if last >= len(doc.tokens) or doc.gap(last - 1, last).strip() != ",":
        return False
    return AFTER_A_SUBJECTS_NAME.match_at(doc.tokens, last) is not None


def _title_end(doc: Document, role) -> int:
    """Past a minister's portfolio ("وزير الداخلية"), a body the title's last word begins
    ("رئيس قسم التعاون الدولي") or a body named by its head alone ("أمين عام الوزارة")."""
    if role.value in MINISTRY_ROLES:
        return portfolio_end(doc, role.last)
    body = body_in_title(doc, role)
    if body:
        return doc.token_index(body.end)
    return role.last + 1 if short_form_at(doc, role.last) else role.last


def _before_what_is_said(doc: Document, last: int) -> bool:
    return (
        last >= len(doc.tokens)
        or doc.gap(last - 1, last).strip() in (",", ".")
        or AFTER_A_SUBJECTS_NAME.match_at(doc.tokens, last) is not None
    )


def _body(doc: Document, first: int) -> bool:
    """ "الحرس البحري والإدارة العامة ...": a rank's adjective before a body's head noun, not
    a title before a name."""
    return any(r in AGENCY_HEADS for r in clitic_readings(doc.tokens[first].text)[1:])


def _opens_name(doc: Document, first: int) -> bool:
    """What may stand between the titles and the name: nothing, "/" or ":", or the dot of an
    abbreviated title ("د. سناء", "أ.د. نادية")."""
    gap = doc.gap(first - 1, first).strip()
    return gap in NAME_OPENERS or (gap == "." and len(doc.tokens[first - 1].text) == 1)


def _titles(doc: Document, index: int) -> tuple[list[str], int]:
    """The titles that follow one another from `index` ("معالي الوزير الدكتور"), and the index
    of the first word after them and the words that qualify them ("المقدم الجزائري")."""
    titles = []
    while index < len(doc.tokens) and (match := HONORIFICS.match_at(doc.tokens, index)):
        if _given_name_before_link(doc, match):
            break  # "الشيخ ولد أحمدو ولد اباه": a given name, not a title
        titles.append(doc.text[match.start : match.end])
        index = match.last
        while index < len(doc.tokens) and _qualifies_title(doc.tokens[index].text):
            index += 1
    return titles, index


def _given_name_before_link(doc: Document, match) -> bool:
    """A family title right before ولد or بن is the first of a name's words."""
    if match.last >= len(doc.tokens) or doc.gap(match.last - 1, match.last).strip():
        return False
    word = doc.text[match.start : match.end]
    return word in FAMILY_TITLES and doc.tokens[match.last].text in NAME_LINKS


def _qualifier_alone(doc: Document, index: int) -> bool:
    """A word that qualifies a rank ("البحري", "الحقوقي") but comes after no title."""
    word = doc.tokens[index].text
    if word not in RANK_QUALIFIERS:
        return False
    return index == 0 or HONORIFICS.match_at(doc.tokens, index - 1) is None


def _qualifies_title(word: str) -> bool:
    return word in RANK_QUALIFIERS or state_adjective(word)


def _skip_title_organization(doc: Document, index: int) -> int:
    """Skip "للشرطة" in "المراقب العام للشرطة سفيان بلقاسم": a name never starts with لل."""
    start = index
    while index < len(doc.tokens) and index - start < MAX_ORG_SKIP:
        word = doc.tokens[index].text
        if not (word.startswith("لل") or (index > start and word.startswith("ال"))):
            break
        index += 1
    return index


def _add_person(doc: Document, titles: list[str], first: int, last: int) -> None:
    start, end = doc.tokens[first].start, doc.tokens[last - 1].end
    overlapping = [m for m in doc.mentions if m.start < end and start < m.end]
    known = [m.entity for m in overlapping if m.entity.kind == "person"]
    if overlapping and not known:
        return  # the words belong to an agency or place name
    if known:  # the registry's name wins: it knows where the name ends
        _add_honorifics(known[0], titles)
        return
    name = doc.text[start:end]
    entity = _same_person(doc, name) or Entity(
        f"person:{normalize_string(name)}", "person", doc.raw_text(start, end)
    )
    _add_honorifics(entity, titles)
    doc.mentions.append(Mention(entity, start, end))


def _same_person(doc: Document, name: str) -> Entity | None:
    """A later short form ("الدكتورة بن عاشور") names the one earlier person it ends."""
    words = tuple(name.split())
    if not words:
        return None
    candidates = _PEOPLE.ending_with(doc, words[-1])
    matches = [e for e in candidates if _label_words(e.label)[-len(words) :] == words]
    return matches[0] if len(matches) == 1 else None


class _PeopleByLastWord:
    """The document's persons by the last word of their name, built again only when mentions
    were added: names are looked up at every title read, people are added far less often."""

    def __init__(self):
        self.mentions: list | None = None
        self.count = -1
        self.by_last: dict[str, list[Entity]] = {}

    def ending_with(self, doc: Document, word: str) -> list[Entity]:
        if doc.mentions is not self.mentions or len(doc.mentions) != self.count:
            self.mentions, self.count = doc.mentions, len(doc.mentions)
            self.by_last = {}
            for entity in doc.entities("person"):
                words = _label_words(entity.label)
                if words:
                    self.by_last.setdefault(words[-1], []).append(entity)
        return self.by_last.get(word, [])


_PEOPLE = _PeopleByLastWord()


@lru_cache(maxsize=4096)
def _label_words(label: str) -> tuple[str, ...]:
    """A label's normalized words: asked for every known person at each name read."""
    return tuple(normalize_string(label).split())


def _words(doc: Document, first: int, last: int) -> str:
    return " ".join(t.text for t in doc.tokens[first:last])


def _surname_then_object(doc: Document, first: int, last: int) -> bool:
    """A known family name, then words that are no more of a name: not "اللواء محمد عبدي آدم،"
    or "العميد خليفة سيف المهيري أن ...", a new full name closed by punctuation or by what its
    holder says, though "محمد" or "خليفة" ends another person's name."""
    if not _known_surname(doc, first) or _same_person(doc, _words(doc, first, last)):
        return False
    if last - first < 3 or last >= len(doc.tokens):
        return True
    plain = not doc.tokens[first + 1].text.startswith(("ب", "ل", "ف", "ك", "ال"))
    closed = doc.gap(last - 1, last).strip() == "," or (
        AFTER_A_SUBJECTS_NAME.match_at(doc.tokens, last) is not None
    )
    return not (plain and closed)


def _known_surname(doc: Document, index: int) -> bool:
    return _same_person(doc, doc.tokens[index].text) is not None


def _add_honorifics(entity: Entity, titles: list[str]) -> None:
    entity.honorifics = tuple(dict.fromkeys(entity.honorifics + tuple(titles)))
