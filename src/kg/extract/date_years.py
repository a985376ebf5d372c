"""The year of a date the text writes without one: the year the text gives elsewhere, the year
before when the text says the day is past ("أكتوبر الماضي"), or the year a review's headline
names."""

import re
from datetime import date
from typing import Final

from hijridate import Gregorian

from kg.extract.lexicon import calendar as cal
from kg.extract.written_dates import ParsedDate

NEXT_WORD: Final = re.compile(r"\s*(\w+)")
# A year the text names on its own ("خلال عام 2024", "حصاد 2023"), and how far after the
# release a year-less day may fall before it is taken for one of an earlier year.
YEAR_NAMED: Final = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")
AHEAD_DAYS: Final = 31
CURRENT: Final = cal.CURRENT_MONTH
HEAD_CHARACTERS: Final = 400  # the headline and the first sentences, where a review names its year
FAR_AHEAD_DAYS: Final = 183


def fill_years(parsed: list[ParsedDate], published: date | None) -> list[ParsedDate]:
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


def last_or_next_year(text: str, unwritten: list[ParsedDate], published: date | None) -> None:
    """ "انطلقت في الخامس من أكتوبر الماضي" in a release of January: a year-less date said to be
    past (or coming) that the release's year would put after (or before) it is a year off; one
    of the current month ("الجاري") is of the release's year."""
    if published is None:
        return
    for item in unwritten:
        following = NEXT_WORD.match(text, item.end)
        when = item.to_gregorian()
        if following is None or when is None or item.calendar != "g":
            continue
        shift = -1 if following[1] in cal.PAST and when > published else 0
        shift = 1 if following[1] in cal.NEXT and when < published else shift
        if following[1] in CURRENT:  # "يومي 17 و18 دجنبر الجاري": of the release's year,
            shift = published.year - item.year  # whatever other year the text names first
        for part in item.parts():
            part.year += shift


def year_under_review(text: str, unwritten: list[ParsedDate], published: date | None) -> None:
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
