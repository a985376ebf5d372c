"""Places the gazetteer does not know, named after a word for their kind."""

from extraction_support import arabic_labels


def test_a_town_after_its_kind_and_names_joined_after_a_dual(extract):
    result = extract(
        "نظمت الإدارة ورشة عمل يوم 3 مارس 2025 في بلدة بوسعادة، وتناولت حركة الشحن في "
        "ميناءي جنجن وبوشقوف والتهريب قرب منطقة عين الصفراء."
    )
    assert {"بوسعادة", "جنجن", "بوشقوف", "عين الصفراء"} <= arabic_labels(result, "place")


def test_a_kind_of_place_before_a_common_word_names_no_place(extract):
    result = extract(
        "عقدت الوزارة اجتماعا يوم 3 مارس 2025 حول إنشاء منطقة عازلة ومطار دولي جديد، وأكد أن "
        "المنطقة العربية تحتاج إلى مدينة ذكية وإقليم آمن، في 12 ميناء حول العالم."
    )
    assert arabic_labels(result, "place") == set()


def test_a_known_place_after_its_kind_keeps_the_gazetteers_entry(extract):
    result = extract("عقد الاجتماع يوم 3 مارس 2025 بمدينة وهران ومدينة طرابلس الليبية.")
    places = {m.entity.iri.rsplit("/", 1)[-1] for m in result.doc.mentions}
    assert places == {"oran", "tripoli"}
    assert arabic_labels(result, "place") == set()  # no new place minted beside them


def test_mali_after_a_noun_that_takes_no_state_is_the_adjective_financial(extract):
    result = extract(
        "نظمت الوزارة يوم 3 مارس 2025 ورشة بدعم مالي من حكومة مالي حول التحقيق في التهريب، "
        "وشارك فيها وفد مالي وممثلون من مالي والنيجر وخبير مالي من البنك."
    )
    spans = [m for m in result.doc.mentions if m.entity.iri.endswith("/ml")]
    before = [result.doc.text[max(0, m.start - 6) : m.start].split()[-1] for m in spans]
    assert before == ["حكومه", "وفد", "من"]


def test_a_toponyms_adjective_and_no_preposition_after_a_plural_cue(extract):
    result = extract(
        "وتنتشر الوحدات يوم 3 مارس 2025 في محافظات شبيلي السفلى وهيران وباي، وفي ثلاث مدن خلال "
        "العام."
    )
    places = arabic_labels(result, "place")
    assert {"شبيلي السفلى", "هيران", "باي"} <= places
    assert "خلال" not in places


def test_a_plural_cues_list_goes_past_known_places_and_reads_items_with_its_kind(extract):
    result = extract(
        "وشارك يوم 3 مارس 2025 مدراء الشرطة في محافظات نينوى والأنبار وصلاح الدين وديالى، وقادة "
        "خفر السواحل في محافظتي شبوة والمهرة."
    )
    places = {m.entity.label for m in result.doc.mentions if m.entity.kind == "place"}
    assert {"محافظة صلاح الدين", "ديالى", "محافظة المهرة"} <= places


def test_an_area_a_list_names_may_be_a_town_the_gazetteer_lists_as_one(extract):
    result = extract("ضبطت الدوريات يوم 3 مارس 2025 مهاجرين عبروا من منطقتي الكفرة والقطرون.")
    spans = {
        result.doc.raw_text(m.start, m.end) for m in result.doc.mentions if m.entity.kind == "place"
    }
    assert "الكفرة" in spans


def test_a_city_that_only_names_a_treaty_is_no_place_of_the_news(extract):
    result = extract(
        "نظمت النيابة العامة في القاهرة يوم 3 مارس 2025 ورشة عمل حول تطبيق اتفاقية بودابست "
        "واتفاقية الرياض العربية للتعاون القضائي."
    )
    named = {m.entity.iri.rsplit("/", 1)[-1] for m in result.doc.mentions if not m.nested}
    assert "cairo" in named
    assert not {"budapest", "riyadh"} & named


def test_seas_gulfs_and_straits_are_places_the_gazetteer_knows(extract):
    result = extract(
        "نفذت قوات خفر السواحل يوم 3 مارس 2025 دوريات مشتركة في البحر الأحمر وخليج عدن ومضيق باب "
        "المندب، بالتنسيق مع دول حوض البحر الأبيض المتوسط، وفق متوسط المدى الزمني للعمليات."
    )
    places = {m.entity.iri.rsplit("/", 1)[-1] for m in result.doc.mentions if m.entity.iri}
    assert {"red-sea", "gulf-of-aden", "bab-el-mandeb", "mediterranean-sea"} <= places


def test_a_states_bare_name_after_in_is_its_capital_where_the_state_is_named_otherwise(processed):
    capital = processed(
        "انطلقت يوم 3 مارس 2025 في تونس أعمال الدورة بمشاركة الجمهورية التونسية والجزائر."
    )
    state = processed("انطلقت يوم 3 مارس 2025 في تونس أعمال الدورة بمشاركة تونس والجزائر.")
    places = [
        [m.entity.label for m in doc.mentions if m.entity.kind == "place"]
        for doc in (capital, state)
    ]
    assert places == [["تونس العاصمة", "تونس", "الجزائر"], ["تونس", "تونس", "الجزائر"]]


def test_the_sahel_and_the_horn_of_africa_are_places_but_a_coast_is_not(extract):
    result = extract(
        "عقدت الورشة يوم 3 مارس 2025 حول أمن الحدود في منطقة الساحل والصحراء والقرن الأفريقي، "
        "وزار المشاركون مراكز المراقبة على الساحل الغربي."
    )
    places = {str(m.entity.iri).rsplit("/", 1)[-1] for m in result.doc.mentions if not m.nested}
    assert places == {"sahel-sahara", "horn-of-africa"}


def test_the_kurdistan_region_in_its_kurdish_spelling(extract):
    result = extract(
        "أكد الوزير يوم 5 مايو 2024 أن الاتحاد سيواصل دعم برامج التدريب في إقليم كوردستان."
    )
    assert "إقليم كردستان" in {e.label for e in result.doc.entities("place")}


def test_the_maghrebs_names_of_chad_and_togo_with_the_article(extract):
    result = extract("شارك يوم 3 مارس 2025 ضباط من التشاد والطوغو والنيجر في الدورة.")
    places = {m.entity.iri.rsplit("/", 1)[-1] for m in result.doc.mentions if m.entity.iri}
    assert {"td", "tg"} <= places


def test_a_district_after_its_kind_is_named_with_it_and_may_carry_the_article(extract):
    result = extract(
        "ناقش الاجتماع يوم 3 مارس 2025 ملف النزاعات العشائرية في قضاء القرنة وناحية الهارثة، "
        "ونظمت المحكمة دورة لقضاة قضاء الأحداث."
    )
    assert arabic_labels(result, "place") == {"قضاء القرنة", "ناحية الهارثة"}


def test_a_short_verb_after_a_plural_of_areas_names_no_place(extract):
    result = extract(
        "شارك في الدورة يوم 3 مارس 2025 ضباط من أوباري وغات ومرزق، وهي مناطق تشهد حركة عبور "
        "كثيفة للمهاجرين."
    )
    assert not any("تشهد" in name for name in arabic_labels(result, "place"))
