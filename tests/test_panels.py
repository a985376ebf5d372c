"""The panels of a conference's sessions: who speaks on them."""

from extraction_support import fact_labels


def test_a_panel_named_after_a_long_session_title_and_its_chair_speaks(extract):
    result = extract(
        "افتتح المدير العام يوم 20 مايو 2025 أعمال المؤتمر الإقليمي لمكافحة الإرهاب في مراكش. "
        'وتميز اليوم الأول بتنظيم جلسة نقاش حول "التهديدات الإرهابية والجريمة المنظمة العابرة '
        'للحدود في منطقة الساحل والصحراء"، أدارها والي الأمن عزيز بنعلي، مدير الشرطة القضائية، '
        "وشارك فيها العقيد مامادو كوليبالي من الدرك الوطني الإيفواري، والسيد أبو بكر سانغاري من "
        "الشرطة الوطنية المالية."
    )
    assert {"مامادو كوليبالي", "أبو بكر سانغاري"} <= fact_labels(result, "speaker")
