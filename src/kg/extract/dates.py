"""Find Hijri and Gregorian dates, ranges and relative dates in the normalized text."""

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from hijridate import Gregorian, Hijri

from kg.extract.anchored import anchored_matches
from kg.extract.date_spans import (
    alternation,
    apply_closings_after,
    apply_durations,
    apply_weekday_ends,
    same_month_days,
    weekday_ranges,
)
from kg.extract.document import DateMention, Document
from kg.extract.lexicon import calendar as cal
from kg.extract.segment import inside_quotation

MONTHS: Final = {m: ("g", n) for m, n in cal.GREGORIAN_MONTHS.items()} | {
    m: ("h", n) for m, n in cal.HIJRI_MONTHS.items()
}
MONTH: Final = alternation(MONTHS)
SUFFIX: Final = alternation(cal.HIJRI_SUFFIXES + cal.GREGORIAN_SUFFIXES)
WEEKDAY: Final = alternation(cal.WEEKDAYS)
# What joins the first and last day of a range: "من 4 إلى 7", "من 4 إلى غاية 7", "4 - 7".
FULL_JOIN: Final = r"-|الي\s+غايه|الي|حتي|ولغايه|لغايه"
DAY_JOIN: Final = rf"{FULL_JOIN}|والي\s+غايه|والي|وحتي|و|/"

# The numeric patterns begin with a digit and check the character before it after it
# ("\d(?<!\d\d)": a digit no digit precedes): a pattern that begins with a look-behind makes the
# regex engine try every character of the text, one that begins with \d lets it skip to digits.
WRITTEN: Final = re.compile(
    rf"(?P<d1>\d(?<!\d\d)\d?)(?:\s*(?:{DAY_JOIN})\s*(?:(?:يوم\s+)?(?:{WEEKDAY})\s+)?"
    rf"(?P<d2>\d{{1,2}}))?\s+"
    rf"(?:من\s+)?(?:شهر\s+)?(?P<month>{MONTH})(?!\w)"
    rf"(?:\s*\(\s*(?:{MONTH})\s*\)|\s*/\s*(?:{MONTH})(?!\w))?"  # "سبتمبر/أيلول"
    rf"(?:\s*,?\s*(?:من\s+)?(?:عام|سنه)?\s*(?P<year>\d{{4}})\s*(?P<suffix>{SUFFIX})?(?!\w))?"
)
NUMERIC: Final = re.compile(
    rf"(?P<a>\d(?<![\d/.-]\d)\d{{0,3}})\s*(?P<sep>[-/.])\s*(?P<b>\d{{1,2}})\s*(?P=sep)\s*"
    rf"(?P<c>\d{{1,4}})(?![\d/.-])\s*(?P<suffix>{SUFFIX})?(?!\w)"
)
ORDINAL: Final = re.compile(
    rf"(?P<day>{alternation(cal.ORDINAL_DAYS)})\s+من\s+(?:شهر\s+)?(?P<month>{MONTH})(?!\w)"
    rf"(?:\s*,?\s*(?:عام|سنه)?\s*(?P<year>\d{{4}})\s*(?P<suffix>{SUFFIX})?(?!\w))?"
)
NUMERIC_RANGE: Final = re.compile(
    rf"(?P<d1>\d(?<![\d/.-]\d)\d?)\s*(?:{FULL_JOIN})\s*(?P<d2>\d{{1,2}})"
    r"\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    rf"\s*(?P<suffix>{SUFFIX})?(?!\w)"
)
# "من ٢٨ / ٧ إلى ٤ / ٨ / ١٤٤٦هـ": a range's first day and month, the year only after its last.
RANGE_JOIN_WORDS: Final = r"الي\s+غايه|الي|حتي|ولغايه|لغايه"
PARTIAL_RANGE_START: Final = re.compile(
    r"(?P<d>\d(?<![\d/.-]\d)\d?)\s*(?P<sep>[/.])\s*(?P<m>\d{1,2})"
    rf"(?=\s*(?:{RANGE_JOIN_WORDS})\s*\d{{1,2}}\s*(?P=sep)\s*(?P<m2>\d{{1,2}})\s*(?P=sep)\s*"
    rf"(?P<y>\d{{4}})\s*(?P<suffix>{SUFFIX})?(?!\w))"
)
# A year the text names on its own ("خلال عام 2024", "حصاد 2023"), and how far after the
# release a year-less day may fall before it is taken for one of an earlier year.
YEAR_NAMED: Final = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")
AHEAD_DAYS: Final = 31
HEAD_CHARACTERS: Final = 400  # the headline and the first sentences, where a review names its year
FAR_AHEAD_DAYS: Final = 183
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
NEXT_WORD: Final = re.compile(r"\s*(\w+)")
RANGE_JOIN: Final = re.compile(rf"^\s*(?:{FULL_JOIN}|و)\s*$")
FULL_RANGE_JOIN: Final = re.compile(rf"^\s*(?:{FULL_JOIN})\s*$")
MAX_RANGE_DAYS: Final = 62
# Between a range's first day and its last said relatively: "من 26 كانون الثاني الماضي ولغاية".
UNTIL_RELATIVE: Final = re.compile(rf"\s*(?:(?:الماضي|المنصرم|الفايت)\s*)?(?:{FULL_JOIN})\s*$")
START_WORDS: Final = frozenset(c for c in cal.START_CUES if " " not in c)
END_WORDS: Final = frozenset(c for c in cal.END_CUES if " " not in c)
DATELINE_REACH: Final = 40  # characters from the start of the text
LATEST_YEAR: Final = 2026  # the latest year a year-less dateline is read in (see _year_by_weekday)
PAIR_JOIN: Final = re.compile(r"^\s*[(,]?\s*(?:الموافق|الموافق ل|الموافقه ل|/)?\s*[)]?\s*$")


def find_dates(doc: Document) -> Document:
    text = doc.text
    parsed = _without_overlaps(
        _numeric(text)
        + _written(text)
        + _ordinal(text)
        + _numeric_range(text)
        + _partial_range_starts(text)
    )
    parsed = [p for p in parsed if not _every_year(text, p)]
    relative = anchored_matches(RELATIVE, text, RELATIVE_STARTS)  # scanned once, read thrice
    parsed = _merge_ranges(text, parsed)
    unwritten = [p for p in parsed if not p.year]
    parsed = _fill_years(parsed, doc.publication_date)
    _last_or_next_year(text, unwritten, doc.publication_date)
    _year_under_review(text, unwritten, doc.publication_date)
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


def _every_year(text: str, parsed: "_Parsed") -> bool:
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


@dataclass
class _Parsed:
    """A date as written, before its year is known and its calendar converted."""

    start: int
    end: int
    calendar: str  # "h" Hijri or "g" Gregorian
    year: int
    month: int
    day: int
    last_day: int = 0  # "يومي 6 و7 مايو": the range's last day in the same month
    range_to: "_Parsed | None" = None  # "من 30 أبريل إلى 2 مايو": the range's last date

    def to_gregorian(self) -> date | None:
        try:
            if self.calendar == "h":
                return date(*Hijri(self.year, self.month, self.day).to_gregorian().datetuple())
            return date(self.year, self.month, self.day)
        except (ValueError, OverflowError):
            return None

    @property
    def hijri(self) -> tuple[int, int, int] | None:
        return (self.year, self.month, self.day) if self.calendar == "h" else None

    def parts(self) -> "list[_Parsed]":
        """The date and, for a range, its last date: what a year read for it applies to."""
        return [self] if self.range_to is None else [self, self.range_to]


def _numeric(text: str) -> list[_Parsed]:
    out = []
    for m in NUMERIC.finditer(text):
        a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
        year, month, day = (a, b, c) if len(m["a"]) == 4 else (c, b, a)
        calendar = _calendar(m["suffix"], year)
        if calendar:
            out.append(_Parsed(m.start(), m.end(), calendar, year, month, day))
    return out


def _written(text: str) -> list[_Parsed]:
    out = []
    for m in WRITTEN.finditer(text):
        calendar, month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else 0
        if m["suffix"]:
            calendar = _calendar(m["suffix"], year) or calendar
        last = int(m["d2"]) if m["d2"] else 0
        out.append(_Parsed(m.start(), m.end(), calendar, year, month, int(m["d1"]), last))
    return out


def _ordinal(text: str) -> list[_Parsed]:
    out = []
    for m in ORDINAL.finditer(text):
        calendar, month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else 0
        day = cal.ORDINAL_DAYS[m["day"]]
        out.append(_Parsed(m.start(), m.end(), calendar, year, month, day))
    return out


def _numeric_range(text: str) -> list[_Parsed]:
    """ "23-24/4/2024": two days of one month."""
    out = []
    for m in NUMERIC_RANGE.finditer(text):
        year = int(m["y"])
        calendar = _calendar(m["suffix"], year)
        if calendar:
            parsed = _Parsed(m.start(), m.end(), calendar, year, int(m["m"]), int(m["d1"]))
            parsed.last_day = int(m["d2"])
            out.append(parsed)
    return out


def _partial_range_starts(text: str) -> list[_Parsed]:
    """ "من 28/7 إلى 4/8/1446هـ": the first date of the range, in the year of the last (the
    year before, when its month comes later in the year)."""
    out = []
    for m in PARTIAL_RANGE_START.finditer(text):
        year = int(m["y"]) - (int(m["m"]) > int(m["m2"]))
        calendar = _calendar(m["suffix"], year)
        if calendar:
            out.append(_Parsed(m.start(), m.end(), calendar, year, int(m["m"]), int(m["d"])))
    return out


def _without_overlaps(parsed: list[_Parsed]) -> list[_Parsed]:
    """The longest reading wins where two patterns read the same characters."""
    kept: list[_Parsed] = []
    for item in sorted(parsed, key=lambda p: (p.start, -(p.end - p.start))):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def _calendar(suffix: str | None, year: int) -> str | None:
    if suffix:
        return "h" if suffix in cal.HIJRI_SUFFIXES else "g"
    if 1300 <= year <= 1500:
        return "h"
    if 1900 <= year <= 2100:
        return "g"
    return None


def _merge_ranges(text: str, parsed: list[_Parsed]) -> list[_Parsed]:
    merged: list[_Parsed] = []
    for item in parsed:
        prev = merged[-1] if merged else None
        if prev and _range_of(prev, item, text[prev.end : item.start]):
            prev.end, prev.range_to = item.end, item
            continue
        merged.append(item)
    return merged


def _range_of(first: _Parsed, last: _Parsed, between: str) -> bool:
    """ "من 16 ... إلى 18 مايو": a first date without its year; "من 16/5/1446 إلى 18/5/1446": two
    full dates of one calendar a few days apart (not two dates joined by و)."""
    if not first.year:
        return bool(RANGE_JOIN.match(between))
    if not FULL_RANGE_JOIN.match(between) or first.calendar != last.calendar:
        return False
    if first.range_to or first.last_day:
        return False
    start, end = first.to_gregorian(), last.to_gregorian()
    return bool(start and end) and 0 < (end - start).days <= MAX_RANGE_DAYS


def _fill_years(parsed: list[_Parsed], published: date | None) -> list[_Parsed]:
    """A date written without its year takes the year the document gives elsewhere."""
    years: dict[str, int] = {}
    for item in parsed:
        if item.year:
            years.setdefault(item.calendar, item.year)
    if published:
        years.setdefault("g", published.year)
        years.setdefault("h", Gregorian.fromdate(published).to_hijri().year)
    for item in parsed:
        if item.range_to is not None and item.range_to.year and not item.year:
            wraps = item.month > item.range_to.month  # "من 28 ديسمبر إلى 2 يناير 2024"
            item.year = item.range_to.year - wraps
        for part in item.parts():
            if not part.year:
                part.year = years.get(part.calendar, 0)
    return parsed


def _last_or_next_year(text: str, unwritten: list[_Parsed], published: date | None) -> None:
    """ "انطلقت في الخامس من أكتوبر الماضي" in a release of January: a year-less date said to be
    past (or coming) that the release's year would put after (or before) it is a year off."""
    if published is None:
        return
    for item in unwritten:
        following = NEXT_WORD.match(text, item.end)
        when = item.to_gregorian()
        if following is None or when is None or item.calendar != "g":
            continue
        shift = -1 if following[1] in cal.PAST and when > published else 0
        shift = 1 if following[1] in cal.NEXT and when < published else shift
        for part in item.parts():
            part.year += shift


def _year_under_review(text: str, unwritten: list[_Parsed], published: date | None) -> None:
    """ "حصيلة التعاون الدولي في 2024", released in January 2025: a year-less day the release's
    year would put weeks after it is of the year the text names before it, or, months after
    it, of the year before (a release dates what took place, rarely what is half a year off)."""
    if published is None:
        return
    years = {int(y) for y in YEAR_NAMED.findall(text, 0, HEAD_CHARACTERS)}
    # "ميليبول قطر 2024 ... الشهر المقبل": a headline that names the release's year is of it
    named = [] if max(years, default=0) >= published.year else sorted(years)
    for item in unwritten:
        when = item.to_gregorian()
        if item.calendar != "g" or when is None or (when - published).days <= AHEAD_DAYS:
            continue
        if named or (when - published).days > FAR_AHEAD_DAYS:
            year = named[-1] if named else published.year - 1
            for part in item.parts():
                part.year += year - item.year


def _year_by_weekday(parsed: list[_Parsed], relative: list[re.Match]) -> None:
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


def _finish(item: _Parsed) -> DateMention:
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
