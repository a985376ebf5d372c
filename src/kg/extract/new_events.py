"""Whether a trigger starts an event of its own rather than naming one reported before: the
event verb before it in its clause, a day of its own, the sidelines of the one before, an act
told as done earlier or besides, another matter the sentence turns to."""

import re
from typing import Final

from kg.extract.date_spans import followed
from kg.extract.datelines import is_dateline
from kg.extract.document import Document, Event
from kg.extract.lexicon import events as words
from kg.extract.non_events import days_in
from kg.extract.normalize import normalized_set
from kg.extract.second_events import MEETING_VERBS, POSSESSIVES, WHERE, named_as_known

SESSION: Final = re.compile(words.COUNCIL_SESSION_PATTERN)
# "وعلى هامش الاجتماع"، "وفي ختام الاجتماع": beside or after the event, a meeting or reception
BESIDE: Final = "هامش"
SIDELINE_VERBS: Final = frozenset(words.SIDELINE_VERBS)
SIDELINES: Final = frozenset((BESIDE, "ختام"))
EVENT_VERBS: Final = normalized_set(words.EVENT_VERBS)
SIGNING_WORDS: Final = normalized_set(words.SIGNING_WORDS)
NEW_EVENT_VERBS: Final = EVENT_VERBS | SIGNING_WORDS
PERFORMING_VERBS: Final = normalized_set(words.PERFORMING_VERBS)
PLUPERFECT: Final = normalized_set(words.PLUPERFECT)  # "وكان ... قد استقبل"
HOLDING_VERBS: Final = normalized_set(words.HOLDING_VERBS)
BESIDES: Final = normalized_set(("أيضا", "أيضاً"))  # "واستقبل سعادته أيضا ..."
BESIDES_REACH: Final = 3
RECEPTION_VERBS: Final = normalized_set(words.RECEPTION_VERBS)
FOLLOWING: Final = normalized_set(words.FOLLOWING_WORDS)
PRECEDING: Final = normalized_set(words.PRECEDING_VERBS)
PRECEDING_REACH: Final = 3  # tokens: "سبقه أمس الثلاثاء اجتماع"
RELATED_MATTER: Final = normalized_set(("في سياق متصل", "وفي سياق متصل", "وفي السياق ذاته"))
EARLIER_ON: Final = normalized_set(words.EARLIER_ON)
START_VERBS: Final = normalized_set(words.START_VERBS)
PART_ADJECTIVES: Final = frozenset(words.PART_ADJECTIVES)
PROCEEDINGS: Final = normalized_set(("أشغال", "أعمال"))
WORD_PUNCTUATION: Final = '،,؛;:.()"«»“”'
TITLE_QUOTES: Final = ('"', "«", "“", "'")
TITLE_QUOTE_REACH: Final = 3  # characters: the quoted title follows the trigger
ANOTHER_MATTER: Final = tuple(normalized_set(words.ANOTHER_MATTER))
RELATED_OPENINGS: Final = tuple(RELATED_MATTER)
ANOTHER_MATTER_REACH: Final = 30  # characters: the marker opens the sentence


def says_signed(doc: Document, sentence) -> bool:
    text = doc.text[sentence.start : sentence.end]
    return any(w in SIGNING_WORDS for w in _words(text))


def introduces_new(
    doc: Document, start: int, end: int, previous: Event | None, previous_end: int
) -> bool:
    """An indefinite trigger with an event verb before it in its sentence, and after any trigger
    before it there, starts another event ("ووقع مذكرة التفاهم ... التي تقوم بزيارة عمل": the
    verb is the signing's, the visit is background)."""
    sentence = doc.sentence_at(start)
    if _on_the_sidelines(doc, sentence.start, start, end):
        return True  # though "على هامش الاجتماع" named the one before in its sentence
    if previous is not None and sentence.index in previous.sentences:
        return False
    if _another_matter(doc, sentence) and not _introduced_in(doc, sentence.index):
        return True  # "من جهة أخرى، احتفل المعهد بتخريج المشاركين في دورة ..."; not "وفي سياق
        # آخر، استقبل ...، وجرى خلال اللقاء": the other matter is the event it opens with
    verbs = doc.text[max(sentence.start, previous_end) : start].split()
    if _related_act(doc, sentence, verbs, previous):
        return True
    if WHERE in verbs:  # "وأشرف على الجانب العملي من الدورة ...، حيث نفذ المتدربون تمريناً":
        verbs = verbs[len(verbs) - verbs[::-1].index(WHERE) :]  # the clause's own verbs only
    if _part_of_the_event(doc, end):
        return False  # "شارك متطوعون في تمرين المحاكاة الختامي": the course's closing exercise
    if named_as_known(doc.text[start:end]) and (previous or not _proceedings_of(doc, start, end)):
        return False
    return not NEW_EVENT_VERBS.isdisjoint(verbs) or (
        previous is None and not PERFORMING_VERBS.isdisjoint(verbs)
    )


def _proceedings_of(doc: Document, start: int, end: int) -> bool:
    """ "التأمت ... أشغال الدورة الخامسة للجنة ...": the proceedings of a session named by its
    ordinal, the first of its kind in the text, are no reference back."""
    index = doc.token_index(start)
    before = doc.tokens[index - 1].text if index else ""
    return before in PROCEEDINGS and SESSION.fullmatch(doc.text[start:end]) is not None


def _part_of_the_event(doc: Document, end: int) -> bool:
    after = doc.token_index(end)
    return any(t.text in PART_ADJECTIVES for t in doc.tokens[after : after + words.PART_REACH])


def _on_the_sidelines(doc: Document, sentence_start: int, start: int, end: int) -> bool:
    """ "وعلى هامش أعمال الدورة، التقى الوزير نظيره": a meeting or reception verb after "on the
    sidelines of" is an event of its own, beside the event the sentence names first."""
    opening = doc.text[sentence_start:start].split()
    if SIDELINES.isdisjoint(opening):
        return False
    if doc.text[start:end].split()[0] in SIDELINE_VERBS:
        return True
    # "وعلى هامش حفل التوقيع، أعطيت انطلاقة دورة تكوينية": an event not yet named, after the
    # phrase that names the one it is beside
    if BESIDE not in opening:
        return False  # "وفي ختام الزيارة، تفقد الوفد ...": what closed the visit is part of it
    if any(e.sentences[0] == doc.sentence_at(start).index for e in doc.events):
        return False  # "وقعت ... مذكرة تفاهم لتنفيذ برنامج تدريبي": what the first one is for
    after = opening[opening.index(BESIDE) :]
    closed = [i for i, w in enumerate(after) if w.endswith(("،", ","))]
    # the trigger a verb's object ("أعطيت انطلاقة دورة"), not the verb of a tour that is part of
    # the event ("وعلى هامش مراسم التوقيع، تفقد الوفد قاعات التدريب")
    verb_between = bool(closed) and closed[-1] < len(after) - 1
    return not named_as_known(doc.text[start:end]) and verb_between


def another_act(doc: Document, kind: str, start: int, end: int) -> bool:
    """ "وكان القائد العام قد استقبل صباح أمس وفدا ...", "كما استقبل ..."، "واستقبل أيضا ...": an
    event's verb that reports an act done before the event reported ("كان ... قد") or besides
    it ("كما"، "أيضا")."""
    first = doc.text[start:end].split()[0]
    if NEW_EVENT_VERBS.isdisjoint({first, first.removeprefix("و")}):
        return False
    sentence = doc.sentence_at(start)
    opening = doc.text[sentence.start : start].split()
    earlier = bool(opening) and opening[0] in PLUPERFECT and "قد" in opening
    earlier = earlier or " ".join(opening[:3]) in EARLIER_ON  # "وفي وقت سابق من يوم ..."
    following = doc.tokens[doc.token_index(end) : doc.token_index(end) + BESIDES_REACH]
    besides = (
        opening in (["كما"], ["ثم"])
        or " ".join(opening).rstrip(",") in RELATED_MATTER  # "وفي سياق متصل، استقبل ..."
        or _another_matter(doc, sentence)  # "وفي سياق آخر، استقبل ..."
        or (bool(opening) and opening[0] in FOLLOWING)  # "وعقب الحفل، استقبل رئيس الأكاديمية"
        or any(t.text in BESIDES for t in following)
    )
    # a reception or a meeting with someone else ("كما التقى معاليه وزير الداخلية ..."), or a
    # first visit after another kind of event ("وعقب الاجتماع زار الوفد ..."), not "كما زار
    # الوفد" after a visit: the same one
    receiving = first.removeprefix("و") in RECEPTION_VERBS or first in MEETING_VERBS
    first_of_kind = all(e.kind != kind for e in doc.events)
    return (earlier and first_of_kind) or (besides and (receiving or first_of_kind))


def verb_on_a_day_of_its_own(
    doc: Document, kind: str, start: int, end: int, previous: Event
) -> bool:
    """ "استقبل الوزير ... أمس الثلاثاء رؤساء الوفود المشاركين في الاجتماع", "وفي اليوم الثاني،
    الأربعاء 30 أبريل، قام المشاركون بزيارة ميدانية": a trigger that is itself an event's verb,
    or an indefinite one of another kind, in a sentence dated otherwise than the event before,
    is another event, though it speaks of that one."""
    first = doc.text[start:end].split()[0]
    verb = not NEW_EVENT_VERBS.isdisjoint({first, first.removeprefix("و")})
    sentence = doc.sentence_at(start)
    held = kind != previous.kind and _held_own(doc, first, sentence.start, start, end)
    # "وكانت الأمانة العامة قد احتضنت يومي 5 و6 سبتمبر أعمال المؤتمر ...": held on its own days
    recalled = kind != previous.kind and not NEW_EVENT_VERBS.isdisjoint(
        _words(doc.text[sentence.start : start])
    )
    # "ويأتي الاجتماع في إطار الزيارة التي ... بدأها أمس الأحد وتستمر يومين": the first of its
    # kind, dated in what follows its word
    first_of_kind = all(e.kind != kind for e in doc.events)
    recalled = recalled or (first_of_kind and _dated_right_after(doc, end, sentence.end))
    if not (verb or held or recalled) and (
        kind == previous.kind or named_as_known(doc.text[start:end])
    ):
        return False
    if held and followed(doc.text, sentence.start, start):
        return True  # "وعقب اللقاء، دشنت ... الدورة التدريبية": held right after the one before,
        # on its day or on days of its own ("من ١٤ إلى ١٧ ذو القعدة")
    return _on_days_of_its_own(doc, sentence.index, previous)


def _on_days_of_its_own(doc: Document, index: int, previous: Event) -> bool:
    """Sentence `index` names days, none of them one the event before was first told on."""
    own = days_in(doc, index)
    return bool(own) and own.isdisjoint(days_in(doc, min(previous.sentences)))


def held_earlier(doc: Document, kind: str, start: int, previous: Event | None) -> bool:
    """ "وكانت اللجنة التحضيرية قد عقدت اجتماعها أمس الثلاثاء": a meeting told in the pluperfect
    on a day of its own, before the one reported, is another meeting."""
    if kind not in words.EARLIER_MEETINGS or previous is None:
        return False
    sentence = doc.sentence_at(start)
    opening = doc.text[sentence.start : start].split()
    if not opening or opening[0] not in PLUPERFECT or "قد" not in opening:
        return False
    held = not HOLDING_VERBS.isdisjoint(opening)
    return held and _on_days_of_its_own(doc, sentence.index, previous)


def preceding(doc: Document, start: int, end: int) -> bool:
    """ "وكان الاجتماع قد سبقه أمس اجتماع اللجنة الفنية": another event, held before the one
    the sentence names."""
    index = doc.token_index(start)
    before = doc.tokens[max(0, index - PRECEDING_REACH) : index]
    return not named_as_known(doc.text[start:end]) and any(t.text in PRECEDING for t in before)


def _dated_right_after(doc: Document, end: int, sentence_end: int) -> bool:
    reach = min(sentence_end, end + words.OWN_DAY_REACH)
    return any(end <= d.start < reach and not is_dateline(doc, d) for d in doc.dates)


def _held_own(doc: Document, trigger_word: str, sentence_start: int, start: int, end: int) -> bool:
    """ "قد عقدوا أمس اجتماعهم التحضيري": an event of their own that a verb says they held;
    "افتتح الضيف ... الدورة التدريبية "إدارة الحشود"": one a verb opens and names by its title."""
    verbs = _words(doc.text[sentence_start:start])
    named = doc.text[end : end + TITLE_QUOTE_REACH].lstrip()[:1] in TITLE_QUOTES
    started = not START_VERBS.isdisjoint(verbs)  # "وعقب التوقيع، انطلقت ... الدورة التدريبية"
    own = trigger_word.endswith(POSSESSIVES) or named or started
    return own and not NEW_EVENT_VERBS.isdisjoint(verbs)


def _introduced_in(doc: Document, index: int) -> bool:
    return any(e.sentences[0] == index for e in doc.events)


def _another_matter(doc: Document, sentence) -> bool:
    """ "وفي سياق آخر، ترأس الوزير ... الاجتماع الدوري للجنة": the sentence turns to another
    matter, so even an event named with the article is a new one."""
    return _opens_with(doc, sentence, ANOTHER_MATTER)


def _related_act(doc: Document, sentence, verbs: list[str], previous: Event | None) -> bool:
    """ "وفي سياق متصل، اختتمت اليوم أعمال الاجتماع الخامس للجنة ...", "وفي سياق متصل، عقدت
    اللجنة العليا، اليوم الثلاثاء، اجتماعها الثالث": an act the sentence reports as related to
    the one before is another event, once a verb says it was held, though named as known; of
    the same kind as the one before, only on days of its own."""
    if not _opens_with(doc, sentence, RELATED_OPENINGS) or NEW_EVENT_VERBS.isdisjoint(verbs):
        return False
    return previous is None or _on_days_of_its_own(doc, sentence.index, previous)


def _opens_with(doc: Document, sentence, openings: tuple[str, ...]) -> bool:
    head = doc.text[sentence.start : sentence.start + ANOTHER_MATTER_REACH]
    return head.lstrip().startswith(openings)


def _words(text: str) -> list[str]:
    """The words of a stretch of text, without the punctuation written onto them ("وقعت،")."""
    return [w.strip(WORD_PUNCTUATION) for w in text.split()]
