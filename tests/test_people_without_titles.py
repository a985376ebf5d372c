"""People named with no title of address: found by the post next to the name, and by the words
that lead to it (a reception's guest, a delegation's head, one of a list)."""

from extraction_support import arabic_labels


def test_a_guest_named_after_when_and_where_the_host_received_them(extract):
    result = extract(
        "استقبل وزير الداخلية أمس في عدن منسق البرنامج العالمي لمكافحة الجريمة البحرية في اليمن، "
        "بيتر هانسن، بحضور رئيس المصلحة. واستقبل الوزير يوم 3 مارس 2025 مدير مكتب الأمم "
        "المتحدة المعني بالمخدرات والجريمة أحمد سالم بحضور عدد من القادة."
    )
    assert {"بيتر هانسن", "أحمد سالم"} <= arabic_labels(result, "person")


def test_the_affairs_a_title_is_for_come_before_the_body_and_the_name(extract):
    result = extract(
        "في حين شدد ملحق الشؤون الأمنية ببعثة الاتحاد الأوروبي في تونس، بيير لامبير، على أهمية "
        "احترام حقوق الإنسان يوم 3 مارس 2025."
    )
    assert "بيير لامبير" in arabic_labels(result, "person")


def test_the_head_of_a_delegation_is_named_after_the_word_that_heads_it(extract):
    result = extract(
        "استقبل المدير يوم 3 مارس 2025 وفد البرنامج برئاسة كيتيل أندرسن منسق البرنامج لمنطقة "
        "غرب آسيا، ثم وفدا برئاسة أحمد سالم، مدير إدارة التعاون الدولي."
    )
    people = arabic_labels(result, "person")
    assert {"كيتيل أندرسن", "أحمد سالم"} <= people
    assert not any(name.startswith("برئاسة") for name in people)


def test_one_of_a_list_is_named_after_among_them(extract):
    result = extract(
        "ويقدم محاور الدورة يوم 3 مارس 2025 خبراء دوليون، من بينهم آنا كوفالسكي خبيرة مكافحة "
        "تمويل الإرهاب في مركز الأمم المتحدة، وقدم كل من يوهان بيرغ، محلل العملات المشفرة في "
        "مركز الإنتربول، مداخلة."
    )
    assert {"آنا كوفالسكي", "يوهان بيرغ"} <= arabic_labels(result, "person")


def test_a_word_between_the_verb_and_the_title_leaves_the_subject_named(extract):
    result = extract(
        "ونظمت الوزارة يوم 3 مارس 2025 ورشة عمل، وقدم خلالها الخبير في البرنامج رامي الخطيب "
        "محاضرة حول خطط الطوارئ، كما تدخل دانيال كولينز، مسؤول برامج إنفاذ القانون بالسفارة."
    )
    assert {"رامي الخطيب", "دانيال كولينز"} <= arabic_labels(result, "person")


def test_a_foreign_name_whose_alef_carries_a_hamza_has_no_article(extract):
    result = extract(
        "من جهتها، أبرزت أليساندرا موريتي، منسقة البرامج بالمكتب الإقليمي، يوم 3 مارس 2025 "
        "أهمية التدريب، وقدمت إلينا بتروفا، خبيرة الهجرة بالمنظمة الدولية للهجرة، عرضا."
    )
    assert {"أليساندرا موريتي", "إلينا بتروفا"} <= arabic_labels(result, "person")


def test_what_signatories_sign_is_no_part_of_a_name(extract):
    result = extract(
        "وفي ختام الزيارة يوم 3 مارس 2025، وقع الدكتور الحقباني والبروفيسور لي مذكرة تفاهم بين "
        "الجامعتين."
    )
    assert not any("مذكرة" in name for name in arabic_labels(result, "person"))


def test_a_titles_field_then_its_body_after_fi_then_the_name(extract):
    result = extract(
        "وقال مدير التدريب والتطوير في المنظمة الدولية للهجرة أحمد سالم إن الدورة مهمة، يوم 3 "
        "مارس 2025."
    )
    assert "أحمد سالم" in arabic_labels(result, "person")


def test_the_next_ones_title_after_wa_ends_a_name_and_qualifies_no_name(extract):
    result = extract(
        "حاضر فيها يوم 3 مارس 2025 المستشار فرج علي الزروق والخبيرة الأممية آنا كوفاتش."
    )
    people = arabic_labels(result, "person")
    assert {"فرج علي الزروق", "آنا كوفاتش"} <= people
    assert not any(name.startswith("الأممية") for name in people)


def test_a_name_after_what_its_holder_gave_and_before_the_post(extract):
    result = extract(
        "وفي الجلسة يوم 3 مارس 2025 قدم المحاضرة الأولى توماس برغر، خبير المكتب الأممي، حول "
        "أساليب التحقيق، فيما تحدث المدير العام للأمن الوطني، العميد سالم حمد، عن التعاون."
    )
    people = arabic_labels(result, "person")
    assert "توماس برغر" in people
    assert not any(name.startswith("لل") for name in people)


def test_a_listed_experts_field_then_the_name_before_a_comma(extract):
    result = extract(
        "وحاضر في الدورة يوم 3 مارس 2025 كل من المقدم منيرة خالد العجمي من الإدارة العامة "
        "للمباحث الجنائية، والخبيرة البريطانية في المقابلات الجنائية كلير ويتمان، إضافة إلى "
        "خبراء آخرين."
    )
    assert {"منيرة خالد العجمي", "كلير ويتمان"} <= arabic_labels(result, "person")


def test_the_first_of_those_each_named_after_kull_min_with_their_title(extract):
    result = extract(
        "ووقع الاتفاقية يوم 17 أفريل 2025 كل من الكاتب العام لوزارة الداخلية، منير بن عمار، "
        "وممثلة المنظمة الدولية للهجرة في تونس، كلوديا ريتشي."
    )
    assert "منير بن عمار" in arabic_labels(result, "person")


def test_a_name_after_a_title_that_names_its_service_by_the_field_alone(extract):
    result = extract(
        "وافتتح الورشة يوم 3 مارس 2025 مدير عام الجمارك سليمان عبدالعزيز الفهد، الذي قال في كلمته "
        "إن الإدارة ضبطت 140 شحنة. وحضر مدير المرور خالد سالم العتيبي."
    )
    assert {"سليمان عبدالعزيز الفهد", "خالد سالم العتيبي"} <= arabic_labels(result, "person")


def test_a_name_after_a_title_whose_body_is_named_by_its_short_form(extract):
    result = extract(
        "اختتمت يوم 3 مارس 2025 دورة تدريبية في عدن، فيما أوضح منسق البرنامج في اليمن أندرو "
        "فيليبس أن الدورة تتضمن تدريبات ميدانية. وقال مدير المكتب الإعلامي إن الدورة مهمة."
    )
    assert arabic_labels(result, "person") == {"أندرو فيليبس"}


def test_a_name_after_a_womans_title_with_the_article(extract):
    result = extract(
        "وألقت المستشارة السياسية في السفارة البريطانية إميلي هارتلي يوم 3 مارس 2025 كلمة نوهت "
        "فيها بالتزام قوى الأمن الداخلي."
    )
    assert "إميلي هارتلي" in arabic_labels(result, "person")
    assert ("إميلي هارتلي", "advisor") in {(p.holder.label, p.role) for p in result.doc.posts}


def test_a_speakers_name_set_off_by_commas_after_a_title_however_long(extract):
    result = extract(
        "بغداد 3 مارس 2025 - من جانبها، قالت الممثلة الإقليمية لمكتب الأمم المتحدة المعني "
        "بالمخدرات والجريمة لمنطقة الشرق الأوسط وشمال أفريقيا، كريستينا ألبرتين، إن تجارة "
        "الكبتاغون باتت تدر عائدات. بدورها، أوضحت منسقة برامج بناء القدرات في مديرية الجريمة "
        "السيبرانية بالإنتربول، ساندرا كوستا، أن البرنامج يتضمن تمارين."
    )
    assert {"كريستينا ألبرتين", "ساندرا كوستا"} <= arabic_labels(result, "person")


def test_the_patrons_name_after_the_verb_of_patronage_and_his_title(extract):
    result = extract(
        "عمّان 4 مارس 2025 - رعى وزير الداخلية عوني سليمان المجالي، مندوبا عن رئيس الوزراء، أمس "
        "الاثنين، افتتاح أعمال المؤتمر."
    )
    assert "عوني سليمان المجالي" in arabic_labels(result, "person")


def test_a_foreign_given_name_and_a_family_name_with_no_title_before_them(extract):
    result = extract(
        "بغداد 3 مارس 2025 - قدم خبير الإنتربول في مكافحة المخدرات الاصطناعية جان فرانسوا لوكلير "
        "عرضاً عن خريطة التهريب، فيما تحدثت الخبيرة الدولية في إصلاح السجون ماريا فرنانديز "
        "لوبيث، وحضر ممثل مؤسسة هانس زايدل. وقال لوكا عبر الهاتف إن الدورة مهمة."
    )
    people = arabic_labels(result, "person")
    assert {"جان فرانسوا لوكلير", "ماريا فرنانديز لوبيث"} <= people
    assert not any(name.startswith(("هانس", "لوكا")) for name in people)


def test_what_the_talks_with_an_ambassador_are_about_is_no_name(extract):
    headline = extract(
        "وكيل وزارة الداخلية يبحث مع السفيرة البريطانية تعزيز التعاون الأمني\n\nالكويت - 13 - 2 "
        "(كونا) -- استقبل وكيل وزارة الداخلية الفريق فيصل مبارك الدويسان في مكتبه اليوم الثلاثاء "
        "سفيرة المملكة المتحدة لدى البلاد هيلين كارتر."
    )
    assert not any("التعاون" in name for name in arabic_labels(headline, "person"))
    alone = extract("وزير الداخلية يبحث مع السفير الإيطالي ملف الهجرة غير الشرعية يوم 3 مارس 2025")
    assert not arabic_labels(alone, "person")


def test_a_name_after_a_verb_and_a_title_before_the_event_the_verb_takes(extract):
    result = extract(
        "تونس 5 مارس 2025 (وات) - وافتتح وزير الداخلية كمال بن منصور أشغال الدورة بكلمة رحب فيها "
        "بالوفود المشاركة."
    )
    assert "كمال بن منصور" in arabic_labels(result, "person")


def test_a_family_name_with_its_particle_or_a_hamza_goes_on_after_the_given_name(extract):
    result = extract(
        "وأفادت رئيسة بعثة المنظمة الدولية للهجرة في تونس، ماريا كارلا دي لوكا، في كلمة ألقتها "
        "يوم 6 فيفري 2024، بأن المنظمة تدعم العودة الطوعية. وأبرز الأمين العام للمنظمة الدولية "
        "للشرطة الجنائية، كارلوس هنريكي ألميدا، أن إفريقيا تساهم في تبادل المعلومات."
    )
    people = arabic_labels(result, "person")
    assert {"ماريا كارلا دي لوكا", "كارلوس هنريكي ألميدا"} <= people


def test_a_name_set_off_by_commas_before_what_the_speaker_points_out(extract):
    result = extract(
        "وأشار المستشار الأول بسفارة جمهورية ألمانيا الاتحادية بتونس، يوهانس كلاين، إلى أن بلاده "
        "تدعم منذ سنوات برامج العودة الطوعية."
    )
    assert "يوهانس كلاين" in arabic_labels(result, "person")
