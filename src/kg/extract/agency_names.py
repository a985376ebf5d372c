"""Where the name of a body the registry does not know ends, from its head noun on.

"مديرية شرطة محافظة نابلس", "مركز الوقاية من جرائم الإعلام الآلي": after the head, the words of
its genitive chain, its adjectives, ل-genitives and coordinated nouns, until a particle, a verb,
punctuation, a title or another body's name.
"""

from typing import Final

from kg.extract.document import Document
from kg.extract.head_nouns import HEADS
from kg.extract.honorifics import HONORIFICS
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import events as event_words
from kg.extract.name_joins import (
    DIVISION_WORDS,
    bare_definite_head,
    bi_opener_before,
    coordinated_service,
    for_the_sake_of,
    funded_by,
    institution_so_far,
    is_purpose,
    ministry_field,
    region_end,
    takes_preposition,
)
from kg.extract.name_titles import (
    NAME_TITLES,
    personal_name_end,
    title_of_another,
    titles_person,
)
from kg.extract.name_words import (
    JOINT,
    NAME_ENDS,
    after_definite,
    after_place,
    coordinated,
    indefinite_adjective,
    inside_place,
    place_follows,
    place_named_with,
    plural_after_singular,
    preposition_attached,
)
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.word_shapes import (
    adjective_like,
    is_definite,
    is_nisba,
    looks_like_verb,
    readings,
    state_adjective,
)

COMPETENT: Final = normalized_set(words.COMPETENT)
NEGATIONS: Final = normalized_set(words.NEGATIONS)
BI_NAME_WORDS: Final = normalized_set(words.BI_NAME_WORDS)
PREPOSITION_TERMS: Final = {
    normalize_string(p): normalized_set(nouns) for p, nouns in words.PREPOSITION_TERMS.items()
}
OBJECT_PRONOUN_NOUNS: Final = normalized_set(
    "و" + noun.removesuffix("ة") + "تها" for noun in words.OBJECT_PRONOUN_NOUNS
)
CITY_HEADS: Final = normalized_set(words.CITY_HEADS)
PROSECUTION_HEADS: Final = normalized_set(words.PROSECUTION_HEADS)
COURT_HEADS: Final = normalized_set(words.COURT_HEADS)
COURT_LINKS: Final = normalized_set(words.COURT_LINKS)
REGIONAL_ADJECTIVES: Final = normalized_set(words.REGIONAL_ADJECTIVES)
CITY_LINKS: Final = normalized_set(words.CITY_LINKS)
PORTFOLIO_HEADS: Final = normalized_set(words.PORTFOLIO_HEADS)
TREATY_ACTS: Final = normalized_set(words.TREATY_ACTS)
# After و, heads that go on with the name: a portfolio ("وشؤون ...") and a head that is also an
# adjective, one more adjective ("للمنافذ البرية والبحرية")
CONTINUING_HEADS: Final = PORTFOLIO_HEADS | normalized_set(words.NISBA_HEADS)
CUES: Final = PhraseTable(event_words.ROLE_CUES)
TRIGGERS: Final = PhraseTable(event_words.TRIGGERS, article=True)
MAX_TOKENS: Final = 12
MAX_FIELD_WORDS: Final = 4  # "في القانون الرقمي" before "بجامعة ..."
BARE_HEADS: Final = normalized_set(head.split()[0] for head in words.HEADS)  # no clitic, no article
INTERPOL_IN_UNIT_NAMES: Final = normalized_set(words.INTERPOL_IN_UNIT_NAMES)
FOREIGN_RELATIONS_WORDS: Final = normalized_set(words.FOREIGN_RELATIONS_WORDS)
UNIT_WORDS: Final = normalized_set(words.SHORT_UNIT_HEADS) | normalized_set(
    ("مديرية", "دائرة", "شعبة")
)
THE_STATE: Final = normalized_set(words.HOST_STATE_WORDS)  # "لدى المملكة"
MEMBER_STATES: Final = normalized_set(("بدول", "بالدول"))
GENERIC_MINISTRIES: Final = normalized_set(n for n in words.GENERIC_NAMES if n.startswith("وزارة"))


def chain_end(doc: Document, index: int, first: int) -> int:
    definite = is_definite(doc.tokens[index - 1].text)
    while index < len(doc.tokens) and index - first < MAX_TOKENS:
        if region := region_end(doc, index):
            index, definite = region, True  # "مجلس رؤساء الشرطة في شرق أفريقيا"
            continue
        titled = doc.tokens[index].text in NAME_TITLES and not doc.gap(index - 1, index).strip()
        # "جامعة الملك سعود", "أكاديمية الجنرال كاهية للشرطة": a title in construct is no stop;
        # after a definite word it is a participle ("قرار المجلس القاضي بتعيين ...")
        if titled and not definite:
            index = personal_name_end(doc, index + 1)
            continue
        if not _extends(doc, index, first, definite):
            break
        mention = doc.mention_starting(index)
        word = doc.tokens[index].text
        definite = mention is not None or is_definite(word) or word in OBJECT_PRONOUN_NOUNS
        index = doc.token_index(mention.end) if mention else index + 1
    return index


def _extends(doc: Document, index: int, first: int, definite: bool) -> bool:
    """ "وكيل وزارة الداخلية لشؤون الشرطة", "استراتيجية وزارة الداخلية لتطوير ...": after a
    ministry's whole name, a ل-phrase is a portfolio or a purpose, not more of the name."""
    word = doc.tokens[index].text
    if word.startswith("ل") and _head_class(doc, index) == "Ministry":
        name = strip_reading(
            normalize_string(doc.text[doc.tokens[first].start : doc.tokens[index - 1].end])
        )
        if word == "لشوون" or name in GENERIC_MINISTRIES:
            return False
    if index == first + 1 and word.startswith("ل") and bare_definite_head(doc, first):
        return False  # "الوكالة لإنشاء مركز": a short form and what it does
    if word in CITY_LINKS and _city_head(doc, first) and _place_or_the_state(doc, index + 1):
        return True  # "بعثة الاتحاد الأوروبي للمساعدة في ... في ليبيا", "لدى المملكة"
    if word.startswith("ب") and place_follows(doc, index) and _located(doc, first, index):
        return True  # "مكتب المركز الدولي ... بتونس", "المديرية الجهوية للجمارك بتمنراست"
    if word.startswith("و") and _state_closes(doc, first, index):
        return False  # "الجيش اللبناني ودار الفتوى": a state's adjective ends the name
    if word in INTERPOL_IN_UNIT_NAMES and _foreign_relations_unit(doc, first, index):
        return True  # "إدارة التعاون الدولي والإنتربول": the unit is the national bureau
    return coordinated_service(doc, index, first) or _extends_name(doc, index, definite)


def _place_or_the_state(doc: Document, index: int) -> bool:
    """A place, or the state the text is about named by its kind ("سفارة الجمهورية الفرنسية
    لدى المملكة")."""
    if place_follows(doc, index):
        return True
    return index < len(doc.tokens) and doc.tokens[index].text in THE_STATE


def _foreign_relations_unit(doc: Document, first: int, index: int) -> bool:
    if HEADS.match_at(doc.tokens, first) is None or doc.tokens[first].text not in UNIT_WORDS:
        return False
    return any(t.text in FOREIGN_RELATIONS_WORDS for t in doc.tokens[first + 1 : index])


def _counts(doc: Document, index: int) -> bool:
    """A number and the indefinite noun it counts ("214 حادثا", "3 متهمين")."""
    following = index + 1
    if following >= len(doc.tokens) or doc.gap(index, following).strip():
        return False
    word = doc.tokens[following].text
    if not word[:1].isalpha() or is_definite(word) or word in NAME_ENDS:
        return False  # "قوة المهام المشتركة 152 خلال الفترة": the name's number
    return doc.mention_starting(following) is None


def _line_starts(doc: Document, index: int) -> bool:
    return "\n" in doc.text[doc.tokens[index - 1].end : doc.tokens[index].start]


def _state_closes(doc: Document, first: int, index: int) -> bool:
    """A state's adjective ends a name, but inside its purpose ("بعثة الاتحاد الأوروبي لتنسيق
    دعم الشرطة الفلسطينية وسيادة القانون")."""
    if not state_adjective(doc.tokens[index - 1].text):
        return False
    return not any(t.text.startswith("ل") for t in doc.tokens[first + 1 : index])


def _located(doc: Document, first: int, index: int) -> bool:
    """An office or a regional unit, whose name ends with the city it serves."""
    regional = any(t.text in REGIONAL_ADJECTIVES for t in doc.tokens[first:index])
    return regional or _city_head(doc, first)


def _city_head(doc: Document, first: int) -> bool:
    head = HEADS.match_at(doc.tokens, first)
    return head is not None and strip_reading(doc.text[head.start : head.end]) in CITY_HEADS


def _head_class(doc: Document, index: int) -> str:
    head = _head_before(doc, index)
    return head.value if head else ""


def _head_text(doc: Document, index: int) -> str:
    head = _head_before(doc, index)
    return normalize_string(doc.text[head.start : head.end]) if head else ""


def _head_before(doc: Document, index: int):
    for back in range(index - 1, max(-1, index - MAX_TOKENS), -1):
        head = HEADS.match_at(doc.tokens, back)
        if head is not None and head.last <= index:
            return head
    return None


def _field_before_parent(doc: Document, index: int) -> bool:
    """ "في الأمن الرقمي بجامعة ...": after في, a field (definite words, no body, place or event)
    and then, with ب, the body the unit belongs to."""
    for end in range(index, min(index + MAX_FIELD_WORDS, len(doc.tokens))):
        token = doc.tokens[end]
        if end > index and token.text.startswith("ب") and _body_starts(doc, end):
            return not doc.gap(end - 1, end).strip()
        if not adjective_like(token.text) and not is_definite(token.text):
            return False
        if doc.mention_starting(end) or TRIGGERS.match_at(doc.tokens, end):
            return False
        if doc.gap(end, end + 1).strip() if end + 1 < len(doc.tokens) else True:
            return False
    return False


def _body_starts(doc: Document, index: int) -> bool:
    mention = doc.mention_starting(index)
    if mention is not None:
        return mention.entity.kind == "agency"
    return HEADS.match_at(doc.tokens, index) is not None


def _extends_name(doc: Document, index: int, definite: bool) -> bool:
    """Whether token `index` continues the name. An indefinite word is in construct, so any noun
    may follow it ("لمكافحة جرائم تقنية المعلومات"); after a definite word or a name, only
    adjectives, ل-genitives, و-words and numbers ("الشرطة عالجت" ends at الشرطة)."""
    word = doc.tokens[index].text
    previous = doc.tokens[index - 1].text
    gap = doc.gap(index - 1, index).strip()
    if gap and not (gap == "-" and is_nisba(previous) and is_nisba(word)):
        return False  # but "اللجنة الأمنية الكويتية - البريطانية المشتركة" is one name
    if doc.line_break(index - 1, index):
        return False  # a headline's last words, then the dateline
    if inside_place(doc, index):
        return True  # "وهران" of "ولاية وهران" is not a conjunction
    if takes_preposition(doc, index, word, previous) or for_the_sake_of(doc, index):
        return True  # "مركز الوقاية من جرائم ...", "إدارة مكافحة العنف ضد المرأة"
    if word in OBJECT_PRONOUN_NOUNS:
        return True  # "وحدة أمن الحدود وإدارتها", "... والجرائم المعلوماتية ومكافحتها"
    possessive = word.endswith(words.POSSESSIVE_SUFFIXES) and len(word) > 4
    if possessive and doc.mention_starting(index) is None:  # "مصراتة" ("مصراته") is a name
        return False  # "ومشروع نظامها الداخلي": a draft of its own rules, no body's name
    if word in COURT_LINKS and _prosecution_at_court(doc, index):
        return True  # "النيابة العامة لدى محكمة جيبوتي الابتدائية"
    if word in CITY_LINKS and strip_reading(_head_text(doc, index)) in CITY_HEADS:
        return place_follows(doc, index + 1)
    if word == "في" and _field_before_parent(doc, index + 1):
        return True  # "مركز الابتكار في الأمن الرقمي بجامعة السلطان قابوس"
    if word in NEGATIONS or funded_by(doc, index):
        return False
    if word in COMPETENT:  # "المختصة بقضايا النزاهة": its field, which the name keeps
        return index + 1 < len(doc.tokens) and doc.tokens[index + 1].text.startswith("ب")
    if previous in COMPETENT:
        return True
    if word in NAME_ENDS or is_purpose(word):
        return word.startswith("ل") and institution_so_far(doc, index)
    if word.removeprefix("ل") in PORTFOLIO_HEADS and _head_alone(doc, index):
        return False  # "نائبة المدير التنفيذي للوكالة لشؤون العمليات": the post's portfolio
    if preposition_attached(doc, index):
        return bi_opener_before(doc, index) or word in BI_NAME_WORDS or _of_members(doc, index)
    if word.isdigit() and (
        len(word) == 4 or doc.in_date(doc.tokens[index].start) or _line_starts(doc, index)
    ):
        return False  # a year, the day of a dateline's date ("... والإعلام 9 أيار 2024"), or a
        # list's next number
    if word.isdigit() and _counts(doc, index):
        return False  # "ضبطت الإدارة العامة لمكافحة المخدرات 3 متهمين": a count, not the name's
    if word == "غير":  # "الهجرة غير الشرعية"
        return True
    if ministry_field(doc, index):
        return True  # "وزارة الداخلية والأمن العام": one ministry
    if (
        word.startswith("و")
        and word not in DIVISION_WORDS
        and not place_named_with(doc, index, "و")
    ) and (
        (HEADS.match_at(doc.tokens, index) and word[1:] not in CONTINUING_HEADS)
        or not coordinated(doc, index)
        or after_place(doc, index, word)
    ):
        return False  # "ووزارة ..." starts another name; "وأكد" a new clause
    if word.startswith("و") and _known_body_at(doc, index):
        return False  # "بين حكومة دولة قطر والأمم المتحدة": a second body the registry knows
    mention = doc.mention_starting(index)
    if mention is not None and state_adjective(previous) and mention.entity.kind == "place":
        # "شكر الحكومة الصومالية لتركيا": another state after the name's own; but "اللجنة
        # العمانية السعودية المشتركة" is the two states' joint committee
        return _joint_of_states(doc, index)
    if mention is not None:
        return mention.entity.kind != "person" and not _apposed_body(doc, index, definite)
    if looks_like_verb(word) or after_place(doc, index, word):
        return False
    if not is_definite(word) and indefinite_adjective(doc, index + 1):
        return False  # "بجرم إدارة منصة إلكترونية": a common noun and its adjective
    if definite and not after_definite(word):
        return False
    if definite and plural_after_singular(word, previous):
        return False  # "الدرك الوطني المكلفين بالحراسة": the officers', not the body's
    # A rank's adjective ("البحري", "الجوي") is a name's adjective here: "اللجنة البحرية الأمنية".
    titles = () if adjective_like(word) else (HONORIFICS,)
    # A definite event word after a noun in construct is its genitive ("لمتابعة تنفيذ الاتفاقية").
    events = (
        (TRIGGERS,) if (definite or not is_definite(word)) and previous not in TREATY_ACTS else ()
    )
    if title_of_another(doc, index):
        return False
    stoppers = (*titles, CUES, *events)
    return not any(table.match_at(doc.tokens, index) for table in stoppers) and not titles_person(
        doc, index
    )


def _of_members(doc: Document, index: int) -> bool:
    """ "لجنة قادة القوات البحرية بدول مجلس التعاون لدول الخليج العربية": a committee or centre
    of an organization's member states, named with them."""
    if doc.tokens[index].text not in MEMBER_STATES or index + 1 >= len(doc.tokens):
        return False
    mention = doc.mention_starting(index + 1)
    return mention is not None and mention.entity.kind == "agency"


def _joint_of_states(doc: Document, index: int) -> bool:
    while index < len(doc.tokens) and state_adjective(doc.tokens[index].text):
        index += 1
    return index < len(doc.tokens) and doc.tokens[index].text in JOINT


def _prosecution_at_court(doc: Document, index: int) -> bool:
    following = doc.tokens[index + 1].text if index + 1 < len(doc.tokens) else ""
    head = strip_reading(_head_text(doc, index))
    return head in PROSECUTION_HEADS and following in COURT_HEADS


def _apposed_body(doc: Document, index: int, definite: bool) -> bool:
    """ "بكلية الهندسة جامعة عين شمس": a bare head after a whole definite name starts the body
    that name belongs to, in apposition; no genitive follows a definite word."""
    return definite and doc.tokens[index].text in BARE_HEADS


def _known_body_at(doc: Document, index: int) -> bool:
    """A body the registry knows starts at token `index` (with its و or after it)."""
    start = doc.tokens[index].start
    return any(
        m.entity.kind == "agency" and m.entity.iri and not m.nested
        for m in doc.mentions.starting_from(start, start + 1)
    )


def _head_alone(doc: Document, index: int) -> bool:
    """The word before is a definite head on its own: a short form ("للوكالة")."""
    previous = doc.tokens[index - 1].text
    before = doc.tokens[index - 2].text if index >= 2 else ""
    return (
        is_definite(previous)
        and HEADS.match_at(doc.tokens, index - 1) is not None
        and (HEADS.match_at(doc.tokens, index - 2) is None if before else True)
    )


def strip_reading(name: str) -> str:
    first, _, rest = name.partition(" ")
    head = next((r for r in readings(first)[1:] if HEADS.by_first.get(r)), first)
    return f"{head} {rest}".strip()
