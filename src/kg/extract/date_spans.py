"""Dates that end an event without naming it fully: a duration after its first day ("على مدى
ثلاثة أيام"), a later day of the same month ("وتستمر لغاية 24 منه")."""

import re
from datetime import date, timedelta
from typing import Final

from hijridate import Hijri

from kg.extract.anchored import anchored_matches
from kg.extract.document import DateMention
from kg.extract.lexicon import calendar as cal
from kg.extract.lexicon import events as events_words
from kg.extract.normalize import normalized_set


def alternation(words) -> str:
    """A regex that matches any of the words, the longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


DURATION: Final = re.compile(
    rf"(?:{alternation(cal.DURATION_CUES)})\s+(?:\S+\s+){{0,2}}?"
    rf"(?:(?P<span>{alternation(cal.DURATION_WORDS)})"
    rf"|(?P<count>\d{{1,2}})\s+(?:{alternation(cal.DAYS_COUNTED)}))(?!\w)"
)
CLOSED_AFTER: Final = re.compile(
    rf"(?<!\w)بعد\s+(?P<span>{alternation(cal.DURATION_WORDS)})\s+من(?!\w)"
)
CLOSED_AFTER_STARTS: Final = ("بعد",)
GOING_ON: Final = normalized_set(cal.GOING_ON)
RELATIVE_PRONOUNS: Final = normalized_set(("الذي", "التي"))
CAMPAIGNS: Final = normalized_set(cal.CAMPAIGNS)
CAMPAIGN_REACH: Final = 5  # words from the campaign's noun to the verb or relative pronoun
EVENT_WORDS: Final = normalized_set(cal.DURATION_EVENTS)
EVENT_NAMED_REACH: Final = 2  # the event's noun, then its verb
DURATION_REACH: Final = 250  # characters between a start date and "على مدى يومين"
SAME_MONTH: Final = re.compile(
    # a range's first day: "يومي 12 و13 من الشهر الجاري", "من 12 إلى 14 من الشهر الجاري"
    r"(?:(?<!\d)(?P<first>\d\d?)\s*(?:و|-|الي|حتي|لغايه)\s*(?=\d))?"
    rf"(?:(?P<day>\d(?<!\d\d)\d?)|(?<!\w)(?P<ordinal>{alternation(cal.ORDINAL_DAYS)}))"
    rf"\s+(?:{alternation(cal.SAME_MONTH)})(?!\w)"
)
# The last words of those phrases, rarer than the days before them: where to look for a match.
SAME_MONTH_ENDS: Final = tuple({phrase.split()[-1] for phrase in normalized_set(cal.SAME_MONTH)})
SAME_MONTH_REACH: Final = 56  # characters from the range's first day to the last word
SENTENCE_BREAK: Final = re.compile(r"[.!؟?\n]")
UNTIL_WEEKDAY: Final = re.compile(
    rf"(?:{alternation(cal.GOING_ON)})\s+(?:\S+\s+){{0,3}}?(?:حتي|الي غايه|الي|لغايه)\s+"
    # "وتستمر حتى بعد غد الخميس": the weekday after "the day after tomorrow" or "tomorrow"
    rf"(?:يوم\s+|بعد\s+غد\s+|غدا\s+)?(?P<day>{alternation(cal.WEEKDAYS)})(?!\w)"
)
FOLLOWING_WORDS: Final = normalized_set(events_words.FOLLOWING_WORDS)


def apply_durations(text: str, dates: list[DateMention]) -> None:
    """ "على مدى يومين" after a start date, in its sentence or close to it, sets the end date."""
    for m in anchored_matches(DURATION, text, cal.DURATION_CUES):
        if _about_campaign(text, m.start(), m.end()):
            continue  # "حملة "حزامك أمانك" التوعوية التي تستمر أسبوعين": not the event's days
        days = cal.DURATION_WORDS[m["span"]] if m["span"] else int(m["count"])
        known = [d for d in dates if d.gregorian]
        before = [d for d in known if d.end <= m.start()]
        after = [
            d
            for d in known
            if 0 <= d.start - m.end() < cal.PHASE_REACH
            and not _sentence_ends(text, m.end(), d.start)
        ]
        target = after[0] if after else before[-1] if before else None  # the nearest date
        if target is None or target.end_date or days < 1:
            continue  # "على مدى ثلاثة أيام، من 16 إلى 18 أبريل": the range says it already
        if _opened_within(target, before, days):
            continue  # "انطلقت ... 14 ديسمبر ... وتستمر لمدة أسبوع حتى 19 ديسمبر": both days said
        near = _close(text, target.end, m.start()) or _goes_on(text, m.start())
        if after or (near and not followed(text, target.end, m.start())):
            _spread(target, days)


def _about_campaign(text: str, start: int, end: int) -> bool:
    """A duration said of a campaign, named a few words before it or right after its verb
    ("وتستمر الحملة شهرا")."""
    opening = max(text.rfind(mark, 0, start) for mark in ".!؟?\n") + 1
    around = text[opening:start].split()[-CAMPAIGN_REACH:] + text[start:end].split()[1:2]
    return not CAMPAIGNS.isdisjoint(around)


def _sentence_ends(text: str, start: int, end: int) -> bool:
    """ "وتستمر أربعة أيام.\n\nمن جهة أخرى، ... أمس السبت": a date past the sentence's end is not
    the one a duration before it says."""
    return SENTENCE_BREAK.search(text, start, end) is not None


def apply_weekday_ends(text: str, dates: list[DateMention]) -> None:
    """ "انطلقت اليوم دورة ... وتستمر حتى الخميس": the event goes on from the date before to
    that weekday, within the week."""
    for m in anchored_matches(UNTIL_WEEKDAY, text, cal.GOING_ON):
        if any(
            d.start <= m.end() + 1 and m.start("day") <= d.end and d.end > m.end() for d in dates
        ):
            continue  # "حتى الخميس 22 ماي", "حتى الخميس المقبل": a date of its own; not the
            # weekday alone ("إلى غاية يوم الخميس"), read as a day of its own too
        before = [d for d in dates if d.gregorian and d.end <= m.start()]
        target = before[-1] if before else None
        if target is None or target.end_date or not _close(text, target.end, m.start()):
            continue
        days = (cal.WEEKDAYS[m["day"]] - target.gregorian.weekday()) % 7
        if days:
            target.end_date = target.gregorian + timedelta(days=days)  # type: ignore[assignment]


def apply_closings_after(text: str, dates: list[DateMention]) -> None:
    """ "اختتم المؤتمر أعماله اليوم الأربعاء بعد يومين من المداولات": a closing day, and how
    many days the event had lasted by then."""
    for m in anchored_matches(CLOSED_AFTER, text, CLOSED_AFTER_STARTS):
        before = [d for d in dates if d.gregorian and 0 <= m.start() - d.end < cal.PHASE_REACH]
        if not before or before[-1].end_date:
            continue
        closing = before[-1]
        if closing.phase == "end" or not text[closing.end : m.start()].strip(" ،,"):
            closing.phase = "end"  # the day right before "بعد يومين من" is the last
            _spread(closing, cal.DURATION_WORDS[m["span"]])


def duration_days(text: str, start: int, end: int) -> int:
    """The days "على مدى خمسة أيام" between `start` and `end` says an event lasts, or 0."""
    found = DURATION.search(text, start, end)
    if found is None:
        return 0
    return cal.DURATION_WORDS[found["span"]] if found["span"] else int(found["count"])


def _opened_within(closing: DateMention, before: list[DateMention], days: int) -> bool:
    """A closing day after the duration, and the opening day named before it, within the
    duration: the event runs from one to the other (kg.extract.slots), whatever the duration
    rounds to ("لمدة أسبوع" of six days)."""
    earlier = [d for d in before if d.end <= closing.start]  # the duration may follow both
    if closing.phase != "end" or not earlier:
        return False
    opening = earlier[-1].gregorian
    return closing.gregorian - timedelta(days=days) <= opening < closing.gregorian


def _spread(target: DateMention, days: int) -> None:
    """A first day runs on for the duration; a closing day ("اختتمت يوم الخميس 24 أفريل ...
    على مدى يومين") is the last of it."""
    last = target.gregorian + timedelta(days=days - 1)
    if target.phase == "end" and target.hijri is None:
        target.gregorian, last = target.gregorian - timedelta(days=days - 1), target.gregorian  # type: ignore[assignment]
    target.end_date = last  # type: ignore[assignment]


def followed(text: str, start: int, end: int) -> bool:
    """ "وعقب اللقاء، دشنت الدورة": the words from `start` to `end` put what comes next right
    after the event before (so a duration after them is the later event's)."""
    return not FOLLOWING_WORDS.isdisjoint(text[start:end].split())


def _close(text: str, start: int, end: int) -> bool:
    return end - start < DURATION_REACH or not SENTENCE_BREAK.search(text, start, end)


def _goes_on(text: str, offset: int) -> bool:
    """ "وتتواصل الورشة، التي ...، على مدى ثلاثة أيام": a sentence that opens by saying the event
    goes on gives the duration of the one the text has just dated, however far back."""
    opening = max(text.rfind(mark, 0, offset) for mark in ".!؟?\n") + 1
    words = text[opening:offset].split(maxsplit=1) or text[offset:].split(maxsplit=1)
    if bool(words) and words[0] in GOING_ON:  # "وتستمر الدورة خمسة أيام" opens its sentence
        return True
    # "ويشارك في المؤتمر، الذي يتواصل على مدى يومين، ...": a relative clause on the event
    before = text[opening:offset].split()[-1:]
    if bool(before) and before[0] in RELATIVE_PRONOUNS and text[offset:].split()[0] in GOING_ON:
        return True
    # "أوضح ... أن المؤتمر يناقش على مدى يومين ...": the event named with its verb right before
    named = text[opening:offset].split()[-EVENT_NAMED_REACH:]
    return len(named) == EVENT_NAMED_REACH and named[0] in EVENT_WORDS


def same_month_days(
    text: str, found: list[DateMention], published: date | None
) -> list[DateMention]:
    """ "انطلقت في 13 كانون الثاني ... وتستمر لغاية 24 منه" (or "لغاية السادس عشر من الشهر
    الجاري", "اختتمت يوم 24 أكتوبر ... انطلقت في 21 من الشهر ذاته"): another day of the month of
    the date before it, in that date's calendar; "يوم 13 الجاري" with no date before: of the
    month of the release."""
    out = []
    for m in anchored_matches(SAME_MONTH, text, SAME_MONTH_ENDS, SAME_MONTH_REACH):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        before = [d for d in found if d.end <= m.start() and d.gregorian]
        anchor = before[-1] if before else published and DateMention(0, 0, published)
        number = int(m["day"]) if m["day"] else cal.ORDINAL_DAYS[m["ordinal"]]
        day = _day_of_month(anchor, number) if anchor else None
        first = _day_of_month(anchor, int(m["first"])) if anchor and m["first"] else None
        if first and day and first < day:  # the range's first and last days
            mention = DateMention(m.start(), m.end(), first, end_date=day)
            mention.calendar = anchor.calendar
            out.append(mention)
        elif day and (not before or day != anchor.gregorian):
            mention = DateMention(m.start(), m.end(), day)
            mention.calendar = anchor.calendar
            out.append(mention)
    return out


def _day_of_month(anchor: DateMention, day: int) -> date | None:
    try:
        if anchor.calendar == "h" and anchor.hijri:
            year, month, _ = anchor.hijri
            return date(*Hijri(year, month, day).to_gregorian().datetuple())
        return anchor.gregorian.replace(day=day)
    except (ValueError, OverflowError):
        return None


WEEKDAY_RANGE: Final = re.compile(
    rf"(?<!\w)من\s+(?:يوم\s+)?(?P<first>{alternation(cal.WEEKDAYS)})\s+"
    rf"(?:الي|حتي|الي غايه)\s+(?:يوم\s+)?(?P<last>{alternation(cal.WEEKDAYS)})(?!\w)"
)
WEEKDAY_REACH: Final = 12  # "من يوم " (and spaces) before the first weekday


def weekday_ranges(text: str, release_day: date | None) -> list[DateMention]:
    """ "في الفترة من الأحد إلى الخميس": the week around the release, from the named day on or
    before it to the later one."""
    if release_day is None:
        return []
    out = []
    for m in anchored_matches(WEEKDAY_RANGE, text, cal.WEEKDAYS, WEEKDAY_REACH):
        first, last = cal.WEEKDAYS[m["first"]], cal.WEEKDAYS[m["last"]]
        start: date = release_day - timedelta(days=(release_day.weekday() - first) % 7)
        mention = DateMention(m.start(), m.end(), start)
        mention.end_date = start + timedelta(days=(last - first) % 7)
        out.append(mention)
    return out
