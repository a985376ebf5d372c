"""Whether a trigger introduces an event of its own rather than naming one already reported."""

import re
from typing import Final

from kg.extract.document import Document, Event
from kg.extract.lexicon import calendar
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set

DEFINITE: Final = ("ال", "وال", "بال", "لل")
POSSESSIVES: Final = ("ها", "هم", "هما")
MEETING_VERBS: Final = frozenset(words.MEETING_VERBS)
GOING_ON: Final = frozenset(calendar.GOING_ON)
WHERE: Final = "حيث"  # a clause on what was done where the event before took place
GOING_ON_REACH: Final = 4  # words from the verb to the trigger: "تتواصل في مقر القسم الدورة"
DEMONSTRATIVES: Final = normalized_set(words.DEMONSTRATIVES)
ONCE_PLANNED: Final = re.compile(r"[ ,]*(?:التي|الذي) (?:كان|كانت) ")


def named_as_known(trigger: str) -> bool:
    """ "مذكرة التفاهم", "اجتماعها الأول": an event the text names as known, by the article or a
    possessive pronoun."""
    words_ = trigger.split()
    if words_[0] in MEETING_VERBS:
        return False  # "التقى" is a verb, not a noun with the article
    return any(w.startswith(DEFINITE) for w in words_) or words_[0].endswith(POSSESSIVES)


def joined_to_another_kind(doc: Document, kind: str, start: int, end: int, sentence: int) -> bool:
    """ "أعمال الاجتماع السنوي للشبكة ...، وورشة العمل الإقليمية ...": a trigger of another kind,
    joined by و to the event its sentence introduces, is a second event."""
    last = doc.events[-1]
    joined = doc.text[start] == "و" and last.sentences[0] == sentence and last.kind != kind
    both_named = named_as_known(doc.text[start:end]) and named_as_known(
        doc.text[last.start : last.end]
    )
    return joined and both_named and not doc.mentions.covering(start)


def going_on(doc: Document, start: int) -> bool:
    """ "تزامنا، تتواصل في مقر القسم الدورة التدريبية المتخصصة": an event the text has not
    reported, said to be going on, is one of its own."""
    index = doc.token_index(start)
    sentence_start = doc.sentence_at(start).start
    before = doc.tokens[max(0, index - GOING_ON_REACH) : index]
    return any(t.text in GOING_ON and t.start >= sentence_start for t in before)


def talks_of_the_visit(doc: Document, kind: str, start: int, sentence: int) -> bool:
    """ "استقبل ... الوفد الأردني ...، حيث عقد الجانبان جلسة مباحثات": talks held where a
    reception the sentence opens took place are that visit's, not a meeting of their own."""
    if kind != "meeting" or not doc.events:
        return False
    last = doc.events[-1]
    if last.kind != "visit" or last.sentences[0] != sentence:
        return False
    between = doc.text[last.end : start].split()
    return WHERE in between


def once_scheduled(doc: Document, start: int, end: int) -> bool:
    """ "الورشة، التي كان من المقرر عقدها حضوريا": the kind's word alone, with the article,
    and what was once planned for it; the event the text reports, not another."""
    trigger = doc.text[start:end]
    once = ONCE_PLANNED.match(doc.text, end) is not None
    return once and " " not in trigger and named_as_known(trigger)


def in_a_new_item(last: Event, index: int, headings: list[int]) -> bool:
    """ "■ تخريج دورة ..." then "احتفلت الأكاديمية بتخريج منتسبي الدورة التدريبية": a digest's
    item after the last event's reports its own, though its word has the article."""
    return any(last.sentences[0] < heading <= index for heading in headings)


def named_by_demonstrative(doc: Document, start: int) -> bool:
    """ "وعرفت هذه الورشة، التي كانت مبرمجة ... قبل أن يتم تأجيلها، مشاركة ...": the one held."""
    index = doc.token_index(start)
    return index > 0 and doc.tokens[index - 1].text in DEMONSTRATIVES
