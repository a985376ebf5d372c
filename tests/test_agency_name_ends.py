"""Where the name of a body the registry does not list ends, and what the scorer takes it for."""

from conftest import BASE
from extraction_support import KG, arabic_labels, named_agencies
from kg import resources
from kg.evaluation.gold import keys, predicted
from kg.extract.pipeline import Extractor
from kg.namespaces import Vocab


def test_a_purpose_after_a_definite_head_and_its_adjectives_is_in_the_name(extract):
    result = extract(
        "عقدت اللجنة الفنية المشتركة لتبادل المعلومات اجتماعها يوم 3 مارس 2025، فيما دعت وزارة "
        "الداخلية الأردنية لتعزيز التعاون."
    )
    agencies = arabic_labels(result, "agency")
    assert "اللجنة الفنية المشتركة لتبادل المعلومات" in agencies
    assert not any("لتعزيز" in name for name in agencies)


def test_who_funds_a_body_is_no_part_of_its_name(extract):
    result = extract(
        "نظم يوم 3 مارس 2025 مركز الشرق الأوسط لمكافحة تمويل الإرهاب المدعوم من وزارة الخزانة "
        "الأمريكية ورشة عمل."
    )
    agencies = arabic_labels(result, "agency")
    assert "مركز الشرق الأوسط لمكافحة تمويل الإرهاب" in agencies
    assert not any("المدعوم" in name for name in agencies)


def test_the_competent_or_coming_body_is_named_without_that_word(extract):
    result = extract(
        "أحيل المتهمون يوم 3 مارس 2025 إلى النيابة العامة المختصة، فيما رفعت الورشة توصياتها إلى "
        "الجمعية العامة لأفريبول المرتقبة، وشاركت محكمة الكرخ المختصة بقضايا النزاهة."
    )
    agencies = arabic_labels(result, "agency")
    assert {"النيابة العامة", "الجمعية العامة لأفريبول"} <= agencies
    assert "محكمة الكرخ المختصة بقضايا النزاهة" in agencies
    assert not any(name.endswith(("المختصة", "المرتقبة")) for name in agencies)


def test_a_count_after_a_bodys_name_is_no_part_of_it(extract):
    result = extract(
        "ضبطت الإدارة العامة لمكافحة المخدرات يوم 3 مارس 2025 ثلاثة متهمين، وسجلت الإدارة العامة "
        "للمرور 214 حادثا، فيما نفذت قوة المهام المشتركة 152 خلال الفترة الماضية دوريات."
    )
    agencies = arabic_labels(result, "agency")
    assert {"الإدارة العامة للمرور", "قوة المهام المشتركة 152"} <= agencies
    assert not any("حادثا" in name for name in agencies)


def test_a_title_after_wa_or_a_count_after_the_body_ends_its_name(extract):
    result = extract(
        "شهد رئيس الأمن العام وسفير المملكة المتحدة يوم 7 مايو 2025 توقيع مذكرة، ضمن البرنامج "
        "الذي نفذته الجامعة الوطنية للشرطة الكورية لعدد من الضباط."
    )
    agencies = arabic_labels(result, "agency")
    assert not any(name.endswith(("وسفير المملكة المتحدة", "لعدد")) for name in agencies)
    assert "الجامعة الوطنية للشرطة الكورية" in agencies


def test_the_affairs_an_advisor_is_for_are_no_body(extract):
    result = extract(
        "وقدم مستشار شؤون النوع الاجتماعي في بعثة الاتحاد الأوروبي السيد توماس بيرغمان يوم 3 "
        "مارس 2025 عرضا."
    )
    assert not any(name.startswith("شؤون") for name in arabic_labels(result, "agency"))


def test_a_draft_decree_is_no_project(extract):
    result = extract("أنجزت الوزارة يوم 3 مارس 2025 مشروع مرسوم لتنظيم عمل الصندوق الوطني.")
    assert not any(name.startswith("مشروع") for name in arabic_labels(result, "agency"))


def test_plural_heads_after_wa_are_other_bodies(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن المجلس القومي للسلامة على الطرق ومنظمات المجتمع المدني."
    )
    assert "المجلس القومي للسلامة على الطرق" in arabic_labels(result, "agency")


def test_a_region_joined_by_wa_to_a_region_is_in_the_name(extract):
    result = extract(
        "وحضر اللقاء يوم 3 مارس 2025 مدير إدارة الشرق الأوسط وشمال أفريقيا في الوكالة الوطنية "
        "لمكافحة الجريمة."
    )
    assert "إدارة الشرق الأوسط وشمال أفريقيا" in arabic_labels(result, "agency")


def test_a_head_and_its_adjective_before_a_bodys_name_is_that_bodys_own(extract):
    result = extract(
        "وافقت الجمعية يوم 3 مارس 2025 على انضمام اللجنة الرياضية لقوى الأمن الداخلي اللبنانية."
    )
    assert "اللجنة الرياضية لقوى الأمن الداخلي اللبنانية" in arabic_labels(result, "agency")


def test_an_acronym_inside_a_hyphenated_acronym_is_no_body(extract):
    result = extract("نظم جهاز الشرطة الخليجية (GCC-POL) يوم 3 مارس 2025 ورشة عمل في الكويت.")
    mentioned = {str(body) for body in result.graph.subjects(KG.mention, None)}
    assert f"{BASE}id/agency/gccpol" in mentioned
    assert f"{BASE}id/agency/gcc" not in mentioned


def test_the_scorer_names_a_body_also_without_the_state_the_text_places_it_in(tmp_path):
    registry = resources.registry(BASE)
    path = tmp_path / "t.txt"
    path.write_text("وشارك في الاجتماع يوم 3 مارس 2025 ممثلون عن وزارة الداخلية في سلطنة عمان.")
    doc = Extractor(Vocab(BASE), registry).pipeline_only(path)
    names = set().union(*(item.names for item in predicted(doc, registry).agencies))
    assert keys("وزارة الداخلية") <= names
    assert keys("وزارة الداخلية في سلطنة عمان") <= names


def test_a_unit_head_and_one_word_is_a_kind_of_unit_unless_its_body_follows(extract):
    result = extract(
        "زار الوفد يوم 3 مارس 2025 مركز التدريب، ثم التقى مدير إدارة العمليات بالإدارة العامة "
        "لمكافحة المخدرات."
    )
    agencies = arabic_labels(result, "agency")
    assert "مركز التدريب" not in agencies
    assert "إدارة العمليات" in agencies


def test_delegations_fire_brigades_central_squads_and_response_teams_are_bodies(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن المندوبية العامة لإدارة السجون وفوج إطفاء بيروت "
        "والفرقة المركزية لمكافحة الجرائم المعلوماتية والمركز الوطني للأمن السيبراني وفريق "
        "الاستجابة لحوادث الأمن السيبراني."
    )
    assert {
        "المندوبية العامة لإدارة السجون",
        "فوج إطفاء بيروت",
        "الفرقة المركزية لمكافحة الجرائم المعلوماتية",
        "المركز الوطني للأمن السيبراني",
        "فريق الاستجابة لحوادث الأمن السيبراني",
    } <= arabic_labels(result, "agency")


def test_a_purpose_after_a_head_in_construct_and_its_adjective_is_in_the_name(extract):
    result = extract(
        "أشاد المتحدث يوم 3 مارس 2025 بدور مكتب الاتصال الإقليمي لتبادل المعلومات، وزار الوفد "
        "مختبر الأدلة الرقمية للاطلاع على أنظمته."
    )
    agencies = arabic_labels(result, "agency")
    assert "مكتب الاتصال الإقليمي لتبادل المعلومات" in agencies
    assert "مختبر الأدلة الرقمية" in agencies  # a visit's purpose is none of the name


def test_a_verbal_noun_keeps_its_preposition_past_an_adjective_or_a_negation(extract):
    result = extract(
        "شارك في الندوة يوم 3 مارس 2025 ممثلون عن المكتب الفرنسي لمكافحة الاتجار غير المشروع "
        "بالمخدرات واللجنة الوطنية للتحقيق في ادعاءات انتهاكات حقوق الإنسان والمركز الوطني "
        "للإنذار المبكر من المخاطر المتعددة."
    )
    assert {
        "المكتب الفرنسي لمكافحة الاتجار غير المشروع بالمخدرات",
        "اللجنة الوطنية للتحقيق في ادعاءات انتهاكات حقوق الإنسان",
        "المركز الوطني للإنذار المبكر من المخاطر المتعددة",
    } <= arabic_labels(result, "agency")


def test_a_word_after_wa_that_starts_with_alif_madda_is_no_definite_part_of_the_name(extract):
    result = extract(
        "قدم الخبير يوم 3 مارس 2025 محاضرة حول المركز الوطني للطوارئ الإشعاعية وآليات تلقي "
        "البلاغات، وعن مركز الدراسات والآفاق الأمنية."
    )
    assert {"المركز الوطني للطوارئ الإشعاعية", "مركز الدراسات والآفاق الأمنية"} <= arabic_labels(
        result, "agency"
    )


def test_a_prosecution_attached_to_a_court_is_named_with_the_court(extract):
    result = extract(
        "حضر الاجتماع يوم 3 مارس 2025 ممثلون عن النيابة العامة لدى محكمة جيبوتي الابتدائية، "
        "وبعثة الاتحاد الأوروبي لدى الأردن."
    )
    assert "النيابة العامة لدى محكمة جيبوتي الابتدائية" in arabic_labels(result, "agency")


def test_a_bare_head_with_the_article_then_li_is_a_short_form_and_its_purpose(extract):
    result = extract(
        "بحث الجانبان يوم 3 مارس 2025 مع الوكالة الدولية للطاقة الذرية دعم الوكالة لإنشاء مركز "
        "وطني، واستعداد الوكالة لمرافقة الجزائر."
    )
    assert not any(label.startswith("الوكالة ل") for label in arabic_labels(result, "agency"))


def test_a_company_or_a_counsellorship_after_wa_starts_another_body_and_small_arms_stay(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن جهاز الأمن الوطني ومستشارية الأمن القومي وشركة مليتة "
        "للنفط والغاز والشركة العامة للكهرباء واللجنة الوطنية لمكافحة انتشار الأسلحة الصغيرة "
        "والخفيفة، وأي منظمة داخل البلاد."
    )
    assert {
        "جهاز الأمن الوطني", "مستشارية الأمن القومي", "شركة مليتة للنفط والغاز",
        "الشركة العامة للكهرباء", "اللجنة الوطنية لمكافحة انتشار الأسلحة الصغيرة والخفيفة",
    } <= arabic_labels(result, "agency")  # fmt: skip
    assert not any("داخل" in label for label in arabic_labels(result, "agency"))


def test_security_or_civil_protection_after_a_ministry_is_its_portfolio(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن وزارة الداخلية والأمن العام في تشاد، وترأس الجلسة وزير "
        "الأمن والحماية المدنية في مالي، بحضور ممثلي وزارة العدل والإنتربول."
    )
    agencies = arabic_labels(result, "agency")
    assert "وزارة الداخلية والأمن العام" in agencies
    assert not any(name.startswith(("الحماية", "الأمن")) for name in agencies)
    assert "وزارة العدل" in agencies  # INTERPOL after it is a body of its own


def test_the_sector_an_assistant_minister_holds_is_no_body(extract):
    result = extract(
        "افتتح يوم 3 مارس 2025 اللواء سامح فؤاد الجندي مساعد وزير الداخلية لقطاع الأمن العام، "
        "ووكيل الوزارة المساعد لقطاع مكافحة المخدرات اللواء رامي سعيد، أعمال الورشة."
    )
    agencies = arabic_labels(result, "agency")
    assert not any("قطاع" in name or name.startswith("الأمن") for name in agencies)


def test_a_definite_event_word_governed_by_a_noun_stays_in_the_name(extract):
    result = extract(
        "عقدت اللجنة الفنية المشتركة لمتابعة تنفيذ الاتفاقية الأمنية اجتماعها يوم 3 مارس 2025."
    )
    assert "اللجنة الفنية المشتركة لمتابعة تنفيذ الاتفاقية الأمنية" in arabic_labels(
        result, "agency"
    )


def test_nouns_in_construct_after_wa_share_the_genitive_but_personnel_do_not(extract):
    result = extract(
        "زار يوم 3 مارس 2025 وفد من الهيئة الوطنية للاعتماد الأكاديمي وضمان جودة التعليم قوات "
        "الدعم السريع، بحضور أعضاء النيابة العامة وضباط مسرح الجريمة والمصالح الولائية."
    )
    agencies = arabic_labels(result, "agency")
    assert "الهيئة الوطنية للاعتماد الأكاديمي وضمان جودة التعليم" in agencies
    assert "قوات الدعم السريع" in agencies
    assert not any("ضباط" in name or "المصالح" in name for name in agencies)


def test_a_league_or_governments_after_wa_start_other_bodies(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 في الندوة المعهد الأعلى للقضاء والرابطة الوطنية للمحامين، وممثلو "
        "الحكومة الفيدرالية وحكومات الولايات."
    )
    agencies = arabic_labels(result, "agency")
    assert "المعهد الأعلى للقضاء" in agencies
    assert not any("حكومات" in name or "القضاء والرابطة" in name for name in agencies)


def test_what_a_body_is_for_after_min_ajl_is_in_its_name(extract):
    result = extract(
        "نظمت وزارة الداخلية يوم 3 مارس 2025 ورشة عمل بتمويل من الوكالة الإيطالية للتعاون من أجل "
        "التنمية، بهدف التدريب من أجل تعزيز القدرات."
    )
    agencies = arabic_labels(result, "agency")
    assert "الوكالة الإيطالية للتعاون من أجل التنمية" in agencies
    assert not any("تعزيز" in name for name in agencies)


def test_a_plural_adjective_after_a_name_qualifies_the_list_or_the_people(extract):
    result = extract(
        "شاركت يوم 3 مارس 2025 في التمرين وحدات من الدرك الوطني والحرس الوطني الموريتانيين، "
        "وضباط من مصلحة السجون المركزية المكلفين بالحراسة، وأعضاء النيابة العامة المختصين."
    )
    agencies = arabic_labels(result, "agency")
    assert "مصلحة السجون المركزية" in agencies
    assert not any(name.endswith(("الموريتانيين", "المكلفين", "المختصين")) for name in agencies)


def test_a_states_adjective_ends_a_name_before_wa_but_not_inside_its_purpose(extract):
    result = extract(
        "حضر يوم 3 مارس 2025 ممثلون عن مديرية التوجيه في الجيش اللبناني ودار الفتوى، وبعثة "
        "الاتحاد الأوروبي لتنسيق دعم الشرطة الفلسطينية وسيادة القانون."
    )
    agencies = arabic_labels(result, "agency")
    assert not any("ودار" in name for name in agencies)
    assert "بعثة الاتحاد الأوروبي لتنسيق دعم الشرطة الفلسطينية وسيادة القانون" in agencies


def test_a_provinces_police_after_a_field_is_a_body_of_its_own(extract):
    result = extract(
        "يشارك يوم 3 مارس 2025 ضباط من الإدارة العامة للدفاع المدني وشرطة ولاية الخرطوم وشرطة "
        "ولاية الجزيرة."
    )
    agencies = arabic_labels(result, "agency")
    assert {"شرطة ولاية الخرطوم", "شرطة ولاية الجزيرة"} <= agencies
    assert not any(name.startswith("الإدارة") and "شرطة" in name for name in agencies)


def test_an_indefinite_facility_is_no_body(extract):
    result = extract(
        "نظمت الحماية المدنية يوم 3 مارس 2025 تمرينا أقيم خلاله مركز متقدم للإسعافات الأولية، "
        "وبحث المشاركون فى القاهرة إنشاء مركز إقليمى للتدريب، وأشادوا ببرامج أكاديمية معتمدة."
    )
    agencies = arabic_labels(result, "agency")
    assert not any(name.startswith(("مركز", "أكاديمية")) for name in agencies)


def test_a_short_form_with_an_adjective_its_body_lacks_is_another_thing(extract):
    result = extract(
        "نظمت قيادة حماية الأطفال من الاستغلال يوم 3 مارس 2025 ورشة عمل، واستقبل رئيس الأمن العام "
        "الوفد بمكتبه في القيادة العامة."
    )
    named = [
        result.doc.text[m.start : m.end] for m in result.doc.mentions if m.entity.kind == "agency"
    ]
    assert "القياده" not in named  # the general command, not the child-protection command


def test_what_a_body_is_described_as_and_a_topic_after_hawla_are_no_bodies(extract):
    result = extract(
        "نظمت جامعة نايف العربية للعلوم الأمنية يوم 3 مارس 2025 دورة حول إدارة أمن الطيران "
        "المدني، وأكد رئيسها أن الجامعة، بوصفها الجهاز العلمي لمجلس وزراء الداخلية العرب، تعمل "
        "عبر دائرة الاتصال المرئي مع وزارة الإعلام والجمعيات الأهلية."
    )
    agencies = named_agencies(result.doc)
    assert "مجلس وزراء الداخلية العرب" in agencies and "وزارة الإعلام" in agencies
    assert not any(name.startswith(("الجهاز", "إدارة", "دائرة")) for name in agencies)
    also = extract(
        "وأكد رئيس الجامعة يوم 3 مارس 2025 أنها، بصفتها الجهاز العلمي لمجلس وزراء الداخلية "
        "العرب، تعمل."
    )
    assert named_agencies(also.doc) == {"مجلس وزراء الداخلية العرب"}


def test_the_news_agency_a_dateline_credits_takes_no_part(extract):
    result = extract(
        "ورشة حول أمن المجتمعات الحدودية في نواكشوط\n\n"
        "نواكشوط، 13 نوفمبر 2023 (الوكالة الموريتانية للأنباء) - انطلقت اليوم أشغال ورشة نظمتها "
        "وزارة الداخلية واللامركزية."
    )
    assert "الوكالة الموريتانية للأنباء" not in named_agencies(result.doc)


def test_a_name_ends_before_a_past_verb_after_wa(extract):
    result = extract(
        "زار الوفد يوم 20 يناير 2025 المركز الوطني للأمن السيبراني واستمع إلى شرح عن عمله، واطلع "
        "على غرفة العمليات."
    )
    assert named_agencies(result.doc) == {"المركز الوطني للأمن السيبراني"}


def test_bodies_of_one_kind_in_several_towns_stay_apart(processed):
    doc = processed(
        "نظمت الدورة يوم 3 مارس 2025 بمشاركة مديرية أمن، ومديرية أمن طرابلس، ومديرية أمن مصراتة، "
        "ومديرية أمن غريان، ومديرية أمن بنغازي."
    )
    labels = {m.entity.label for m in doc.mentions if m.entity.kind == "agency"}
    towns = ("طرابلس", "مصراتة", "غريان", "بنغازي")
    assert {f"مديرية أمن {town}" for town in towns} <= labels


def test_a_ministrys_portfolios_and_what_a_unit_protects_end_no_name(extract):
    result = extract(
        "نظمت وزارة الداخلية والأمن العام والإدارة الإقليمية في النيجر يوم 3 مارس 2025 ورشة عمل "
        "بالتعاون مع وحدة حماية الأهداف الهشة والإدارة العامة للجوازات."
    )
    labels = arabic_labels(result, "agency")
    ministry = "وزارة الداخلية والأمن العام والإدارة الإقليمية"
    assert {ministry, "وحدة حماية الأهداف الهشة", "الإدارة العامة للجوازات"} <= labels


def test_two_verbal_nouns_after_wa_that_share_a_genitive_stay_in_the_name(extract):
    result = extract(
        "قال السفير خالد منير عبد الرازق، المدير العام لمركز القاهرة الدولي لتسوية النزاعات "
        "وحفظ وبناء السلام، يوم 3 مارس 2025 إن المركز يعمل، معربا عن التعازي حكومة وشعبا "
        "ولأسر الضحايا."
    )
    agencies = arabic_labels(result, "agency")
    assert "مركز القاهرة الدولي لتسوية النزاعات وحفظ وبناء السلام" in agencies
    assert arabic_labels(result, "person") == {"خالد منير عبد الرازق"}
    assert not any("شعبا" in name for name in agencies)


def test_a_side_after_a_body_is_no_more_of_its_name(extract):
    result = extract(
        "بحث الجانبان في عدن يوم 3 مارس 2025 أوجه التعاون بين وزارة الداخلية والجانب الياباني، "
        "والدعم المقدم من حكومة اليابان."
    )
    assert not any("الجانب" in name for name in named_agencies(result.doc))


def test_a_name_ends_at_the_end_of_its_line(extract):
    result = extract(
        "وزارة الداخلية توقع مذكرة تفاهم مع جامعة خليفة\n\nأبوظبي في 18 يونيو 2025 / وام / وقعت "
        "وزارة الداخلية وجامعة خليفة للعلوم والتكنولوجيا أمس مذكرة تفاهم."
    )
    assert "جامعة خليفة" in named_agencies(result.doc)


def test_a_unit_for_international_relations_is_named_with_interpol(extract):
    result = extract(
        "شارك في الاجتماع يوم 3 مارس 2025 العقيد نواف عبدالله الدوسري، مدير إدارة التعاون الدولي "
        "والإنتربول، ووقعت وزارة الداخلية والإنتربول مذكرة تفاهم."
    )
    agencies = arabic_labels(result, "agency")
    assert "إدارة التعاون الدولي والإنتربول" in agencies
    assert not any(name.startswith("وزارة الداخلية والإنتربول") for name in agencies)


def test_a_body_for_implementing_a_convention_keeps_the_convention_in_its_name(extract):
    result = extract(
        "نظمت المديرية يوم 3 مارس 2025 دورة تدريبية شارك فيها ممثلون عن وزارة الصحة واللجنة "
        "الوطنية لتنفيذ اتفاقية حظر الأسلحة الكيميائية ووحدة دعم تنفيذ اتفاقية الأسلحة "
        "البيولوجية."
    )
    agencies = arabic_labels(result, "agency")
    assert "اللجنة الوطنية لتنفيذ اتفاقية حظر الأسلحة الكيميائية" in agencies
    assert "وحدة دعم تنفيذ اتفاقية الأسلحة البيولوجية" in agencies


def test_the_officers_joined_to_a_bodys_members_are_no_part_of_its_name(extract):
    result = extract(
        "بدأت وحدة مكافحة غسل الأموال يوم 3 مارس 2025 دورة تدريبية يشارك فيها 35 من أعضاء "
        "النيابة العامة ومأموري الضبط القضائي."
    )
    assert "النيابة العامة" in named_agencies(result.doc)
    assert not any("مأموري" in name for name in arabic_labels(result, "agency"))
