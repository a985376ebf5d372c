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
