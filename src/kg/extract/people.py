"""The people stages: persons named after their title, or before a comma and their post.

Each name found becomes a person entity carrying its titles; a later short form of a name
("الدكتورة بن عاشور") and a name the registry already knows are the same person, not new ones.
Where the name itself begins and ends is decided in `person_names`; names after a title with no
title of address are read in `people_after_titles`.
"""

from typing import Final

from kg.extract.document import Document
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import people as people_words
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.people_after_titles import (
    AFTER_A_SUBJECTS_NAME,
    TOPIC_NOUNS,
    people_after_places,
)
from kg.extract.person_mentions import add_person, known_surname, same_person
from kg.extract.person_names import (
    AGENCY_HEADS,
    EVENT_WORDS,
    FAMILY_TITLES,
    GIVEN_NAME_TITLES,
    NAME_STOPS,
    name_end,
    name_start,
)
from kg.extract.structure import ROLE_WORDS
from kg.extract.surnames import find_surnames
from kg.extract.tokens import clitic_readings
from kg.extract.word_shapes import is_definite, is_nisba, state_adjective

RANK_QUALIFIERS: Final = normalized_set(people_words.RANK_QUALIFIERS)
# Titles that are also a noun's adjective ("التواصل الإعلامي", "الدفاع الجوي"), unlike a judge's
# or a lawyer's ("مجلس القضاء الأعلى القاضي حسن ...").
ADJECTIVE_TITLES: Final = RANK_QUALIFIERS | normalized_set(("الإعلامي", "الإعلامية"))
EPONYM_PLACES: Final = normalized_set(people_words.EPONYM_PLACES)
# Words of descent after a given name ("الشيخ ولد أحمدو"), not the first word of a compound
# one ("الشيخ عبد الله ..." is a title and a name).
FILIATIONS: Final = normalized_set(("بن", "بنت", "ابن", "ولد", "منت"))
MAX_ORG_SKIP: Final = 4  # "المراقب العام للشرطة سفيان ...": words of the title's organization
VERBS_BEFORE_A_NAME: Final = normalized_set(
    (*people_words.SPEECH_VERBS, *people_words.HEADED_BY, *people_words.AMONG_WORDS)
)
RETIRED: Final = normalized_set(("م", "متقاعد"))  # "الفريق ركن (م) مصطفى ..."
# "السيد/ ماتياس كرونبرغر", "الفريق (حقوقي) عبد", 'الملازم أول "جون أوتيينو"'
NAME_OPENERS: Final = ("", "/", ":", ")", '"', "«", "“")
QUOTE_OPENERS: Final = ('"', "«", "“")
QUOTE_CLOSERS: Final = ('"', "»", "”")


def find_people(doc: Document) -> Document:
    """People anchored on an honorific or rank: the name runs until a stop word or punctuation."""
    reach = 0
    for index in HONORIFICS.starts(doc.tokens):  # only where a title may start
        if index < reach:
            continue
        if _qualifier_alone(doc, index) or _coordinated_adjective(doc, index):
            continue  # "التفتيش البحري وجمع الأدلة": an adjective, not a title
        titles, first = _titles(doc, index)
        reach = max(first, index + 1)
        if titles and first < len(doc.tokens) and _opens_name(doc, first):
            first = _skip_title_organization(doc, first)
            if first >= len(doc.tokens) or _body(doc, first) or _no_name_at(doc, index, first):
                continue
            if doc.tokens[first].text in TOPIC_NOUNS:
                continue  # "يبحث مع السفيرة البريطانية تعزيز التعاون": what the talks are about
            last = name_end(doc, first)
            if _quotation_runs_on(doc, first, last):
                continue
            if _surname_then_object(doc, first, last):
                last = first + 1  # "السفير ماريني بمستوى التنسيق": the surname, then the object
            if last - first >= 2 or (last > first and known_surname(doc, first)):
                add_person(doc, titles, first, last)
                reach = last
    return doc


def _quotation_runs_on(doc: Document, first: int, last: int) -> bool:
    """'فيما أكد السفير "استمرار بلاده في الوقوف ..."': a quotation the title opens that goes on
    past the words read as a name is what the holder said; a quoted name closes right after."""
    if doc.gap(first - 1, first).strip() not in QUOTE_OPENERS:
        return False
    return last >= len(doc.tokens) or doc.gap(last - 1, last).strip()[:1] not in QUOTE_CLOSERS


def _name_after_verb(doc: Document, role) -> None:
    """ "وقال محمد علي حسن مدير إدارة التدريب إن": a name between a verb whose subject it is and
    the post after it, with no comma."""
    first = name_start(doc, role.first - 1)
    if first is None or not 2 <= role.first - first <= 4 or first == 0:
        return
    if doc.tokens[first - 1].text in VERBS_BEFORE_A_NAME and not doc.gap(first - 1, first).strip():
        add_person(doc, [], first, role.first)


def find_people_by_post(doc: Document) -> Document:
    """People with no title, named before a comma and their post: "استعرض ماركو بيليني، نائب
    الرئيس ..."; the name runs back from the comma to a verb, a title or punctuation."""
    for role in ROLE_WORDS.find_all(doc.tokens):
        if role.first < 2:
            continue
        if doc.gap(role.first - 1, role.first).strip() != ",":
            _name_after_verb(doc, role)
            continue
        if "إ" in doc.raw_text(role.start, doc.tokens[role.first].end):
            continue  # "تمارين مشتركة دورية، وإلى قواعد": the preposition, not the title والي
        first = name_start(doc, role.first - 1)
        if first is not None and role.first - first >= 2:
            titles, _ = _titles(doc, first)
            add_person(doc, titles, first, role.first, skip=_listed_after_comma(doc, first))
    people_after_places(doc)
    doc.mentions.sort(key=lambda m: m.start)
    # Runs last among the people stages: a family name alone can only be matched once the
    # full names it shortens are all known.
    return find_surnames(doc)


def _listed_after_comma(doc: Document, first: int) -> int:
    """ "كل من: لينا فؤاد حداد، كبيرة ...، وأحمد سالم الكعبي، مدير ...": the و that adds a
    name to a list after a comma is no letter of the name (1 to skip, else 0)."""
    word = doc.tokens[first].text
    listed = first > 0 and doc.gap(first - 1, first).strip() == ","
    return int(listed and word.startswith("و") and len(word) > 3)


def _body(doc: Document, first: int) -> bool:
    """ "الحرس البحري والإدارة العامة ...": a rank's adjective before a body's head noun, not
    a title before a name."""
    return any(r in AGENCY_HEADS for r in clitic_readings(doc.tokens[first].text)[1:])


def _opens_name(doc: Document, first: int) -> bool:
    """What may stand between the titles and the name: nothing, "/" or ":", or the dot of an
    abbreviated title ("د. سناء", "أ.د. نادية")."""
    if doc.line_break(first - 1, first):
        return False
    gap = doc.gap(first - 1, first).strip()
    return gap in NAME_OPENERS or (gap == "." and len(doc.tokens[first - 1].text) == 1)


def _titles(doc: Document, index: int) -> tuple[list[str], int]:
    """The titles that follow one another from `index` ("معالي الوزير الدكتور"), and the index
    of the first word after them and the words that qualify them ("المقدم الجزائري")."""
    titles: list[str] = []
    while index < len(doc.tokens) and (match := HONORIFICS.match_at(doc.tokens, index)):
        if _given_name_before_link(doc, match) or _given_name_after_title(doc, titles, match):
            break  # "الشيخ ولد أحمدو ولد اباه": a given name, not a title
        titles.append(doc.text[match.start : match.end])
        index = match.last
        while index < len(doc.tokens) and (
            _qualifies_title(doc.tokens[index].text) or _retired(doc, index)
        ):
            index += 1
    return titles, index


def _retired(doc: Document, index: int) -> bool:
    """ "الفريق ركن (م) مصطفى ...": the mark of a retired officer in brackets."""
    if doc.tokens[index].text not in RETIRED or index + 1 >= len(doc.tokens):
        return False
    return "(" in doc.gap(index - 1, index) and ")" in doc.gap(index, index + 1)


def _no_name_at(doc: Document, title: int, first: int) -> bool:
    """An event after the title ("يعقد الفريق اجتماعه الرابع"), a title in a place's name, or
    in the name of a place named after its holder ("مطار الأمير سعيد ...")."""
    if EVENT_WORDS.match_at(doc.tokens, first) is not None:
        return True
    start = doc.tokens[title].start
    if any(m.entity.kind == "place" for m in doc.mentions.covering(start)):
        return True  # "بمدينة شرم الشيخ منتصف ديسمبر": the title word ends a place's name
    before = doc.tokens[title - 1].text if title > 0 else ""
    return not EPONYM_PLACES.isdisjoint(clitic_readings(before))


def _given_name_before_link(doc: Document, match) -> bool:
    """A family title right before ولد or بن is the first of a name's words."""
    if match.last >= len(doc.tokens) or doc.gap(match.last - 1, match.last).strip():
        return False
    word = doc.text[match.start : match.end]
    return word in FAMILY_TITLES and doc.tokens[match.last].text in FILIATIONS


def _given_name_after_title(doc: Document, titles: list[str], match) -> bool:
    """ "الدكتورة فضيلة بوزيدي": a title that is also a given name, after a title and before
    no other, starts the name."""
    word = doc.text[match.start : match.end]
    if not titles or normalize_string(word) not in GIVEN_NAME_TITLES:
        return False
    return match.last < len(doc.tokens) and HONORIFICS.match_at(doc.tokens, match.last) is None


def _qualifier_alone(doc: Document, index: int) -> bool:
    """A word that qualifies a rank ("البحري", "الحقوقي") but comes after no title."""
    word = doc.tokens[index].text
    if word not in RANK_QUALIFIERS:
        return False
    return index == 0 or HONORIFICS.match_at(doc.tokens, index - 1) is None


def _coordinated_adjective(doc: Document, index: int) -> bool:
    """ "المبادرات الفكرية والإعلامية للتحالف", "الفكري والإعلامي": a nisba title joined by و to
    the adjective before it is an adjective too."""
    word = doc.tokens[index].text
    if index == 0 or not is_nisba(word) or doc.gap(index - 1, index).strip():
        return False
    previous = doc.tokens[index - 1].text
    if not word.startswith("و"):  # "التواصل الإعلامي": the noun's adjective, no title
        titled = HONORIFICS.match_at(doc.tokens, index - 1) is not None  # "العميد البحري"
        return word in ADJECTIVE_TITLES and is_definite(previous) and not titled
    return is_definite(previous) and is_nisba(previous)


def _qualifies_title(word: str) -> bool:
    return word in RANK_QUALIFIERS or state_adjective(word)


def _skip_title_organization(doc: Document, index: int) -> int:
    """Skip "للشرطة" in "المراقب العام للشرطة سفيان بلقاسم": a name never starts with لل."""
    start = index
    while index < len(doc.tokens) and index - start < MAX_ORG_SKIP:
        word = doc.tokens[index].text
        if not (word.startswith("لل") or (index > start and word.startswith("ال"))):
            break
        if word in NAME_STOPS:
            break  # "... البلجيكية، التي تقوم بزيارة": a relative clause, no name
        index += 1
    return index


def _words(doc: Document, first: int, last: int) -> str:
    return " ".join(t.text for t in doc.tokens[first:last])


def _surname_then_object(doc: Document, first: int, last: int) -> bool:
    """A known family name, then words that are no more of a name: not "اللواء محمد عبدي آدم،"
    or "العميد خليفة سيف المهيري أن ...", a new full name closed by punctuation or by what its
    holder says, though "محمد" or "خليفة" ends another person's name."""
    if not known_surname(doc, first) or same_person(doc, _words(doc, first, last)):
        return False
    if last - first < 3 or last >= len(doc.tokens):
        return True
    plain = not doc.tokens[first + 1].text.startswith(("ب", "ل", "ف", "ك", "ال"))
    closed = doc.gap(last - 1, last).strip() == "," or (
        AFTER_A_SUBJECTS_NAME.match_at(doc.tokens, last) is not None
    )
    return not (plain and closed)
