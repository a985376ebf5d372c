"""The days of an event: of the dates its sentences name, the one that is its own (a period, an
opening and a closing day, a day of the event before, the release's day), without the dateline's
or a later event's."""

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from kg.extract.date_spans import alternation, duration_days, followed
from kg.extract.datelines import is_dateline
from kg.extract.document import DateMention, Document, Event
from kg.extract.lexicon import calendar as cal
from kg.extract.lexicon import events as words
from kg.extract.normalize import normalized_set

# events of one day, even inside a longer meeting
POINT_KINDS: Final = ("agreement-signing", "meeting")
ONE_DAY_KINDS: Final = ("agreement-signing",)
MAX_SPAN: Final = timedelta(days=cal.MAX_SPAN_DAYS)
LONG_KIND: Final = "training-course"  # a course, a diploma, may run for months
TOUR_WORDS: Final = normalized_set(words.TOUR_WORDS)
DAY_KINDS: Final = ("agreement-signing", "visit")  # a call on a day of a longer tour
RECEPTION_VERBS: Final = normalized_set(words.RECEPTION_VERBS)
UNTIL_WORDS: Final = normalized_set(cal.UNTIL_WORDS)
UNTIL_REACH: Final = cal.PHASE_REACH
SAME_DAY: Final = re.compile(r"(?:اليوم|يوم) (?:نفسه|ذاته)|نفس اليوم")
NEXT_DAY: Final = re.compile(r"اليوم (?:التالي|الموالي)")
NTH_DAY: Final = re.compile(  # "اليوم الأول من الورشة", "اليوم الأخير للدورة", "اليوم الأول،"
    rf"اليوم (?P<nth>{alternation(cal.ORDINAL_DAYS)}|{alternation(cal.LAST_DAYS)})(?: (?:من|ل)|,)"
)


def date_event(doc: Document, event: Event, spans) -> None:
    """The event's start and end (and Hijri start) from the days its sentences name."""
    inside = _after_dateline(doc, [d for s, e in spans for d in doc.dates
                                   if s <= d.start < e and d.gregorian
                                   and d.phase != "scheduled"
                                   and not _claimed_by_later(doc, event, d)])  # fmt: skip
    known = _after_dateline(doc, [d for d in doc.dates if d.gregorian])
    point = _point(doc, event)
    if point:  # a signing or a meeting took place on no day of a period still to come
        inside = [d for d in inside if not _period_to_come(doc, d)]
        known = [d for d in known if not _period_to_come(doc, d)]
    ranges = [d for d in inside if d.end_date]
    spans_days = [d for d in known if d.end_date]  # the text's "from ... to ...", before "اليوم"
    ranges = _phased_first(doc, inside, ranges) or ranges
    first_day = (
        _day_in_range(doc, event, ranges, inside)
        or _right_after(doc, event, spans[0])
        or _day_of_the_one_before(doc, event, spans[0])
    )
    chosen = next(iter(first_day or ranges or inside or spans_days or known), None)
    if chosen is not None and not chosen.end_date:
        chosen = _from_phases(doc, chosen, inside)
    if chosen is not None and not chosen.end_date and event.kind == LONG_KIND:
        chosen = _begun_before(chosen, inside)
    if chosen in inside and not chosen.end_date and _said_until(doc, chosen):
        chosen = _until_only(doc, event, chosen)
    if chosen is not None and not inside:
        chosen = _same_day(doc, chosen, spans[0][0])
    if chosen is not None and chosen.end_date and not inside and point:
        chosen = _day_within(doc, chosen)
    if chosen is not None and event.kind != LONG_KIND and _months_long(chosen):
        chosen = replace(chosen, end_date=None)  # "وتمديد الحملة لغاية 31/12/2025": a deadline
    if chosen is not None and event.kind in ONE_DAY_KINDS:
        chosen = replace(chosen, end_date=None)  # "وقعت ... اليوم ... فيما افتتحت ... ورشة عمل
        # تستمر ثلاثة أيام": a signing is done on one day
    if chosen is None:
        if doc.publication_date:  # a release that names no day reports an event of its own day;
            # its trigger is what says so
            doc.fact(event, "startDate", doc.publication_date, event.start, event.end)
        return
    event.dates.append(chosen)
    doc.fact(event, "startDate", chosen.gregorian, chosen.start, chosen.end)
    doc.fact(event, "endDate", chosen.end_date or chosen.gregorian, chosen.start, chosen.end)
    if chosen.hijri:
        doc.fact(
            event,
            "hijriDate",
            "{:04d}-{:02d}-{:02d}".format(*chosen.hijri),
            chosen.start,
            chosen.end,
        )
    if chosen.note:
        doc.fact(event, "dateNote", chosen.note, chosen.start, chosen.end)


def _point(doc: Document, event: Event) -> bool:
    """An event of one day: a signing, a meeting, a reception ("وعلى هامش الأشغال، استقبل
    ...") within the longer meeting whose days it takes."""
    trigger = doc.text[event.start : event.end].removeprefix("و")
    return event.kind in POINT_KINDS or trigger in RECEPTION_VERBS


def _period_to_come(doc: Document, day: DateMention) -> bool:
    """ "وتستضيف قطر البطولة خلال الفترة من 20 نوفمبر إلى 18 ديسمبر المقبل": a period after
    the release is no day a signing or a meeting it reports took place on."""
    published = doc.publication_date
    return published is not None and day.end_date is not None and day.gregorian > published


def _claimed_by_later(doc: Document, event: Event, day: DateMention) -> bool:
    """ "ويأتي الاجتماع في إطار الزيارة التي بدأها أمس الأحد وتستمر يومين": a day after another
    event's word, later in the sentence than this event's, is that event's."""
    sentence = doc.sentence_at(day.start)
    introduced_there = event.sentences[0] != sentence.index  # "وفي سياق هذه الزيارة، انطلقت
    return any(  # اليوم الأربعاء ... ورشة عمل": the day of the event the sentence introduces
        (event.start < other.start < day.start and other.start >= sentence.start)
        or (introduced_there and other.sentences[0] == sentence.index)
        for other in doc.events
        if other is not event
    )


def _months_long(chosen: DateMention) -> bool:
    return chosen.end_date is not None and chosen.end_date - chosen.gregorian > MAX_SPAN


def _phased_first(
    doc: Document, inside: list[DateMention], ranges: list[DateMention]
) -> list[DateMention]:
    """ "انطلقت يوم 3 نونبر ... وتستمر إلى غاية 14 نونبر", and later "يومي 12 و13 نونبر" for a
    part of it: an opening and a closing day said before any range give the event's period."""
    if not inside or inside[0].end_date:
        return []
    ends = [d for d in inside if d.phase == "end" and not d.end_date]
    if not ends or (ranges and ranges[0].start < ends[-1].start):
        return []
    phased = _from_phases(doc, inside[0], [d for d in inside if d.end <= ends[-1].end])
    return [phased] if phased.end_date else []


def _day_in_range(doc: Document, event: Event, ranges, inside) -> list[DateMention]:
    """ "زار الوفد اليوم ... ضمن جولة ... من 12 إلى 16 أبريل": a visit or a signing on a day
    its sentence names within a wider period happens on that day; but not one whose own
    sentence gives that period ("أدى الوزير يومي 6 و7 مارس زيارة عمل")."""
    if not ranges or event.kind not in DAY_KINDS or _in_own_sentence(doc, event, ranges[0]):
        return []
    first, last = ranges[0].gregorian, ranges[0].end_date
    return [d for d in inside if not d.end_date and first <= d.gregorian <= last]


def _in_own_sentence(doc: Document, event: Event, day: DateMention) -> bool:
    """The period is given in the event's own sentence, and not as a tour's ("ضمن جولة")."""
    sentence = doc.sentence_at(event.start)
    if doc.sentence_at(day.start).index != sentence.index:
        return False
    return TOUR_WORDS.isdisjoint(doc.text[sentence.start : sentence.end].split())


def _right_after(doc: Document, event: Event, first: tuple[int, int]) -> list[DateMention]:
    """ "وعقب مراسم التوقيع، احتضن القصر يوما دراسيا": an event whose sentence names no day but
    says it followed the one-day event before falls on that day."""
    start, end = first
    if any(start <= d.start < end and d.gregorian for d in doc.dates):
        return []
    if not followed(doc.text, start, event.start):
        return []
    before = [e for e in doc.events if e is not event and e.dates and e.start < event.start]
    day = before[-1].dates[0] if before else None
    if day is None or day.end_date or day.gregorian is None:
        return []
    days = duration_days(doc.text, start, end)  # "على مدى خمسة أيام"
    last = day.gregorian + timedelta(days=days - 1) if days > 1 else None
    return [replace(day, end_date=last, hijri=None)]


def _day_of_the_one_before(doc: Document, event: Event, first: tuple[int, int]) -> list:
    """ "وعلى هامش اليوم الأول من الورشة، وقّع ... مذكرة تفاهم": an event whose sentence names no
    day of its own but a day of the event before falls on that day."""
    start = first[0]
    nth = NTH_DAY.search(doc.text, start, event.start)
    before = [e for e in doc.events if e is not event and e.dates and e.start < event.start]
    if nth is None or not before or any(start <= d.start < event.start for d in doc.dates):
        return []
    # the day of an event of several days, though a one-day event was told since ("وكانت
    # الدورة قد سبقها أمس اجتماع ...، وعلى هامش اليوم الأول من الأشغال، وقع ...")
    spanning = [e for e in before if e.dates[0].end_date]
    period = (spanning or before)[-1].dates[0]
    first_day = period.gregorian
    if first_day is None:
        return []
    last = period.end_date or first_day
    count = cal.ORDINAL_DAYS.get(nth["nth"])
    day = first_day + timedelta(days=count - 1) if count else last
    return [replace(period, gregorian=day, end_date=None, hijri=None)] if day <= last else []


def _after_dateline(doc: Document, inside: list[DateMention]) -> list[DateMention]:
    """ "أبوظبي في 17 أبريل / وام / استقبل ... أمس": the dateline dates the release; another
    day its sentence names ("أمس", a weekday, a date) is the event's."""
    if len(inside) > 1 and is_dateline(doc, inside[0]):
        return inside[1:]
    return inside


def _same_day(doc: Document, chosen: DateMention, start: int) -> DateMention:
    """ "عقد ... اجتماعا في اليوم ذاته": an event dated by "the same day" falls on the day the
    text named last before it; "وفي اليوم التالي، عقدت اللجنة اجتماعا": on the day after it."""
    earlier = [d for d in doc.dates if d.gregorian and not d.end_date and d.end <= start]
    end = doc.sentence_at(start).end
    if earlier and SAME_DAY.search(doc.text, start, end):
        return earlier[-1]
    before = earlier[-1].gregorian if earlier else None
    if before is not None and NEXT_DAY.search(doc.text, start, end):
        return replace(earlier[-1], gregorian=before + timedelta(days=1), end_date=None, hijri=None)
    return chosen


def _day_within(doc: Document, meeting: DateMention) -> DateMention:
    """A signing "on the sidelines" of a meeting of several days: the day of the release, when
    it falls within the meeting, else the meeting's first day."""
    day = doc.release_day
    if not (day and meeting.gregorian <= day <= meeting.end_date):
        day = meeting.gregorian  # a release written as the meeting opens tells of its first day
    return replace(meeting, gregorian=day, end_date=None, hijri=None)


def _said_until(doc: Document, day: DateMention) -> bool:
    """ "وتستمر حتى 25 يناير": the day the event lasts until, not the day it closed on."""
    before = doc.text[max(0, day.start - UNTIL_REACH) : day.start].split()
    return day.phase == "end" and not UNTIL_WORDS.isdisjoint(before)


def _until_only(doc: Document, event: Event, last: DateMention) -> DateMention:
    """ "وعقب التوقيع، انطلقت الدورة ... وتستمر حتى 25 يناير": an event that only says when it
    ends began on the day of the event before it, or else on the day of the release."""
    before = [e.dates[0].gregorian for e in doc.events if e is not event and e.dates]
    day = before[-1] if before else doc.release_day
    sentence = doc.sentence_at(event.start)
    if day and NEXT_DAY.search(doc.text, sentence.start, sentence.end):
        day += timedelta(days=1)  # "انطلقت صباح اليوم التالي ... وتستمر لغاية الخميس"
    if not day or day >= last.gregorian:
        return last
    return replace(last, gregorian=day, end_date=last.gregorian, hijri=None)


def _from_phases(doc: Document, chosen: DateMention, dates: list[DateMention]) -> DateMention:
    """ "انطلقت ... 14 تشرين الثاني ... حتى يوم الجمعة 18 تشرين الثاني": first and last day;
    with no day said to start it, the last one in a sentence that names no other day ("وتنطلق
    البطولة يوم 21 دجنبر وتستمر إلى غاية 18 يناير" later on is another thing's period)."""
    starts = [d for d in dates if d.phase == "start"]
    ends = [d for d in dates if d.phase == "end"]
    if not starts:
        ends = [d for d in ends if _no_other_start(doc, d, chosen)]
    if not ends or not (starts or chosen.phase != "end"):
        return chosen
    first = (starts or [chosen])[0]
    last = ends[-1]
    if last.gregorian <= first.gregorian:
        return chosen
    return replace(first, end_date=last.gregorian)


def _no_other_start(doc: Document, end: DateMention, chosen: DateMention) -> bool:
    sentence = doc.sentence_at(end.start)
    return all(
        d is end or d.gregorian == chosen.gregorian
        for d in doc.dates
        if sentence.start <= d.start < sentence.end
    )


def _begun_before(chosen: DateMention, dates: list[DateMention]) -> DateMention:
    """ "شهد ... اليوم حفل تخريج ... بعد دورة انطلقت في الخامس من أكتوبر الماضي": a course
    dated by its graduation, with the day it began, ran from that day to this."""
    starts = [d for d in dates if d.phase == "start" and d.gregorian < chosen.gregorian]
    if chosen.phase or not starts:
        return chosen
    return replace(starts[0], end_date=chosen.gregorian)
