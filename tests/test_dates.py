"""Dates as Arabic press writes them: both calendars, all month-name families, ranges."""

from datetime import date

import pytest

from kg.extract.dates import find_dates
from kg.extract.document import Document
from kg.extract.normalize import normalize


def dates_in(text: str, published: str | None = None):
    doc = Document("t", text, {"publication_date": published} if published else {})
    doc.norm = normalize(text)
    return find_dates(doc).dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26-5-2021م", date(2021, 5, 26)),
        ("2021/05/26", date(2021, 5, 26)),
        ("26 مايو 2021م", date(2021, 5, 26)),
        ("26 أيار 2021", date(2021, 5, 26)),
        ("26 ماي 2021", date(2021, 5, 26)),
        ("3 جويلية 2021", date(2021, 7, 3)),
        ("15 جانفي 2020", date(2020, 1, 15)),
        ("10 تشرين الثاني 2019", date(2019, 11, 10)),
        ("1 كانون الثاني 2022", date(2022, 1, 1)),
        ("٢٦ مايو ٢٠٢١", date(2021, 5, 26)),
        ("1442-10-14هـ", date(2021, 5, 26)),
        ("14/10/1442هـ", date(2021, 5, 26)),
        ("14 شوال 1442هـ", date(2021, 5, 26)),
    ],
)
def test_single_dates(text, expected):
    (found,) = dates_in(f"عقدت الورشة في {text} بالمقر")
    assert found.gregorian == expected


def test_hijri_and_gregorian_pair_agree():
    (found,) = dates_in("1442-10-14هـ الموافق 26-5-2021م")
    assert (found.gregorian, found.hijri, found.note) == (date(2021, 5, 26), (1442, 10, 14), "")


def test_a_hijri_gregorian_mismatch_is_recorded_not_dropped():
    (found,) = dates_in("14 شوال 1442هـ الموافق 27 مايو 2021م")
    assert found.gregorian == date(2021, 5, 27)
    assert "2021-05-26" in found.note and "2021-05-27" in found.note


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("يومي 6 و7 مايو 2022", date(2022, 5, 6), date(2022, 5, 7)),
        ("من 23 إلى 25 مايو 2022", date(2022, 5, 23), date(2022, 5, 25)),
        ("من 30 أبريل إلى 2 مايو 2023", date(2023, 4, 30), date(2023, 5, 2)),
        ("من 28 ديسمبر إلى 2 يناير 2024", date(2023, 12, 28), date(2024, 1, 2)),
        ("في 6 مارس 2023 على مدى ثلاثة أيام", date(2023, 3, 6), date(2023, 3, 8)),
    ],
)
def test_ranges(text, start, end):
    (found,) = dates_in(text)
    assert (found.gregorian, found.end_date) == (start, end)


def test_relative_dates_resolve_against_the_publication_date():
    (today,) = dates_in("انطلقت اليوم الاثنين الدورة", "2023-03-06")
    (last_sunday,) = dates_in("عقد يوم الأحد الماضي اجتماع", "2023-03-08")
    assert today.gregorian == date(2023, 3, 6)
    assert last_sunday.gregorian == date(2023, 3, 5)


def test_relative_dates_need_a_publication_date():
    assert dates_in("انطلقت اليوم الدورة") == []


def test_a_year_left_out_is_taken_from_the_document():
    found = dates_in("في 3 مايو 2022 ... ثم في 5 يونيو")
    assert [d.gregorian for d in found] == [date(2022, 5, 3), date(2022, 6, 5)]


def test_a_day_of_the_event_is_not_the_day_of_the_release():
    found = dates_in(
        "بدأت الدورة في 3 مايو 2022، وفي اليوم التالي زار المشاركون المعهد", "2022-05-10"
    )
    assert [d.gregorian for d in found] == [date(2022, 5, 3)]


def test_today_with_a_weekday_is_found_among_the_days_the_text_gives():
    text = "اختتمت اللجنة اليوم الثلاثاء اجتماعها الذي عقد يومي 20 و21 نوفمبر 2023"
    assert [d.gregorian for d in dates_in(text)] == [date(2023, 11, 21), date(2023, 11, 20)]
