"""Role cues: the verbs and phrases that tell which part an agent plays in an event."""

from extraction_support import KG, agent_labels, events_of


def test_addressing_the_opening_session_opens_and_addressing_the_audience_speaks(extract):
    result = extract(
        "نظمت المديرية ندوة يوم 3 مارس 2025. وخاطب الجلسة الافتتاحية العميد (ركن) سالم حمد النعيمي "
        "مدير الشرطة، ثم خاطبت الحضور الدكتورة هدى عادل الكبيسي عن التجارب الدولية."
    )
    (seminar,) = events_of(result)
    assert agent_labels(result, seminar, KG.opener) >= {"سالم حمد النعيمي"}
    assert "هدى عادل الكبيسي" in agent_labels(result, seminar, KG.speaker)
