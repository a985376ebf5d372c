"""Where one event ends and another begins, and the sessions an ordinal names."""

from extraction_support import events_of


def kinds(result) -> list[str]:
    return sorted(e.kind for e in result.doc.events)


def test_an_ordinal_past_the_hundred_names_a_council_session(extract):
    result = extract(
        "شارك المدير العام في أعمال الدورة السابعة والأربعين بعد المئة لمجلس المنظمة العالمية "
        "للجمارك، التي عقدت في بروكسل خلال الفترة من 25 إلى 27 حزيران 2026."
    )
    assert kinds(result) == ["council-session"]
    assert len(events_of(result)) == 1


def test_what_is_done_later_the_same_day_is_an_event_of_its_own(extract):
    result = extract(
        "استقبل وزير الداخلية الأردني في عمان يوم 14 نيسان 2026 وزير الداخلية السوري الذي يزور "
        "الأردن حاليا. وفي وقت لاحق من اليوم ذاته، ترأس الوزيران الاجتماع الأول للجنة الأمنية "
        "المشتركة، الذي عقد في مقر الوزارة."
    )
    assert kinds(result) == ["meeting", "visit"]
