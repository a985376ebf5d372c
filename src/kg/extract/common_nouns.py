"""Where a head noun starts no body's name: a verbal noun ("لإدارة الأزمات"), a head with an
indefinite adjective ("شبكة عربية", "وحدة متخصصة"), a generic head alone ("الجامعة")."""

from typing import Final

from kg.extract.agency_names import CUES, strip_reading
from kg.extract.document import Document
from kg.extract.head_nouns import DEFINITE_FORMS, HEADS
from kg.extract.lexicon import agencies as words
from kg.extract.lexicon import people as people_words
from kg.extract.name_joins import is_purpose
from kg.extract.name_words import NAME_ENDS, indefinite_adjective
from kg.extract.normalize import normalize_string, normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.preceding_phrases import phrase_covers, phrase_ends_at
from kg.extract.structure import TITLES
from kg.extract.word_shapes import adjective_like, is_definite, readings, state_adjective

VERBAL_HEADS: Final = normalized_set(words.VERBAL_HEADS)
PORTFOLIO_HEADS: Final = normalized_set(words.PORTFOLIO_HEADS)
ADJECTIVAL_HEADS: Final = {
    normalize_string(head): normalized_set(nouns) for head, nouns in words.ADJECTIVAL_HEADS.items()
}
ADJECTIVE_HEADS: Final = normalized_set(words.ADJECTIVE_HEADS) | DEFINITE_FORMS
GENERAL_ADJECTIVES: Final = normalized_set(words.GENERAL_ADJECTIVES)
BODIES_BY_HEAD: Final = frozenset(words.SHORT_FORMS)
OPENING_QUOTES: Final = ('"', "«", "“")
QUOTED_NAME_HEADS: Final = normalized_set(words.QUOTED_NAME_HEADS)
MANAGED_THINGS: Final = normalized_set(words.MANAGED_THINGS)
NISBA_HEADS: Final = normalized_set(words.NISBA_HEADS)
TOPIC_WORDS: Final = normalized_set(words.TOPIC_WORDS)
DESCRIBING_AS: Final = normalized_set(words.DESCRIBING_AS)


def _either_gender(adjectives) -> frozenset[str]:
    """ "الوطنية" → "الوطني": looked up by the stem, so both genders match."""
    return frozenset(w.removesuffix("ه") for w in normalized_set(adjectives))


NAMING_ADJECTIVES: Final = _either_gender(words.NAMING_ADJECTIVES)
REACH_ADJECTIVES: Final = _either_gender(words.REACH_ADJECTIVES)
NOT_NAMES: Final = PhraseTable(dict.fromkeys(words.NOT_NAMES, True))
ADVERBS: Final = normalized_set(words.ADVERBS)
COMMANDS: Final = normalized_set(("قيادة", "لقيادة", "بقيادة"))
PROGRAMMES: Final = normalized_set(("برنامج", "لبرنامج", "مشروع", "لمشروع"))
FORCE_CLASSES: Final = frozenset(
    ("SecurityService", "PoliceService", "BorderSecurityService", "PublicSecurityService")
)
FIELD_NOUNS: Final = normalized_set(("مجال", "مجالات", "ميدان", "ميادين"))
UNIT_LINKS: Final = normalized_set(words.UNIT_LINKS)
APPOINTED_AS: Final = normalized_set(people_words.APPOINTED_AS)
PERSONNEL: Final = normalized_set(words.PERSONNEL_NOUNS)


def _named_by_adjectives(doc: Document, index: int, reach: bool) -> bool:
    """ "الجامعة اللبنانية", "اللجنة الأمنية الكويتية - البريطانية المشتركة": a naming adjective
    among the adjectives right after a definite head; with `reach`, an adjective of a region or
    reach names one too ("المركز الخليجي")."""
    for k in range(index, min(index + 3, len(doc.tokens))):
        word = doc.tokens[k].text
        if not adjective_like(word):
            return k > index and _of_a_body(doc, k)
        if _naming_adjective(word) or (reach and _reach_adjective(word)):
            return True
        if word in GENERAL_ADJECTIVES and _genitive_follows(doc, k + 1):
            return True
    return False


def _opens_quote(doc: Document, index: int) -> bool:
    """The word right after an opening quotation mark, attached to it, but for a body's name
    its head gives before the quote ('برنامج "إدارة أفضل للهجرة"')."""
    if index == 0 or not doc.gap(index - 1, index).endswith(OPENING_QUOTES):
        return False
    return QUOTED_NAME_HEADS.isdisjoint(readings(doc.tokens[index - 1].text))


def _after_topic_word(doc: Document, index: int) -> bool:
    return index > 0 and doc.tokens[index - 1].text in TOPIC_WORDS


def _described_as(doc: Document, index: int) -> bool:
    """ "بوصفها الجهاز العلمي", "بوصفها مؤسسة أكاديمية": within two words of "as"."""
    before = doc.tokens[max(0, index - 2) : index]
    return any(t.text in DESCRIBING_AS for t in before) and not doc.gap(index - 1, index).strip()


def _genitive_follows(doc: Document, index: int) -> bool:
    """ "للغذاء": a ل-genitive, but not a body named by its head ("الأمانة العامة للمجلس" is a
    short form), a purpose or a time ("للعامين")."""
    if index >= len(doc.tokens) or not doc.tokens[index].text.startswith("لل"):
        return False
    word = doc.tokens[index].text
    return not (is_purpose(word) or set(readings(word)) & BODIES_BY_HEAD or word in NAME_ENDS)


def _of_a_body(doc: Document, index: int) -> bool:
    """ "اللجنة الرياضية لقوى الأمن الداخلي": a head and its adjective, then ل and a body's
    name, is that body's committee (or university, police ...)."""
    mention = doc.mention_starting(index)
    return (
        doc.tokens[index].text.startswith("ل") and bool(mention) and mention.entity.kind == "agency"
    )


def _naming_adjective(word: str) -> bool:
    """ "اللبنانية", "الإسبانية", "القضائية": an adjective that makes a generic head one body."""
    return state_adjective(word) or word.removesuffix("ه") in NAMING_ADJECTIVES


def _reach_adjective(word: str) -> bool:
    return word.removesuffix("ه") in REACH_ADJECTIVES


def common_noun_phrase(doc: Document, index: int) -> bool:
    """A verbal noun with ل or ب attached ("لإدارة الأزمات"), or an indefinite head and a nisba
    adjective ("شبكة عربية"): a common noun phrase, not a name."""
    word = doc.tokens[index].text
    if NOT_NAMES.match_at(doc.tokens, index) or phrase_covers(NOT_NAMES, doc.tokens, index, 2):
        return True  # "مجلس إدارة هيئة ...": "إدارة" is the board's, no head of its own
    if index and not FIELD_NOUNS.isdisjoint(readings(doc.tokens[index - 1].text)):
        return True  # "في مجالات الحماية المدنية وأمن المنافذ": fields of work, no body
    if _managed(doc, index):
        return True  # "وإدارة مركز الإيواء المؤقت": the shelter managed, no body
    if _qualifying_nisba(doc, index):
        return True  # "الحدود البحرية الإسبانية": the borders' adjective, no navy
    head = HEADS.match_at(doc.tokens, index)
    head_word = strip_reading(doc.text[head.start : head.end]).split()[-1]
    stem = word.removeprefix("و")  # "وبرنامج": the ب is the name's own
    attached = stem != head_word and stem[:1] in "لبك"
    if attached and head_word in VERBAL_HEADS and not _after_title(doc, index):
        # but "عُيّن مديراً لإدارة مكافحة المخدرات" names a department
        return not _command_of(doc, index, stem, head.last)
    if head_word in PORTFOLIO_HEADS and (word != head_word or _after_title(doc, index)):
        return True  # "لشؤون الشرطة", "مستشار شؤون النوع الاجتماعي": a portfolio
    following = doc.tokens[head.last].text if head.last < len(doc.tokens) else ""
    reach = head_word in DEFINITE_FORMS
    if head_word in ADJECTIVE_HEADS and not _named_by_adjectives(doc, head.last, reach):
        return True  # "الجامعة" alone refers back, "الشرطة المجتمعية" is a practice
    if head_word in VERBAL_HEADS and following.startswith("ال") and not _names_actor(doc, index):
        return True  # "إدارة الحدود": border management, unless "مدير إدارة ..." names a department
    if following in MANAGED_THINGS and head_word in VERBAL_HEADS and not _names_actor(doc, index):
        return True  # "وإدارة موقع الحادث": managing it
    if head_word in VERBAL_HEADS and (_opens_quote(doc, index) or _after_topic_word(doc, index)):
        return True  # 'دورة "إدارة مسرح الجريمة ..."', "دورة حول إدارة أمن الطيران": a topic
    if _described_as(doc, index) and head.last == index + 1:  # a one-word head
        return True  # "الجامعة، بوصفها الجهاز العلمي لمجلس ...": what the body before is
    indefinite = not head_word.startswith("ال")
    if indefinite and word == head_word and _qualifies(doc, index, head_word):
        return True  # "جماعات إجرامية منظمة تنشط": the head word is an adjective here
    if indefinite and following.startswith("ل"):
        return True  # "مشروع لرقمنة الأرشيف", "مركز للدراسات": a body for something
    if indefinite and following.isdigit():
        return True  # "زلزال بقوة 6 درجات": a strength, no force
    if indefinite and following in ADVERBS:
        return True  # "41 دولة ومنظمة حضوريا": organizations, none named
    return indefinite and indefinite_adjective(doc, head.last)


def _qualifying_nisba(doc: Document, index: int) -> bool:
    word = doc.tokens[index].text
    if word not in NISBA_HEADS or not index or doc.gap(index - 1, index).strip():
        return False
    return is_definite(doc.tokens[index - 1].text)


def _managed(doc: Document, index: int) -> bool:
    previous = doc.tokens[index - 1].text.removeprefix("و") if index else ""
    return doc.tokens[index].text in MANAGED_THINGS and previous in VERBAL_HEADS


def _command_of(doc: Document, index: int, stem: str, after: int) -> bool:
    """ "مركز التدريب بقيادة خفر السواحل", "رئيس قسم التدريب بقيادة خفر السواحل": after a body's
    name or a unit a title names, "بقيادة" and a body is the command that holds it; "led by"
    takes a person or a state ("بقيادة اللواء ...", "بقيادة المملكة")."""
    if not stem.startswith("ب") or index == 0 or after >= len(doc.tokens):
        return False
    named = doc.mention_starting(after)
    if named is not None and named.entity.kind != "agency":
        return False
    body_before = _body_ends_at(doc, doc.tokens[index - 1].end)
    unit_of_title = any(
        TITLES.match_at(doc.tokens, back) for back in range(max(0, index - 3), index)
    )
    return (body_before or unit_of_title) and not TITLES.match_at(doc.tokens, after)


def _qualifies(doc: Document, index: int, head_word: str) -> bool:
    """A head that is also an adjective follows an indefinite noun it can qualify: after a nisba
    adjective ("إجرامية منظمة") or a noun it qualifies ("شبكة منظمة"). Not "استراتيجية وزارة"."""
    if head_word not in ADJECTIVAL_HEADS or index == 0 or doc.gap(index - 1, index).strip():
        return False
    previous = doc.tokens[index - 1].text
    if is_definite(previous) or previous in NAME_ENDS:
        return False
    nouns = ADJECTIVAL_HEADS.get(head_word, frozenset())
    return previous.endswith("يه") or not nouns.isdisjoint(readings(previous))  # "ببرامج"


def _names_actor(doc: Document, index: int) -> bool:
    """ "مدير إدارة التعاون الدولي", "التي نظمتها إدارة التعاون الدولي", "من فرع ... وإدارة
    الأمن الجنائي": after a post title, a role verb or a body it is listed with, "إدارة ..." is
    a department, not the act of managing."""
    return (
        _after_title(doc, index)
        or _listed_after_body(doc, index)
        or _sent_from(doc, index)
        or phrase_ends_at(CUES, doc.tokens, index, within=3)
        or _command_of_force(doc, index)
        or _programme_of_body(doc, index)
    )


def _programme_of_body(doc: Document, index: int) -> bool:
    """ "ضمن برنامج الأمم المتحدة لمكافحة سفر الإرهابيين": a programme or project a body runs,
    named by that body; not "برنامج الزيارة" or "مشروع القرار"."""
    mention = _mention_after(doc, index, PROGRAMMES)
    return mention is not None and mention.entity.kind == "agency"


def _command_of_force(doc: Document, index: int) -> bool:
    """ "زار الوفد قيادة القوات البحرية", "قيادة الواجهة البحرية للوسط": a command of a force
    is a body; "قيادة الفريق", "قيادة المركبات" are leading and driving."""
    if doc.tokens[index].text.removeprefix("و") not in COMMANDS or index + 1 >= len(doc.tokens):
        return False
    head = HEADS.match_at(doc.tokens, index + 1)
    if head is not None and head.value in FORCE_CLASSES:
        return True
    mention = _mention_after(doc, index, COMMANDS)
    return mention is not None and mention.entity.cls in FORCE_CLASSES


def _mention_after(doc: Document, index: int, heads: frozenset[str]):
    """The mention right after token `index`, when that token (past a و) is one of `heads`."""
    if index + 1 >= len(doc.tokens) or doc.tokens[index].text.removeprefix("و") not in heads:
        return None
    return doc.mention_starting(index + 1)


def _sent_from(doc: Document, index: int) -> bool:
    """ "24 ضابطا وضابطة من إدارة المباحث العامة": the body the people before "من" come from."""
    if index < 2 or doc.tokens[index - 1].text != "من":
        return False
    before = doc.tokens[max(0, index - 1 - words.PERSONNEL_REACH) : index - 1]
    return any(t.text in PERSONNEL for t in before)


def _after_title(doc: Document, index: int) -> bool:
    """ "مدير", "ومدير", "رئيسة قسم", "مديراً" (appointed as): a post title just before."""
    if index > 0 and doc.tokens[index - 1].text in APPOINTED_AS:
        return True
    return index > 0 and any(
        TITLES.match_at(doc.tokens, back) for back in range(max(0, index - 2), index)
    )


def _listed_after_body(doc: Document, index: int) -> bool:
    """ "وإدارة ..." right after a body's name, the next body of a list; "في إدارة ..." right
    after one, the body it is a unit of ("فرع المختبرات الجنائية في إدارة الأمن الجنائي")."""
    if index == 0:
        return False
    if doc.tokens[index - 1].text in UNIT_LINKS and index > 1:
        index -= 1
    elif not doc.tokens[index].text.startswith("و"):
        return False
    return _body_ends_at(doc, doc.tokens[index - 1].end)


def _body_ends_at(doc: Document, end: int) -> bool:
    return any(m.end == end and m.entity.kind == "agency" for m in doc.mentions)
