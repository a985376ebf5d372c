"""Receptions: who receives, who is received, and what the talks were about."""

from extraction_support import arabic_labels, fact_labels


def test_one_set_off_by_a_comma_after_the_receiver_is_the_guest(extract):
    result = extract(
        "كما استقبل معالي الفريق ناصر سعيد المنصوري، سعادة يرلان بيكوف، سفير جمهورية كازاخستان "
        "لدى الدولة، يوم 3 مارس 2025، حيث جرى بحث مجالات التعاون."
    )
    assert "ناصر سعيد المنصوري" in fact_labels(result, "host")
    assert "يرلان بيكوف" not in fact_labels(result, "host")
    assert "يرلان بيكوف" in fact_labels(result, "participant")


def test_one_joined_by_wa_receives_too(extract):
    result = extract(
        "استقبل وزير الداخلية اللواء أحمد سالم العلي، والسفير خالد محمود الحسن، يوم 3 مارس 2025 "
        "وفدا من المنظمة الدولية للهجرة."
    )
    assert {"أحمد سالم العلي", "خالد محمود الحسن"} <= fact_labels(result, "host")


def test_the_fields_the_talks_covered_are_no_bodies(extract):
    result = extract(
        "استقبل وزير الداخلية يوم 3 مارس 2025 سفير كازاخستان، وبحث الجانبان تبادل الخبرات في "
        "مجالات الحماية المدنية وأمن المنافذ."
    )
    assert not any("الحماية المدنية" in name for name in arabic_labels(result, "agency"))


def test_the_subject_of_kana_before_qad_receives(extract):
    result = extract(
        "وقعت الجامعة يوم 3 مارس 2025 مذكرة تفاهم مع المنظمة الدولية للشرطة الجنائية. وكان "
        "الدكتور خالد بن إبراهيم الحمدان قد استقبل في وقت سابق من اليوم وفد المنظمة الدولية "
        "للشرطة الجنائية برئاسة السيد فالنتين روسو."
    )
    hosts = fact_labels(result, "host")
    assert "خالد بن إبراهيم الحمدان" in hosts
    assert "المنظمة الدولية للشرطة الجنائية" not in hosts


def test_the_state_in_an_embassys_name_takes_no_part_of_its_own(extract):
    result = extract(
        "استقبل رئيس الأمن العام الفريق عادل يوسف المناعي يوم 7 مايو 2025 وفدا بريطانيا، بحضور "
        "العقيد فواز محمد الشروقي وعدد من المسؤولين في سفارة المملكة المتحدة لدى مملكة البحرين."
    )
    participants = fact_labels(result, "participant")
    assert any(name.startswith("سفارة المملكة المتحدة") for name in participants)
    assert "المملكة المتحدة" not in participants
