"""What a trigger names that is no event the text reports: a count of activities, another sense
of the word, one talked of, planned or put off, an item of a list of recommendations, one recalled
at no stated day, meeting a group during another event."""

import re
from typing import Final

from kg.extract.date_spans import alternation
from kg.extract.datelines import is_dateline
from kg.extract.document import Document
from kg.extract.lexicon import calendar
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.preceding_phrases import phrase_ends_at
from kg.extract.segment import inside_quotation

MEETING_VERBS: Final = frozenset(words.MEETING_VERBS)
QUANTIFIERS: Final = frozenset(words.QUANTIFIERS)
TENS: Final = frozenset(words.TENS)
PROSPECTIVE: Final = frozenset(words.PROSPECTIVE)
NOT_TRIGGERS: Final = PhraseTable(dict.fromkeys(words.NOT_TRIGGERS, True))
VISA_WORDS: Final = normalized_set(words.VISA_WORDS)
RECEIVING: Final = normalized_set(w + r for r in words.RECEPTION_VERBS for w in ("", "و"))
RECEIVED_REACH: Final = 5  # words: "استقبلت خلال الفترة ذاتها أكثر من"
FUTURE: Final = frozenset(words.FUTURE)
FUTURE_VERBS: Final = frozenset(words.FUTURE_VERBS)
RELATIVE_PRONOUNS: Final = normalized_set(("الذي", "التي", "الذين"))
DOING_VERBS: Final = normalized_set(("يقوم", "تقوم", "يقومون"))
RAPPORTEUR_ADJECTIVES: Final = frozenset(words.RAPPORTEUR_ADJECTIVES)
FUTURE_BEFORE: Final = 3  # words just before a trigger: "ستعقد الأسبوع المقبل اجتماعا"
SCHEDULED: Final = re.compile(words.SCHEDULED_PATTERN)
SCHEDULED_WINDOW: Final = 16  # words after a trigger: its name, then the relative clause
PLANNING_VERBS: Final = PhraseTable(dict.fromkeys(words.PLANNING_VERBS, True), clitics=False)
DECIDING_VERBS: Final = frozenset(words.DECIDING_VERBS)
HELD_NOUNS: Final = frozenset(words.HELD_NOUNS)
RECURRING_NOUNS: Final = frozenset(words.RECURRING_NOUNS)
PERIOD_UNITS: Final = frozenset(words.PERIOD_UNITS)
PROSPECTIVE_OPENINGS: Final = tuple(normalized_set(words.PROSPECTIVE_OPENINGS))
PROGRAMME_OPENINGS: Final = tuple(normalized_set(words.PROGRAMME_OPENINGS))
REMINDER_LEADS: Final = tuple(normalized_set(words.REMINDER_LEADS))
VAGUE_PAST: Final = tuple(calendar.VAGUE_PAST)
# "في أكتوبر الماضي": a month gone by, no day in it
MONTHS: Final = (*calendar.GREGORIAN_MONTHS, *calendar.HIJRI_MONTHS)
PAST_MONTH: Final = re.compile(
    rf"(?<!\S)(?:{alternation(MONTHS)}) (?:{alternation(calendar.PAST)})(?!\S)"
)
HOLDING_NOUNS: Final = normalized_set(words.HOLDING_NOUNS)
GROUP_WORDS: Final = normalized_set(words.GROUP_WORDS)
LIST_ITEM: Final = re.compile(words.LIST_ITEM_PATTERN)
LIST_MARK_CHARS: Final = 6  # "5- ", "4) ", "• ": the item's mark before its first word


def counted(doc: Document, start: int) -> bool:
    """ "أكثر من أربعين مؤتمرا", "18 محاضرة", "46 مؤتمرا واجتماعا": a count of activities, not
    one event."""
    before = _just_before(doc, start)
    if any(_quantity(t.text) for t in before):
        return True
    number = before[-1] if before and _small_number(before[-1].text) else None
    if number is not None and not doc.in_date(number.start) and not _item_number(doc, number):
        return True
    return _listed_after_count(doc, start)


def _item_number(doc: Document, number) -> bool:
    """ "1- استقبل المدير العام ...": the number of a list's item, at the start of its line."""
    after = doc.text[number.end : number.end + 2].strip()[:1]
    line_start = doc.text.rfind("\n", 0, number.start) + 1
    return after in ("-", ")", ".") and not doc.text[line_start : number.start].strip()


def _listed_after_count(doc: Document, start: int) -> bool:
    """ "و52 اجتماعا ودورة تدريبية وورشة عمل": what follows a counted noun, joined by و."""
    index = doc.token_index(start)
    if not doc.tokens[index].text.startswith("و"):
        return False
    first = max(0, index - words.COUNTED_LIST_WINDOW)
    sentence_start = doc.sentence_at(start).start
    for i in range(index - 1, first, -1):
        number, noun = doc.tokens[i - 1], doc.tokens[i]
        if number.start < sentence_start:
            return False
        counted = _counted_noun(noun.text) or number.text.isdigit()  # "27 دورة تدريبية"
        if _count(number.text) and counted and not doc.in_date(number.start):
            return True
        if not _in_counted_list(noun.text):
            return False
    return False


def _in_counted_list(word: str) -> bool:
    """A counted noun, one joined to it by و, or an adjective ("ودورة تدريبية")."""
    return _counted_noun(word) or word.startswith("و") or word.endswith(("يه", "ي"))


def _count(word: str) -> bool:
    return _small_number(word.removeprefix("و")) or _quantity(word)


def _small_number(word: str) -> bool:
    """A count in digits, not a year: "18", "46"."""
    return word.isdigit() and len(word) < 4


def _quantity(word: str) -> bool:
    """ "أكثر", "عشرات", "وأربعين" ("سبعة وأربعين مؤتمرا": the tens after و)."""
    return word in QUANTIFIERS or (word.startswith("و") and word[1:] in TENS)


def _counted_noun(word: str) -> bool:
    """An indefinite noun in the accusative, as after a number: "مؤتمرا", "اجتماعا"."""
    return len(word) > 3 and word.endswith("ا") and not word.startswith("ال")


def prospective(doc: Document, start: int) -> bool:
    """ "إمكانية تنفيذ برنامج تدريبي", "تأجيل الاجتماع": an event talked of or put off; not a
    word inside a body's name ("سلطة دبي لتنظيم الأصول الافتراضية، ندوة"), though one that
    ends it takes the trigger as its object ("اللجنة الأمنية العليا لتأمين مؤتمر القمة")."""
    return any(
        t.text in PROSPECTIVE and not any(m.end > t.end for m in doc.mentions.covering(t.start))
        for t in _just_before(doc, start)
    )


def _just_before(doc: Document, start: int) -> list:
    """The words of its sentence just before a trigger."""
    index = doc.token_index(start)
    sentence_start = doc.sentence_at(start).start
    before = doc.tokens[max(0, index - words.QUANTIFIER_WINDOW) : index]
    return [t for t in before if t.start >= sentence_start]


def vaguely_past(doc: Document, sentence) -> bool:
    """ "وكانت الإدارة قد نفذت العام الماضي تمرينا مشتركا", "وقعت في ديسمبر الماضي مذكرة":
    recalled at no stated day."""
    text = doc.text[sentence.start : sentence.end]
    vague = any(p in text for p in VAGUE_PAST) or PAST_MONTH.search(text) is not None
    return vague and not days_in(doc, sentence.index)


def in_programme(doc: Document, start: int) -> bool:
    """ "ويتضمن برنامج الزيارة ... عقد اجتماع فني": a part of the event its sentence is about."""
    opening = doc.text[doc.sentence_at(start).start : start].lstrip()
    return opening.startswith(PROGRAMME_OPENINGS)


def quoted_verb(doc: Document, start: int, end: int) -> bool:
    """ "التي أكدت أن "أعوان الخط الأول هم أول من يلتقي الضحايا"": a meeting verb inside a
    quotation reports no meeting."""
    if doc.text[start:end].split()[0] not in MEETING_VERBS:
        return False
    return inside_quotation(doc.text[doc.sentence_at(start).start : start])


def other_sense(doc: Document, start: int) -> bool:
    index = doc.token_index(start)
    if index and doc.tokens[index - 1].text in VISA_WORDS:
        return True  # "قادمون بتأشيرات زيارة": a visit visa, no visit
    if doc.tokens[index].text in RECEIVING and _numbers_received(doc, index):
        return True  # "استقبلت مراكز الإيواء خلال الفترة ذاتها أكثر من 17 ألف مهاجر"
    return NOT_TRIGGERS.match_at(doc.tokens, index) is not None


def _numbers_received(doc: Document, index: int) -> bool:
    """What the verb receives is a count of people, not a guest."""
    sentence_end = doc.sentence_at(doc.tokens[index].start).end
    after = doc.tokens[index + 1 : index + 1 + RECEIVED_REACH]
    return any(
        t.start < sentence_end
        and (_quantity(t.text) or (t.text.isdigit() and not doc.in_date(t.start)))
        for t in after
    )


def _opening(doc: Document, sentence_start: int, start: int) -> str:
    """The sentence's words before a trigger, past a reminder's lead ("للتذكير، من المرتقب")."""
    opening = doc.text[sentence_start:start].lstrip()
    lead = next((w for w in REMINDER_LEADS if opening.startswith(w)), "")
    return opening.removeprefix(lead).lstrip(" ,")


def planned(doc: Document, start: int) -> bool:
    """A later meeting the text plans, once it has reported an event: not an event itself."""
    index = doc.token_index(start)
    sentence = doc.sentence_at(start)
    after = doc.tokens[index + 1 : index + 1 + words.FUTURE_WINDOW]
    if phrase_ends_at(PLANNING_VERBS, doc.tokens, index, within=3):
        return True
    if _will_hold(doc, sentence.start, index):
        return True  # "ستنظم بالتعاون مع اللجنة الدولية ... برنامجا تدريبيا"
    if _decided(doc, index) or _recurring(doc, index, after):
        return True  # "كما أقر المؤتمر عقد اجتماع لخبراء المختبرات"
    if _listed_to_hold(doc, sentence.start, index):
        return True  # "5- عقد اجتماع دوري كل أسبوعين"
    if _opening(doc, sentence.start, start).startswith(PROSPECTIVE_OPENINGS):
        days = days_in(doc, sentence.index)  # "ومن المرتقب أن تعقد اللجنة اجتماعها الأول"
        return not days or _none_gone(doc, days)  # "ومن المقرر أن ينفذ ... يومي 7 و8"
    before = _just_before(doc, start)
    if _future(doc, before[-FUTURE_BEFORE:]):
        return True  # "ستعقد الأسبوع المقبل اجتماعا تنسيقيا"
    if any(t.text == words.TOMORROW for t in before):
        return True  # "وتنطلق غدا على هامش المؤتمر ورشة عمل"
    clause = [
        t for t in doc.tokens[index + 1 : index + 1 + SCHEDULED_WINDOW] if t.start < sentence.end
    ]
    if SCHEDULED.search(" ".join(t.text for t in clause)):
        return True  # "الملتقى الدولي ...، الذي كان مبرمجا بتونس ...، تأجل"
    return _future(doc, [t for t in after if t.start < sentence.end])


def _future(doc: Document, tokens: list) -> bool:
    """A word that puts what it qualifies to come ("المقبل", "المقرر"), but a rapporteur's title
    ("المقررة الخاصة")."""
    for token in tokens:
        following = doc.token_index(token.end)
        title = following < len(doc.tokens) and doc.tokens[following].text in RAPPORTEUR_ADJECTIVES
        if token.text in FUTURE and not title:
            return True
    return False


def _will_hold(doc: Document, sentence_start: int, index: int) -> bool:
    """A verb in the future a few words before the trigger, in its sentence."""
    first = max(0, index - words.FUTURE_VERB_REACH)
    before = [t for t in doc.tokens[first:index] if t.start >= sentence_start]
    return any(t.text in FUTURE_VERBS for t in before)


def _decided(doc: Document, index: int) -> bool:
    """A verb of deciding a few words before the verbal noun of holding just before a trigger."""
    if index == 0 or doc.tokens[index - 1].text not in HELD_NOUNS:
        return False
    before = doc.tokens[max(0, index - 1 - words.DECIDING_WINDOW) : index - 1]
    return any(t.text in DECIDING_VERBS for t in before)


def _recurring(doc: Document, index: int, after: list) -> bool:
    """ "إجراء تمرين مشترك كل ثلاثة أشهر": a verbal noun of holding, then "every" a period."""
    if index == 0 or doc.tokens[index - 1].text not in RECURRING_NOUNS:
        return False
    every = [i for i, t in enumerate(after) if t.text == "كل"]
    return any(t.text in PERIOD_UNITS for i in every for t in after[i + 1 : i + 3])


def _listed_to_hold(doc: Document, sentence_start: int, index: int) -> bool:
    """An item of a list of recommendations that opens with holding the event."""
    if not LIST_ITEM.match(doc.text, sentence_start):
        return False
    return (
        index > 0
        and doc.tokens[index - 1].text in HOLDING_NOUNS
        and doc.tokens[index - 1].start - sentence_start <= LIST_MARK_CHARS
    )


def visit_under_way(doc: Document, start: int) -> bool:
    """ "المدير العام للأمن، الذي يقوم بزيارة عمل إلى الجزائر": the visit a guest is on, told
    of in passing in a relative clause, is the setting of the event told, not one more."""
    index = doc.token_index(start)
    before = [t.text for t in doc.tokens[max(0, index - 2) : index]]
    return len(before) == 2 and before[0] in RELATIVE_PRONOUNS and before[1] in DOING_VERBS


def met_a_group(doc: Document, start: int, end: int) -> bool:
    """ "كما التقى عددا من الدارسين": a meeting verb with a group of people as its object."""
    if doc.text[start:end].split()[0] not in MEETING_VERBS:
        return False
    index = doc.token_index(end)
    return index < len(doc.tokens) and doc.tokens[index].text in GROUP_WORDS


def _none_gone(doc: Document, days: set) -> bool:
    """ "ومن المقرر أن يزور الوفد اليوم ...": what is to come, on the release's day or later."""
    release = doc.release_day
    return release is not None and all(day >= release for day in days)


def days_in(doc: Document, sentence_index: int) -> set:
    """The days a sentence names, but the release's own in its dateline."""
    sentence = doc.sentences[sentence_index]
    return {
        d.gregorian
        for d in doc.dates
        if sentence.start <= d.start < sentence.end and not is_dateline(doc, d)
    }
