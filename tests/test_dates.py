"""Dates as Arabic press writes them: both calendars, all month-name families, ranges."""

from datetime import date

import pytest

from extraction_support import arabic_labels, events_of
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
        # the first day and month, the year only after the last
        ("خلال الفترة من ٢٨ / ٧ إلى ٤ / ٨ / ١٤٤٦هـ", date(2025, 1, 28), date(2025, 2, 3)),
        ("من 28/12 إلى 4/1/2025م", date(2024, 12, 28), date(2025, 1, 4)),
        # weekdays inside a day range
        ("منذ الأحد 21 وإلى غاية الخميس 25 أفريل 2024", date(2024, 4, 21), date(2024, 4, 25)),
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


def test_a_relative_day_after_the_conjunction():
    found = dates_in("وقع الوزيران أمس مذكرة. واليوم الثلاثاء، زار الوزير الكلية", "2024-01-16")
    assert [(d.gregorian, d.start) for d in found] == [
        (date(2024, 1, 15), 13),
        (date(2024, 1, 16), 25),  # the day's span leaves out the conjunction
    ]


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


def test_a_bare_weekday_between_a_comma_and_fi_is_the_day_the_text_gives_it(extract):
    result = extract(
        "عقد في دبي يومي 20 و21 يناير 2026 اجتماع خبراء الجرائم الإلكترونية.\n"
        "وعلى هامش الاجتماع، استقبل القائد العام للشرطة الفريق سالم المنصوري، الأربعاء في "
        "مكتبه، ممثل المنظمة."
    )
    visit = next(e for e in result.doc.events if e.kind == "visit")
    assert [d.gregorian for d in visit.dates] == [date(2026, 1, 21)]


def test_today_with_a_weekday_is_found_among_the_days_the_text_gives():
    text = "اختتمت اللجنة اليوم الثلاثاء اجتماعها الذي عقد يومي 20 و21 نوفمبر 2023"
    assert [d.gregorian for d in dates_in(text)] == [date(2023, 11, 21), date(2023, 11, 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 دجمبر 2023", date(2023, 12, 9)),
        ("4 غشت 2022", date(2022, 8, 4)),
        ("14 أغشت 2025", date(2025, 8, 14)),
        ("21 شتنبر 2021", date(2021, 9, 21)),
        ("2 تشرين ثاني 2020", date(2020, 11, 2)),
    ],
)
def test_more_month_spellings(text, expected):
    (found,) = dates_in(f"نظمت المديرية لقاء يوم {text} بالعاصمة")
    assert found.gregorian == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("خلال الفترة من ٣ إلى ٥/٩/١٤٤٥هـ", date(2024, 3, 13), date(2024, 3, 15)),
        ("من 7/3/2022 إلى 10/3/2022", date(2022, 3, 7), date(2022, 3, 10)),
        ("يوم 2 مايو 2021، وتستمر لمدة 4 أيام", date(2021, 5, 2), date(2021, 5, 5)),
        ("خلال الفترة من 23 إلى 25-9-2025", date(2025, 9, 23), date(2025, 9, 25)),
        ("من 7 إلى 9.3.2024", date(2024, 3, 7), date(2024, 3, 9)),
    ],
)
def test_more_ranges(text, start, end):
    (found,) = dates_in(f"نظمت الأكاديمية الدورة {text}")
    assert (found.gregorian, found.end_date) == (start, end)


def test_two_full_dates_joined_by_and_are_two_dates():
    found = dates_in("زار الوفد المعهد في 7/3/2022 و10/3/2022")
    assert [(d.gregorian, d.end_date) for d in found] == [
        (date(2022, 3, 7), None),
        (date(2022, 3, 10), None),
    ]


@pytest.mark.parametrize(
    ("closing", "last"),
    [
        ("وتستمر لغاية 19 منه", date(2021, 10, 19)),
        ("حتى 15 من الشهر نفسه", date(2021, 10, 15)),
        ("إلى غاية 21 الجاري", date(2021, 10, 21)),
    ],
)
def test_a_later_day_of_the_same_month_ends_the_event(closing, last):
    start, end = dates_in(f"انطلقت في 11 تشرين الأول 2021 دورة تخصصية في المعهد، {closing}.")
    assert (start.gregorian, end.gregorian, end.phase) == (date(2021, 10, 11), last, "end")


def test_a_hijri_date_gives_its_month_to_a_later_day():
    _, end = dates_in("بدأت الندوة في 10 رجب 1444هـ وتستمر حتى 12 من الشهر نفسه")
    assert end.gregorian == date(2023, 2, 3)


def test_a_duration_late_in_a_long_sentence_ends_the_date_that_opens_it():
    filler = "، ".join(["بمشاركة ممثلين عن الأجهزة الأمنية والجهات المختصة"] * 6)
    (found,) = dates_in(
        f"افتتحت صباح اليوم أعمال الورشة {filler}، وتستمر ثلاثة أيام.", "2022-01-09"
    )
    assert (found.gregorian, found.end_date) == (date(2022, 1, 9), date(2022, 1, 11))


def test_a_duration_beside_a_range_does_not_stretch_an_earlier_date():
    text = "الرباط، 3 مايو 2023 - اختتمت الدورة التي امتدت على مدى ثلاثة أيام، من 1 إلى 3 مايو 2023"
    dateline, span = dates_in(text)
    assert (dateline.end_date, span.end_date) == (None, date(2023, 5, 3))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ترأس الوزير مساء الأحد اجتماعا أمنيا", date(2022, 9, 4)),
        ("استقبل المدير، الخميس، وفدا من الشرطة", date(2022, 9, 1)),
        ("وصل الوفد يوم 2 الجاري إلى العاصمة", date(2022, 9, 2)),
    ],
)
def test_a_weekday_or_a_day_of_this_month_resolves_against_the_publication_date(text, expected):
    (found,) = dates_in(text, "2022-09-06")
    assert found.gregorian == expected


def test_a_month_written_in_both_families_with_a_slash():
    (found,) = dates_in("التقى الوفدان، يوم الأحد ٣ مارس/آذار ٢٠٢٤، في مقر الوزارة")
    assert found.gregorian == date(2024, 3, 3)


def test_a_range_closed_by_ila_ghayat():
    (found,) = dates_in("تتواصل الدورة من 10 إلى غاية 14 مارس 2024 بالمدرسة")
    assert (found.gregorian, found.end_date) == (date(2024, 3, 10), date(2024, 3, 14))


def test_a_duration_after_a_closing_day_counts_back_from_it():
    (found,) = dates_in("اختتمت يوم الأربعاء 6 مارس 2024 أعمال الندوة التي عقدت على مدى ثلاثة أيام")
    assert (found.gregorian, found.end_date) == (date(2024, 3, 4), date(2024, 3, 6))


def test_a_closing_verb_set_off_by_a_comma_still_closes():
    (found,) = dates_in("اختتمت، يوم الأربعاء 6 مارس 2024 بالمعهد، أشغال الورشة على مدى يومين")
    assert (found.gregorian, found.end_date) == (date(2024, 3, 5), date(2024, 3, 6))


def test_a_duration_says_nothing_of_a_date_in_the_next_sentence():
    first, second = dates_in(
        "افتتحت الكلية يوم 9 مارس 2025 الدورة، وتستمر أربعة أيام.\n\nومن جهة أخرى، زار الوفد "
        "المعهد يوم 8 مارس 2025."
    )
    assert (first.gregorian, first.end_date) == (date(2025, 3, 9), date(2025, 3, 12))
    assert second.end_date is None


def test_an_opening_day_and_a_closing_day_outweigh_a_rounded_duration(extract):
    result = extract(
        "انطلقت يوم الأحد 2 فبراير 2025 الدورة التدريبية في مكافحة التهريب.\n"
        "وتستمر الدورة لمدة أسبوع، حتى يوم الجمعة 7 فبراير، بمشاركة 20 ضابطا."
    )
    (course,) = result.doc.events
    assert (course.dates[0].gregorian, course.dates[0].end_date) == (
        date(2025, 2, 2),
        date(2025, 2, 7),
    )


def test_a_meeting_on_the_same_day_as_a_courses_closing_takes_that_day(extract):
    result = extract(
        "اختتمت يوم الخميس 6 مارس 2025 الدورة التدريبية التي نظمتها الأكاديمية خلال الفترة من 2 "
        "إلى 6 مارس 2025.\n"
        "وعلى هامش الختام، عقد مدير الأكاديمية اجتماعا في اليوم ذاته مع ممثل المنظمة."
    )
    course, meeting = sorted(result.doc.events, key=lambda event: event.kind, reverse=True)
    assert (course.dates[0].gregorian, course.dates[0].end_date) == (
        date(2025, 3, 2),
        date(2025, 3, 6),
    )
    assert (meeting.dates[0].gregorian, meeting.dates[0].end_date) == (date(2025, 3, 6), None)


def test_a_datelines_day_dates_the_release_and_yesterday_the_event(extract):
    result = extract(
        "مسقط في 9 مارس / العمانية / استقبل قائد شرطة عمان السلطانية أمس وفدا من الإنتربول.",
        meta={"publication_date": "2025-03-09"},
    )
    (visit,) = result.doc.events
    assert visit.dates[0].gregorian == date(2025, 3, 8)


@pytest.mark.parametrize("cue", ["ويستمر يومين", "وتمتد ثلاثة أيام", "ويتواصل ثلاثة أيام"])
def test_durations_told_by_verbs_of_lasting(cue):
    (found,) = dates_in(f"انطلق يوم 3 مارس 2025 المؤتمر الدولي الثالث، {cue} بمشاركة 40 دولة.")
    assert found.end_date == date(2025, 3, 4 if cue.endswith("يومين") else 5)


def test_a_visit_today_during_a_longer_tour_is_on_that_day(extract):
    result = extract(
        "مسقط في 14 أبريل /العمانية/ زار وفد من الإنتربول اليوم قيادة خفر السواحل، وذلك ضمن جولة "
        "يقوم بها في السلطنة خلال الفترة من 12 إلى 16 أبريل 2026.",
        meta={"publication_date": "2026-04-14"},
    )
    (visit,) = result.doc.events
    assert (visit.dates[0].gregorian, visit.dates[0].end_date) == (date(2026, 4, 14), None)


def test_a_closing_day_and_how_long_it_lasted_give_the_first_day(extract):
    result = extract(
        "الخرطوم 20-1-2025 (سونا) - اختتمت اليوم الدورة التدريبية التي نظمتها الإدارة العامة "
        "للمباحث واستمرت خمسة أيام."
    )
    (course,) = result.doc.events
    assert (course.dates[0].gregorian, course.dates[0].end_date) == (
        date(2025, 1, 16),
        date(2025, 1, 20),
    )


def test_opening_and_closing_days_outweigh_a_later_range_for_a_part_of_the_event(extract):
    result = extract(
        "انطلقت يوم الاثنين 3 نونبر 2025 أشغال دورة تكوينية، وتستمر إلى غاية 14 نونبر الجاري.\n"
        "ويستفيد من هذه الدورة، التي تمتد على مدى أسبوعين، ثلاثون إطارا.\n"
        "وتتضمن الدورة تمرينا ميدانيا يومي 12 و13 نونبر."
    )
    (course,) = result.doc.events
    assert (course.dates[0].gregorian, course.dates[0].end_date) == (
        date(2025, 11, 3),
        date(2025, 11, 14),
    )


def test_an_indefinite_training_programme_as_an_object_is_a_course(extract):
    result = extract("نفذت الأكاديمية يوم 7 ديسمبر 2025 برنامجاً تدريبياً عن بعد لفائدة الضباط.")
    assert [event.kind for event in result.doc.events] == ["training-course"]


@pytest.mark.parametrize("cue", ["تستغرق ثلاثة أيام", "يستغرق ثلاثة أيام"])
def test_a_visit_that_takes_days(cue):
    (found,) = dates_in(f"استقبل المدير العام يوم 8 مايو 2025 وفدا في مستهل زيارة عمل {cue}.")
    assert (found.gregorian, found.end_date) == (date(2025, 5, 8), date(2025, 5, 10))


def test_a_year_less_dateline_takes_the_latest_year_its_weekday_fits():
    text = "عمان في 14 آذار /بترا/ اختتمت صباح اليوم السبت دورة تدريبية بدأت في 10 آذار."
    assert {d.gregorian for d in dates_in(text)} == {date(2026, 3, 14), date(2026, 3, 10)}
    thursday = text.replace("السبت", "الخميس")  # 14 March was a Thursday in 2024
    assert dates_in(thursday)[0].gregorian == date(2024, 3, 14)


def test_a_year_less_date_with_no_weekday_stays_undated():
    assert dates_in("عمان في 14 آذار /بترا/ اختتمت اليوم دورة تدريبية.")[0].gregorian is None


def test_an_event_no_text_dates_is_left_out_and_the_rest_kept(extract):
    result = extract(
        "عمان في 14 آذار /بترا/ افتتح اللواء سامر عادل النجار اليوم ورشة عمل حول أمن الحدود "
        "بمشاركة مديرية الأمن العام."
    )
    assert not events_of(result)
    assert "سامر عادل النجار" in arabic_labels(result, "person")


def test_a_year_less_date_said_to_be_past_or_coming_crosses_the_releases_year():
    past = dates_in("انطلقت الدورة في الخامس من أكتوبر الماضي.", "2026-01-27")
    coming = dates_in("وتعقد الدورة في 3 يناير المقبل.", "2025-12-20")
    assert (past[0].gregorian, coming[0].gregorian) == (date(2025, 10, 5), date(2026, 1, 3))


def test_a_closing_today_and_an_opening_yesterday_with_wa_give_the_period(extract):
    result = extract(
        "اختتمت اليوم في أبوظبي أعمال المؤتمر الدولي للمواد الخطرة، الذي انعقد بالتعاون مع "
        "الهيئة الوطنية، وانطلق أمس الثلاثاء بمشاركة 600 مختص.",
        meta={"publication_date": "2026-02-04"},
    )
    (conference,) = result.doc.events
    assert (conference.dates[0].gregorian, conference.dates[0].end_date) == (
        date(2026, 2, 3),
        date(2026, 2, 4),
    )


def test_an_ordinal_day_of_the_same_month_ends_the_event():
    text = "انطلقت الورشة يوم 14 تشرين الأول 2025، وتستمر لغاية السادس عشر من الشهر الجاري."
    (start, last) = dates_in(text)
    assert (start.gregorian, last.gregorian) == (date(2025, 10, 14), date(2025, 10, 16))


def test_a_range_of_weekdays_is_the_week_of_the_release():
    text = "تنظم الإدارة الدورة في الفترة من الأحد إلى الخميس بمقر الأكاديمية."
    (found,) = dates_in(text, published="2026-02-22")
    assert (found.gregorian, found.end_date) == (date(2026, 2, 22), date(2026, 2, 26))


def test_a_course_that_has_gone_on_since_a_day_ends_today():
    found = dates_in(
        "اختتمت اليوم الأربعاء دورة تدريبية استمرت منذ الثاني عشر من شباط الجاري", "2023-02-22"
    )
    assert [(d.gregorian, d.phase) for d in found] == [
        (date(2023, 2, 22), "end"),
        (date(2023, 2, 12), "start"),
    ]


def test_a_relative_clause_that_the_event_goes_on_gives_its_length():
    (found,) = dates_in(
        "افتتح المؤتمر اليوم الجمعة. "
        + "ودعت الهيئة إلى إرساء آلية إحالة وطنية ملزمة لكل المتدخلين. " * 5
        + "ويشارك في المؤتمر، الذي يتواصل على مدى يومين، ممثلون عن الوزارات.",
        "2024-10-18",
    )
    assert (found.gregorian, found.end_date) == (date(2024, 10, 18), date(2024, 10, 19))


def test_a_named_day_and_a_day_that_comes_round_every_year_date_nothing():
    found = dates_in(
        "نظمت الجامعة اليوم الدراسي حول الجرائم الإلكترونية، تزامنا مع اليوم العالمي لمكافحة "
        "الاتجار بالبشر الموافق لـ30 يوليو من كل سنة.",
        "2024-10-18",
    )
    assert found == []


def test_a_course_that_lasts_two_days_ends_a_day_after_it_starts():
    (found,) = dates_in("انطلقت اليوم الأحد بمدينة النعمة ورشة تكوينية، وتدوم يومين.", "2023-03-12")
    assert (found.gregorian, found.end_date) == (date(2023, 3, 12), date(2023, 3, 13))


def test_a_closing_day_after_days_of_talks_counts_back_to_the_first():
    (found,) = dates_in(
        "وكانت أعمال الاجتماع التنسيقي الختامي للعملية قد انعقدت في عمّان، وانتهت أمس "
        "الاثنين بعد يومين من النقاشات.",
        "2025-02-11",
    )
    assert (found.gregorian, found.end_date) == (date(2025, 2, 9), date(2025, 2, 10))


def test_a_course_dated_by_its_graduation_runs_from_the_day_it_began(extract):
    result = extract(
        "وشهد الوزير صباح اليوم الثلاثاء حفل تخريج الدفعة الرابعة من وحدة حرس السواحل، بعد دورة "
        "تدريبية مكثفة انطلقت في الخامس من أكتوبر الماضي، أشرف عليها مدربون من الدرك.",
        meta={"publication_date": "2026-01-27"},
    )
    (course,) = [e for e in result.doc.events if e.kind == "training-course"]
    assert (course.dates[0].gregorian, course.dates[0].end_date) == (
        date(2025, 10, 5),
        date(2026, 1, 27),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "خلال الفترة من 26 كانون الثاني الماضي ولغاية اليوم",
            (date(2025, 1, 26), date(2025, 2, 5)),
        ),
        ("التي انطلقت في 30 يناير حتى أمس", (date(2025, 1, 30), date(2025, 2, 4))),
    ],
)
def test_a_range_may_end_on_a_day_said_relatively(text, expected):
    (found,) = dates_in(text, "2025-02-05")
    assert (found.gregorian, found.end_date) == expected


def test_the_day_a_postponed_event_was_set_for_dates_no_event(extract):
    result = extract(
        "التقى وزير الداخلية، صباح اليوم الثلاثاء الموافق ٨ / ٤ / ٢٠٢٥م، بمقر ديوان الوزارة "
        "بطرابلس، رئيسة بعثة الاتحاد الأوروبي السيدة ناتاليا غارسيا.\n\nوجرى خلال اللقاء بحث "
        "سبل التعاون.\n\nوفي ختام اللقاء، تقرر تأجيل ورشة العمل الخاصة بإدارة الحدود، التي كان "
        "من المقرر عقدها في مدينة سبها يومي ١٥ و١٦ أبريل الجاري بالتعاون مع البعثة، إلى موعد لاحق.",
        meta={"publication_date": "2025-04-08"},
    )
    (meeting,) = result.doc.events
    assert (meeting.dates[0].gregorian, meeting.dates[0].end_date) == (date(2025, 4, 8), None)


def test_an_event_going_on_until_a_weekday_ends_that_day():
    (found,) = dates_in("انطلقت اليوم دورة تدريبية، وتستمر حتى الخميس.", "2024-11-18")
    assert (found.gregorian, found.end_date) == (date(2024, 11, 18), date(2024, 11, 21))


def test_until_a_weekday_with_its_own_date_leaves_that_date_to_say_it():
    found = dates_in("انطلقت يوم الأحد 11 ماي 2025 دورة تتواصل إلى غاية يوم الخميس 22 ماي الجاري.")
    assert found[0].gregorian == date(2025, 5, 11)
    assert found[0].end_date != date(2025, 5, 15)


def test_a_years_review_dates_its_days_in_the_year_it_names():
    found = dates_in(
        "حصيلة التعاون الدولي في 2024\n\nنفذت المديرية دورة من 2 إلى 13 حزيران، واستقبلت وفدا "
        "في 17 أيلول.",
        "2025-01-08",
    )
    assert [d.gregorian for d in found] == [date(2024, 6, 2), date(2024, 9, 17)]


def test_a_day_months_after_the_release_is_of_the_year_before():
    (found,) = dates_in("واستقبلت المديرية وفدا أوروبيا في 17 أيلول.", "2025-01-08")
    assert found.gregorian == date(2024, 9, 17)


def test_an_event_of_next_month_stays_in_the_releases_year():
    found = dates_in(
        '"ميليبول قطر 2024" ينطلق الشهر المقبل\n\nويقام المعرض من 29 إلى 31 أكتوبر، بعد دورة '
        "2022 الناجحة.",
        "2024-09-25",
    )
    assert found[0].gregorian == date(2024, 10, 29)


def test_an_earlier_day_of_the_same_month_after_a_closing_day():
    found = dates_in("اختتمت يوم 24 أكتوبر 2024 دورة تدريبية انطلقت في 21 من الشهر ذاته.")
    assert [d.gregorian for d in found] == [date(2024, 10, 24), date(2024, 10, 21)]


@pytest.mark.parametrize(
    "text, end",
    [
        # the weekday after "the day after tomorrow"
        (
            "بدأت اليوم الثلاثاء 8 أكتوبر 2024 بالقاهرة ورشة عمل حول الإرهاب تنظمها وزارة "
            "الداخلية، وتستمر حتى بعد غد الخميس.",
            "2024-10-10",
        ),
        # "until Thursday" with "يوم" before the weekday, itself read as a day
        (
            "الجزائر 17 أكتوبر 2023 - انطلقت أمس الاثنين بالمدرسة العليا للشرطة دورة تكوينية "
            "حول التحقيق وتتواصل إلى غاية يوم الخميس، تنظمها أفريبول.",
            "2023-10-19",
        ),
        # a sentence of its own, paragraphs after the date, that opens with how long it lasts
        (
            "افتتح مدير المصلحة اليوم الأربعاء الموافق 16 ذو القعدة 1446 هـ – 14 مايو 2025 م، "
            "بقاعة التدريب بمقر المصلحة في طرابلس، الدورة التدريبية حول تحليل المخاطر وإدارة "
            "المعلومات في المنافذ البرية والجوية، التي تنظمها بعثة الاتحاد الأوروبي للمساعدة "
            "في إدارة الحدود المتكاملة في ليبيا، بالتنسيق مع إدارة العلاقات والتعاون بوزارة "
            "الداخلية.\n\nوتستمر الدورة خمسة أيام، ويشارك فيها (26) متدربا من منتسبي المصلحة.",
            "2025-05-18",
        ),
    ],
)
def test_where_the_text_says_how_long_the_event_goes_on(extract, text, end):
    doc = extract(text).doc
    (event,) = doc.events
    (last,) = [f.object for f in doc.facts if f.predicate == "endDate"]
    assert str(last) == end and event.kind in ("workshop", "training-course")


def test_a_signing_on_the_sidelines_of_the_first_day_falls_on_it(extract):
    doc = extract(
        "أبوظبي - انطلقت أمس في العاصمة أبوظبي أعمال مؤتمر أبوظبي الدولي لمكافحة الاحتيال الرقمي "
        "الذي تنظمه القيادة العامة لشرطة أبوظبي على مدى يومين. ويناقش المؤتمر في يومه الثاني، "
        "اليوم، محاور "
        "تتعلق بحماية كبار السن.\n\nوعلى هامش اليوم الأول، وقعت القيادة العامة لشرطة أبوظبي "
        "والإنتربول مذكرة تفاهم لإنشاء برنامج مشترك.",
        meta={"publication_date": "2025-04-29"},
    ).doc
    days = {
        (f.subject.kind, f.predicate): str(f.object)
        for f in doc.facts
        if f.predicate in ("startDate", "endDate")
    }
    assert (days[("conference", "startDate")], days[("conference", "endDate")]) == (
        "2025-04-28",
        "2025-04-29",
    )
    assert days[("agreement-signing", "startDate")] == "2025-04-28"


def test_the_day_the_event_was_opened_on_is_its_first(extract):
    doc = extract(
        "تتواصل أعمال ورشة العمل المتخصصة «كشف التزوير في وثائق السفر والهوية» التي تنظمها شؤون "
        "الجنسية والجوازات والإقامة بالتعاون مع المنظمة الدولية للهجرة، وتستمر حتى الخامس عشر من "
        "مايو الجاري، وكان قد افتتحها الشيخ راشد بن سلمان آل خليفة، وكيل شؤون الجنسية والجوازات "
        "والإقامة، يوم الأحد الماضي.",
        meta={"publication_date": "2025-05-14"},
    ).doc
    days = {
        f.predicate: str(f.object) for f in doc.facts if f.predicate in ("startDate", "endDate")
    }
    assert days == {"startDate": "2025-05-11", "endDate": "2025-05-15"}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ويستمر يومي 12 و13 من الشهر الجاري", date(2024, 11, 12), date(2024, 11, 13)),
        ("ويستمر من 12 إلى 14 من الشهر الجاري", date(2024, 11, 12), date(2024, 11, 14)),
    ],
)
def test_a_range_of_days_of_the_current_month(text, start, end):
    (day,) = dates_in(text, "2024-11-12")
    assert (day.gregorian, day.end_date) == (start, end)


def test_how_long_the_event_named_with_its_verb_goes_on_in_a_later_sentence(extract):
    doc = extract(
        "عمان 12 تشرين الثاني 2024 (بترا)- انطلقت في عمان اليوم الثلاثاء، أعمال المؤتمر العربي "
        "الثامن والثلاثين لرؤساء أجهزة مكافحة المخدرات، الذي تنظمه الأمانة العامة لمجلس وزراء "
        "الداخلية العرب بالتعاون مع مديرية الأمن العام، برعاية وزير الداخلية.\n\nوقال أمين عام "
        "وزارة الداخلية الدكتور نضال فايز العبادي، مندوبا عن الوزير راعي المؤتمر، في كلمة "
        "الافتتاح، إن الأردن يقف في الخط الأمامي لمواجهة محاولات تهريب المخدرات.\n\nوفي كلمة "
        "الأمانة العامة، أوضح اللواء محمد الطاهر الزواري أن المؤتمر يناقش على مدى يومين تقرير "
        "المكتب العربي لشؤون المخدرات."
    ).doc
    days = {
        f.predicate: str(f.object) for f in doc.facts if f.predicate in ("startDate", "endDate")
    }
    assert days == {"startDate": "2024-11-12", "endDate": "2024-11-13"}
