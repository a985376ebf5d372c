"""Which kind an event is, from its trigger and the words around it."""

from extraction_support import event_kinds
from test_event_boundaries import dated


def test_a_numbered_session_of_a_conference_is_the_conference(extract):
    result = extract(
        "انطلقت في مراكش يوم 20 مايو 2025 أعمال الدورة السابعة والعشرين للمؤتمر الإقليمي "
        "الإفريقي للمنظمة الدولية للشرطة الجنائية."
    )
    assert event_kinds(result) == ["conference"]


def test_a_numbered_session_of_a_council_is_its_session(extract):
    result = extract(
        "انطلقت في تونس يوم 20 مايو 2025 أعمال الدورة الثانية والأربعين لمجلس وزراء الداخلية العرب."
    )
    assert event_kinds(result) == ["council-session"]


def test_an_agreement_for_cooperation_signed_is_a_signing(extract):
    result = extract(
        "وقع وزير الداخلية ووزير الأمن في جمهورية مالي، يوم 20 مايو 2025 بنواكشوط، على اتفاق "
        "للتعاون الأمني بين البلدين."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_memorandum_signed_by_its_short_name_is_a_signing(extract):
    result = extract(
        "جددت الأكاديمية والجامعة يوم 17 سبتمبر 2024 مذكرة التفاهم الموقعة بينهما عام 2019. "
        "ووقع المذكرة في مقر الجامعة العميد سلطان الظاهري."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_hackathon_for_cadets_is_training(extract):
    result = extract(
        'انطلقت اليوم الأحد 22 سبتمبر 2024 في أكاديمية الشرطة الملكية فعاليات "هاكاثون الأمن '
        'السيبراني الأول لمرشحي الشرطة"، الذي تنظمه مديرية الأمن العام.'
    )
    assert event_kinds(result) == ["training-course"]


def test_a_course_in_a_field_and_talks_a_sentence_opens_with(extract):
    result = extract(
        "اختتم مركز التدريب يوم 23 يناير 2025 دورة في الإسعافات الأولية المتقدمة لمنتسبي الدفاع "
        "المدني. وفي دمشق، بحث وزير الطوارئ أمس مع وفد من مكتب الأمم المتحدة سبل دعم الوزارة."
    )
    assert event_kinds(result) == ["training-course", "visit"]


def test_a_course_in_a_year_is_no_course(extract):
    result = extract("عقد المجلس اجتماعه يوم 5 مايو 2025 وبحث ما أنجز في كل دورة في عام 2024.")
    assert event_kinds(result) == ["meeting"]


def test_training_days_are_a_course(extract):
    result = extract(
        "انطلقت، أمس السبت 3 ماي 2025، بالمدرسة العليا للشرطة أيام تكوينية لفائدة أعضاء البعثة "
        "ينظمها الديوان الوطني للحج والعمرة."
    )
    assert event_kinds(result) == ["training-course"]


def test_signed_executive_minutes_are_a_signing(extract):
    result = extract(
        "وقعت المديرية العامة لحرس الحدود ومصلحة خفر السواحل اليمنية يوم الثلاثاء 21 يناير 2025 "
        "محضراً تنفيذياً للتعاون في مجال تبادل المعلومات البحرية."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_joint_action_plan_signed_is_a_signing(extract):
    result = extract(
        "وعلى هامش الاجتماع المنعقد في الجزائر يوم 5 مايو 2025، وقعت أفريبول ومكتب الأمم المتحدة "
        "المعني بالمخدرات والجريمة خطة عمل مشتركة للفترة 2025-2027."
    )
    assert "agreement-signing" in event_kinds(result)


def test_an_assemblys_numbered_meeting_is_a_session_of_it(extract):
    result = extract(
        "اختتمت في بيروت يوم 13 يونيو 2024 أعمال الاجتماع العاشر للجمعية العامة للشبكة العربية "
        "لتعزيز النزاهة ومكافحة الفساد."
    )
    assert event_kinds(result) == ["council-session"]


def test_a_programmes_graduation_is_its_course(extract):
    result = extract(
        "الرياض - احتفلت جامعة نايف العربية للعلوم الأمنية يوم 12 سبتمبر 2024 بتخريج منتسبي "
        "برنامج المنح الدراسية للدبلوم المهني، بمشاركة 24 ضابطا من مصر والأردن."
    )
    assert event_kinds(result) == ["training-course"]


def test_an_executive_programme_in_a_field_is_a_course_and_an_agreements_is_not(extract):
    result = extract(
        'اختتمت الجامعة يوم 6 نوفمبر 2025 أعمال "البرنامج التنفيذي في تحليل المعلومات الجنائية"، '
        "وناقش الجانبان البرنامج التنفيذي لمذكرة التفاهم الموقعة بينهما."
    )
    assert event_kinds(result) == ["training-course"]


def test_an_executive_programme_a_treaty_and_two_agreements_signed_are_signings(extract):
    for text in (
        "عمّان 3 مارس 2025 - وقع مساعد مدير الأمن العام اللواء عبدالله القرني والجنرال مارتان "
        "برنامجاً تنفيذياً للتعاون في مجال التدريب.",
        "أبوظبي 12 مايو 2025 - وقعت دولة الإمارات العربية المتحدة ومملكة إسبانيا اليوم معاهدة "
        "لتسليم المجرمين.",
        "مسقط 27 نوفمبر 2024 - وقعت شرطة عمان السلطانية اليوم اتفاقيتي تعاون مع جامعة السلطان "
        "قابوس.",
    ):
        assert event_kinds(extract(text)) == ["agreement-signing"]


def test_a_councils_periodic_session_is_a_council_session(extract):
    result = extract(
        "رام الله 12-10-2025 وفا- عقد المجلس الأعلى للمرور، اليوم الأحد، جلسته الدورية الثالثة "
        "لعام 2025 في مقر وزارة النقل والمواصلات، برئاسة وزير النقل والمواصلات."
    )
    assert event_kinds(result) == ["council-session"]


def test_a_committees_round_of_meetings_is_a_meeting(extract):
    result = extract(
        "أسوان في 11 فبراير 2025 - اختتمت أمس بمدينة أسوان اجتماعات اللجنة الفنية المصرية "
        "السودانية المشتركة لتنظيم المنافذ البرية، التي عقدت يومي 9 و10 فبراير الجاري."
    )
    assert dated(result) == [("meeting", "2025-02-09", "2025-02-10")]


def test_talks_with_a_guest_and_the_delegation_with_him_are_a_visit(extract):
    result = extract(
        "بورتسودان 18-9-2024 (سونا)- التقى المدير العام لقوات الشرطة الفريق أول عثمان الطيب "
        "عبدالله، بمكتبه أمس الثلاثاء، السيد توماس فيشر رئيس بعثة المنظمة الدولية للهجرة "
        "بالسودان والوفد المرافق له."
    )
    assert event_kinds(result) == ["visit"]
