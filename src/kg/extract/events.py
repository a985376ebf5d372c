"""Stages that find events by their trigger words and group the sentences about each."""

import re
from typing import Final

from kg.extract.anchored import anchored_matches
from kg.extract.document import Document, Event
from kg.extract.event_kinds import assembly_session, talks_with_visitor
from kg.extract.item_headings import heading_sentences, without_item_headings
from kg.extract.lectures import organized_lectures
from kg.extract.lexicon import events as words
from kg.extract.new_events import (
    BESIDE,
    SESSION,
    another_act,
    held_earlier,
    introduces_new,
    preceding,
    says_signed,
    verb_on_a_day_of_its_own,
)
from kg.extract.non_events import (
    counted,
    in_programme,
    met_a_group,
    other_sense,
    planned,
    prospective,
    quoted_verb,
    vaguely_past,
    visit_under_way,
)
from kg.extract.normalize import normalized_set
from kg.extract.phrases import PhraseTable
from kg.extract.second_events import (
    going_on,
    in_a_new_item,
    joined_to_another_kind,
    named_as_known,
    named_by_demonstrative,
    once_scheduled,
    talks_of_the_visit,
)
from kg.extract.talks import talks

TRIGGERS: Final = PhraseTable(words.TRIGGERS, article=True)
# Every session match has "دوره"/"دورته"/"دورتها" at most four characters (وال, لل+ال) after its
# start: the pattern is tried only there (it begins with optional prefixes, so the regex engine
# would try it at every character).
SESSION_WORD, SESSION_REACH = "دور", 4
COURSE_WORDS: Final = (SESSION_WORD, "برنامج")  # what every course pattern's match begins with
TRAINING_COURSE: Final = re.compile(words.TRAINING_COURSE_PATTERN)
TRAINING_MARKS: Final = ("تدريب", "تكوين", "تاهيل")
COMMITTEES: Final = frozenset(words.COMMITTEE_GENITIVES)
DURING: Final = normalized_set(("خلال", "أثناء"))
TALKS: Final = frozenset(("visit", "meeting"))
HEAD_ENDINGS: Final = ("هما", "ها", "هم", "ه", "ا")  # longest first
MIN_HEAD_LETTERS: Final = 4
NEXT_SPEAKER: Final = tuple(normalized_set(words.NEXT_SPEAKER))
NEXT_SPEAKER_REACH: Final = 20  # characters: the opening words


def find_events(doc: Document) -> Document:
    """Events from the body's triggers; from the headline's only when the body names none."""
    head = doc.head_end
    triggers = without_item_headings(doc, _triggers(doc))
    headings = heading_sentences(doc)
    headline = frozenset(t[0] for t in triggers if t[1] < head)
    put_off = _add_events(doc, [t for t in triggers if t[1] >= head], headings, headline)
    if not doc.events:
        put_off = _add_events(doc, [t for t in triggers if t[1] < head], headings)
    _spread(doc, put_off + headings)
    return doc


def _add_events(
    doc: Document,
    triggers: list[tuple[str, int, int]],
    headings: list[int],
    headline: frozenset[str] = frozenset(),
) -> list[int]:
    """Adds the events the triggers report; returns the sentences of those only planned or put
    off, which no event before them spreads over. The body's first trigger of a kind the
    headline names is an event of its own, though definite ("وعقب الزيارة، افتتح ... ورشة
    العمل" under "... يزور أرامكو ويفتتح ورشة عمل"): the headline introduced it."""
    previous_end = 0  # where the trigger before ends: a verb before that introduces that one
    not_held = set()  # kinds and head words of events the text plans or puts off
    planned_sentences = []
    for kind, start, end in triggers:
        sentence = doc.sentence_at(start)
        kind = talks_with_visitor(doc, assembly_session(doc, kind, start, end, sentence), sentence)
        if kind in words.NEEDS_SIGNING and not says_signed(doc, sentence):
            continue
        if counted(doc, start) or other_sense(doc, start) or vaguely_past(doc, sentence):
            continue
        if in_programme(doc, start) or quoted_verb(doc, start, end):
            continue
        if met_a_group(doc, start, end) or visit_under_way(doc, start):
            continue
        same_kind = next((e for e in reversed(doc.events) if e.kind == kind), None)
        if same_kind is not None and named_by_demonstrative(doc, start):
            _add_sentence(same_kind, sentence.index)  # "وعرفت هذه الورشة، التي كانت مبرمجة
            continue  # ... قبل أن يتم تأجيلها، مشاركة ...": the one held, and its history
        if prospective(doc, start) or planned(doc, start):
            # but "تحويل الورشة، التي كان من المقرر عقدها حضوريا، إلى صيغة افتراضية": the one held
            if same_kind is None or not once_scheduled(doc, start, end):
                not_held.add((kind, _head(doc, start)))
                planned_sentences.append(sentence.index)
            continue
        put_off = (kind, _head(doc, start)) in not_held  # "الدورة", not the "تمرين" put off
        if same_kind is None and put_off and named_as_known(doc.text[start:end]):
            continue  # "تأجيل الاجتماع ...، وأضاف أن الاجتماع كان سيبحث ...": the one put off
        if talks_of_the_visit(doc, kind, start, sentence.index):
            _add_sentence(doc.events[-1], sentence.index)
        elif (
            not doc.events
            or introduces_new(doc, start, end, same_kind, previous_end)
            or held_earlier(doc, kind, start, same_kind)
            or verb_on_a_day_of_its_own(doc, kind, start, end, doc.events[-1])
            or another_act(doc, kind, start, end)
            or preceding(doc, start, end)
            or joined_to_another_kind(doc, kind, start, end, sentence.index)
            or (same_kind is None and going_on(doc, start))
            or (same_kind is None and in_a_new_item(doc.events[-1], sentence.index, headings))
            or (same_kind is None and _headline_introduced(doc, kind, headline))
        ):
            doc.events.append(Event(kind, start, end, [sentence.index]))
        elif not introduces_another(doc, same_kind or doc.events[-1], sentence.index):
            # a reference back: to the last event of its kind, or to the last event
            _add_sentence(same_kind or doc.events[-1], sentence.index)
        if not _beside(doc, kind, start):
            previous_end = end
    return planned_sentences


def _headline_introduced(doc: Document, kind: str, headline: frozenset[str]) -> bool:
    """Of a kind the headline names; not talks after other talks ("استقبل ...، وجرى خلال
    اللقاء": the reception's own meeting)."""
    return kind in headline and not (kind in TALKS and any(e.kind in TALKS for e in doc.events))


def _head(doc: Document, start: int) -> str:
    """A trigger's head word, without the conjunction, the article, a pronoun or the accusative
    ending: "دوره" of "والدورة", "اجتماع" of "اجتماعا" and "اجتماعها"."""
    word = doc.tokens[doc.token_index(start)].text.removeprefix("و")
    word = word.removeprefix("ال").removeprefix("لل")
    for ending in HEAD_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_HEAD_LETTERS:
            return word.removesuffix(ending)
    return word


def _beside(doc: Document, kind: str, start: int) -> bool:
    """ "وقع أمس على هامش المؤتمر مذكرة تفاهم", "وقعا خلال اللقاء مذكرتي تفاهم": the event
    another is beside, or the talks during which it is done; the verb before it introduces the
    one after it."""
    index = doc.token_index(start)
    before = {t.text for t in doc.tokens[max(0, index - 2) : index]}
    return BESIDE in before or (kind in TALKS and not DURING.isdisjoint(before))


def introduces_another(doc: Document, event: Event, index: int) -> bool:
    """ "استقبل الوزير رؤساء الوفود المشاركين في الاجتماع": the sentence that introduces another
    event only names the earlier one; what it says is about the new one."""
    return any(e is not event and e.sentences[0] == index for e in doc.events)


def _spread(doc: Document, put_off: list[int]) -> None:
    """Sentences after an event's first mention speak of it until the next event is introduced
    ("من جانبه، استعرض اللواء ..." names no event but is about the one before it), or one only
    planned or put off; after a sentence that names an earlier event again ("وفي اليوم الثاني
    افتتح ... أعمال الورشة"), those that follow speak of that one."""
    named: dict[int, list[Event]] = {}  # the events each sentence names, before any is spread
    introduced: dict[int, list[Event]] = {}  # the events each sentence introduces
    for event in doc.events:
        introduced.setdefault(min(event.sentences), []).append(event)
        for index in event.sentences:
            named.setdefault(index, []).append(event)
    current: list[Event] = []
    paused: list[Event] = []  # the events a sentence on a planned one interrupted
    for index in range(min(introduced, default=len(doc.sentences)), len(doc.sentences)):
        if index in named:
            current, paused = introduced.get(index) or named[index], []
        elif index in put_off:
            current, paused = [], current or paused
        elif paused and _next_speaker(doc, index):
            current, paused = paused, []  # "ولفت إلى أن الميناء سيحتضن ... تمرينا. من جهته،
            # أوضح الخبير ...": the next speaker's words are on the event reported again
        for event in current:
            _add_sentence(event, index)
    for event in doc.events:
        event.sentences.sort()


def _next_speaker(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    return doc.text[sentence.start : sentence.start + NEXT_SPEAKER_REACH].startswith(NEXT_SPEAKER)


def _triggers(doc: Document) -> list[tuple[str, int, int]]:
    found = [(m.value, m.start, m.end) for m in TRIGGERS.find_all(doc.tokens)]
    for m in anchored_matches(SESSION, doc.text, (SESSION_WORD,), SESSION_REACH):
        if not any(mark in m.group() for mark in TRAINING_MARKS):
            genitive = m.group().split()[-1]
            kind = "meeting" if genitive in COMMITTEES else "council-session"
            kind = words.GATHERING_GENITIVES.get(genitive, kind)
            found.append((kind, m.start(), m.end()))
    for m in anchored_matches(TRAINING_COURSE, doc.text, COURSE_WORDS, SESSION_REACH):
        found.append(("training-course", m.start(), m.end()))
    found.extend(talks(doc))
    found.extend(organized_lectures(doc))
    found.sort(key=lambda t: (t[1], -(t[2] - t[1])))
    found = [t for i, t in enumerate(found) if i == 0 or t[1] >= found[i - 1][2]]
    return [t for t in found if not _in_agency_name(doc, t[1], t[2])]


def _in_agency_name(doc: Document, start: int, end: int) -> bool:
    """ "بالشراكة مع المنتدى العالمي لمكافحة الإرهاب": an event's word in a body's name; not a
    body's bare head inside a longer trigger ("الجمعية العامة الثامنة")."""
    return any(m.entity.kind == "agency" and m.end >= end for m in doc.mentions.covering(start))


def _add_sentence(event: Event, index: int) -> None:
    if index not in event.sentences:
        event.sentences.append(index)
