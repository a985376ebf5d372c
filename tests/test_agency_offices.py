"""Offices, missions and sections of a body, and a body named again by its head and acronym."""


def agencies_named(doc) -> dict[str, str]:
    """Label → key of each agency named in its own right."""
    return {
        m.entity.label: m.entity.key.rsplit("/", 1)[-1]
        for m in doc.mentions
        if m.entity.kind == "agency" and not m.nested
    }


def test_an_agencys_office_in_a_city_is_that_agency_where_it_works(processed):
    doc = processed(
        "استقبل وزير الداخلية يوم 5 مارس 2024 وفداً من مكتب المنظمة الدولية للهجرة بجيبوتي "
        "وبعثة اللجنة الدولية للصليب الأحمر في العراق."
    )
    keys = set(agencies_named(doc).values())
    assert {"iom", "icrc"} <= keys
    assert not any(label.startswith(("مكتب", "بعثة")) for label in agencies_named(doc))
    assert not [f for f in doc.facts if f.predicate == "unitOf"]


def test_a_union_s_mission_and_interpol_s_office_in_a_state_are_bodies_of_their_own(processed):
    doc = processed(
        "شارك في الاجتماع يوم 5 مارس 2024 ممثلون عن بعثة الاتحاد الأوروبي لدى الأردن ومكتب "
        "الإنتربول في بيروت."
    )
    labels = set(agencies_named(doc))
    assert {"بعثة الاتحاد الأوروبي لدى الأردن", "مكتب الإنتربول في بيروت"} <= labels


def test_a_mission_named_by_its_head_and_acronym_is_the_mission_the_acronym_names(processed):
    doc = processed(
        "زار وفد من بعثة الاتحاد الإفريقي الانتقالية في الصومال (أتميس) مقر الوزارة يوم 5 مارس "
        "2024. وأكد مفوض الشرطة في بعثة أتميس أن البعثة ستواصل دعمها، وأن بعثة أتميس ستواصل "
        "التدريب."
    )
    missions = {m.entity.key for m in doc.mentions if m.entity.label.startswith("بعثة")}
    assert missions == {"agency:بعثه الاتحاد الافريقي الانتقاليه في الصومال"}
    assert not any("ستواصل" in doc.text[m.start : m.end] for m in doc.mentions)


def test_a_section_named_in_a_post_title_is_a_body_of_its_own(processed):
    doc = processed(
        "قدمت الرائد سارة علي المطيري رئيسة قسم التحليل الرقمي عرضاً يوم 5 مارس 2024، فيما "
        "تعاون قسم علم النفس مع الإدارة العامة للمرور في تنظيم الورشة."
    )
    labels = set(agencies_named(doc))
    assert {"قسم التحليل الرقمي", "قسم علم النفس", "الإدارة العامة للمرور"} <= labels


def test_a_bodys_general_command_is_the_body(processed):
    doc = processed(
        "استقبل قائد قوة الشرطة الصومالية يوم 5 مارس 2024 في مقر قيادة قوة الشرطة الصومالية وفدا "
        "من القيادة العامة لشرطة دبي."
    )
    keys = {m.entity.key.rsplit("/", 1)[-1] for m in doc.mentions if m.entity.kind == "agency"}
    assert keys == {"so-police", "ae-dp"}


def test_a_body_named_in_full_then_by_a_known_name_in_brackets_is_the_known_body(processed):
    doc = processed(
        "استقبل الوزير يوم 5 مارس 2024 وفدا من بعثة الاتحاد الأوروبي للمساعدة في إدارة الحدود "
        "المتكاملة في ليبيا (EUBAM Libya)، قبيل انعقاد الجمعية العامة للمنظمة الدولية للشرطة "
        "الجنائية (الإنتربول)."
    )
    keys = set(agencies_named(doc).values())
    assert "eubam-libya" in keys and "interpol" in keys
    assert any(key.startswith("agency:الجمعيه العامه") for key in keys)
    assert not any(key.startswith("agency:بعثه") for key in keys)


def test_a_regional_office_named_in_a_title_with_its_parent_is_a_unit_of_it(processed):
    doc = processed(
        "تحدثت السيدة إليسا كوستا، رئيسة المكتب الإقليمي للدول العربية في مكتب الأمم المتحدة "
        "للحد من مخاطر الكوارث، يوم 5 مارس 2024."
    )
    units = {(f.subject.label, f.object.label) for f in doc.facts if f.predicate == "unitOf"}
    assert ("المكتب الإقليمي للدول العربية", "مكتب الأمم المتحدة للحد من مخاطر الكوارث") in units
    assert "المكتب الإقليمي للدول العربية" in agencies_named(doc)  # a body of its own too


def test_the_office_in_a_city_of_a_body_the_registry_does_not_list_is_that_body(extract):
    result = extract(
        "نظمت وزارة الداخلية يوم 3 مارس 2025 ورشة عمل بدعم من الوكالة الإيطالية للتعاون الإنمائي، "
        "وتحدث فيها رئيس مكتب الوكالة الإيطالية للتعاون الإنمائي في بيروت السيد أليساندرو ماريني."
    )
    agencies = agencies_named(result.doc)
    assert "الوكالة الإيطالية للتعاون الإنمائي" in agencies
    assert not any(name.startswith("مكتب") for name in agencies)


def test_the_un_office_is_the_one_un_office_the_document_names(extract):
    result = extract(
        "نظمت الأكاديمية يوم 3 مارس 2025 دورة بالتعاون مع مكتب الأمم المتحدة المعني بالمخدرات "
        "والجريمة، وقدم المحاضرة الأولى توماس برغر، خبير المكتب الأممي، حول تتبع المحافظ الرقمية."
    )
    holders = {
        (post.holder.label, post.organization.label if post.organization else None)
        for post in result.doc.posts
    }
    assert ("توماس برغر", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة") in holders
