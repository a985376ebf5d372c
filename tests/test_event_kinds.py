"""Which kind an event is, from its trigger and the words around it."""

from extraction_support import event_kinds


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
