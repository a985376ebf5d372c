"""Receptions: who receives, who is received, and what the talks were about."""

from extraction_support import arabic_labels, fact_labels, role_pairs


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


def test_the_news_agency_of_the_dateline_above_the_verb_does_not_receive(extract):
    result = extract(
        "بغداد - واع\n"
        "استقبل وزير الداخلية الفريق أول الركن قاسم محمد الجبوري، اليوم الأربعاء 3 مارس 2025، "
        "مدير إدارة مكافحة المخدرات العميد مهند سليمان الخوالدة.\n"
        "وذكر بيان لوزارة الداخلية، تلقته وكالة الأنباء العراقية (واع)، أن اللقاء بحث التعاون."
    )
    hosts = fact_labels(result, "host")
    assert "قاسم محمد الجبوري" in hosts
    assert not any("الأنباء" in name for name in hosts)


def test_a_rank_qualified_in_brackets_still_leads_to_the_receiver(extract):
    result = extract(
        "استقبل المدير العام لقوات الشرطة الفريق أول شرطة (حقوقي) عثمان عبد الرحيم الطيب بمكتبه "
        "يوم 8 ديسمبر 2024 رئيس بعثة المنظمة الدولية للهجرة في السودان السيد كريستيان فان دير بيرغ."
    )
    assert "عثمان عبد الرحيم الطيب" in fact_labels(result, "host")
    assert "عثمان عبد الرحيم الطيب" not in fact_labels(result, "participant")


def test_the_one_named_before_kana_fi_istiqbal_receives(extract):
    result = extract(
        "زار وفد من إدارة أمن النقل الأمريكية يوم 20 يناير 2025 مطار الكويت الدولي. وقالت "
        "الوزارة إن مدير عام الإدارة العامة لأمن المنافذ اللواء عادل فهد الرشيدي كان في استقبال "
        "الوفد لدى وصوله."
    )
    assert "عادل فهد الرشيدي" in fact_labels(result, "host")


def test_a_bodys_quoted_short_name_in_the_title_still_leads_to_the_receiver(extract):
    result = extract(
        'استقبل الأمين العام للمركز العالمي لمكافحة الفكر المتطرف "اعتدال" الدكتور خالد بن سعود '
        "الدوسري، في مقر المركز بالرياض يوم 13 فبراير 2024، وفدا من مكتب الأمم المتحدة لمكافحة "
        "الإرهاب."
    )
    assert "خالد بن سعود الدوسري" in fact_labels(result, "host")


def test_the_receivers_body_hosts_where_the_sentence_names_it(extract):
    named = extract(
        "استقبل مدير عام الجوازات الفريق سليمان اليحيى في مكتبه بمقر المديرية العامة للجوازات "
        "في الرياض يوم 3 مارس 2025 وفدا من جمهورية إندونيسيا."
    )
    unnamed = extract(
        "استقبل وزير الداخلية اللواء محمود توفيق يوم 3 مارس 2025 سفير المملكة العربية السعودية "
        "بالقاهرة السفير أحمد القطان."
    )
    assert "المديرية العامة للجوازات" in fact_labels(named, "host")
    assert fact_labels(unnamed, "host") == {"محمود توفيق"}


def test_the_programmes_a_reception_discusses_give_it_no_partner_or_funder(extract):
    result = extract(
        "استقبل وزير الداخلية اللواء أحمد سالم العلي يوم 3 مارس 2025 وفدا من المنظمة الدولية "
        "للشرطة الجنائية (الإنتربول)، وبحث معه برامج التدريب التي تنفذها الوزارة بالتعاون مع "
        "المنظمة الدولية للهجرة وبتمويل من الاتحاد الأوروبي."
    )
    assert "المنظمة الدولية للشرطة الجنائية" in fact_labels(result, "participant")
    assert not fact_labels(result, "partner") | fact_labels(result, "funder")


def test_the_head_of_a_visiting_delegation_is_a_guest_not_a_chair(extract):
    result = extract(
        "استقبل مدير عام الأكاديمية اللواء عبدالله سالم الرشيدي اليوم الأربعاء 12 فبراير 2025 "
        "وفدا من طلبة أكاديمية السلطان قابوس لعلوم الشرطة في سلطنة عمان الشقيقة يضم 45 طالبا "
        "مرشحا برئاسة العقيد خالد بن حمد الحارثي."
    )
    assert "خالد بن حمد الحارثي" in fact_labels(result, "participant")
    assert not fact_labels(result, "chair")


def test_the_parties_to_a_signing_sign_it_none_is_its_partner(extract):
    result = extract(
        "وقعت وزارة الداخلية وجامعة نايف العربية للعلوم الأمنية يوم 3 مارس 2025 مذكرة تفاهم "
        "بالتعاون مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة."
    )
    assert {"وزارة الداخلية", "جامعة نايف العربية للعلوم الأمنية"} <= fact_labels(
        result, "participant"
    )
    assert not fact_labels(result, "partner")


def test_a_secretary_general_receives_at_the_general_secretariat_he_heads(extract):
    result = extract(
        "استقبل الأمين العام لمجلس وزراء الداخلية العرب الدكتور عبدالله بن ناصر الحربي، يوم 3 "
        "مارس 2025 في تونس، سفيرة جمهورية العراق سناء كاظم الموسوي. وأكد الحربي حرص الأمانة "
        "العامة لمجلس وزراء الداخلية العرب على دعم التعاون."
    )
    hosts = fact_labels(result, "host")
    assert "الأمانة العامة لمجلس وزراء الداخلية العرب" in hosts
    assert "مجلس وزراء الداخلية العرب" not in hosts


def test_a_body_present_at_a_reception_takes_part_though_it_partners_a_programme_discussed(extract):
    result = extract(
        "استقبل وزير الداخلية اللواء أحمد سالم العلي يوم 3 مارس 2025 سفير إيطاليا، بحضور "
        "المنظمة الدولية للهجرة، وبحث معه البرامج التي تنفذها الوزارة بالتعاون مع المنظمة "
        "الدولية للهجرة."
    )
    assert "المنظمة الدولية للهجرة" in fact_labels(result, "participant")
    assert not fact_labels(result, "partner")


def test_who_attended_both_receptions_took_part_in_each(extract):
    result = extract(
        "المنامة في 5 ديسمبر 2023 - استقبل رئيس الأمن العام الفريق خالد عيسى البوعينين اليوم "
        "سفير المملكة المتحدة جوناثان هيوز. كما استقبل رئيس الأمن العام سفير جمهورية باكستان "
        "الإسلامية عمران رضا خان. حضر اللقاءين مدير عام الإدارة العامة للعمليات والتدريب "
        "العميد الركن يوسف راشد الذوادي."
    )
    first, second = result.doc.events
    assert ("participant", "يوسف راشد الذوادي") in role_pairs(result, second)
    assert ("participant", "يوسف راشد الذوادي") in role_pairs(result, first)


def test_who_attended_the_meeting_and_the_signing_signed_up_to_both(extract):
    result = extract(
        "الدوحة 4 فبراير 2025 - اجتمع وزير الداخلية الشيخ عبدالعزيز بن فيصل الكواري اليوم مع "
        "وزير داخلية جزر القمر فخر الدين محمد صويلحي. ووقع الجانبان مذكرة تفاهم في مجال التعاون "
        "الأمني. حضر الاجتماع والتوقيع العقيد ناصر محمد المري مدير إدارة التعاون الدولي."
    )
    (signing,) = [e for e in result.doc.events if e.kind == "agreement-signing"]
    assert ("participant", "ناصر محمد المري") in role_pairs(result, signing)


def test_preparations_for_hosting_another_meeting_give_the_reception_no_host(extract):
    result = extract(
        "الدوحة في 12 يناير 2025 /قنا/ استقبل مدير عام الأمن العام اللواء عبدالله محمد المفتاح "
        "بمكتبه اليوم وفدا من الإنتربول.\n\nوبحث الجانبان خلال اللقاء أوجه التعاون القائم بين "
        "وزارة الداخلية والإنتربول، وبخاصة ما يتعلق بتبادل المعلومات الجنائية وبرامج بناء القدرات "
        "التي تنفذها المنظمة لصالح منتسبي الوزارة، فضلاً عن الاستعدادات لاستضافة الدولة الاجتماع "
        "الإقليمي لرؤساء المكاتب المركزية الوطنية، المقرر عقده خلال الربع الثاني من العام الجاري."
    )
    assert "عبدالله محمد المفتاح" in fact_labels(result, "host")
    assert not any("وزارة" in label for label in fact_labels(result, "host"))
