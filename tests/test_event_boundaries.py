"""Where one event ends and another begins, and the sessions an ordinal names."""

from extraction_support import (
    KG,
    agent_labels,
    arabic_labels,
    event_kinds,
    events_of,
    fact_labels,
    role_pairs,
)


def test_an_ordinal_past_the_hundred_names_a_council_session(extract):
    result = extract(
        "شارك المدير العام في أعمال الدورة السابعة والأربعين بعد المئة لمجلس المنظمة العالمية "
        "للجمارك، التي عقدت في بروكسل خلال الفترة من 25 إلى 27 حزيران 2026."
    )
    assert event_kinds(result) == ["council-session"]
    assert len(events_of(result)) == 1


def test_what_is_done_later_the_same_day_is_an_event_of_its_own(extract):
    result = extract(
        "استقبل وزير الداخلية الأردني في عمان يوم 14 نيسان 2026 وزير الداخلية السوري الذي يزور "
        "الأردن حاليا. وفي وقت لاحق من اليوم ذاته، ترأس الوزيران الاجتماع الأول للجنة الأمنية "
        "المشتركة، الذي عقد في مقر الوزارة."
    )
    assert event_kinds(result) == ["meeting", "visit"]


def dated(result) -> list[tuple[str, str, str]]:
    days = {}
    for fact in result.doc.facts:
        if fact.predicate in ("startDate", "endDate"):
            days.setdefault(id(fact.subject), {})[fact.predicate] = str(fact.object)
    return sorted(
        (e.kind, days[id(e)]["startDate"], days[id(e)]["endDate"]) for e in result.doc.events
    )


def test_signed_in_the_maghrebs_words_is_a_signing(extract):
    result = extract(
        "أمضت الوكالة الوطنية للسلامة السيبرانية والإدارة العامة للأمن الوطني يوم الخميس 10 "
        "جويلية 2025 اتفاقية تعاون تتعلق بتبادل المعلومات."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_working_session_on_a_day_of_its_own_during_a_visit_is_a_meeting(extract):
    result = extract(
        "استقبل المدير العام للأمن الوطني يوم الاثنين 29 شتنبر 2025 وفدا من أسيانابول. وفي اليوم "
        "الموالي، الثلاثاء 30 شتنبر، عقد الوفد جلسة عمل بمقر مديرية الشرطة القضائية."
    )
    assert event_kinds(result) == ["meeting", "visit"]


def test_a_course_that_starts_after_a_signing_and_says_only_when_it_ends(extract):
    result = extract(
        "وقعت المؤسسة والشركة يوم الأربعاء 14 يناير 2026 مذكرة تفاهم للتدريب. وعقب التوقيع، "
        "انطلقت في مركز الشركة الدورة التدريبية الأولى ضمن المذكرة، وتستمر حتى 25 يناير الجاري."
    )
    assert dated(result) == [
        ("agreement-signing", "2026-01-14", "2026-01-14"),
        ("training-course", "2026-01-14", "2026-01-25"),
    ]


def test_a_councils_own_meeting_is_a_session_of_it(extract):
    result = extract(
        "رأس وزير الداخلية يوم 11 يناير 2026 اجتماع مجلس الدفاع المدني بمقر الوزارة في الرياض."
    )
    assert event_kinds(result) == ["council-session"]


def test_the_ordinal_meeting_of_a_committee_of_a_councils_experts_is_no_session(extract):
    result = extract(
        "عقدت اللجنة المشتركة من خبراء مجلسي وزراء الداخلية والعدل العرب، يومي الأحد والاثنين 28 "
        "و29 ديسمبر 2025، اجتماعها الحادي عشر عبر تقنية الاتصال المرئي."
    )
    assert event_kinds(result) == ["meeting"]


def test_a_visit_on_a_day_other_than_the_workshops_is_its_own_though_the_dateline_shares_it(
    extract,
):
    result = extract(
        "الخرطوم 6-8-2025 (سونا) - نظم المجلس يومي 4 و5 أغسطس ورشة عمل حول الأدوية المغشوشة.\n"
        "وفي اليوم التالي لختام الورشة، الأربعاء 6 أغسطس، زار الأمين العام للمجلس ميناء بورتسودان "
        "الجنوبي."
    )
    assert dated(result) == [
        ("visit", "2025-08-06", "2025-08-06"),
        ("workshop", "2025-08-04", "2025-08-05"),
    ]


def test_a_signing_hoped_for_a_meeting_agreed_on_and_a_visit_tomorrow_are_no_events(extract):
    result = extract(
        "استقبل وكيل وزارة الداخلية يوم 10 فبراير 2026 وفدا من الشرطة الكورية، معربا عن أمله في "
        "توقيع مذكرة تفاهم بين الجانبين، واتفق الجانبان على عقد أول اجتماع للجنة المشتركة في "
        "سيول، فيما يزور الوفد غدا القيادة العامة لشرطة دبي."
    )
    assert event_kinds(result) == ["visit"]


def test_an_event_on_the_next_day_falls_on_the_day_after_the_one_before(extract):
    result = extract(
        "أجرت لجنة الأمن والدفاع النيابية يوم السبت 7 آذار 2026 زيارة ميدانية إلى محافظة البصرة. "
        "وفي اليوم التالي، عقدت اللجنة في ديوان المحافظة اجتماعا موسعا لبحث ملف التهريب."
    )
    assert dated(result) == [
        ("meeting", "2026-03-08", "2026-03-08"),
        ("visit", "2026-03-07", "2026-03-07"),
    ]


def test_a_course_that_began_the_next_day_and_lasts_until_a_date_starts_the_day_after(extract):
    result = extract(
        "وقعت مديرية الأدلة الجنائية يوم الأحد 14 كانون الأول 2025 مذكرة تفاهم مع اللجنة الدولية "
        "لشؤون المفقودين. وانطلقت صباح اليوم التالي دورة تدريبية تستمر لغاية الخميس 18 كانون "
        "الأول."
    )
    assert dated(result) == [
        ("agreement-signing", "2025-12-14", "2025-12-14"),
        ("training-course", "2025-12-15", "2025-12-18"),
    ]


def test_a_meeting_on_the_sidelines_of_a_workshop_falls_on_its_first_day(extract):
    result = extract(
        "انطلقت يوم الاثنين 2 مارس 2026 ورشة عمل حول النزاهة في أجهزة الشرطة تستمر يومين. وعلى "
        "هامش الورشة، التقى وزير الداخلية بممثلي المركز لبحث خطة الدعم."
    )
    assert dated(result) == [
        ("meeting", "2026-03-02", "2026-03-02"),
        ("workshop", "2026-03-02", "2026-03-03"),
    ]


def test_the_definite_panel_discussion_is_a_seminar(extract):
    result = extract(
        "اختتمت اليوم الثلاثاء 21 أبريل 2026 في جامعة الملك فهد أعمال حلقة النقاش المتخصصة حول "
        "تهديدات الطائرات المسيرة."
    )
    assert event_kinds(result) == ["seminar"]


def test_a_study_day_a_palace_hosts_right_after_a_signing_falls_on_its_day(extract):
    result = extract(
        "وقعت المديرية العامة للأمن الوطني والإذاعة الوطنية اليوم الأربعاء 12 فيفري 2025 اتفاقية "
        "إطار للتعاون. وعقب مراسم التوقيع، احتضن قصر الثقافة يوما دراسيا حول الاتصال الأمني. "
        "وتأتي هذه الخطوة عشية الحملة الوطنية التي تنظمها المديرية من 15 فيفري إلى 15 مارس 2025."
    )
    assert dated(result) == [
        ("agreement-signing", "2025-02-12", "2025-02-12"),
        ("seminar", "2025-02-12", "2025-02-12"),
    ]


def test_a_course_launched_right_after_a_visit_starts_that_day_and_lasts_its_days(extract):
    result = extract(
        "زار وفد من اللجنة الدولية للصليب الأحمر يوم الأربعاء 11 مارس 2026 مستشفى الشرطة بعدن. "
        "وعقب اللقاء، دشنت مديرة المستشفى الدورة التدريبية في الإسعافات الأولية، التي ينفذها "
        "المستشفى على مدى خمسة أيام."
    )
    assert dated(result) == [
        ("training-course", "2026-03-11", "2026-03-15"),
        ("visit", "2026-03-11", "2026-03-11"),
    ]


def test_a_headline_names_the_event_the_body_reports(extract):
    result = extract(
        "انطلاق ورشة تكوينية حول أمن الوثائق في نواكشوط\n\n"
        "انطلقت يوم الاثنين 22 نوفمبر 2021 في نواكشوط أعمال ورشة تكوينية حول أمن الوثائق، "
        "تنظمها المديرية العامة للأمن الوطني وتستمر ثلاثة أيام."
    )
    assert dated(result) == [("workshop", "2021-11-22", "2021-11-24")]


def test_a_headline_alone_names_an_event_the_body_gives_no_word_for(extract):
    result = extract(
        "توقيع مذكرة تفاهم بين الأكاديمية الملكية للشرطة والمعهد الوطني للقضاء\n\n"
        "وقع الجانبان يوم 3 مارس 2025 في المنامة الوثيقة التي تنص على تبادل الخبرات."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_dateline_after_the_headline_still_dates_the_release(extract):
    result = extract(
        "ندوة وطنية حول السلامة المرورية\n\n"
        "تونس 21 فيفري 2025 (وات) - انتظمت أمس الخميس بتونس العاصمة ندوة وطنية حول السلامة "
        "المرورية نظمها المرصد الوطني لسلامة المرور."
    )
    assert dated(result) == [("seminar", "2025-02-20", "2025-02-20")]


def test_a_sentence_saying_the_event_goes_on_gives_its_duration(extract):
    result = extract(
        "انطلقت يوم الاثنين 22 نوفمبر 2021 في نواكشوط أعمال ورشة تكوينية حول أمن الوثائق تنظمها "
        "المديرية العامة للأمن الوطني بالتعاون مع الأمانة العامة للإنتربول وبتمويل من الاتحاد "
        "الأوروبي في إطار برنامج نظام معلومات الشرطة لغرب إفريقيا، بحضور ممثلين عن الدرك الوطني "
        "والحرس الوطني والإدارة العامة للجمارك والوكالة الوطنية لسجل السكان والوثائق المؤمنة.\n\n"
        "وتتواصل الورشة، التي تحتضنها المدرسة الوطنية للشرطة، على مدى ثلاثة أيام."
    )
    assert dated(result) == [("workshop", "2021-11-22", "2021-11-24")]


def test_an_event_recalled_on_days_of_its_own_is_another(extract):
    result = extract(
        "عقدت اللجنة العربية لمكافحة الإرهاب اجتماعها يومي 12 و13 سبتمبر 2023 بمقر الأمانة "
        "العامة في تونس. وكانت الأمانة العامة قد احتضنت يومي 5 و6 سبتمبر الجاري أعمال المؤتمر "
        "العربي السادس والعشرين لرؤساء أجهزة الإعلام الأمني."
    )
    assert dated(result) == [
        ("conference", "2023-09-05", "2023-09-06"),
        ("meeting", "2023-09-12", "2023-09-13"),
    ]


def test_a_councils_sitting_is_a_session_and_what_is_expected_no_event(extract):
    result = extract(
        "ترأس وزير الداخلية أمس الأربعاء 14 حزيران 2023 جلسة المجلس الوطني للسلامة المرورية. "
        "ومن المرتقب أن تعقد اللجنة الفرعية اجتماعها الأول خلال الربع الأخير من السنة الجارية."
    )
    assert event_kinds(result) == ["council-session"]


def test_a_kicker_and_a_headline_both_head_the_release(extract):
    result = extract(
        "بلاغ صحفي\n"
        "المديرية العامة للأمن الوطني تنظم دورة تكوينية حول حقوق الإنسان\n\n"
        "الرباط في 20 ماي 2024\n\n"
        "تنظم المديرية العامة للأمن الوطني، بشراكة مع المجلس الوطني لحقوق الإنسان، من 20 إلى 24 "
        "ماي 2024، دورة تكوينية لفائدة ضباط الشرطة."
    )
    assert dated(result) == [("training-course", "2024-05-20", "2024-05-24")]


def test_a_line_that_issues_the_release_heads_it_with_the_headline(extract):
    result = extract(
        "بلاغ\n"
        "صدر عن المديرية العامة لقوى الأمن الداخلي ـ شعبة العلاقات العامة البلاغ التالي:\n\n"
        "ورشة عمل حول الشرطة المجتمعية وزيارة دراسية إلى روما\n\n"
        "نظمت المديرية العامة لقوى الأمن الداخلي ورشة عمل يومي 15 و16 نيسان 2024 في بيروت."
    )
    assert dated(result) == [("workshop", "2024-04-15", "2024-04-16")]


def test_a_meeting_put_off_or_yet_to_come_is_no_event(extract):
    result = extract(
        "أعلنت وزارة الداخلية اليوم الأحد 23 فبراير 2025 تأجيل الاجتماع الثلاثي لرؤساء أجهزة أمن "
        "الحدود إلى موعد يحدد لاحقا. وأضاف الناطق أن الاجتماع كان سيبحث تأمين الشريط الحدودي. "
        "وسيعرض الدليل على الاجتماع السنوي لمسؤولي الإعلام الأمني في الدول العربية المقرر عقده "
        "خلال شهر أكتوبر المقبل."
    )
    assert events_of(result) == []


def test_the_visit_a_meeting_is_part_of_has_its_own_days(extract):
    result = extract(
        "ترأس وزيرا الداخلية الكويتي والبحريني اليوم الاثنين 16 سبتمبر 2024 اجتماع اللجنة الأمنية "
        "المشتركة. ويأتي الاجتماع في إطار الزيارة الرسمية التي يقوم بها الوزير الكويتي إلى "
        "البحرين، والتي بدأها أمس الأحد وتستمر يومين."
    )
    assert dated(result) == [
        ("meeting", "2024-09-16", "2024-09-16"),
        ("visit", "2024-09-15", "2024-09-16"),
    ]


def test_a_bodys_numbered_periodic_meeting_of_a_year_is_a_session(extract):
    result = extract(
        "ترأس وكيل الوزارة يوم الأحد 21/9/2025 الاجتماع الدوري الثالث للجنة الوطنية لتنظيم السلاح "
        "لعام 2025، وقرر تمديد حملة تسجيل الأسلحة لغاية 31/12/2025."
    )
    assert dated(result) == [("council-session", "2025-09-21", "2025-09-21")]


def test_a_signing_on_the_first_day_of_a_workshop_falls_on_that_day(extract):
    result = extract(
        "بدأت في بغداد يوم الأحد 19 كانون الثاني 2025 أعمال ورشة العمل التخصصية التي تنظمها "
        "المديرية العامة للجوازات وتستمر ثلاثة أيام.\n\n"
        "وعلى هامش اليوم الأول من الورشة، وقّع المدير العام ورئيس بعثة المنظمة الدولية للهجرة "
        "مذكرة تفاهم، فيما ستختتم الورشة يوم الثلاثاء 21 كانون الثاني بتوزيع الشهادات."
    )
    assert dated(result) == [
        ("agreement-signing", "2025-01-19", "2025-01-19"),
        ("workshop", "2025-01-19", "2025-01-21"),
    ]


def test_a_meeting_of_a_councils_ordinal_session_is_the_session(extract):
    result = extract(
        "أقر المجلس الوطني للسلامة المرورية خلال اجتماع دورته العادية الثالثة لعام 2023 الذي عقده "
        "يوم 24 تشرين الأول 2023 خطة العمل، وأكد الوزير تطلعه إلى توقيع مذكرة تفاهم مع الشرطة "
        "الكورية خلال العام المقبل."
    )
    assert event_kinds(result) == ["council-session"]


def test_an_inspection_is_a_visit_on_its_own_day_not_the_datelines(extract):
    result = extract(
        "مدير عام الشرطة يتفقد مركز تدريب قوات الشرطة الموحد\n\n"
        "الخرطوم 18-1-2023 (سونا) - تفقد المدير العام لقوات الشرطة أمس الثلاثاء 17 يناير 2023م "
        "مركز تدريب قوات الشرطة الموحد بسوبا.\n\n"
        "ووقف المدير العام خلال الزيارة على سير العملية التدريبية."
    )
    assert dated(result) == [("visit", "2023-01-17", "2023-01-17")]


def test_a_visit_over_days_its_own_sentence_gives_lasts_them_unless_on_a_tour(extract):
    own = extract(
        "أدى وزير الداخلية يومي 6 و7 مارس 2024 زيارة عمل وتفقد لنقاط العبور الحدودية. واستهل "
        "الوزير زيارته أمس الأربعاء بالمركز الحدودي لروصو.",
        meta={"publication_date": "2024-03-07"},
    )
    assert dated(own) == [("visit", "2024-03-06", "2024-03-07")]
    toured = extract(
        "زار وفد من البرنامج العالمي لمكافحة الجريمة البحرية اليوم قيادة خفر السواحل، وذلك ضمن "
        "جولة يقوم بها الوفد خلال الفترة من 12 إلى 16 أبريل 2026.",
        meta={"publication_date": "2026-04-14"},
    )
    assert dated(toured) == [("visit", "2026-04-14", "2026-04-14")]


def test_a_minister_who_met_an_ambassador_yesterday_held_a_meeting_of_its_own(extract):
    result = extract(
        "التقى وزير الداخلية اليوم الثلاثاء 5 نوفمبر 2024 السفير الإيطالي. من جهة أخرى، كان وزير "
        "الداخلية قد اجتمع أمس مع سفير جمهورية كوريا لدى الدولة.",
    )
    assert dated(result) == [
        ("meeting", "2024-11-04", "2024-11-04"),
        ("meeting", "2024-11-05", "2024-11-05"),
    ]


def test_a_closing_day_named_after_the_subject_ends_the_event(extract):
    result = extract(
        "اختتمت أكاديمية سعد العبدالله للعلوم الأمنية اليوم الثلاثاء أعمال مؤتمرها العلمي السنوي "
        "الثالث الذي عقد على مدى يومين.",
        meta={"publication_date": "2024-05-14"},
    )
    assert dated(result) == [("conference", "2024-05-13", "2024-05-14")]


def test_an_event_a_body_is_to_secure_and_a_quoted_today_date_nothing(extract):
    result = extract(
        "ترأس وزير الداخلية، رئيس اللجنة الأمنية العليا لتأمين مؤتمر القمة العربية، أمس الأربعاء "
        'اجتماعا موسعا للجنة. وقال الوزير في كلمته: "إن العراق اليوم يستقبل أشقاءه العرب".',
        meta={"publication_date": "2025-05-08"},
    )
    assert dated(result) == [("meeting", "2025-05-07", "2025-05-07")]


def test_a_visit_on_a_day_of_its_own_after_a_reception_is_another(extract):
    result = extract(
        "المنامة في 6 مارس / بنا / استقبل رئيس الأمن العام بمكتبه أمس الثلاثاء وفدا أمنيا من "
        "مملكة السويد. وفي سياق متصل، زار الوفد صباح اليوم الأربعاء الأكاديمية الملكية للشرطة.",
        meta={"publication_date": "2024-03-06"},
    )
    assert dated(result) == [
        ("visit", "2024-03-05", "2024-03-05"),
        ("visit", "2024-03-06", "2024-03-06"),
    ]


def test_a_course_whose_training_adjective_follows_another_adjective(extract):
    result = extract(
        'اختتمت الأكاديمية اليوم الخميس 13 يونيو 2024 "الدورة الخليجية التخصصية في مكافحة غسل '
        'الأموال"، التي نظمتها خلال الفترة من 2 إلى 13 يونيو بمشاركة 28 ضابطا.'
    )
    assert event_kinds(result) == ["training-course"]


def test_a_course_named_by_its_title_and_an_exercise_recalled_from_last_year(extract):
    result = extract(
        'الكويت - انطلقت اليوم الأحد 9 فبراير 2025 دورة "البحث والإنقاذ البحري المتقدمة" التي '
        "تنظمها الإدارة العامة لخفر السواحل وتستمر حتى العشرين من فبراير الجاري.\n\n"
        "وكانت الإدارة قد نفذت العام الماضي تمرينا مشتركا مع عدد من دول مجلس التعاون."
    )
    assert dated(result) == [("training-course", "2025-02-09", "2025-02-20")]


def test_a_programme_agreed_to_be_prepared_or_a_conference_to_be_shown_is_no_event(extract):
    result = extract(
        "اختتم الوفد اليمني يوم 25 أغسطس 2022 زيارته إلى القاهرة. وفي ختام الزيارة، تم الاتفاق على "
        "إعداد برنامج تدريبي لعدد 50 ضابطا، وعلى إعداد دليل موحد تمهيدا لعرضه على المؤتمر العربي "
        "لرؤساء أجهزة مكافحة المخدرات."
    )
    assert event_kinds(result) == ["visit"]


def test_an_event_word_in_a_bodys_name_is_no_trigger(extract):
    result = extract(
        "اختتم مركز هداية الدولي للتميز في مكافحة التطرف العنيف، بالشراكة مع المنتدى العالمي "
        "لمكافحة الإرهاب، يوم 19 أكتوبر 2023 في تونس ورشة عمل إقليمية حول إعادة التأهيل."
    )
    assert event_kinds(result) == ["workshop"]


def test_a_councils_own_meeting_is_a_session_but_not_a_meeting_of_its_states_officials(extract):
    session = extract(
        "بورتسودان 25-6-2024 (سونا)- عقد المجلس القومي للدفاع المدني اليوم الثلاثاء اجتماعه "
        "الدوري برئاسة وزير الداخلية."
    )
    meeting = extract(
        "وكان وكلاء وزارات الداخلية بدول المجلس قد عقدوا يوم 2 ديسمبر 2025 اجتماعهم التحضيري."
    )
    assert (event_kinds(session), event_kinds(meeting)) == (["council-session"], ["meeting"])


def test_receiving_people_over_a_span_is_no_reception(extract):
    result = extract(
        "أعلنت أكاديمية الشرطة يوم 14 يوليو 2024 فتح باب القبول. يشار إلى أن الأكاديمية "
        "استقبلت منذ تأسيسها طلابا من أكثر من خمس عشرة دولة."
    )
    assert events_of(result) == []


def test_two_events_held_alike_and_reported_as_one_are_an_event(extract):
    result = extract(
        "اختتم برنامج الأمم المتحدة الإنمائي يوم 17 أبريل 2025 دورتين تدريبيتين متزامنتين في "
        "طرابلس وبنغازي حول التحقيق الجنائي."
    )
    assert event_kinds(result) == ["training-course"]


def test_a_signing_on_the_sidelines_of_the_event_reported_is_an_event_of_its_own(extract):
    result = extract(
        "اختتم المؤتمر أعماله الذي عقد يومي 24 و25 سبتمبر 2024. وكان الأمين العام قد وقع أمس "
        "على هامش المؤتمر مذكرة تفاهم مع المدير التنفيذي لآلية الاتحاد الأفريقي للتعاون الشرطي.",
        meta={"publication_date": "2024-09-25"},
    )
    assert event_kinds(result) == ["agreement-signing", "conference"]


def test_a_meeting_on_the_sidelines_of_a_meeting_is_another(extract):
    result = extract(
        "انطلق يوم 21 مايو 2025 الاجتماع الثاني والأربعون لوزراء الداخلية. وعلى هامش الاجتماع، "
        "التقى وزير الداخلية الإماراتي نظيره الكويتي."
    )
    assert event_kinds(result) == ["meeting", "meeting"]


def test_a_recommendation_to_hold_an_event_and_meeting_a_group_are_no_events(extract):
    result = extract(
        "وقعت أكاديمية الشرطة يوم 3 مارس 2025 مذكرة تفاهم مع جامعة نايف العربية للعلوم الأمنية. "
        "وعلى هامش مراسم التوقيع، تفقد الوفد قاعات التدريب، كما التقى عددا من الدارسين.\n"
        "وأوصى المجتمعون بما يلي:\n"
        "1- تبادل المعلومات بشكل فوري.\n"
        "2- عقد اجتماع دوري كل ثلاثة أشهر بالتداول بين البلدين.\n"
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_general_assembly_named_with_its_ordinal_is_a_session(extract):
    result = extract(
        "انطلقت يوم 1 ديسمبر 2024 بالجزائر أشغال الجمعية العامة الثامنة لآلية الاتحاد الإفريقي "
        "للتعاون الشرطي، بعد أن أشار الوزير إلى قرار الجمعية العامة للأمم المتحدة."
    )
    assert event_kinds(result) == ["council-session"]


def test_a_course_by_its_quoted_title_after_in_and_one_whose_opening_is_supervised(extract):
    result = extract(
        "استقبل قائد خفر السواحل يوم 14 مايو 2024 قائد القوة البحرية. وفي إطار آخر، نظم خفر "
        'السواحل يومي 12 و13 مايو 2024 دورة في "البحث والإنقاذ البحري".'
    )
    assert event_kinds(result) == ["training-course", "visit"]
    result = extract(
        "أدت السفيرة يوم 13 ديسمبر 2023 زيارة عمل إلى نواذيبو. وعلى هامش الزيارة، أشرف الوالي "
        "والسفيرة على افتتاح دورة تكوينية تنظمها المنظمة الدولية للهجرة، التي قالت ممثلتها إن "
        '"أعوان الخط الأول هم أول من يلتقي الضحايا".'
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_a_reception_after_another_matter_or_after_the_ceremony_and_a_visit_by_many(extract):
    result = extract(
        "انطلقت يوم 28 أبريل 2024 بمقر الجامعة الدورة التدريبية حول التحقيق الرقمي. وفي سياق آخر، "
        "استقبل رئيس الجامعة اليوم وفدا من المدرسة الوطنية للشرطة."
    )
    assert event_kinds(result) == ["training-course", "visit"]
    result = extract(
        "احتفلت الأكاديمية يوم 9 يناير 2025 بتخريج الدورة التدريبية الرابعة عشرة. وعقب الحفل، "
        "استقبل رئيس الأكاديمية وفد أفريبول."
    )
    assert event_kinds(result) == ["training-course", "visit"]
    result = extract(
        "وقعت وزارة الداخلية يوم 10 فبراير 2026 مذكرة تفاهم مع المركز الوطني للطب الشرعي. وكان "
        "أعضاء الوفد قد زاروا أمس إدارة الطب الشرعي."
    )
    assert event_kinds(result) == ["agreement-signing", "visit"]


def test_a_course_named_by_its_title_in_brackets_and_another_on_another_matter(extract):
    result = extract(
        "افتتحت كلية الشرطة اليوم الأحد 9 آذار 2025 دورة (التحقيق في الجرائم الإلكترونية) "
        "بالتعاون مع المنظمة الدولية للهجرة، وتستمر أربعة أيام.\n\n"
        "من جهة أخرى، احتفلت الكلية أمس السبت بتخريج المشاركين في دورة (أمن المنافذ الحدودية) "
        "التي نفذتها للمدة من 1 ولغاية 7 آذار الجاري."
    )
    assert dated(result) == [
        ("training-course", "2025-03-01", "2025-03-07"),
        ("training-course", "2025-03-09", "2025-03-12"),
    ]


def test_a_session_numbered_in_brackets_is_no_course(extract):
    result = extract("انطلقت في تونس يوم 4 آذار 2025 أعمال الدورة (42) لمجلس وزراء الداخلية العرب.")
    assert "training-course" not in event_kinds(result)


def test_memoranda_signed_together_are_a_signing(extract):
    result = extract(
        "وعلى هامش اليوم الختامي للمؤتمر يوم 2 تشرين الأول 2024، وقعت الهيئة ثلاث مذكرات "
        "تفاهم؛ الأولى مع الاتحاد الدولي للاتصالات والثانية مع جامعة الأمير سلطان."
    )
    assert "agreement-signing" in event_kinds(result)


def test_a_sentence_that_names_the_conference_stays_with_it_after_a_workshop_beside_it(extract):
    result = extract(
        "اختتم في تونس يوم 13 ماي 2025 المؤتمر العربي لرؤساء أجهزة الدفاع المدني.\n\n"
        "وعلى هامش المؤتمر، نظمت الأمانة العامة أمس ورشة عمل حول الطائرات المسيرة.\n\n"
        "وشاركت في المؤتمر وفود كل من: المملكة الأردنية الهاشمية، ودولة قطر، والمملكة المغربية."
    )
    states = {
        (event.kind, fact.object.label)
        for event in result.doc.events
        for fact in result.doc.facts
        if fact.subject is event and fact.predicate == "participant"
    }
    assert {kind for kind, _ in states} == {"conference"}
    assert len(states) == 3


def test_an_items_heading_names_the_event_its_paragraph_reports(extract):
    result = extract(
        "وزارة الداخلية: النشرة الأسبوعية\n\n"
        "• وكيل الوزارة يستقبل سفير إندونيسيا\n"
        "استقبل وكيل وزارة الداخلية للشؤون الأمنية يوم الأحد 1 ديسمبر 2024 سفير جمهورية "
        "إندونيسيا، وبحث معه أوجه التعاون الأمني.\n\n"
        "• الجوازات توقع مذكرة تفاهم مع سدايا\n"
        "وقعت المديرية العامة للجوازات يوم الثلاثاء 3 ديسمبر 2024 مذكرة تفاهم مع الهيئة "
        "السعودية للبيانات والذكاء الاصطناعي."
    )
    assert dated(result) == [
        ("agreement-signing", "2024-12-03", "2024-12-03"),
        ("visit", "2024-12-01", "2024-12-01"),
    ]


def test_an_item_with_no_event_does_not_run_on_from_the_one_before(extract):
    result = extract(
        "وزارة الداخلية في أسبوع\n\n"
        "• وكيل الوزارة يستقبل سفير إندونيسيا\n"
        "استقبل وكيل وزارة الداخلية للشؤون الأمنية في مكتبه يوم الأحد 1 ديسمبر 2024 سفير "
        "جمهورية إندونيسيا لدى المملكة، وبحث معه أوجه التعاون الأمني بين البلدين.\n\n"
        "• (19422) مخالفا في أسبوع\n"
        "أسفرت الحملات الميدانية المشتركة في مختلف مناطق المملكة خلال الفترة من 23 إلى 29 "
        "نوفمبر 2024 عن ضبط 19422 مخالفا لأنظمة الإقامة والعمل وأمن الحدود."
    )
    assert dated(result) == [("visit", "2024-12-01", "2024-12-01")]


def test_a_graduation_of_a_class_and_an_executive_programme_by_its_title_are_courses(extract):
    graduation = extract(
        "الكويت - 21 - 5 (كونا) -- احتفلت أكاديمية سعد العبدالله للعلوم الأمنية اليوم الأربعاء 21 "
        "مايو 2025 بتخريج الدفعة ال48 من الضباط الاختصاصيين."
    )
    programme = extract(
        'اختتمت جامعة نايف العربية للعلوم الأمنية يوم 13 نوفمبر 2024 البرنامج التنفيذي "القيادة '
        'الاستراتيجية لإدارة الأزمات"، ووقع الجانبان البرنامج التنفيذي لمذكرة التفاهم.'
    )
    assert event_kinds(graduation) == ["training-course"]
    assert event_kinds(programme) == ["training-course"]


def test_a_bodys_own_numbered_session_named_after_it_is_a_session(extract):
    result = extract(
        "عقد المجلس التنفيذي للجمعية العربية لعلوم الأدلة الجنائية، أمس الأربعاء 22 يناير 2025، "
        "دورته الخامسة عشرة بمقر الجامعة في الرياض."
    )
    assert event_kinds(result) == ["council-session"]


def test_a_course_begun_beside_a_signing_and_a_meeting_held_before_another(extract):
    result = extract(
        "وقعت المديرية والوحدة يوم الخميس 3 أكتوبر 2024 مذكرة تفاهم للتعاون. وعلى هامش حفل "
        "التوقيع، أعطيت انطلاقة دورة تكوينية حول الإنقاذ تمتد من 3 إلى 7 أكتوبر الجاري."
    )
    assert event_kinds(result) == ["agreement-signing", "training-course"]
    result = extract(
        "ترأس القائد العام يوم 10 ديسمبر 2024 الاجتماع الثالث والعشرين لمديري الدفاع المدني. "
        "وكان الاجتماع قد سبقه أمس اجتماع اللجنة الفنية لإعداد التوصيات."
    )
    assert len(events_of(result)) == 2


def test_a_programme_a_signing_on_the_sidelines_is_for_is_no_course(extract):
    result = extract(
        "افتتح الوزير يوم 26 نوفمبر 2024 المؤتمر الوطني. وعلى هامش المؤتمر، وقعت الوزارة "
        "والجامعة مذكرة تفاهم لإنشاء برنامج تدريبي في دراسات الأمن."
    )
    assert event_kinds(result) == ["agreement-signing", "conference"]


def test_a_signing_whose_verb_a_comma_follows_and_a_visit_on_the_sidelines(extract):
    result = extract(
        "أسدل الستار اليوم الجمعة 18 أكتوبر 2024 على الدورة التكوينية التي نظمتها الوكالة. "
        "وكانت الوكالة قد وقعت، يوم الأربعاء الماضي بمقر الوزارة، اتفاقية شراكة مع الوزارة."
    )
    assert event_kinds(result) == ["agreement-signing", "training-course"]
    result = extract(
        "اختتم اليوم 26 نوفمبر 2024 الاجتماع الحادي والثلاثون لمديري عموم المرور. وعلى هامش "
        "الاجتماع، زار رؤساء الوفود صباح اليوم معهد السلامة المرورية."
    )
    assert event_kinds(result) == ["meeting", "visit"]


def test_a_named_workshop_joined_to_the_meeting_the_sentence_opens_is_a_second_event(extract):
    result = extract(
        "اختتمت في الرياض يوم 13 نوفمبر 2024 أعمال الاجتماع السنوي للشبكة العربية للأدلة "
        'الجنائية، وورشة العمل الإقليمية "قواعد بيانات البصمة الوراثية" التي نظمتها الجامعة.'
    )
    assert event_kinds(result) == ["meeting", "workshop"]


def test_a_lecture_a_body_organized_is_a_seminar(extract):
    result = extract(
        "نظمت كلية الشرطة، ممثلة في قسم العلوم الجنائية، يوم الثلاثاء 17 سبتمبر 2024، محاضرة "
        'علمية عن بعد بعنوان "تحديد هوية ضحايا الكوارث" قدمها خبير من الإنتربول.'
    )
    assert event_kinds(result) == ["seminar"]


def test_a_lecture_given_in_a_course_is_no_event_of_its_own(extract):
    result = extract(
        "اختتمت في عمان يوم 17 سبتمبر 2024 الدورة التدريبية حول الأدلة الرقمية، وقدم خلالها "
        "الخبير سامي خالد العلي محاضرة حول تحليل الهواتف."
    )
    assert event_kinds(result) == ["training-course"]


def test_a_course_going_on_beside_the_visit_reported_is_a_second_event(extract):
    result = extract(
        "استقبل المدير العام للأمن الداخلي اللواء سمير حمدان يوم 8 يونيو 2023 في بيروت سفيرة "
        "فرنسا آن كلير دوفور.\n"
        "تزامنا، تتواصل في مقر القسم الدورة التدريبية المتخصصة في تحليل البصمة الوراثية، التي "
        "ينظمها القسم بالتعاون مع الدرك الفرنسي."
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_an_inspection_by_others_on_a_day_of_its_own_is_a_second_visit(extract):
    result = extract(
        "وكان الوزير قد استقبل الأربعاء 13 آذار 2024 في مكتبه رئيس بعثة اللجنة الدولية للصليب "
        "الأحمر في لبنان السيد بيار دوبوا.\n"
        "إلى ذلك، تفقد وفد من لجنة حقوق الإنسان النيابية سجن رومية المركزي الخميس 14 آذار 2024."
    )
    assert event_kinds(result) == ["visit", "visit"]


def test_sentences_after_one_naming_an_earlier_event_again_speak_of_that_one(extract):
    result = extract(
        "عقدت الجامعة في الرياض يوم 12 نوفمبر 2024 ورشة عمل إقليمية حول البصمة الوراثية.\n"
        "وعلى هامش الورشة، وقع الدكتور عادل محمد العمري والدكتور ماتيس فان دير بيك مذكرة تفاهم "
        "بين الجامعة والمعهد الهولندي للطب الشرعي.\n"
        "وفي الجلسة الثانية من أعمال الورشة، تحدث الدكتور سامي خالد العلي عن حماية البيانات.\n"
        "وقدمت الدكتورة آنا دي فريس عرضا عن التجربة الأوروبية."
    )
    speakers = {
        str(result.graph.value(event, KG.eventKind)).rsplit("/", 1)[-1]: agent_labels(
            result, event, KG.speaker
        )
        for event in events_of(result)
    }
    assert "آنا دي فريس" in speakers["workshop"]
    assert "آنا دي فريس" not in speakers["agreement-signing"]


def test_a_sentence_naming_the_event_held_and_one_to_come_goes_on_about_the_one_held(extract):
    result = extract(
        "افتتح رئيس الجامعة يوم 16 سبتمبر 2024 في الرياض المؤتمر الدولي لمكافحة الجرائم "
        "السيبرانية.\n"
        "وألقى اللواء محمد سالم الكعبي كلمة الأمانة العامة الراعية للمؤتمر، مشيرا إلى أنها ستعرض "
        "مخرجات المؤتمر على المجلس في دورته المقبلة.\n"
        "من جهته، قال مدير مديرية الجرائم السيبرانية في الإنتربول توماس لينهارت في كلمة مسجلة "
        "إن التعاون ضروري."
    )
    (conference,) = events_of(result)
    assert "توماس لينهارت" in agent_labels(result, conference, KG.speaker)


def test_the_closing_exercise_of_a_course_is_part_of_it(extract):
    result = extract(
        "اختتمت أمس الجمعة 7 مارس 2025 في زحلة الدورة التدريبية المتخصصة في البحث والإنقاذ.\n"
        "وتضمنت الدورة محاضرات نظرية وتمارين عملية، وحاضر فيها المقدم سامر خليل، فيما شارك "
        "متطوعون من الصليب الأحمر اللبناني في تمرين المحاكاة الختامي الذي جرى في مبنى مهجور."
    )
    assert event_kinds(result) == ["training-course"]


def test_kama_with_a_meeting_verb_is_a_meeting_with_someone_else(extract):
    result = extract(
        "وعلى هامش أعمال الدورة يوم 19 فبراير 2025، التقى وزير الداخلية خالد الفريح وزير "
        "الداخلية العراقي عبدالكريم جاسم الساعدي، وجرى بحث سبل التعاون.\n"
        "كما التقى معاليه وزير الداخلية الأردني عماد سليمان الخصاونة، وتناول اللقاء عددا من "
        "الموضوعات."
    )
    assert event_kinds(result) == ["meeting", "meeting"]


def test_talks_held_where_a_reception_took_place_are_the_visits(extract):
    result = extract(
        "استقبل رئيس الهيئة يوم 10 فبراير 2025 في مقر الهيئة بالرياض الوفد الأردني برئاسة مهند "
        "حجازي، حيث عقد الجانبان جلسة مباحثات تناولت آليات تنفيذ المذكرة."
    )
    assert event_kinds(result) == ["visit"]


def test_a_day_of_the_sessions_work_is_that_of_the_session_though_a_meeting_came_between(extract):
    result = extract(
        "انطلقت بالجزائر العاصمة أشغال الجمعية العامة الثامنة لأفريبول، التي تتواصل يومي 1 و2 "
        "ديسمبر 2024.\n"
        "وكانت هذه الدورة قد سبقها، يوم 30 نوفمبر 2024 بالمكان نفسه، اجتماع لخبراء الدول الأعضاء.\n"
        "وعلى هامش اليوم الثاني من الأشغال، وقع المدير التنفيذي لأفريبول مذكرة تفاهم مع مكتب الأمم "
        "المتحدة لمكافحة الإرهاب."
    )
    assert ("agreement-signing", "2024-12-02", "2024-12-02") in dated(result)


def test_a_related_act_held_on_its_own_day_or_of_another_kind_is_another_event(extract):
    result = extract(
        "بغداد - عقدت قيادة قوات الحدود، أمس الاثنين 28 تموز 2025، اجتماعا أمنيا مع قيادة حرس "
        "الحدود الإيرانية في منفذ زرباطية. وفي سياق متصل، عقدت اللجنة العليا، اليوم الثلاثاء، "
        "اجتماعها الثالث عبر الاتصال المرئي برئاسة وكيل وزارة الداخلية.",
        meta={"publication_date": "2025-07-29"},
    )
    assert dated(result) == [
        ("meeting", "2025-07-28", "2025-07-28"),
        ("meeting", "2025-07-29", "2025-07-29"),
    ]
    result = extract(
        "مسقط - استقبل المفتش العام للشرطة والجمارك صباح اليوم الثلاثاء 16 سبتمبر 2025 مدير عام "
        "الجوازات السعودي. وفي سياق متصل، اختتمت اليوم أعمال الاجتماع الخامس للجنة العمانية "
        "السعودية المشتركة للجوازات والمنافذ.",
        meta={"publication_date": "2025-09-16"},
    )
    assert event_kinds(result) == ["meeting", "visit"]


def test_a_purpose_inside_a_bodys_name_puts_off_no_event(extract):
    result = extract(
        "دبي - نظمت القيادة العامة لشرطة دبي، أمس، بالتعاون مع سلطة دبي لتنظيم الأصول "
        "الافتراضية «فارا»، ندوة بعنوان «الاحتيال في الأصول الافتراضية».",
        meta={"publication_date": "2025-05-13"},
    )
    assert dated(result) == [("seminar", "2025-05-12", "2025-05-12")]
    assert "سلطة دبي لتنظيم الأصول الافتراضية" in arabic_labels(result, "agency")


def test_an_exercise_held_is_an_event_and_one_an_event_holds_or_is_planned_is_not(extract):
    result = extract(
        "عمان - استقبل مساعد المدير العام أمس الاثنين وفدا عراقيا. وتابع الوفد العراقي، اليوم "
        "الثلاثاء، تمريناً وهمياً نفذته كوادر الدفاع المدني في الميناء.",
        meta={"publication_date": "2025-01-28"},
    )
    assert dated(result) == [
        ("training-course", "2025-01-28", "2025-01-28"),
        ("visit", "2025-01-27", "2025-01-27"),
    ]
    result = extract(
        "نظمت المديرية يوم 3 مارس 2025 ورشة عمل حول الأمن الإشعاعي. وتتضمن الورشة في يومها "
        "الأخير تمريناً عملياً في أحد المراكز الحدودية. وأشرف على الجانب العملي من الورشة "
        "فريق التدريب، حيث نفذ المتدربون تمريناً لمحاكاة حادث. للتذكير، من المرتقب أن تنظم "
        "الحماية المدنية تمرينا وطنيا لمحاكاة فيضان خلال شهر نوفمبر المقبل."
    )
    assert event_kinds(result) == ["workshop"]


def test_a_campaigns_weeks_and_an_event_intended_or_discussed_are_not_the_events(extract):
    result = extract(
        "نظم الكرسي، أمس الثلاثاء 19 نوفمبر 2024، ندوة علمية. وشهدت الندوة توقيع مذكرة تفاهم "
        'بين الجامعة وإدارة المرور. وعلى هامش الندوة، أطلق الكرسي حملة "حزامك أمانك" التوعوية '
        "التي تستمر أسبوعين، فيما يعتزم تنظيم ملتقى للسلامة المرورية. وجرى خلال اللقاء بحث "
        "تنفيذ برنامج تدريبي لضباط المرور.",
        meta={"publication_date": "2024-11-20"},
    )
    assert dated(result) == [
        ("agreement-signing", "2024-11-19", "2024-11-19"),
        ("seminar", "2024-11-19", "2024-11-19"),
    ]


def test_what_follows_an_event_on_days_of_its_own_is_another_and_a_sentences_second_is_not(
    extract,
):
    result = extract(
        "الرياض - وقعت الجامعة والمكتب الأممي يوم 12 مايو 2025 مذكرة تفاهم. وعقب التوقيع، "
        'افتتح رئيس الجامعة الدورة التدريبية "التحقيق في جرائم تمويل الإرهاب"، خلال الفترة من '
        "12 إلى 15 مايو 2025. وفي سياق آخر، استقبل مدير الإدارة يوم 14 مايو 2025 وفدا من "
        "سفارة إيطاليا، وجرى خلال اللقاء بحث سبل التعاون."
    )
    assert dated(result) == [
        ("agreement-signing", "2025-05-12", "2025-05-12"),
        ("training-course", "2025-05-12", "2025-05-15"),
        ("visit", "2025-05-14", "2025-05-14"),
    ]


def test_this_workshop_once_planned_and_put_off_is_the_one_held_and_has_its_participants(extract):
    result = extract(
        "اختتمت يوم الجمعة 3 يونيو 2022 بالرباط أشغال ورشة عمل إقليمية حول الأمن النووي.\n"
        "وعرفت هذه الورشة، التي كانت مبرمجة في الأصل خلال شهر مارس 2020 قبل أن يتم تأجيلها، "
        "مشاركة خبراء من المديرية العامة للأمن الوطني والدرك الملكي."
    )
    assert len(events_of(result)) == 1
    assert "الدرك الملكي" in fact_labels(result, "participant")


def test_a_scientific_day_and_a_lecture_series_are_seminars(extract):
    day = extract(
        "احتضن المعهد الملكي للشرطة بالقنيطرة يوم السبت 14 يونيو 2025 فعاليات يوم علمي حول "
        "الخبرة الباليستية."
    )
    series = extract(
        "أطلقت مديرية الأدلة الجنائية يوم 20 فبراير 2024 سلسلة محاضرات علمية متخصصة بالتعاون "
        "مع كلية العلوم في جامعة بغداد."
    )
    assert event_kinds(day) == event_kinds(series) == ["seminar"]


def test_a_workshop_that_was_scheduled_and_put_off_is_none_and_the_one_held_keeps_its_sentences(
    extract,
):
    result = extract(
        "اختتمت يوم 30 يونيو 2021 ورشة العمل الإقليمية الافتراضية حول منع الإرهاب الكيميائي.\n"
        "وأضافت أن الظروف الصحية فرضت تحويل الورشة، التي كان من المقرر عقدها حضوريا في عمان، "
        "إلى صيغة افتراضية.\n"
        "وألقت السيدة جينيفر مارتن، ممثلة سفارة كندا في القاهرة، كلمة أكدت فيها التزام بلادها.\n"
        "وأعلنت المديرية تأجيل ورشة عمل كانت مقررة مع برنامج الأمم المتحدة الإنمائي."
    )
    assert event_kinds(result) == ["workshop"]
    assert "جينيفر مارتن" in fact_labels(result, "speaker")


def test_the_current_month_is_the_releases_whatever_year_the_text_names_first(extract):
    result = extract(
        "نظمت المديرية العامة للأمن الوطني يومي 17 و18 دجنبر الجاري ورشة عمل حول تبادل "
        "المعلومات.\n"
        "وقام وفد عن أفريبول صباح اليوم الجمعة بزيارة ميدانية إلى المركب الرياضي.\n"
        "وتنطلق البطولة يوم الأحد 21 دجنبر الجاري، وتستمر إلى غاية 18 يناير 2026.",
        meta={"publication_date": "2025-12-19"},
    )
    assert dated(result) == [
        ("visit", "2025-12-19", "2025-12-19"),
        ("workshop", "2025-12-17", "2025-12-18"),
    ]


def test_a_signing_on_the_sidelines_of_an_opening_is_not_dated_by_a_period_to_come(extract):
    result = extract(
        "الدوحة في 14 نوفمبر /قنا/ افتتحت وزارة الداخلية صباح اليوم مركز التعاون الشرطي الدولي.\n"
        "وعلى هامش الافتتاح، وقع اللواء المريخي والسيد كوفالسكي اتفاقية تشغيلية بين وزارة "
        "الداخلية والإنتربول.\n"
        "وتستضيف دولة قطر البطولة خلال الفترة من 20 نوفمبر إلى 18 ديسمبر المقبل.",
        meta={"publication_date": "2022-11-14"},
    )
    assert dated(result) == [("agreement-signing", "2022-11-14", "2022-11-14")]


def test_a_field_tour_made_after_a_meeting_is_a_visit_and_one_made_during_a_visit_is_part(extract):
    after_meeting = extract(
        "عقد مدير الأمن العام يوم 3 يونيو 2024 اجتماعا مع ضباط الاتصال المنتدبين لموسم الحج.\n"
        "إثر ذلك، قام ضباط الاتصال بجولة ميدانية في مركز العمليات الأمنية الموحد."
    )
    during_visit = extract(
        "زار وفد من الأكاديمية يوم 3 يونيو 2024 كلية الشرطة.\n"
        "كما قام الوفد بجولة تفقدية شملت قاعات الدراسة والمختبرات."
    )
    assert event_kinds(after_meeting) == ["meeting", "visit"]
    assert event_kinds(during_visit) == ["visit"]


def test_a_run_on_paragraph_without_marks_is_read_clause_by_clause(extract):
    result = extract(
        "عقد اللواء عادل صبري الجندي محافظ مطروح صباح اليوم الثلاثاء اجتماعا بمكتبه بديوان عام "
        "المحافظة مع اللواء هشام فاروق عبد الغني مدير أمن مطروح لمتابعة الحالة الأمنية بمنفذ "
        "السلوم البري والطريق الدولي الساحلي وناقش الاجتماع إجراءات مواجهة الهجرة غير الشرعية "
        "وتهريب البضائع عبر الدروب الصحراوية جنوب سيوة وعقب الاجتماع استقبل المحافظ وفدا من "
        "المنظمة الدولية للهجرة برئاسة السيدة لورا بيانكي رئيسة بعثة المنظمة في مصر حيث تم بحث "
        "سبل دعم مراكز إيواء المهاجرين وكان المحافظ قد عقد مساء أمس الاثنين لقاء موسعا بقاعة "
        "المؤتمرات بالديوان العام مع مشايخ وعواقل القبائل بمطروح",
        meta={"publication_date": "2024-05-14"},
    )
    assert dated(result) == [
        ("meeting", "2024-05-13", "2024-05-13"),
        ("meeting", "2024-05-14", "2024-05-14"),
        ("visit", "2024-05-14", "2024-05-14"),
    ]


def test_a_memorandum_renewed_today_is_signed_today_not_on_the_first_ones_day(extract):
    result = extract(
        "جددت جامعة نايف العربية للعلوم الأمنية والمديرية العامة للدفاع المدني اليوم مذكرة "
        "التفاهم الموقعة بينهما في مجالات التدريب.\n"
        "وكانت الجامعة والمديرية قد وقعتا مذكرة التفاهم الأولى في 2 فبراير 2021.",
        meta={"publication_date": "2025-01-13"},
    )
    assert dated(result) == [("agreement-signing", "2025-01-13", "2025-01-13")]


def test_a_committees_meetings_of_one_round_are_a_meeting_of_their_days(extract):
    result = extract(
        "سرت، 13 فبراير 2025 (وال) - اختتمت اللجنة العسكرية المشتركة، مساء أمس الأربعاء، "
        "اجتماعاتها الدورية التي عقدتها يومي 11 و12 فبراير الجاري بمقرها في مدينة سرت.",
        meta={"publication_date": "2025-02-13"},
    )
    assert dated(result) == [("meeting", "2025-02-11", "2025-02-12")]


def test_a_visit_after_a_meeting_and_one_made_earlier_that_day_are_visits_of_their_own(extract):
    after_meeting = extract(
        "اختتمت يوم 29 أغسطس 2022 بمدينة الجنينة أعمال الاجتماع الدوري لقيادة القوات المشتركة.\n"
        "وعقب الاجتماع زار الوفد التشادي برئاسة الجنرال بشارة والي ولاية غرب دارفور بمكتبه."
    )
    earlier = extract(
        "اختتمت يوم 13 أكتوبر 2021 في الخرطوم ورشة عمل تدريبية حول الاتجار بالبشر.\n"
        "وفي وقت سابق من يوم 13 أكتوبر 2021، زارت السفيرة هيلينا ستراندبرغ وحدة حماية الأسرة "
        "والطفل بالخرطوم."
    )
    assert event_kinds(after_meeting) == ["meeting", "visit"]
    assert event_kinds(earlier) == ["visit", "workshop"]


def test_the_day_of_a_workshop_a_sentence_introduces_beside_the_visit_is_not_the_visits(extract):
    result = extract(
        "الرباط - استقبل المدير المركزي للشرطة القضائية أمس الثلاثاء بمقر المديرية وفدا أمنيا "
        "صينيا، في إطار زيارة عمل يقوم بها للمملكة.\n"
        "وفي سياق هذه الزيارة، انطلقت اليوم الأربعاء بالمعهد الملكي للشرطة أشغال ورشة عمل "
        "مشتركة تمتد على يومين.",
        meta={"publication_date": "2024-06-12"},
    )
    assert ("visit", "2024-06-11", "2024-06-11") in dated(result)


def test_a_digests_item_reports_its_own_event_though_its_word_has_the_article(extract):
    result = extract(
        "حصاد وزارة الداخلية.. الثلاثاء 12 نوفمبر 2024\n\n"
        "■ الوكيل يستقبل السفيرة البريطانية\n"
        "استقبل وكيل وزارة الداخلية الفريق الركن عبدالعزيز سالم الرشيدي في مكتبه اليوم سفيرة "
        "المملكة المتحدة لدى دولة الكويت السيدة كاثرين ويلسون، وبحث معها سبل التعاون.\n\n"
        "■ تخريج دورة التحقيق في جرائم الاتجار بالبشر\n"
        "احتفلت أكاديمية سعد العبدالله للعلوم الأمنية اليوم بتخريج منتسبي الدورة التدريبية "
        "المتخصصة، التي نظمتها بالتعاون مع المنظمة الدولية للهجرة خلال الفترة من 3 إلى 12 "
        "نوفمبر الجاري.",
        meta={"publication_date": "2024-11-12"},
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_talks_held_abroad_within_a_visit_are_the_visit(extract):
    result = extract(
        "أنقرة 17 سبتمبر 2024 - التقى مدير الأمن العام الفريق خالد بن سعد الدوسري أمس في العاصمة "
        "التركية المدير العام للأمن التركي سليم أوزترك، وذلك ضمن زيارة رسمية يقوم بها للجمهورية "
        "التركية.",
        meta={"publication_date": "2024-09-17"},
    )
    assert event_kinds(result) == ["visit"]


def test_a_drill_is_a_training_course(extract):
    result = extract(
        "صور - نفذت المديرية العامة للدفاع المدني، بالتعاون مع القوات البحرية في الجيش اللبناني، "
        "يومي 11 و12 كانون الأول 2024 مناورة للبحث والإنقاذ البحري قبالة شاطئ صور."
    )
    assert event_kinds(result) == ["training-course"]


def test_a_signing_is_done_on_one_day_and_a_training_circle_is_a_course(extract):
    signing = extract(
        "بغداد-واع وقّعت وزارة الداخلية، اليوم الاثنين، مذكرة تفاهم مع برنامج الأمم المتحدة "
        "الإنمائي، فيما افتتحت مديرية الشرطة المجتمعية في الوزارة ورشة عمل تستمر ثلاثة أيام.",
        meta={"publication_date": "2025-02-03"},
    )
    circle = extract(
        "مسقط في 3 نوفمبر 2024 - بدأت اليوم بأكاديمية السلطان قابوس لعلوم الشرطة أعمال الحلقة "
        "التدريبية الإقليمية حول التحقيقات المالية الموازية."
    )
    assert ("agreement-signing", "2025-02-03", "2025-02-03") in dated(signing)
    assert event_kinds(circle) == ["training-course"]


def test_a_workshop_two_officials_then_open_together_is_an_event_of_its_own(extract):
    result = extract(
        "رام الله 13-3-2024 وفا- استقبل مدير عام الشرطة اللواء نضال يوسف العملة، اليوم الأربعاء، "
        "رئيسة بعثة الاتحاد الأوروبي كارين لارسن، ثم افتتحا معا ورشة عمل تنظمها إدارة حماية "
        "الأسرة والأحداث على مدى يومين.",
        meta={"publication_date": "2024-03-13"},
    )
    assert event_kinds(result) == ["visit", "workshop"]


def test_the_proceedings_of_a_committees_ordinal_session_after_a_reception_are_a_meeting(extract):
    result = extract(
        "تونس 9 جويلية 2025 (وات) - استقبل وزير الداخلية منير الشابي، أمس الثلاثاء بمقر الوزارة، "
        "وزير الداخلية الإيطالي جوفاني ريتشي.\n\n"
        "وفي اليوم نفسه، التأمت بمقر الإدارة العامة للحرس الوطني بالعوينة أشغال الدورة الخامسة "
        "للجنة الفنية التونسية الإيطالية المشتركة لمكافحة الهجرة غير النظامية، برئاسة العميد "
        "نزار الحمدي."
    )
    assert event_kinds(result) == ["meeting", "visit"]
    assert fact_labels(result, "chair") == {"نزار الحمدي"}


def test_a_reception_after_ila_dhalika_is_an_event_of_its_own(extract):
    result = extract(
        "عدن 26 فبراير 2024 - اختتمت اليوم في عدن دورة تدريبية في البحث والإنقاذ البحري نظمتها "
        "مصلحة خفر السواحل.\n\nإلى ذلك، استقبل وزير الداخلية اللواء الركن عبدالرب صالح الشعيبي، "
        "اليوم في عدن، سفير اليابان لدى اليمن تاكيشي موريموتو."
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_a_bulleted_item_that_reports_a_reception_is_an_event_of_its_own(extract):
    result = extract(
        "بلاغ إخباري\n\n"
        "• احتضن المعهد الملكي للشرطة بالقنيطرة، يومي 12 و13 مارس 2025، دورة تكوينية حول "
        "التحقيقات المالية لفائدة ضباط الشرطة القضائية.\n"
        "• أشرف على افتتاح الدورة مدير المعهد الملكي للشرطة، الذي أكد في كلمته أهمية التكوين.\n\n"
        "تعاون دولي\n\n"
        "• استقبل والي الأمن حميد الشرقاوي، المدير المركزي للشرطة القضائية، يوم الأربعاء بالرباط، "
        "وفداً من الشرطة الوطنية الإسبانية لبحث التعاون في مكافحة الجريمة المنظمة.",
        meta={"publication_date": "2025-03-14"},
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_a_preparatory_meeting_told_in_the_pluperfect_on_a_day_of_its_own_is_another(extract):
    result = extract(
        "مسقط في 25 سبتمبر 2024 /العمانية/ بدأت اليوم الأربعاء أعمال الاجتماع الحادي والعشرين "
        "لمديري عموم المرور بدول مجلس التعاون، الذي تستضيفه شرطة عمان السلطانية.\n\nوكانت لجنة "
        "الخبراء المنبثقة عن الاجتماع قد عقدت أمس اجتماعها التحضيري برئاسة المقدم سيف بن علي "
        "الكندي، لدراسة جدول الأعمال."
    )
    assert dated(result) == [
        ("meeting", "2024-09-24", "2024-09-24"),
        ("meeting", "2024-09-25", "2024-09-25"),
    ]


def test_a_course_closed_on_a_day_of_its_own_is_no_exercise_the_meeting_recommended(extract):
    result = extract(
        "الرياض في 19 نوفمبر 2024 - عقدت لجنة رؤساء أجهزة المباحث بدول مجلس التعاون اجتماعها "
        "الحادي والعشرين اليوم الثلاثاء. وأوصى الاجتماع بتنفيذ تمرين ميداني مشترك للبحث الجنائي "
        "خلال العام المقبل.\n\nوفي سياق متصل، اختتم جهاز الشرطة الخليجية أمس في أبوظبي الدورة "
        "التدريبية المتخصصة في تحليل المعلومات الجنائية، التي عقدت من 11 إلى 18 نوفمبر 2024."
    )
    assert event_kinds(result) == ["meeting", "training-course"]


def test_who_a_meeting_after_a_reception_brings_together_takes_no_part_in_the_reception(extract):
    result = extract(
        "استقبل وزير الداخلية سمير حداد في مكتبه يوم 14 نيسان 2026 وزير الداخلية اللبناني. "
        "وعقب اللقاء، ترأس الوزيران اجتماعا موسعا ضم مدير الأمن العام اللواء خالد يوسف "
        "العمري، وقائد قوات حرس الحدود العميد زياد محمود العدوان."
    )
    visit, meeting = (
        next(e for e in result.doc.events if e.kind == kind) for kind in ("visit", "meeting")
    )
    guests = {"خالد يوسف العمري", "زياد محمود العدوان"}
    assert guests <= {label for role, label in role_pairs(result, meeting)}
    assert not guests & {label for role, label in role_pairs(result, visit)}


def test_a_headline_with_a_bracketed_word_is_still_the_headline(extract):
    result = extract(
        "وكيل (الداخلية) يستقبل مدير الأمن العام الأردني وتوقيع مذكرتي تفاهم في مكافحة المخدرات "
        "والتدريب الأمني\n\n"
        "الكويت - 20 - 5 (كونا) -- استقبل وكيل وزارة الداخلية الفريق عادل حمد الرشيدي اليوم "
        "الاثنين 20 مايو 2024 مدير الأمن العام الأردني اللواء معن عبدالكريم العبادي."
    )
    assert dated(result) == [("visit", "2024-05-20", "2024-05-20")]


def test_what_two_sides_signed_during_the_talks_is_a_signing_of_its_own(extract):
    result = extract(
        "استقبل وكيل وزارة الداخلية الفريق عادل حمد الرشيدي يوم 20 مايو 2024 مدير الأمن العام "
        "الأردني. وأضافت الوزارة أن الجانبين وقعا خلال اللقاء مذكرتي تفاهم في مكافحة المخدرات."
    )
    assert event_kinds(result) == ["agreement-signing", "visit"]


def test_the_body_names_the_event_the_headline_introduced_as_known(extract):
    result = extract(
        "قائد قوات أمن المنشآت يزور أرامكو ويفتتح ورشة عمل حول الطائرات دون طيار\n\n"
        "زار قائد قوات أمن المنشآت اللواء ناصر بن عبدالله القحطاني يوم 21 أبريل 2025 مقر "
        "شركة أرامكو السعودية في الظهران.\n\n"
        'وعقب الزيارة، افتتح اللواء القحطاني ورشة العمل المتخصصة "التهديدات الناشئة للطائرات '
        'دون طيار"، التي تنظمها قوات أمن المنشآت وتستمر ثلاثة أيام.'
    )
    assert dated(result) == [
        ("visit", "2025-04-21", "2025-04-21"),
        ("workshop", "2025-04-21", "2025-04-23"),
    ]
