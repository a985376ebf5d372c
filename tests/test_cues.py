"""Cues: the verbs and phrases that tell which part an agent plays, and where an event starts."""

from datetime import date

import pytest

from extraction_support import (
    KG,
    agent_labels,
    arabic_labels,
    event_kinds,
    events_of,
    fact_labels,
    post_triples,
    role_pairs,
)


def test_addressing_the_opening_session_opens_and_addressing_the_audience_speaks(extract):
    result = extract(
        "نظمت المديرية ندوة يوم 3 مارس 2025. وخاطب الجلسة الافتتاحية العميد (ركن) سالم حمد النعيمي "
        "مدير الشرطة، ثم خاطبت الحضور الدكتورة هدى عادل الكبيسي عن التجارب الدولية."
    )
    (seminar,) = events_of(result)
    assert agent_labels(result, seminar, KG.opener) >= {"سالم حمد النعيمي"}
    assert "هدى عادل الكبيسي" in agent_labels(result, seminar, KG.speaker)


def test_a_reception_on_another_day_is_an_event_of_its_own(extract):
    result = extract(
        "عقدت اللجنة الأمنية اجتماعها السابع يوم 3 مارس 2025 في مسقط.\n"
        "وعلى هامش الاجتماع، استقبل وزير الداخلية يوم 4 مارس 2025 رؤساء الوفود المشاركين "
        "في الاجتماع.\n"
        "واستقبل الوزير في اليوم نفسه الوفد الضيف في مكتبه."
    )
    kinds = sorted(
        str(kind).rsplit("/", 1)[-1] for kind in result.graph.objects(None, KG.eventKind)
    )
    assert kinds == ["meeting", "visit"]


def test_organized_by_and_a_passive_relative_clause_on_the_event(extract):
    result = extract(
        "ترأس وزير الداخلية يوم 5 مايو 2025 الاجتماع الرابع للجنة الوطنية لأمن المنافذ، الذي "
        "عقد بمقر الوزارة بتنظيم من هيئة الموانئ الوطنية، وتحدث فيه العقيد ناصر سالم البدوي "
        "الذي قدم عرضا عن المنافذ."
    )
    (meeting,) = events_of(result)
    organizers = agent_labels(result, meeting, KG.organizer)
    assert "هيئة الموانئ الوطنية" in organizers
    assert "اللجنة الوطنية لأمن المنافذ" not in organizers
    assert "ناصر سالم البدوي" in agent_labels(result, meeting, KG.speaker)


def test_those_named_among_the_lecturers_speak(extract):
    result = extract(
        "نظمت الأكاديمية دورة تدريبية يوم 3 مارس 2025، قدّم محاضراتها خبراء من المنظمة، من بينهم "
        "السيد توماس برغ، خبير الأمن البحري، والعقيد وليد صالح المري."
    )
    (course,) = events_of(result)
    assert {"توماس برغ", "وليد صالح المري"} <= agent_labels(result, course, KG.speaker)


def test_a_field_visit_on_the_workshops_second_day_is_an_event_of_its_own(extract):
    result = extract(
        "افتتحت يوم الاثنين 5 مايو 2025 في تونس ورشة عمل حول إدارة الحدود.\n"
        "وفي اليوم الثاني، الثلاثاء 6 مايو، قام المشاركون في الورشة بزيارة ميدانية إلى ميناء "
        "رادس.\n"
        "وتحدث خلال الورشة خبراء من الإدارة."
    )
    kinds = sorted(
        str(kind).rsplit("/", 1)[-1] for kind in result.graph.objects(None, KG.eventKind)
    )
    assert kinds == ["visit", "workshop"]


def test_a_course_whose_opening_a_visiting_delegation_attends_is_an_event_of_its_own(extract):
    result = extract(
        "عمان 12 آذار 2025 – استقبل مدير الأمن العام اللواء سالم الفايز وفدا أمنيا عراقيا، في "
        "مستهل زيارة عمل تستمر ثلاثة أيام.\n"
        "وفي سياق متصل، حضر الوفد ظهر اليوم افتتاح دورة تدريبية في فحص الوثائق تستمر حتى "
        "الثالث من نيسان المقبل."
    )
    kinds = sorted(
        str(kind).rsplit("/", 1)[-1] for kind in result.graph.objects(None, KG.eventKind)
    )
    assert kinds == ["training-course", "visit"]


def test_a_sentence_introducing_a_reception_gives_its_roles_to_the_reception(extract):
    result = extract(
        "عقدت اللجنة الأمنية اجتماعها السابع يوم 3 مارس 2025 في مسقط.\n"
        "واستقبل وزير الداخلية الفريق سالم مبارك الحارثي يوم 4 مارس 2025 رؤساء الوفود المشاركين "
        "في الاجتماع."
    )
    meeting, visit = sorted(result.doc.events, key=lambda event: event.kind)
    hosts = fact_labels(result, "host")
    assert "سالم مبارك الحارثي" in hosts
    assert all(f.subject is visit for f in result.doc.facts if f.predicate == "host")
    assert meeting.kind == "meeting"


def test_a_course_scheduled_for_later_is_no_event(extract):
    result = extract(
        "استقبل المدير العام يوم 3 مارس 2025 وفدا من المنظمة، وتم الاتفاق على برمجة دورة تكوينية "
        "لفائدة محققين من دول الساحل بالمدرسة العليا للشرطة خلال شهر أفريل القادم."
    )
    kinds = [str(kind).rsplit("/", 1)[-1] for kind in result.graph.objects(None, KG.eventKind)]
    assert kinds == ["visit"]


def test_a_workshop_a_conference_plans_in_its_recommendations_is_no_event(extract):
    result = extract(
        "عقد في تونس يوم 9 تشرين الأول 2024 المؤتمر العربي لرؤساء أجهزة مكافحة الإرهاب.\n"
        "وأوصى المؤتمر في ختام أعماله بإعداد دراسة، على أن تعقد ورشة عمل متخصصة حول تمويل "
        "الإرهاب في الثاني من كانون الأول المقبل."
    )
    kinds = [str(kind).rsplit("/", 1)[-1] for kind in result.graph.objects(None, KG.eventKind)]
    assert kinds == ["conference"]


def test_lecturers_a_session_chair_and_one_opening_on_behalf_of_the_patron(extract):
    result = extract(
        "نظم المعهد ندوة يوم 3 مارس 2025 تحت رعاية وزير الداخلية. وافتتح الندوة نيابة عن راعيها "
        "مدير المعهد العميد خالد سالم الرواحي. وأدار الجلسة الأولى الدكتور مازن فريد الحسن، "
        "وحاضر فيها العقيد يوسف أحمد الكندي."
    )
    (seminar,) = events_of(result)
    assert agent_labels(result, seminar, KG.opener) >= {"خالد سالم الرواحي"}
    assert agent_labels(result, seminar, KG.chair) >= {"مازن فريد الحسن"}
    assert agent_labels(result, seminar, KG.speaker) >= {"يوسف أحمد الكندي"}


def test_maghrebi_cues_for_partners_funders_trainees_and_trainers(extract):
    result = extract(
        "احتضنت المدرسة الوطنية للشرطة يوم 6 أكتوبر 2025 دورة تكوينية نظمتها المديرية العامة "
        "للأمن الوطني بتعاون مع منظمة الهجرة العربية، وبدعم مالي من حكومة مملكة السويد.\n"
        "واستفاد من هذه الدورة عشرون إطارا من الإدارة العامة للحدود.\n"
        "وأطّر الدورة خبراء، من بينهم السيد بيير لامبير والعميد سمير حامد الشريف."
    )
    (course,) = events_of(result)
    assert "منظمة الهجرة العربية" in agent_labels(result, course, KG.partner)
    assert "حكومة مملكة السويد" in agent_labels(result, course, KG.funder)
    assert "الإدارة العامة للحدود" in agent_labels(result, course, KG.participant)
    assert {"بيير لامبير", "سمير حامد الشريف"} <= agent_labels(result, course, KG.speaker)


def test_the_body_that_launches_a_course_organizes_it_and_who_inaugurates_it_opens_it(extract):
    result = extract(
        "أطلقت الهيئة العامة للإنقاذ البحري يوم 20 أكتوبر 2025 دورة تدريبية في الإنقاذ، ودشّن "
        "أعمالها المدير العام العميد ناصر علي البلوشي."
    )
    (course,) = events_of(result)
    assert "الهيئة العامة للإنقاذ البحري" in agent_labels(result, course, KG.organizer)
    assert "ناصر علي البلوشي" in agent_labels(result, course, KG.opener)


def test_a_meeting_named_with_a_possessive_refers_back_and_another_matter_is_new(extract):
    result = extract(
        "عقدت اللجنة المشتركة لأمن الموانئ اجتماعها الثالث يوم 3 يونيو 2025 في المنامة.\n"
        "واستعرضت اللجنة ما تم إنجازه منذ اجتماعها الثاني.\n"
        "وفي سياق آخر، ترأس الوزير في اليوم ذاته الاجتماع الدوري للمجلس الأعلى للدفاع المدني."
    )
    dates = sorted(
        (event.kind, event.dates[0].gregorian.isoformat()) for event in result.doc.events
    )
    assert dates == [("meeting", "2025-06-03"), ("meeting", "2025-06-03")]
    assert len(result.doc.events[1].sentences) == 1  # the third sentence only


def test_the_body_whose_meeting_someone_chairs_holds_it(extract):
    result = extract(
        "ترأس وزير الداخلية يوم 7 أكتوبر 2025 الاجتماع الدوري للجنة الوطنية لأمن المنافذ، بحضور "
        "قائد قوات الحدود اللواء سالم عدنان الفهد."
    )
    (meeting,) = events_of(result)
    assert "اللجنة الوطنية لأمن المنافذ" in agent_labels(result, meeting, KG.organizer)
    assert agent_labels(result, meeting, KG.chair) == set()


def test_at_a_signing_with_speeches_those_who_state_speak_and_still_took_part(extract):
    result = extract(
        "وقع المدير العام للأمن العميد سالم ناصر الحربي والسيد يوهان بيرغ يوم 3 مارس 2025 مذكرة "
        "تفاهم في مجال التدريب.\n"
        "وفي كلمة بالمناسبة، أكد العميد سالم ناصر الحربي أن المذكرة تعزز التعاون."
    )
    (signing,) = events_of(result)
    assert "سالم ناصر الحربي" in agent_labels(result, signing, KG.speaker)
    assert {"سالم ناصر الحربي", "يوهان بيرغ"} <= agent_labels(result, signing, KG.participant)


def test_signers_named_after_the_signed_memorandum_who_then_speak_still_took_part(extract):
    result = extract(
        "جددت كلية الشرطة وجامعة الساحل يوم 3 مارس 2025 مذكرة التفاهم بينهما.\n"
        "ووقع المذكرة في مقر الجامعة العقيد ماجد سالم الكعبي، عميد كلية الشرطة، والدكتور هاني "
        "راشد السويدي، رئيس جامعة الساحل.\n"
        "وأكد العقيد ماجد سالم الكعبي في كلمته أن المذكرة تعزز البحث العلمي."
    )
    (signing,) = events_of(result)
    assert "ماجد سالم الكعبي" in agent_labels(result, signing, KG.speaker)
    assert {"ماجد سالم الكعبي", "هاني راشد السويدي"} <= agent_labels(
        result, signing, KG.participant
    )


def test_a_sessions_panel_speaks_and_its_chair_in_a_relative_clause_chairs(extract):
    result = extract(
        "نظمت جامعة الشرق مؤتمرا دوليا يوم 3 مارس 2025. وشارك في الجلسة الثانية، التي أدارها "
        "الدكتور هاني سالم العلي، كل من السيدة كارولين دوبوا من المرصد الأوروبي للمخدرات، "
        "والدكتورة رنا سليم الخطيب."
    )
    (conference,) = events_of(result)
    speakers = agent_labels(result, conference, KG.speaker)
    assert {"كارولين دوبوا", "رنا سليم الخطيب"} <= speakers
    assert "هاني سالم العلي" in agent_labels(result, conference, KG.chair) - speakers
    participants = agent_labels(result, conference, KG.participant)
    assert "المرصد الأوروبي للمخدرات" in participants - speakers


def test_an_ordinal_meeting_of_a_councils_ministers_is_a_session(extract):
    result = extract(
        "ترأس وزير الداخلية يوم 3 ديسمبر 2025 أعمال الاجتماع الـ42 لأصحاب السمو والمعالي وزراء "
        "الداخلية بدول مجلس التعاون، بعد أن عقد وكلاء الوزارات اجتماعا تحضيريا."
    )
    kinds = sorted(str(k).rsplit("/", 1)[-1] for k in result.graph.objects(None, KG.eventKind))
    assert kinds[0] == "council-session"


def test_who_takes_part_in_a_session_named_just_before_is_on_its_panel(extract):
    result = extract(
        "نظمت جامعة الشرق مؤتمرا دوليا يوم 3 مارس 2025. ويترأس الجلسة الأولى الدكتور محمد سالم "
        "الغامدي، ويشارك فيها العقيد فهد راشد الكواري، رئيس قسم التخطيط الأمني."
    )
    (conference,) = events_of(result)
    assert "فهد راشد الكواري" in agent_labels(result, conference, KG.speaker)
    assert "محمد سالم الغامدي" in agent_labels(result, conference, KG.chair)


def test_a_relative_clause_after_a_name_and_its_post_tells_what_the_person_said(extract):
    result = extract(
        "عقد المؤتمر يوم 3 مارس 2025 في تونس بحضور العميد سيف علي الهنائي، مدير عام الجوازات "
        "بشرطة عمان السلطانية، الذي استعرض في مداخلته تجربة سلطنة عمان. وبيّنت السيدة لورا "
        "بيانكي أن الدورة تعتمد منهجية تفاعلية."
    )
    (conference,) = events_of(result)
    assert {"سيف علي الهنائي", "لورا بيانكي"} <= agent_labels(result, conference, KG.speaker)


def test_trainees_coming_from_states_take_part(extract):
    result = extract(
        "افتتح مساعد الوزير يوم 3 مارس 2025 الدورة التدريبية، حيث رحب بالدارسين القادمين من "
        "نيجيريا وغانا وكينيا."
    )
    (course,) = events_of(result)
    states = {str(o).rsplit("/", 1)[-1] for o in result.graph.objects(course, KG.participant)}
    assert {"ng", "gh", "ke"} <= states


def test_a_joint_field_exercise_is_training(extract):
    result = extract(
        "نفذت الإدارة العامة للحرس الوطني يوم 12 جوان 2025 بميناء جرجيس تمرينا ميدانيا مشتركا "
        "للبحث والإنقاذ البحري."
    )
    assert [event.kind for event in result.doc.events] == ["training-course"]


def test_a_meeting_of_their_own_held_the_day_before_and_the_host_after_the_organizer(extract):
    result = extract(
        "ترأس الوزير اليوم 3 ديسمبر 2025 أعمال الاجتماع الـ42 لوزراء الداخلية بدول المجلس الذي "
        "تنظمه الأمانة العامة للمجلس وتستضيفه وزارة الداخلية الكويتية.\n"
        "وكان وكلاء وزارات الداخلية قد عقدوا يوم 2 ديسمبر 2025 اجتماعهم التحضيري برئاسة الفريق "
        "علي عبدالله العدواني."
    )
    session, meeting = sorted(result.doc.events, key=lambda event: event.kind)
    assert (session.kind, meeting.kind) == ("council-session", "meeting")
    assert str(meeting.dates[0].gregorian) == "2025-12-02"
    hosts = [
        f.object.label for f in result.doc.facts if f.subject is session and f.predicate == "host"
    ]
    assert hosts == ["وزارة الداخلية الكويتية"]


def test_a_name_shared_by_a_state_and_a_city_is_the_state_in_a_list_of_states(extract):
    result = extract(
        "عقد الاجتماع يوم 3 مارس 2025 في الرياض بمشاركة وفود من السعودية وقطر وعمان والبحرين، "
        "ثم توجه الوفد الأردني إلى عمان."
    )
    (meeting,) = events_of(result)
    states = {str(o).rsplit("/", 1)[-1] for o in result.graph.objects(meeting, KG.participant)}
    assert {"sa", "qa", "om", "bh"} <= states
    places = [
        m.entity.iri.rsplit("/", 1)[-1] for m in result.doc.mentions if "عمان" in m.entity.label
    ]
    assert places == ["om", "amman"]


def test_signed_minutes_of_cooperation_are_an_agreement_signing(extract):
    result = extract(
        "استقبل وزير الداخلية يوم 3 مارس 2025 وفدا من الشرطة العمانية، وعقب اللقاء وقع الجانبان "
        "محضر تعاون فني بين الجهازين."
    )
    assert event_kinds(result) == ["agreement-signing", "visit"]


def test_the_verb_of_meeting_on_the_sidelines_is_a_second_event(extract):
    result = extract(
        "شارك الوزير يوم 3 مارس 2025 في أعمال المؤتمر العربي لرؤساء أجهزة الهجرة. وعلى هامش "
        "أعمال المؤتمر، التقى الوزير نظيره الأردني وبحثا التعاون الثنائي."
    )
    assert event_kinds(result) == ["conference", "meeting"]


def test_the_verb_of_receiving_on_the_sidelines_is_a_second_event(extract):
    result = extract(
        "عقد في دبي يوم 21 يناير 2026 اجتماع خبراء مكافحة الجرائم الإلكترونية. وعلى هامش "
        "الاجتماع، استقبل القائد العام للشرطة الفريق سالم المنصوري ممثل المنظمة."
    )
    assert event_kinds(result) == ["meeting", "visit"]


def test_an_ordinal_session_of_a_committee_is_a_meeting(extract):
    committee = extract("انعقدت يوم 3 مارس 2025 أعمال الدورة الخامسة للجنة الأمنية المشتركة.")
    council = extract("انعقدت يوم 3 مارس 2025 أعمال الدورة الخامسة لمجلس وزراء العدل العرب.")
    assert (event_kinds(committee), event_kinds(council)) == (["meeting"], ["council-session"])


def test_a_council_of_ministers_own_ordinal_meeting_is_a_session(extract):
    held = extract("عقد مجلسا وزراء الصحة والعدل العرب يوم 3 مارس 2025 اجتماعهما المشترك الخامس.")
    named = extract(
        "عقد المكتب العربي للإعلام الأمني التابع للأمانة العامة لمجلس وزراء الداخلية العرب يوم 3 "
        "مارس 2025 الاجتماع الخامس لضباط الاتصال."
    )
    assert (event_kinds(held), event_kinds(named)) == (["council-session"], ["meeting"])


def test_the_giver_of_the_opening_speech_is_the_opener_and_a_speaker(extract):
    result = extract(
        "انطلقت يوم 3 مارس 2025 ورشة عمل حول أمن الموانئ، وألقى العقيد سالم بن علي الهاشمي مدير "
        "الإدارة كلمة الافتتاح، ثم ألقت الدكتورة منى حسن كلمة عن التجارب الدولية."
    )
    event = events_of(result)[0]
    assert "سالم بن علي الهاشمي" in agent_labels(result, event, KG.opener)
    speakers = agent_labels(result, event, KG.speaker)
    assert {"منى حسن", "سالم بن علي الهاشمي"} <= speakers


def test_talks_with_a_visiting_guest_are_a_visit(extract):
    result = extract(
        "أجرى وزير الداخلية يوم 3 مارس 2025 مباحثات مع نظيره الليبي الذي يقوم بزيارة عمل "
        "للمملكة على رأس وفد أمني."
    )
    assert event_kinds(result) == ["visit"]


def test_kull_min_after_a_speaking_verb_lists_every_speaker(extract):
    result = extract(
        "انطلقت يوم 3 مارس 2025 دورة تدريبية حول غسل الأموال، ويقدم المحاضرات كل من الدكتور "
        "ناصر علي الحربي، الخبير في الهيئة الوطنية للرقابة، والمقدم فهد سالم الدوسري، رئيس "
        "قسم التحقيقات المالية."
    )
    speakers = agent_labels(result, events_of(result)[0], KG.speaker)
    assert {"ناصر علي الحربي", "فهد سالم الدوسري"} <= speakers


def test_explaining_pointing_out_and_stressing_at_the_event_are_speaking(extract):
    result = extract(
        "انطلقت يوم 3 مارس 2025 دورة تدريبية في الأدلة الجنائية. بدوره، بيّن مدير إدارة "
        "المختبرات العقيد رائد عبدالله الشوابكة أن البرنامج عملي، فيما شدد الخبير الياباني "
        "السيد هيروشي ناكامورا على أهمية التوثيق."
    )
    (course,) = events_of(result)
    assert {"رائد عبدالله الشوابكة", "هيروشي ناكامورا"} <= agent_labels(result, course, KG.speaker)


def test_exercises_graduations_and_other_signed_instruments_are_events(extract):
    exercise = extract(
        "اختتمت يوم 30 نوفمبر 2025 قبالة جدة فعاليات تمرين الأمن البحري المشترك الذي نفذته "
        "المديرية العامة لحرس الحدود."
    )
    graduation = extract("أقامت أكاديمية الشرطة يوم 15 ديسمبر 2025 حفل تخريج الدفعة الثالثة.")
    intent = extract(
        "وتوجت الزيارة يوم 21 أكتوبر 2025 بالتوقيع على إعلان نوايا بين المديرية والشرطة الفرنسية."
    )
    arrangement = extract("وقعت أفريبول ويوروبول يوم 27 يناير 2026 ترتيب عمل في الجزائر.")
    assert (event_kinds(exercise), event_kinds(graduation)) == (
        ["training-course"],
        ["training-course"],
    )
    assert event_kinds(intent) == ["agreement-signing", "visit"]  # the visit it crowned, too
    assert event_kinds(arrangement) == ["agreement-signing"]


def test_a_course_a_visitor_opens_and_names_by_its_title_is_an_event_of_its_own(extract):
    result = extract(
        "استقبل المدير العام اللواء سامر الحلو يوم 29 سبتمبر 2025 رئيس الشرطة الإيطالية.\n"
        'وفي سياق متصل، افتتح الضيف يوم 30 سبتمبر 2025 الدورة التدريبية "إدارة الحشود" في '
        "معهد قوى الأمن الداخلي."
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_the_state_a_delegation_visits_takes_no_part_in_the_visit(extract):
    result = extract(
        "استقبل وزير الداخلية يوم 14 مارس 2023 مدير عام الأمن في الجمهورية التركية السيد أوغوز "
        "قايا والوفد المرافق له، الذي يزور العراق بدعوة رسمية."
    )
    parties = fact_labels(result, "participant")
    assert "مدير عام الأمن" not in parties and not any("عراق" in name for name in parties)


def test_the_lecturer_who_leads_the_experts_speaks(extract):
    result = extract(
        "نظمت الأكاديمية دورة تدريبية يوم 3 مارس 2025، وحاضر في الدورة خبراء من المنظمة يتقدمهم "
        "السيد بيير أنطوان ميشو. وزار الأكاديمية وفد يرأسه العميد سالم علي الكعبي."
    )
    (course,) = events_of(result)
    assert "بيير أنطوان ميشو" in agent_labels(result, course, KG.speaker)


def test_a_signatory_who_gives_a_statement_on_the_occasion_speaks(extract):
    result = extract(
        "وقعت وزارة الداخلية وشركة الريل يوم 3 مارس 2025 مذكرة تفاهم لتعزيز أمن النقل. وأكد "
        "اللواء سعد خالد المهندي في تصريح بالمناسبة أن المذكرة تعزز التكامل."
    )
    (signing,) = events_of(result)
    assert "سعد خالد المهندي" in agent_labels(result, signing, KG.speaker)


def test_a_speaker_named_after_a_long_title_without_a_title_of_address_speaks(extract):
    result = extract(
        "نظمت وزارة الداخلية يوم 3 مارس 2025 ورشة عمل حول الأدلة. وتحدث مدير دائرة شؤون وحماية "
        "المقابر الجماعية ضياء كريم الموسوي عن آليات التنسيق. من جهته، استعرض المندوب الوطني "
        "للأمن في الطرق، السيد أحمد نايت سعيد، حصيلة الحملات."
    )
    speakers = fact_labels(result, "speaker")
    assert speakers == {"ضياء كريم الموسوي", "أحمد نايت سعيد"}


def test_a_seat_hosts_one_body_and_not_the_people_listed_after_it(extract):
    result = extract(
        "انطلقت اليوم الاثنين 2 مارس 2026 بطرابلس ورشة العمل حول النزاهة، التي تنظمها الإدارة "
        "العامة للتفتيش بوزارة الداخلية بالتعاون مع مركز جنيف لحوكمة قطاع الأمن (ديكاف). من "
        "جهتها، استعرضت السيدة أنيا فالنتيني، رئيسة قسم شمال أفريقيا في ديكاف، تجارب الدول، "
        "بينما تحدث السيد يوهانس بيرغ، كبير مستشاري الشرطة في بعثة الأمم المتحدة للدعم في "
        "ليبيا، عن برنامج البعثة. وعلى هامش الورشة، التقى اللواء محمود الترهوني بمكتبه بمقر "
        "الوزارة، السيدة فالنتيني والسيد بيرغ."
    )
    hosts = fact_labels(result, "host")
    assert hosts == {"وزارة الداخلية الليبية"}


def test_the_unit_acting_for_an_organizer_organizes_too(extract):
    result = extract(
        "نظمت المديرية العامة للأمن الوطني، ممثلة في مديرية شرطة الحدود، يوم 3 مارس 2025 دورة "
        "تدريبية. ونظمت مديرية الأمن العام، ممثلة بإدارة الشرطة المجتمعية، يومي 6 و7 أيار 2025، "
        "ورشة عمل."
    )
    organizers = fact_labels(result, "organizer")
    assert {"مديرية شرطة الحدود", "إدارة الشرطة المجتمعية"} <= organizers


def test_the_unit_acting_for_the_body_closing_the_event_organizes_and_hosts_nothing(extract):
    result = extract(
        "اختتمت جامعة نايف العربية للعلوم الأمنية، ممثلة في كلية العدالة الجنائية، وبالتعاون مع "
        "وزارة الداخلية، يوم 3 مارس 2025 أعمال الدورة التدريبية."
    )
    roles = role_pairs(result)
    assert ("organizer", "كلية العدالة الجنائية") in roles
    assert not any(role == "host" for role, _ in roles)


def test_the_body_carrying_out_an_event_holds_it_but_not_one_counting_past_ones(extract):
    result = extract(
        "نفذت القيادة العامة لشرطة أبوظبي يوم 3 مارس 2025 تمرينا ميدانيا مشتركا. وأكد المدير أن "
        "الأكاديمية الملكية للشرطة نفذت خلال العامين الماضيين 14 برنامجا تدريبيا."
    )
    organizers = fact_labels(result, "organizer")
    assert organizers == {"القيادة العامة لشرطة أبوظبي"}


def test_the_bodies_whose_experts_give_the_lectures_speak(extract):
    result = extract(
        "نظم معهد قوى الأمن الداخلي يوم 3 مارس 2025 ورشة عمل حول أمن المطارات. وقدم التدريب "
        "خبراء من المنظمة الدولية للشرطة الجنائية (الانتربول) ومنظمة الجمارك العالمية، بمشاركة "
        "خبراء من المديرية العامة للأمن العام."
    )
    speakers = fact_labels(result, "speaker")
    assert {"منظمة الجمارك العالمية", "المنظمة الدولية للشرطة الجنائية"} <= speakers
    assert "المديرية العامة للأمن العام" not in speakers


def test_the_body_another_acts_through_plays_its_part(extract):
    result = extract(
        "نظمت الوزارة يوم 3 مارس 2025 ورشة عمل بالتعاون مع برنامج الأمم المتحدة الإنمائي عبر "
        "مشروع تعزيز سيادة القانون، وبتمويل من الاتحاد الأوروبي عبر الصندوق الائتماني للاتحاد "
        "الأوروبي من أجل أفريقيا، عبر تقنية الاتصال المرئي."
    )
    roles = role_pairs(result)
    assert ("partner", "مشروع تعزيز سيادة القانون") in roles
    assert ("funder", "الصندوق الائتماني للاتحاد الأوروبي من أجل أفريقيا") in roles


def test_a_reception_going_on_from_the_one_before_has_the_same_receiver(extract):
    result = extract(
        "استقبل المدير العام لقوى الأمن الداخلي اللواء رائد الأيوبي، في مكتبه يوم 7 مايو 2025، "
        "سفير فرنسا في لبنان السيد إيمانويل غارنييه. ثم استقبل رئيسة بعثة الاتحاد الأوروبي في "
        "لبنان السفيرة ساندرا دي ماتيس، وعرض معها برنامج الدعم. واستقبل أيضا مدير مكتب لبنان في "
        "المركز الدولي لتطوير سياسات الهجرة السيد توماس بيرغر، وتناول اللقاء التحضيرات."
    )
    visits = [e for e in result.doc.events if e.kind == "visit"]
    assert len(visits) == 3
    guests = ("إيمانويل غارنييه", "ساندرا دي ماتيس", "توماس بيرغر")
    for visit, guest in zip(visits, guests, strict=True):
        roles = role_pairs(result, visit)
        assert {("host", "رائد الأيوبي"), ("participant", guest)} <= roles


def test_trainers_named_among_them_or_by_the_verb_of_framing_speak(extract):
    result = extract(
        "نظمت جامعة نايف العربية للعلوم الأمنية يوم 3 مارس 2025 دورة تدريبية، ويؤطرها خبراء من "
        "المنظمة الدولية للهجرة. وحاضر في الدورة نخبة من الخبراء، منهم الدكتور أيمن عبدالرحيم "
        "الصافي، أستاذ القانون الجنائي."
    )
    speakers = fact_labels(result, "speaker")
    assert {"المنظمة الدولية للهجرة", "أيمن عبدالرحيم الصافي"} <= speakers


def test_the_time_between_commas_ends_the_one_who_receives(extract):
    result = extract(
        "استقبل وكيل الوزارة لشؤون الشرطة الفريق الحقوقي حسين علي الزبيدي، يوم 3 مارس 2025، رئيس "
        "بعثة الاتحاد الأوروبي لدى العراق السفير هانز كريستيان لاوب."
    )
    hosts = fact_labels(result, "host")
    assert "حسين علي الزبيدي" in hosts
    assert "هانز كريستيان لاوب" not in hosts


def test_systems_in_a_title_are_no_verb_of_organizing(extract):
    result = extract(
        "نظمت الشرطة الفلسطينية يوم 3 مارس 2025 دورة تدريبية. وقدم الدورة كل من خبيرة نظم الجودة "
        "في المعهد الهولندي للطب الشرعي السيدة أنيكه فان دير بيرغ، وخبير الأسلحة النارية في "
        "المعهد السيد يان دي فريس."
    )
    roles = role_pairs(result)
    assert ("organizer", "المعهد الهولندي للطب الشرعي") not in roles
    assert {("speaker", "أنيكه فان دير بيرغ"), ("speaker", "يان دي فريس")} <= roles


def test_the_subject_before_the_verb_is_the_unit_not_its_parent_named_after_it(extract):
    result = extract(
        "الإدارة الفرعية لمكافحة الجرائم المعلوماتية، التابعة للإدارة العامة للشرطة العدلية، "
        "نظمت يومي 14 و15 جوان 2023 ندوة علمية حول الجريمة السيبرنية."
    )
    organizers = fact_labels(result, "organizer")
    assert organizers == {"الإدارة الفرعية لمكافحة الجرائم المعلوماتية"}


def test_a_session_of_the_council_by_its_short_form_is_the_one_most_named(extract):
    result = extract(
        "مجلس وزراء الداخلية العرب يختتم أعمال دورته\n\nاختتمت اليوم الأربعاء 6 مارس 2024، "
        "بمقر الأمانة العامة لمجلس وزراء الداخلية العرب في تونس، أعمال الدورة العادية الحادية "
        "والأربعين للمجلس، بمشاركة ممثلي مجلس التعاون لدول الخليج العربية ومجلس وزراء العدل "
        "العرب، وأقر المجلس خطة مرحلية لاستراتيجية مجلس وزراء الداخلية العرب."
    )
    organizers = [f.object for f in result.doc.facts if f.predicate == "organizer"]
    assert [o.iri.rsplit("/", 1)[-1] for o in organizers] == ["las-caim"]


def test_who_took_turns_framing_the_workshops_or_spoke_among_experts_speak(extract):
    result = extract(
        "نظمت المديرية العامة للأمن الوطني يوم 3 مارس 2025 دورة تكوينية. وتناوب على تأطير "
        "الورشات التطبيقية كل من عزيز بنموسى، رئيس الفرقة الجهوية، والسيدة سناء الفاسي. وأشرف "
        "على تأطير الدورة العميد كمال الحداد. وتحدث في الجلسات عدد من الخبراء بينهم الدكتور "
        "أندرو ماكدونالد."
    )
    speakers = fact_labels(result, "speaker")
    assert {"عزيز بنموسى", "سناء الفاسي", "كمال الحداد", "أندرو ماكدونالد"} <= speakers


def test_the_body_whose_hall_or_building_holds_the_event_hosts_it(extract):
    result = extract(
        "انطلقت يوم الأحد 3 مارس 2025 بمباني الإدارة العامة للجوازات الدورة التدريبية المتخصصة "
        "في حماية اللاجئين. وزار الوفد يوم 4 مارس 2025 الإدارة العامة للجمارك، حيث كان في استقباله "
        "العميد صلاح الدين آدم أبكر."
    )
    hosts = fact_labels(result, "host")
    assert {"الإدارة العامة للجوازات", "صلاح الدين آدم أبكر"} <= hosts


def test_a_body_whose_name_begins_with_ba_is_no_venue(extract):
    result = extract(
        "نظمت المديرية العامة لقوى الأمن الداخلي يوم 3 مارس 2025 ورشة عمل بالتعاون مع برنامج "
        "الأمم المتحدة الإنمائي وبعثة المنظمة الدولية للهجرة في لبنان."
    )
    roles = role_pairs(result)
    assert not any(role == "host" for role, _ in roles)
    assert {
        ("partner", "برنامج الأمم المتحدة الإنمائي"),
        ("partner", "المنظمة الدولية للهجرة"),
    } <= roles


def test_the_members_a_delegation_comprised_take_part(extract):
    result = extract(
        "شارك وفد من جزر القمر في أعمال الدورة الثانية والتسعين للجمعية العامة للإنتربول يوم 3 "
        "مارس 2025. وضم الوفد الرائد فريد أحمد عبدو، رئيس المكتب المركزي الوطني، والنقيب حليمة "
        "محمد سيتي."
    )
    participants = fact_labels(result, "participant")
    assert {"فريد أحمد عبدو", "حليمة محمد سيتي"} <= participants


def test_a_state_named_as_host_takes_part(extract):
    result = extract(
        "عقد يومي 3 و4 مارس 2025 الاجتماع الرابع للجنة الأمنية الخليجية، الذي استضافته دولة قطر، "
        "بمشاركة وزارة الداخلية البحرينية."
    )
    (meeting,) = events_of(result)
    assert agent_labels(result, meeting, KG.host) == set()
    participants = {str(agent) for agent in result.graph.objects(meeting, KG.participant)}
    assert any(iri.endswith("/place/qa") for iri in participants)


def test_the_council_whose_sitting_it_is_holds_it(extract):
    result = extract(
        "ترأس وزير الداخلية أمس الأربعاء 14 حزيران 2023 جلسة المجلس الوطني للسلامة المرورية في "
        "مقر الوزارة."
    )
    (session,) = events_of(result)
    assert "المجلس الوطني للسلامة المرورية" in agent_labels(result, session, KG.organizer)


def test_an_event_that_brings_bodies_together_has_them_take_part(extract):
    result = extract(
        "انطلقت يوم 6 آب 2023 في مقديشو أعمال المؤتمر الوطني لإصلاح السجون. وجمع المؤتمر وزارة "
        "العدل والشؤون الدينية وهيئة السجون الصومالية، فيما تناول الخبراء جمع الأدلة من مسرح "
        "الجريمة مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة."
    )
    (conference,) = events_of(result)
    participants = agent_labels(result, conference, KG.participant)
    assert "وزارة العدل والشؤون الدينية" in participants
    assert not any("المخدرات" in label for label in participants)


def test_whom_a_conference_elects_chairs_it(extract):
    result = extract(
        "انطلقت يوم 5 مايو 2024 في تونس أعمال المؤتمر العربي لرؤساء أجهزة مكافحة المخدرات. وانتخب "
        "المؤتمر رئيس وفد المملكة المغربية السيد يوسف العلوي رئيسا لأعماله."
    )
    (conference,) = events_of(result)
    assert "يوسف العلوي" in agent_labels(result, conference, KG.chair)


def test_a_list_a_colon_opens_runs_over_its_bulleted_lines(extract):
    result = extract(
        "انطلقت يوم 12 جوان 2023 بتونس أشغال ورشة عمل حول التحقيقات المالية.\n\n"
        "ويشارك في الورشة ممثلون عن:\n- وزارة الداخلية\n- وزارة العدل\n- القطب القضائي لمكافحة "
        "الإرهاب\n\nوتتواصل الورشة ثلاثة أيام."
    )
    (workshop,) = events_of(result)
    assert "وزارة العدل" in agent_labels(result, workshop, KG.participant)  # the second line
    participants = {str(agent) for agent in result.graph.objects(workshop, KG.participant)}
    assert any(iri.endswith("/agency/tn-ct-pole") for iri in participants)  # and the third


def test_a_list_opened_by_its_most_prominent_members_is_not_a_speech(extract):
    result = extract(
        "نظمت وزارة الداخلية يوم 12 فبراير 2025 في أبوظبي ورشة عمل حول حماية الطفل.\n\n"
        "وشارك في الورشة ممثلو عدد من الجهات، أبرزها:\n• وزارة الأسرة\n• وزارة الصحة ووقاية "
        "المجتمع\n\nواختتمت الورشة أعمالها بتوصيات."
    )
    (workshop,) = events_of(result)
    participants = agent_labels(result, workshop, KG.participant)
    assert {"وزارة الأسرة", "وزارة الصحة ووقاية المجتمع"} <= participants
    assert not agent_labels(result, workshop, KG.speaker)


def test_partners_listed_past_an_acronym_in_brackets_or_a_state(extract):
    result = extract(
        "نظمت الأكاديمية يوم 3 مارس 2025 ورشة عمل بالشراكة مع مكتب الأمم المتحدة المعني بالمخدرات "
        "والجريمة (UNODC) والمنظمة البحرية الدولية، وبالتعاون مع الإدارة العامة للشرطة العدلية "
        "بالجمهورية التونسية والمكتب العربي للشرطة الجنائية."
    )
    (workshop,) = events_of(result)
    partners = {
        str(agent).rsplit("/", 1)[-1] for agent in result.graph.objects(workshop, KG.partner)
    }
    assert len(partners) == 4


def test_an_opener_who_gives_a_speech_is_also_a_speaker(extract):
    result = extract(
        "نظمت الوزارة ورشة عمل يوم 3 مارس 2025. وافتتح الورشة مدير الأكاديمية العميد فراس محمود "
        "العبادي، مؤكداً في كلمته أن المديرية تولي الملف أولوية.\n\nوافتتح العميد سامي خليل الزعبي "
        "يوم 5 مارس 2025 دورة تدريبية في الرصد الجوي."
    )
    workshop, course = events_of(result)
    if "فراس محمود العبادي" not in agent_labels(result, workshop, KG.opener):
        workshop, course = course, workshop
    assert "فراس محمود العبادي" in agent_labels(result, workshop, KG.speaker)
    assert "سامي خليل الزعبي" in agent_labels(result, course, KG.opener)
    assert not agent_labels(result, course, KG.speaker)  # opened it, gave no speech


def test_a_list_of_lecturers_after_kull_min_two_words_past_the_verb(extract):
    result = extract(
        "نظمت المديرية ورشة عمل يوم 5 أيار 2024 في بغداد.\n\nوقدّم محاضرات الورشة كل من الدكتور "
        "عادل بن سليمان الدوسري، أستاذ العلوم الجنائية المشارك في كلية العلوم الجنائية بجامعة "
        "نايف العربية للعلوم الأمنية، والدكتورة هالة محمود عبد السلام، خبيرة الأدلة البيولوجية."
    )
    (workshop,) = events_of(result)
    speakers = agent_labels(result, workshop, KG.speaker)
    assert {"عادل بن سليمان الدوسري", "هالة محمود عبد السلام"} <= speakers


def test_who_attended_a_ceremony_takes_part(extract):
    result = extract(
        "نظمت أكاديمية الشرطة دورة تدريبية يوم 7 مايو 2023.\n\nوشهد حفل الختام اللواء أحمد عبد "
        "العظيم سليمان رئيس أكاديمية الشرطة، والسيدة كريستينا ألبرتين الممثلة الإقليمية للمكتب."
    )
    (course,) = events_of(result)
    participants = agent_labels(result, course, KG.participant)
    assert {"أحمد عبد العظيم سليمان", "كريستينا ألبرتين"} <= participants


def test_kull_min_after_a_place_opens_the_signers_list(extract):
    result = extract(
        "وقّعت القيادة العامة لشرطة أبوظبي ومجلس الأمن السيبراني يوم 14 أكتوبر 2024 مذكرة تفاهم."
        "\n\nووقّع المذكرة في مقر القيادة العامة لشرطة أبوظبي كلٌّ من سعادة اللواء سالم بن حمدان "
        "الظاهري، قائد عام شرطة أبوظبي، وسعادة الدكتور سيف راشد الكتبي، رئيس الأمن السيبراني."
    )
    (signing,) = events_of(result)
    participants = agent_labels(result, signing, KG.participant)
    assert {"سالم بن حمدان الظاهري", "سيف راشد الكتبي"} <= participants


def test_who_praises_reports_or_welcomes_at_a_course_speaks_there(extract):
    result = extract(
        "افتتحت الجامعة يوم 12 مايو 2024 دورة تدريبية في الأدلة الرقمية. وفي ختام الجلسة "
        "الافتتاحية، ثمّن ممثل المشاركين العقيد سامي الحداد جهود الجامعة، فيما أفاد الخبير "
        "الدكتور منير الزعبي بأن الدورة تضم عشرين ضابطا."
    )
    (course,) = events_of(result)
    assert {"سامي الحداد", "منير الزعبي"} <= agent_labels(result, course, KG.speaker)


def test_speeches_by_each_of_a_list_and_a_briefing_after_a_name(extract):
    result = extract(
        "عقد المؤتمر يوم 18 أيلول 2022. وشهد المؤتمر كلمات لكل من رئيس اللجنة الوطنية الدكتور "
        "سعد ناصر الحديثي، والممثلة المقيمة للبرنامج السيدة ميراي غيلان، كما قدم مدير عام الهيئة "
        "الدكتور عبد الباقي جبريل حسن تنويراً حول التوقعات."
    )
    (conference,) = events_of(result)
    speakers = agent_labels(result, conference, KG.speaker)
    assert {"سعد ناصر الحديثي", "ميراي غيلان", "عبد الباقي جبريل حسن"} <= speakers


def test_who_funded_an_event_by_a_verb_funds_it(extract):
    result = extract(
        "عقدت الوكالة الوطنية لمكافحة الاتجار بالأشخاص يومي 10 و11 مارس 2021 ورشة عمل عن بعد، "
        "ومُوّلت الورشة من الاتحاد الأوروبي."
    )
    (workshop,) = events_of(result)
    funders = {str(agent) for agent in result.graph.objects(workshop, KG.funder)}
    assert funders == {"http://127.0.0.1:8080/id/agency/eu"}  # the registry's body


def test_a_list_of_partners_runs_past_a_units_parent(extract):
    result = extract(
        "نظمت منظمة الأمم المتحدة للطفولة يوم 5 أيار 2024 ورشة عمل بالشراكة مع إدارة حماية الأسرة "
        "والأحداث في مديرية الأمن العام والمجلس الوطني لشؤون الأسرة، وبدعم من الاتحاد الأوروبي."
    )
    (workshop,) = events_of(result)
    partners = {
        str(agent).rsplit("/", 1)[-1] for agent in result.graph.objects(workshop, KG.partner)
    }
    assert partners == {"jo-family-protection", "jo-ncfa"}  # the unit and the council after it


def test_the_one_named_right_before_a_reception_verb_receives(extract):
    result = extract(
        "وقالت الوزارة في بيان صحفي يوم 11 مارس 2024 إن الفريق الركن فهد مبارك الدوسري استقبل "
        "السفير كارلو بيانكوني في مكتبه بديوان عام الوزارة."
    )
    (visit,) = events_of(result)
    assert agent_labels(result, visit, KG.host) >= {"فهد مبارك الدوسري"}
    assert "كارلو بيانكوني" not in agent_labels(result, visit, KG.host)


def test_a_list_that_a_colon_opens_runs_over_its_numbered_lines(extract):
    result = extract(
        "اختتمت اليوم 10 ديسمبر 2025 في جيبوتي أعمال ورشة عمل إقليمية حول إدارة الحدود.\n"
        "وشارك في الورشة ممثلو الجهات التالية:\n"
        "1. الدرك الوطني الجيبوتي\n2. وزارة الداخلية الإثيوبية\n3. المنظمة الدولية للهجرة\n"
        "وناقش المشاركون آليات تبادل البيانات."
    )
    (workshop,) = events_of(result)
    assert "وزارة الداخلية الإثيوبية" in agent_labels(result, workshop, KG.participant)
    assert len(set(result.graph.objects(workshop, KG.participant))) == 3  # one a line


def test_a_signing_verb_in_the_dual_takes_the_two_named_before_it(extract):
    result = extract(
        "وقعت وزارة الداخلية يوم 11 مارس 2024 مذكرة تفاهم مع البرنامج. وقال البيان إن وكيل "
        "الوزارة الفريق حسين علي الزبيدي، والممثل المقيم للبرنامج السيدة إنغريد لارسن، وقعا في "
        "مقر الوزارة المذكرة."
    )
    (signing,) = events_of(result)
    participants = agent_labels(result, signing, KG.participant)
    assert {"حسين علي الزبيدي", "إنغريد لارسن"} <= participants


def test_the_subject_of_amma_speaks_and_addressing_a_topic_is_a_speech(extract):
    result = extract(
        "نظمت الوزارة يوم 11 مارس 2024 ورشة عمل حول أمن الحدود. أما سفير الاتحاد الأوروبي، "
        "السيد ماركو بيليني، فأوضح في كلمته أن التمويل مستمر. وتطرق الخبير الدولي، السيد جيروم "
        "لافوا، إلى المعايير الدولية."
    )
    (workshop,) = events_of(result)
    assert {"ماركو بيليني", "جيروم لافوا"} <= agent_labels(result, workshop, KG.speaker)


def test_speakers_listed_with_their_bodies_and_topics_all_speak(extract):
    result = extract(
        "نظمت الأكاديمية يوم 11 مارس 2024 ندوة علمية، وتحدث فيها المقدم الدكتور راشد حمد الزعابي "
        "من أكاديمية شرطة دبي عن تجربة مراكز الشرطة الذكية، والدكتور يوسف سالم العمري من جامعة "
        "نايف العربية للعلوم الأمنية عن معايير حوكمة البيانات الأمنية."
    )
    (seminar,) = events_of(result)
    speakers = agent_labels(result, seminar, KG.speaker)
    assert {"راشد حمد الزعابي", "يوسف سالم العمري"} <= speakers


def test_bodies_a_delegation_is_to_visit_tomorrow_take_no_part(extract):
    result = extract(
        "استقبل النائب العام الشيخ خالد بن ناصر الدوسري يوم 11 فبراير 2025 رئيس النيابة العامة "
        "بالمملكة المغربية الأستاذ محمد الطاهري. ويزور الوفد المغربي غدا المجلس الأعلى للقضاء "
        "ومركز التدريب العدلي."
    )
    (visit,) = events_of(result)
    assert "المجلس الأعلى للقضاء" not in agent_labels(result, visit, KG.participant)


def test_who_attended_the_reception_and_the_signing_took_part_in_both(extract):
    result = extract(
        "استقبل النائب العام الشيخ خالد بن ناصر الدوسري يوم 11 فبراير 2025 رئيس النيابة العامة "
        "بالمملكة المغربية الأستاذ محمد الطاهري.\nوعقب ذلك، جرى توقيع مذكرة تفاهم بين الجانبين.\n"
        "حضر الاستقبال والتوقيع رئيس دائرة التعاون الدولي الشيخ عبدالعزيز بن فهد السبيعي."
    )
    visit, signing = sorted(events_of(result), key=lambda e: str(e))
    for event in (visit, signing):
        assert "عبدالعزيز بن فهد السبيعي" in agent_labels(result, event, KG.participant)


def test_the_participating_delegations_of_a_side_event_are_the_main_events_states(extract):
    result = extract(
        "نظمت الأمانة العامة يوم 3 مارس 2025 في تونس المؤتمر العربي لرؤساء أجهزة الدفاع المدني "
        "بمشاركة وفود من المملكة المغربية ودولة قطر وسلطنة عمان.\n"
        "وعلى هامش المؤتمر، نظم الديوان الوطني للحماية المدنية زيارة ميدانية للوفود المشاركة "
        "إلى المدرسة الوطنية للحماية المدنية."
    )
    kinds = {
        str(result.graph.value(e, KG.eventKind)).rsplit("/", 1)[-1]: e for e in events_of(result)
    }
    states = {
        str(s).rsplit("/", 1)[-1] for s in result.graph.objects(kinds["visit"], KG.participant)
    }
    assert {"ma", "qa", "om"} <= states


def test_events_scheduled_put_off_or_to_come_are_none_and_lend_no_days(extract):
    result = extract(
        "عقد فريق التحقيق المشترك اجتماعه الدوري يوم 3 ديسمبر 2024 عبر تقنية الاتصال المرئي.\n"
        "وأضاف البلاغ أن الملتقى الدولي حول التعاون القضائي في مكافحة الهجرة، الذي كان مبرمجا "
        "بتونس يومي 9 و10 ديسمبر 2024، تأجل إلى موعد لاحق.\n"
        "وقال المدير إن الإدارة ستعقد الأسبوع المقبل اجتماعا تنسيقيا مع النيابة العامة.\n"
        "ومن المقرر أن ينفذ خبراء الإنتربول يومي 17 و18 ديسمبر 2024 ورشة عمل تطبيقية.",
        meta={"publication_date": "2024-12-04"},
    )
    (meeting,) = result.doc.events
    assert (meeting.kind, meeting.dates[0].gregorian, meeting.dates[0].end_date) == (
        "meeting",
        date(2024, 12, 3),
        None,
    )


def test_a_reception_done_before_or_besides_the_event_reported_is_an_event_of_its_own(extract):
    result = extract(
        "نفذت القيادة العامة يوم 19 نوفمبر 2024 تمرينا ميدانيا مشتركا لمواجهة الحرائق.\n"
        "وكان القائد العام قد استقبل صباح أمس في مكتبه وفدا من الحرس الوطني.\n"
        "كما استقبل القائد العام سفير المملكة المتحدة.\n"
        "واستقبل القائد العام أيضا رئيس بعثة المنظمة الدولية للهجرة.",
        meta={"publication_date": "2024-11-20"},
    )
    assert sorted(event_kinds(result)) == ["training-course", "visit", "visit", "visit"]


def test_further_stops_of_a_delegation_are_the_same_visit(extract):
    result = extract(
        "زار وفد من وزارة الداخلية اليمنية يوم 21 أغسطس 2022 أكاديمية الشرطة، كما زار الوفد "
        "قطاع الحماية المجتمعية واطلع على تجربة مراكز الإصلاح."
    )
    assert event_kinds(result) == ["visit"]


def test_a_reception_at_a_meetings_close_or_in_a_related_item_is_one_of_its_own(extract):
    result = extract(
        "انطلقت يوم 21 سبتمبر 2025 بالجزائر أعمال ورشة عمل إقليمية حول الجريمة السيبرانية تدوم "
        "خمسة أيام.\nوفي سياق متصل، استقبل المدير العام للأمن الوطني، السيد علي بدر الدين "
        "مسعودي، صباح اليوم وفدا من الأفريبول.\nعقدت اللجنة الخليجية اجتماعها يوم 25 نوفمبر 2024."
        "\nوفي ختام الاجتماع، استقبل المفتش العام للشرطة رؤساء الوفود المشاركة.",
        meta={"publication_date": "2025-09-21"},
    )
    assert event_kinds(result) == ["meeting", "visit", "visit", "workshop"]


def test_a_visit_recalled_as_weeks_ago_is_no_event(extract):
    result = extract(
        "أعلنت الإدارة يوم 9 يناير 2025 توقيف شبكة للتهريب.\nويأتي الإعلان بعد أسابيع من الزيارة "
        "التي أداها وزير الداخلية إلى مدينة نواذيبو."
    )
    assert event_kinds(result) == []


def test_the_states_taking_part_are_those_listed_after_a_colon(extract):
    result = extract(
        "نظم المركز الإقليمي تمرينا سيبرانيا في مسقط يوم 3 سبتمبر 2025. ومن بين الدول المشاركة "
        "في التمرين: دولة الكويت، ومملكة البحرين، ودولة قطر."
    )
    participants = {f.object.label for f in result.doc.facts if f.predicate == "participant"}
    assert len(participants) == 3


def test_those_taking_part_named_without_a_list_bring_in_no_one(extract):
    result = extract(
        "اختتم في مسقط يوم 3 سبتمبر 2025 التمرين السيبراني، وأشاد الوزير بالجهات المشاركة "
        "والمنظمة الدولية للشرطة الجنائية."
    )
    assert not [f for f in result.doc.facts if f.predicate == "participant"]


def test_co_chairs_each_named_with_the_side_they_speak_for(extract):
    result = extract(
        "عقدت اللجنة الأمنية السورية الأردنية المشتركة يوم 5 مايو 2025 اجتماعها الأول في عمان "
        "برئاسة معاون وزير الداخلية للشؤون الأمنية العميد عبد الرحمن خالد الدباغ عن الجانب "
        "السوري، ومدير إدارة مكافحة المخدرات في مديرية الأمن العام العميد مهند سالم العدوان عن "
        "الجانب الأردني."
    )
    assert fact_labels(result, "chair") == {"عبد الرحمن خالد الدباغ", "مهند سالم العدوان"}


def test_a_chair_named_after_two_titles_set_off_by_commas(extract):
    result = extract(
        "عقدت اللجنة الوطنية لمكافحة غسل الأموال وتمويل الإرهاب، يوم 5 مايو 2025، اجتماعها "
        "الأول برئاسة محافظ البنك المركزي اليمني، رئيس اللجنة، عبدالرحمن سالم باعشن."
    )
    assert fact_labels(result, "chair") == {"عبدالرحمن سالم باعشن"}


def test_the_head_of_a_delegation_the_verb_of_chairing_takes_is_a_participant(extract):
    result = extract(
        "استقبل المدير العام للأمن الوطني يوم 5 مايو 2025 وفدا من أفريبول. وترأس الوفد نائب "
        "المدير التنفيذي لأفريبول، السيد إيمانويل كوفي منساه."
    )
    assert fact_labels(result, "chair") == set()
    assert "إيمانويل كوفي منساه" in fact_labels(result, "participant")


def test_counted_agents_and_investigators_from_the_bodies_and_states_they_serve(extract):
    result = extract(
        "نظمت المنظمة الدولية للهجرة يوم 5 مايو 2024 في مدينة روصو دورة تكوينية لفائدة 40 "
        "عنصرا من الدرك الوطني والإدارة العامة للجمارك، تتمحور حول تأمين الحدود."
    )
    assert {"الدرك الوطني الموريتاني", "الإدارة العامة للجمارك الموريتانية"} <= fact_labels(
        result, "participant"
    )
    result = extract(
        "نظم المكتب يوم 5 مايو 2024 في نواكشوط دورة تكوينية في التحقيقات المالية، لفائدة 28 "
        "محققا وقاضيا من مالي والنيجر وتشاد."
    )
    assert fact_labels(result, "participant") == {"مالي", "النيجر", "تشاد"}


def test_a_title_and_its_body_without_a_name_is_the_one_named_with_that_post(extract):
    result = extract(
        "افتتح العقيد عبدالرحيم الشرقاوي، مدير المكتب العربي للحماية المدنية، يوم 6 أكتوبر 2024 "
        "الدورة التدريبية.\n"
        "وعلى هامش الدورة، عقد المكتب يوم الثلاثاء 8 أكتوبر 2024 الاجتماع التنسيقي الأول لنقاط "
        "الاتصال، برئاسة مدير المكتب، وبمشاركة رؤساء الوفود."
    )
    assert "عبدالرحيم الشرقاوي" in fact_labels(result, "chair")
    assert not any("بمشاركة" in name for name in arabic_labels(result, "person"))


def test_signers_named_by_posts_named_before_are_those_people_not_the_last_name(extract):
    result = extract(
        "احتفلت الأكاديمية الملكية للشرطة يوم 5 يونيو 2024 بتخريج دفعة جديدة تحت رعاية الشيخ "
        "راشد بن عبدالله آل خليفة وزير الداخلية. وألقى آمر الأكاديمية الملكية للشرطة العميد "
        "الدكتور حمد علي البنعلي كلمة.\n"
        "وعلى هامش الحفل، وبحضور وزير الداخلية، وقع آمر الأكاديمية الملكية للشرطة ورئيس جامعة "
        "البحرين الدكتور يوسف محمد المناعي مذكرة تفاهم."
    )
    signing = [f for f in result.doc.facts if f.subject.kind == "agreement-signing"]
    signers = {f.object.label for f in signing if f.predicate == "participant"}
    assert {"راشد بن عبدالله آل خليفة", "حمد علي البنعلي", "يوسف محمد المناعي"} <= signers
    posts = post_triples(result.doc)
    assert not any(p[0] == "يوسف محمد المناعي" and p[1] == "commander" for p in posts)


def test_lecturers_named_among_trainers_after_a_long_description_speak(extract):
    result = extract(
        "نظمت الجامعة يوم 3 مارس 2025 دورة تدريبية في الإرشاد السياحي الأمني. ويحاضر في الدورة "
        "نخبة من ضباط شرطة عمان السلطانية وخبراء من وزارة التراث والسياحة وجامعة السلطان قابوس، "
        "من بينهم الدكتورة منى بنت سالم الحبسية، أستاذة الإرشاد السياحي بجامعة السلطان قابوس.\n"
        "ويؤطر التكوين خبراء دوليون، في مقدمتهم المقدم نادية الشابي."
    )
    assert {"منى بنت سالم الحبسية", "نادية الشابي"} <= fact_labels(result, "speaker")


def test_the_states_of_officers_a_meeting_is_held_with_take_part(extract):
    result = extract(
        "عقد وكيل الوزارة يوم 3 يناير 2023 اجتماعاً مع ضباط الارتباط الموفدين من المملكة "
        "العربية السعودية ودولة الكويت ومملكة البحرين."
    )
    (meeting,) = events_of(result)
    states = {str(s).rsplit("/", 1)[-1] for s in result.graph.objects(meeting, KG.participant)}
    assert {"sa", "kw", "bh"} <= states


def test_who_is_in_the_chair_in_person_chairs_and_the_two_trainers_named_after_huma_speak(extract):
    signing = extract(
        "جرى يوم 8 نوفمبر 2023 في انجمينا، وتحت الرئاسة الفعلية لوزير الأمن العام والهجرة، "
        "الجنرال ماحامات عثمان دوكي، حفل توقيع اتفاقية تمويل مشروع دعم قوات الأمن الداخلي."
    )
    course = extract(
        "نظمت البعثة يوم 15 مايو 2023 دورة تدريبية في أغاديز. وأطّر الدورة خبيران من البعثة، هما "
        "المفتش الأول توماس ج. ريختر والنقيب إيلينا م. سانشيث-روبليس، وتضمنت تمارين محاكاة."
    )
    assert "ماحامات عثمان دوكي" in fact_labels(signing, "chair")
    assert {"توماس ج. ريختر", "إيلينا م. سانشيث-روبليس"} <= fact_labels(course, "speaker")


def test_the_departments_a_course_toured_take_no_part(extract):
    result = extract(
        "نظمت أكاديمية الشرطة يوم 3 مارس 2025 دورة تدريبية لضباط من الدول الأفريقية. وشملت "
        "الدورة زيارات ميدانية لعدد من الإدارات المتخصصة، من بينها الإدارة العامة لمكافحة "
        "المخدرات والإدارة العامة للمنافذ."
    )
    assert not {"الإدارة العامة لمكافحة المخدرات", "الإدارة العامة للمنافذ"} & fact_labels(
        result, "participant"
    )


def test_the_next_speaker_after_a_sentence_on_a_planned_exercise_speaks_at_the_course(extract):
    result = extract(
        "تختتم يوم الخميس 7 نوفمبر 2024 بسوسة أشغال الدورة التكوينية الإقليمية حول أمن الموانئ.\n"
        "ولفت المدير إلى أن ميناء رادس سيحتضن خلال شهر ديسمبر المقبل تمرين محاكاة وطنيا.\n"
        "من جهته، أوضح الخبير لدى المنظمة البحرية الدولية، نيكوس بابادوبولوس، في مداخلته أن "
        "التدريب ضروري."
    )
    assert "نيكوس بابادوبولوس" in fact_labels(result, "speaker")


def test_speakers_listed_with_their_bodies_set_off_by_commas_and_their_topics_all_speak(extract):
    result = extract(
        "نظمت الجامعة يوم 3 مارس 2025 مؤتمرا عن الأمن السيبراني. وتحدث في الجلسة الثانية المقدم "
        "الدكتور عمرو فتحي عبدالسلام، من الإدارة العامة للمعلومات والتوثيق بوزارة الداخلية "
        "المصرية، عن تجربة بلاده في بناء منصات الإنذار المبكر، والسيدة أنيتا شولتز، خبيرة الأمن "
        "السيبراني في مكتب الأمم المتحدة لمكافحة الإرهاب، عن استخدام العملات المشفرة."
    )
    assert {"عمرو فتحي عبدالسلام", "أنيتا شولتز"} <= fact_labels(result, "speaker")


def test_speakers_a_colon_lists_after_the_cue_and_its_event_speak(extract):
    result = extract(
        "نظمت الجامعة اللبنانية يوم 3 مارس 2025 مؤتمرا عن الشرطة المجتمعية. وتحدث في المؤتمر: "
        "المقدم طوني عيسى، رئيس قسم الشرطة المجتمعية في قوى الأمن الداخلي، الدكتورة هالة ضاهر، "
        "أستاذة علم الاجتماع في جامعة القديس يوسف."
    )
    assert {"طوني عيسى", "هالة ضاهر"} <= fact_labels(result, "speaker")


def test_a_body_celebrating_its_graduates_holds_the_graduation(extract):
    result = extract(
        "احتفلت أكاديمية السلطان قابوس لعلوم الشرطة بنزوى يوم 5 يونيو 2024 بتخريج الدفعة الثامنة "
        "والعشرين من الطلبة المرشحين، تحت رعاية الفريق سالم بن مسلم الكلباني."
    )
    assert any(
        name.startswith("أكاديمية السلطان قابوس") for name in fact_labels(result, "organizer")
    )


def test_both_co_chairs_chair_though_one_leads_the_visiting_side(extract):
    result = extract(
        "انطلقت يوم 14 مايو 2024 في روصو أشغال الاجتماع الدوري للجنة الحدودية المشتركة الموريتانية "
        "السنغالية، بحضور الوفد السنغالي، برئاسة مشتركة بين والي اترارزة السيد محمد ولد سيدي "
        "بوبكر، وحاكم منطقة سان لويس السيد أمادو ديالو."
    )
    assert {"محمد ولد سيدي بوبكر", "أمادو ديالو"} <= fact_labels(result, "chair")


SHARED_CHAIRS = [
    (
        "دبي - انطلقت اليوم الاثنين 12 مايو 2025 أعمال المؤتمر الدولي لمكافحة المخدرات. وترأس "
        "الجلسة الافتتاحية بشكل مشترك اللواء سعيد حمد السويدي مساعد القائد العام لشؤون البحث "
        "الجنائي، والدكتورة أنجيلا موريتي مديرة شعبة العمليات.",
        {"سعيد حمد السويدي", "أنجيلا موريتي"},
    ),
    (
        "جندوبة - انطلقت اليوم الاثنين 12 مايو 2025 أشغال الاجتماع الحدودي بين ولايتي جندوبة "
        "والطارف برئاسة مشتركة لوالي جندوبة الطاهر بن حمودة ووالي الطارف عبد الحفيظ بوسعادة.",
        {"الطاهر بن حمودة", "عبد الحفيظ بوسعادة"},
    ),
    (
        "نواكشوط - انعقدت اليوم الاثنين 12 مايو 2025 الدورة الرابعة للجنة المشتركة، تحت الرئاسة "
        "المشتركة لوزير الداخلية، السيد محمد أحمد ولد سيدي، ووزير الأمن في جمهورية مالي، "
        "الجنرال داودا كوليبالي.",
        {"محمد أحمد ولد سيدي", "داودا كوليبالي"},
    ),
]


@pytest.mark.parametrize(("text", "chairs"), SHARED_CHAIRS)
def test_chairs_who_share_the_chair_are_each_a_chair(extract, text, chairs):
    result = extract(text)
    (event,) = events_of(result)
    assert agent_labels(result, event, KG.chair) >= chairs


def test_who_moderates_the_event_chairs_it(extract):
    result = extract(
        "نظم المركز يوم 3 مارس 2025 حلقة نقاشية حول الوقاية من التطرف. وأدار الحلقة العقيد خالد "
        "جاسم الشهواني، من اللجنة الوطنية لمكافحة الإرهاب."
    )
    (event,) = events_of(result)
    assert "خالد جاسم الشهواني" in agent_labels(result, event, KG.chair)


def test_who_gave_the_interventions_and_the_experts_of_a_body_named_after_it_speak(extract):
    result = extract(
        "نواكشوط - انطلقت يوم 3 مارس 2025 ورشة عمل. وتضمن اليوم الأول مداخلات لكل من السيدة "
        "إيلينا مارتينيز، خبيرة تمويل الإرهاب، والسيد موسى كوليبالي، مدير التعاون الدولي، "
        "فيما يحاضر فيها خبيران من وكالة الشرطة الوطنية اليابانية هما السيد "
        "هيروشي تاناكا والسيد كينجي ساتو."
    )
    (workshop,) = events_of(result)
    speakers = agent_labels(result, workshop, KG.speaker)
    assert {"إيلينا مارتينيز", "موسى كوليبالي", "هيروشي تاناكا", "كينجي ساتو"} <= speakers


def test_a_statement_to_the_press_is_no_talk_at_the_workshop(extract):
    result = extract(
        "نظمت الإدارة العامة للتكوين يوم 3 مارس 2025 ورشة عمل حول مكافحة الهجرة غير النظامية. "
        "وأفاد أمير اللواء منير الجبالي، المدير العام للتكوين بوزارة الداخلية، في تصريح لـ(وات) "
        "على هامش الورشة، بأن هذه الورشة تندرج ضمن مخطط تكويني سنوي. وقدم الخبير سامي بن علي "
        "محاضرة حول التشريعات."
    )
    assert fact_labels(result, "speaker") == {"سامي بن علي"}


def test_a_guests_statement_to_the_press_gives_the_reception_no_speaker(extract):
    result = extract(
        "استقبل وزير الداخلية اللواء أحمد سالم العلي يوم 3 مارس 2025 سفير مملكة إسبانيا خوان "
        "كارلوس رويث. وأكد السيد رويث، في تصريح للصحافة عقب اللقاء، أن بلاده شريك لا غنى عنه."
    )
    assert "خوان كارلوس رويث" in fact_labels(result, "participant")
    assert not fact_labels(result, "speaker")


def test_those_who_hand_out_the_certificates_take_part_but_not_their_bodies(extract):
    result = extract(
        "نظمت أكاديمية الشرطة يوم 3 مارس 2025 دورة تدريبية في التحقيق الجنائي. وفي ختام الدورة، "
        "سلم مساعد مدير عام الشرطة اللواء محمود عبد الله حمدان والسيد توماس فيبر من مشروع تعزيز "
        "الشرطة المجتمعية الشهادات على المشاركين."
    )
    participants = fact_labels(result, "participant")
    assert {"محمود عبد الله حمدان", "توماس فيبر"} <= participants
    assert not any(label.startswith("مشروع") for label in participants)


def test_a_name_written_in_full_again_names_the_same_person_who_then_speaks(extract):
    result = extract(
        "تونس 17 أفريل 2025 (وات) - تم إمضاء اتفاقية شراكة بين وزارة الداخلية والمنظمة الدولية "
        "للهجرة. ووقع الاتفاقية كل من الكاتب العام لوزارة الداخلية، منير بن عمار، وممثلة المنظمة "
        "الدولية للهجرة في تونس، كلوديا ريتشي.\n\nمن جهتها، أوضحت كلوديا ريتشي في كلمتها أن "
        "المنظمة ستعمل مع الوزارة على تعزيز التنسيق."
    )
    assert "كلوديا ريتشي" in fact_labels(result, "speaker")
    assert len([m for m in result.doc.mentions if m.entity.label == "كلوديا ريتشي"]) == 2


def test_the_meeting_the_delegations_hold_is_chaired_by_the_one_it_is_held_under(extract):
    result = extract(
        "عمان 5 مارس 2025 - وعلى هامش أعمال المؤتمر، عقد رؤساء وفود الأردن والعراق وسوريا ولبنان "
        "أمس اجتماعا رباعيا برئاسة العميد معاذ سليمان الحياري، جرى خلاله بحث تفعيل قنوات الاتصال."
    )
    assert fact_labels(result, "chair") == {"معاذ سليمان الحياري"}


def test_what_someone_stated_at_a_meeting_is_no_speech_unless_speeches_were_given(extract):
    stated = extract(
        "طرابلس 5 مارس 2025 - عقد وزير الداخلية عادل سالم الفيتوري اليوم اجتماعا مع رئيس بعثة "
        "المنظمة الدولية للهجرة فيديريكو سواريز. وأكد الفيتوري خلال الاجتماع أهمية التنسيق."
    )
    assert not fact_labels(stated, "speaker")
    spoken = extract(
        "طرابلس 5 مارس 2025 - عقد وزير الداخلية عادل سالم الفيتوري اليوم اجتماعا مع رئيس بعثة "
        "المنظمة الدولية للهجرة فيديريكو سواريز. وأكد الفيتوري في كلمته خلال الاجتماع أهمية "
        "التنسيق."
    )
    assert "عادل سالم الفيتوري" in fact_labels(spoken, "speaker")
