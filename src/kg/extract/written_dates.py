"""Dates as the text writes them, before their years are known: numeric ("26-5-2021م"), with a
month's name in any of its families ("26 أيار 2021", "3 جويلية"), ordinal days ("الخامس من
أكتوبر"), and ranges of days ("يومي 6 و7 مايو", "من 28 / 7 إلى 4 / 8 / 1446هـ")."""

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from hijridate import Hijri

from kg.extract.date_spans import alternation
from kg.extract.lexicon import calendar as cal

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
RANGE_JOIN: Final = re.compile(rf"^\s*(?:{FULL_JOIN}|و)\s*$")
FULL_RANGE_JOIN: Final = re.compile(rf"^\s*(?:{FULL_JOIN})\s*$")
MAX_RANGE_DAYS: Final = 62


def written_dates(text: str) -> list["ParsedDate"]:
    """Every date the text writes, the longest reading where two patterns read the same."""
    found = _numeric(text) + _written(text) + _ordinal(text) + _numeric_range(text)
    return _without_overlaps(found + _partial_range_starts(text))


@dataclass
class ParsedDate:
    """A date as written, before its year is known and its calendar converted."""

    start: int
    end: int
    calendar: str  # "h" Hijri or "g" Gregorian
    year: int
    month: int
    day: int
    last_day: int = 0  # "يومي 6 و7 مايو": the range's last day in the same month
    range_to: "ParsedDate | None" = None  # "من 30 أبريل إلى 2 مايو": the range's last date

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

    def parts(self) -> "list[ParsedDate]":
        """The date and, for a range, its last date: what a year read for it applies to."""
        return [self] if self.range_to is None else [self, self.range_to]


def _numeric(text: str) -> list[ParsedDate]:
    out = []
    for m in NUMERIC.finditer(text):
        a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
        year, month, day = (a, b, c) if len(m["a"]) == 4 else (c, b, a)
        calendar = _calendar(m["suffix"], year)
        if calendar:
            out.append(ParsedDate(m.start(), m.end(), calendar, year, month, day))
    return out


def _written(text: str) -> list[ParsedDate]:
    out = []
    for m in WRITTEN.finditer(text):
        calendar, month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else 0
        if m["suffix"]:
            calendar = _calendar(m["suffix"], year) or calendar
        last = int(m["d2"]) if m["d2"] else 0
        out.append(ParsedDate(m.start(), m.end(), calendar, year, month, int(m["d1"]), last))
    return out


def _ordinal(text: str) -> list[ParsedDate]:
    out = []
    for m in ORDINAL.finditer(text):
        calendar, month = MONTHS[m["month"]]
        year = int(m["year"]) if m["year"] else 0
        day = cal.ORDINAL_DAYS[m["day"]]
        out.append(ParsedDate(m.start(), m.end(), calendar, year, month, day))
    return out


def _numeric_range(text: str) -> list[ParsedDate]:
    """ "23-24/4/2024": two days of one month."""
    out = []
    for m in NUMERIC_RANGE.finditer(text):
        year = int(m["y"])
        calendar = _calendar(m["suffix"], year)
        if calendar:
            parsed = ParsedDate(m.start(), m.end(), calendar, year, int(m["m"]), int(m["d1"]))
            parsed.last_day = int(m["d2"])
            out.append(parsed)
    return out


def _partial_range_starts(text: str) -> list[ParsedDate]:
    """ "من 28/7 إلى 4/8/1446هـ": the first date of the range, in the year of the last (the
    year before, when its month comes later in the year)."""
    out = []
    for m in PARTIAL_RANGE_START.finditer(text):
        year = int(m["y"]) - (int(m["m"]) > int(m["m2"]))
        calendar = _calendar(m["suffix"], year)
        if calendar:
            out.append(ParsedDate(m.start(), m.end(), calendar, year, int(m["m"]), int(m["d"])))
    return out


def _without_overlaps(parsed: list[ParsedDate]) -> list[ParsedDate]:
    """The longest reading wins where two patterns read the same characters."""
    kept: list[ParsedDate] = []
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


def merge_ranges(text: str, parsed: list[ParsedDate]) -> list[ParsedDate]:
    merged: list[ParsedDate] = []
    for item in parsed:
        prev = merged[-1] if merged else None
        if prev and _range_of(prev, item, text[prev.end : item.start]):
            prev.end, prev.range_to = item.end, item
            continue
        merged.append(item)
    return merged


def _range_of(first: ParsedDate, last: ParsedDate, between: str) -> bool:
    """ "من 16 ... إلى 18 مايو": a first date without its year; "من 16/5/1446 إلى 18/5/1446": two
    full dates of one calendar a few days apart (not two dates joined by و)."""
    if not first.year:
        return bool(RANGE_JOIN.match(between))
    if not FULL_RANGE_JOIN.match(between) or first.calendar != last.calendar:
        return False
    if first.range_to or first.last_day:
        return False
    start, end = first.to_gregorian(), last.to_gregorian()
    if start is None or end is None:
        return False
    return 0 < (end - start).days <= MAX_RANGE_DAYS
