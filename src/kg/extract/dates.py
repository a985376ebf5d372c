"""Find Hijri and Gregorian dates, ranges and relative dates in the normalized text."""

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from kg.extract.anchored import anchored_matches
from kg.extract.date_spans import (
    alternation,
    apply_closings_after,
    apply_durations,
    apply_weekday_ends,
    same_month_days,
    weekday_ranges,
)
from kg.extract.date_years import fill_years, last_or_next_year, year_under_review
from kg.extract.document import DateMention, Document
from kg.extract.lexicon import calendar as cal
from kg.extract.segment import inside_quotation
from kg.extract.written_dates import (
    FULL_JOIN,
    MAX_RANGE_DAYS,
    WEEKDAY,
    ParsedDate,
    merge_ranges,
    written_dates,
)

NOT_TODAY: Final = rf"(?:{alternation(cal.NOT_TODAY)})(?!\w)"
DAY_PARTS: Final = ("صباح", "مساء", "ظهر")
EVERY_YEAR: Final = re.compile(rf"\s+(?:{alternation(cal.EVERY_YEAR)})(?!\w)")
# A word's start, or its start after the conjunction ("واليوم الثلاثاء، زار ...").
WORD_START: Final = r"(?:(?<!\w)|(?<=(?<!\w)[وف]))"
RELATIVE: Final = re.compile(
    rf"{WORD_START}(?:(?:{alternation(DAY_PARTS)})\s+)?(?P<rel>اليوم|امس)(?!\s+{NOT_TODAY})"
    rf"(?:\s+(?P<wd1>{WEEKDAY}))?(?!\w)"
    rf"|{WORD_START}(?:يوم\s+)(?P<wd2>{WEEKDAY})(?:\s+(?P<dir>الماضي|المقبل|القادم))?(?!\w)"
    rf"|(?<!\w)(?P<wd3>{WEEKDAY})\s+(?P<dir3>الماضي|المقبل|القادم)(?!\w)"
    rf"|{WORD_START}(?:{alternation(DAY_PARTS)})\s+(?P<wd4>{WEEKDAY})(?!\w)"  # "صباح الثلاثاء"
    rf"|(?<=,\s)(?P<wd5>{WEEKDAY})(?=\s*,|\s+في\s)"  # "عقد، الثلاثاء، اجتماعا"، "، الأربعاء في"
)
RELATIVE_STARTS: Final = (
    *DAY_PARTS,
    "اليوم",
    "امس",
    "يوم",
    *cal.WEEKDAYS,
)  # each match's first word
# Between a range's first day and its last said relatively: "من 26 كانون الثاني الماضي ولغاية".
UNTIL_RELATIVE: Final = re.compile(rf"\s*(?:(?:الماضي|المنصرم|الفايت)\s*)?(?:{FULL_JOIN})\s*$")
START_WORDS: Final = frozenset(c for c in cal.START_CUES if " " not in c)
OPENED_IT: Final = frozenset(cal.OPENED_IT)
END_WORDS: Final = frozenset(c for c in cal.END_CUES if " " not in c)
DATELINE_REACH: Final = 40  # characters from the start of the text
LATEST_YEAR: Final = 2026  # the latest year a year-less dateline is read in (see _year_by_weekday)
PAIR_JOIN: Final = re.compile(r"^\s*[(,]?\s*(?:الموافق|الموافق ل|الموافقه ل|/)?\s*[)]?\s*$")


def find_dates(doc: Document) -> Document:
    text = doc.text
    parsed = written_dates(text)
    parsed = [p for p in parsed if not _every_year(text, p)]
    relative = anchored_matches(RELATIVE, text, RELATIVE_STARTS)  # scanned once, read thrice
    parsed = merge_ranges(text, parsed)
    unwritten = [p for p in parsed if not p.year]
    parsed = fill_years(parsed, doc.publication_date)
    last_or_next_year(text, unwritten, doc.publication_date)
    year_under_review(text, unwritten, doc.publication_date)
    _year_by_weekday(parsed, relative)
    found = _pair_calendars(text, [_finish(p) for p in parsed])
    found = sorted(found + same_month_days(text, found, doc.publication_date), key=_start)
    doc.release_day = doc.publication_date or dateline(found) or _weekday_anchor(relative, found)
    found += weekday_ranges(text, doc.release_day)
    found += _relative(relative, found, doc.release_day)
    doc.dates = _until_relative_day(text, sorted(found, key=_start))
    _mark_phases(text, doc.dates)
    apply_durations(text, doc.dates)  # after the phases: a closing day counts back
    apply_closings_after(text, doc.dates)
    apply_weekday_ends(text, doc.dates)
    return doc


def _until_relative_day(text: str, dates: list[DateMention]) -> list[DateMention]:
    """ "خلال الفترة من 26 كانون الثاني الماضي ولغاية اليوم": a range whose last day is said
    relatively, as the release's day or the day before it."""
    kept: list[DateMention] = []
    for mention in dates:
        first = kept[-1] if kept else None
        if first is not None and _runs_until(text, first, mention):
            kept[-1] = replace(first, end=mention.end, end_date=mention.gregorian)
            continue
        kept.append(mention)
    return kept


def _runs_until(text: str, first: DateMention, last: DateMention) -> bool:
    if first.end_date or not (first.gregorian and last.gregorian) or last.end_date:
        return False
    days = (last.gregorian - first.gregorian).days
    return 0 < days <= MAX_RANGE_DAYS and bool(UNTIL_RELATIVE.match(text[first.end : last.start]))


def _every_year(text: str, parsed: "ParsedDate") -> bool:
    """ "الموافق لـ18 أكتوبر من كل سنة": a day with no year that comes round every year."""
    return not parsed.year and EVERY_YEAR.match(text, parsed.end) is not None


def _start(mention: DateMention) -> int:
    return mention.start


def _mark_phases(text: str, dates: list[DateMention]) -> None:
    """The cue nearest before a date ("اختتمت اليوم ... دورة استمرت منذ 12 شباط": the course's
    first day is the one "منذ" gives)."""
    for mention in dates:
        window = text[max(0, mention.start - cal.PHASE_REACH) : mention.start]
        if any(cue in window for cue in cal.SCHEDULED_DAY_CUES):
            mention.phase = "scheduled"
            continue
        before = window.split()
        if _opened_it(text, mention):
            mention.phase = "start"
            continue
        if " ".join(before[-2:]) in cal.END_CUES:
            mention.phase = "end"
            continue
        for word in reversed(before):
            word = word.rstrip(",")  # "اختتمت، أمس الأربعاء"
            word = word[1:] if word.startswith("و") and len(word) > 3 else word  # "وانطلق"
            if word in END_WORDS or word in START_WORDS:
                mention.phase = "end" if word in END_WORDS else "start"
                break
        else:
            if " ".join(before[-2:]) in cal.START_CUES:
                mention.phase = "start"


def _opened_it(text: str, mention: DateMention) -> bool:
    """ "وكان قد افتتحها الشيخ ...، وكيل ...، يوم الأحد الماضي": the verb that opened the event,
    its pronoun for the event, then who opened it and their title before the day."""
    clause = text[max(0, mention.start - cal.OPENED_IT_REACH) : mention.start]
    clause = clause[max(clause.rfind(mark) for mark in ".\n") + 1 :]
    return not OPENED_IT.isdisjoint(clause.split())


def _year_by_weekday(parsed: list[ParsedDate], relative: list[re.Match]) -> None:
    """ "القاهرة في 20 مايو ... صباح اليوم الثلاثاء": a dateline with no year, in a text with no
    other, takes the latest year up to LATEST_YEAR in which that day is that weekday (a fixed
    year, not today's: the same text always gives the same date); its year-less dates too."""
    undated = [p for p in parsed if p.calendar == "g" and not p.year]
    if len(undated) < len(parsed) or not undated or undated[0].start >= DATELINE_REACH:
        return
    weekday, first = _today_weekday(relative), undated[0]
    if weekday is None:
        return
    year = next((y for y in range(LATEST_YEAR, LATEST_YEAR - 28, -1)
                 if _weekday_of(y, first.month, first.day) == weekday), 0)  # fmt: skip
    for part in (part for item in undated for part in item.parts()):
        part.year = year


def _weekday_of(year: int, month: int, day: int) -> int:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return -1


def _finish(item: ParsedDate) -> DateMention:
    mention = DateMention(item.start, item.end, item.to_gregorian(), item.hijri)
    mention.calendar = item.calendar
    if item.range_to is not None:
        mention.end_date = item.range_to.to_gregorian()
    elif item.last_day:
        mention.end_date = replace(item, day=item.last_day).to_gregorian()
    if mention.gregorian is None:
        mention.note = f"no such date: {item.year}-{item.month}-{item.day} ({item.calendar})"
    return mention


def _pair_calendars(text: str, found: list[DateMention]) -> list[DateMention]:
    """Join a Hijri date and the Gregorian date given beside it ("... هـ الموافق ... م")."""
    out: list[DateMention] = []
    for mention in found:
        prev = out[-1] if out else None
        if (
            prev
            and {prev.calendar, mention.calendar} == {"h", "g"}
            and PAIR_JOIN.match(text[prev.end : mention.start])
        ):
            out[-1] = _paired(prev, mention)
            continue
        out.append(mention)
    return out


def _paired(first: DateMention, second: DateMention) -> DateMention:
    hijri, greg = (first, second) if first.calendar == "h" else (second, first)
    paired = replace(greg, start=first.start, end=second.end, hijri=hijri.hijri)
    if greg.gregorian and hijri.gregorian and greg.gregorian != hijri.gregorian:
        paired.note = (
            f"Hijri {_iso(hijri.hijri)} is {hijri.gregorian.isoformat()} under Umm al-Qura; "  # type: ignore[arg-type]
            f"the text gives {greg.gregorian.isoformat()}"
        )
    return paired


def _iso(parts: tuple[int, int, int]) -> str:
    return "{:04d}-{:02d}-{:02d}".format(*parts)


def _relative(
    relative: list[re.Match], found: list[DateMention], published: date | None
) -> list[DateMention]:
    out = []
    for m in relative:
        if not _near_explicit(m, found) and not _nowadays(m):
            # a weekday among the days the text gives needs no publication date
            day = _weekday_given(m, found) or (published and _resolve_relative(m, published))
            if day:
                out.append(DateMention(m.start(), m.end(), day))
    return out


def _nowadays(m: re.Match) -> bool:
    """ "إن العراق اليوم يستقبل أشقاءه": a bare "اليوم" inside a quotation is "nowadays"."""
    if m.group() != "اليوم":
        return False
    text, start = m.string, m.start()
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    return inside_quotation(paragraph)


def _weekday_given(m, found: list[DateMention]) -> date | None:
    """ "استقبل ...، الأربعاء في مكتبه" in a text that gives the days of the event: the Wednesday
    among them."""
    if m["rel"] or m["dir"] or m["dir3"]:
        return None
    return _day_given(_named_weekday(m), found)


def _named_weekday(m) -> int:
    return cal.WEEKDAYS[m["wd2"] or m["wd3"] or m["wd4"] or m["wd5"]]


def dateline(found: list[DateMention]) -> date | None:
    """ "القاهرة في 17 مارس /أ ش أ/": a date at the head of the text dates the release."""
    first = found[0] if found else None
    return first.gregorian if first and first.start < DATELINE_REACH else None


def _today_weekday(relative: list[re.Match]) -> int | None:
    """The weekday of "اليوم الثلاثاء", the release day the text names, if it names one."""
    match = next((m for m in relative if m["rel"] == "اليوم" and m["wd1"]), None)
    return cal.WEEKDAYS[match["wd1"]] if match is not None else None


def _weekday_anchor(relative: list[re.Match], found: list[DateMention]) -> date | None:
    """With no publication date, "اختتمت ... اليوم الثلاثاء" still names the release day: the
    Tuesday among the days the text gives ("يومي 20 و21 نوفمبر")."""
    weekday = _today_weekday(relative)
    return None if weekday is None else _day_given(weekday, found)


def _day_given(weekday: int, found: list[DateMention]) -> date | None:
    """The first of the days the text gives ("يومي 20 و21 نوفمبر") that falls on `weekday`."""
    days = [d.gregorian + timedelta(days=k) for d in found if d.gregorian
            for k in range(((d.end_date or d.gregorian) - d.gregorian).days + 1)]  # fmt: skip
    return next((day for day in days if day.weekday() == weekday), None)


def _near_explicit(match, found: list[DateMention]) -> bool:
    return any(0 <= d.start - match.end() <= 3 or d.start <= match.start() < d.end for d in found)


def _resolve_relative(m, published: date) -> date:
    if m["rel"]:
        return published if m["rel"] == "اليوم" else published - timedelta(days=1)
    weekday = _named_weekday(m)
    if (m["dir"] or m["dir3"]) in cal.NEXT:
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)
