"""Bodies named by a head noun the registry does not list with them."""

from extraction_support import arabic_labels, named_agencies


def test_a_definite_head_with_an_adjective_of_reach_names_a_body(extract):
    result = extract(
        "شارك في الندوة يوم 3 مارس 2025 المركز العربي لدراسات الحدود والمعهد الإقليمي للتدريب "
        "الجمركي والجيش الموريتاني والضابطة العدلية."
    )
    assert {
        "المركز العربي لدراسات الحدود",
        "المعهد الإقليمي للتدريب الجمركي",
        "الجيش الموريتاني",
        "الضابطة العدلية",
    } <= arabic_labels(result, "agency")


def test_an_institutions_purpose_right_after_its_adjective_is_its_name(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن الشبكة الإفريقية لتعزيز الشفافية في الاجتماع الذي "
        "عقدته الوزارة لتعزيز التعاون."
    )
    assert arabic_labels(result, "agency") == {"الشبكة الإفريقية لتعزيز الشفافية"}


def test_a_definite_head_alone_or_a_service_in_general_names_no_body(extract):
    result = extract(
        "أشاد الوزير يوم 3 مارس 2025 بجهود الشرطة الأوروبية والشرطة العربية، وقال إن المركز "
        "والمعهد سيعملان معا."
    )
    assert arabic_labels(result, "agency") == set()


def test_a_bodys_board_is_the_body(extract):
    result = extract(
        "حاضر يوم 3 مارس 2025 الدكتور سامر عادل النجار رئيس مجلس أمناء الهيئة الوطنية لسلامة "
        "الموانئ."
    )
    assert arabic_labels(result, "agency") == {"الهيئة الوطنية لسلامة الموانئ"}


def test_a_titles_adjective_after_the_body_is_not_in_its_name(extract):
    result = extract(
        "حضر الورشة يوم 3 مارس 2025 وكيل هيئة المنافذ البحرية المساعد العميد سالم نواف الأحمد."
    )
    assert arabic_labels(result, "agency") == {"هيئة المنافذ البحرية"}


def test_a_general_command_after_and_starts_the_next_body_of_a_list(extract):
    result = extract(
        "شارك في الاجتماع يوم 3 مارس 2025 ممثلو وزارة العدل والقيادة العامة لشرطة وادي النخيل "
        "والقيادة العامة للدفاع المدني."
    )
    agencies = arabic_labels(result, "agency")
    assert {"القيادة العامة لشرطة وادي النخيل", "القيادة العامة للدفاع المدني"} <= agencies
    assert not any(label.startswith("وزارة العدل و") for label in agencies)


def test_a_commission_after_and_starts_the_next_body(extract):
    result = extract(
        "شارك في الندوة يوم 3 مارس 2025 ممثلو الهيئة الوطنية لمكافحة التهريب والمفوضية الوطنية "
        "للانتخابات."
    )
    assert {"الهيئة الوطنية لمكافحة التهريب", "المفوضية الوطنية للانتخابات"} <= arabic_labels(
        result, "agency"
    )


def test_a_portfolio_after_a_short_form_and_a_counterpart_end_the_name(extract):
    result = extract(
        "استقبل المدير العام يوم 3 مارس 2025 وفدا من الهيئة الإقليمية لسلامة الملاحة برئاسة "
        "السيدة آنا كوفاليفا، نائبة المدير التنفيذي للهيئة لشؤون العمليات. ووقع المذكرة المكتب "
        "الوطني لمكافحة الجريمة ونظيره الإيطالي، بحضور ممثلي معتمدية شؤون اللاجئين."
    )
    agencies = arabic_labels(result, "agency")
    assert not any("لشؤون العمليات" in label or "ونظيره" in label for label in agencies)
    assert {"المكتب الوطني لمكافحة الجريمة", "معتمدية شؤون اللاجئين"} <= agencies


def test_a_headquarters_names_its_body_and_a_chairmanship_names_none(extract):
    result = extract(
        "شارك في الاجتماع يوم 3 مارس 2025 ممثلو رئاسة قوات الدفاع المدني ورئاسة النيابة العامة، "
        "برئاسة اللواء سالم الفهد، الذي تسلم رئاسة المجلس."
    )
    assert arabic_labels(result, "agency") >= {"رئاسة قوات الدفاع المدني"}
    assert not any("المجلس" in label for label in arabic_labels(result, "agency"))


def test_the_security_of_a_governorate_is_its_police(extract):
    result = extract("حضر التدشين يوم 3 مارس 2025 مدير أمن محافظة المهرة العميد سالم علي الحريزي.")
    assert arabic_labels(result, "agency") == {"أمن محافظة المهرة"}


def test_a_verbal_noun_in_a_construct_chain_is_no_adjective_of_the_head(extract):
    result = extract(
        "وقدم مدير مركز رعاية ضحايا الاتجار يوم 3 مارس 2025 عرضا، بحضور ممثلي شبكة عربية "
        "لنقاط الاتصال."
    )
    assert arabic_labels(result, "agency") == {"مركز رعاية ضحايا الاتجار"}


def test_a_preposition_or_a_negation_after_a_bodys_name_ends_it(extract):
    result = extract(
        "وتستضيف كلية الشرطة الورشة على مدى يومين من 3 مارس 2025، وقال إن جامعة الشرق للعلوم "
        "الأمنية لا يمكن أن تبقى بعيدة."
    )
    assert {"كلية الشرطة", "جامعة الشرق للعلوم الأمنية"} <= arabic_labels(result, "agency")


def test_a_project_keeps_the_state_it_serves_in_its_name(extract):
    result = extract(
        "نظمت الوزارة يوم 3 مارس 2025 ورشة عمل في إطار مشروع تعزيز إدارة الحدود في العراق، "
        "الممول من الاتحاد الأوروبي."
    )
    assert "مشروع تعزيز إدارة الحدود في العراق" in arabic_labels(result, "agency")


def test_a_generals_name_inside_an_academys_name(extract):
    result = extract(
        "انطلقت يوم 17 مارس 2025 في أكاديمية الجنرال سعيد موسى للشرطة بمقديشو أعمال ورشة العمل."
    )
    assert "أكاديمية الجنرال سعيد موسى للشرطة" in arabic_labels(result, "agency")


def test_a_regional_unit_keeps_the_city_it_serves_and_maghrebi_regional_commands(extract):
    result = extract(
        "وحضر ممثلو المديرية الجهوية للجمارك بتمنراست والمجموعة الإقليمية للدرك الوطني بتمنراست "
        "وولاية أمن مراكش والمنطقة الإقليمية للأمن بالناظور يوم 3 مارس 2025."
    )
    assert {
        "المديرية الجهوية للجمارك بتمنراست",
        "المجموعة الإقليمية للدرك الوطني بتمنراست",
        "ولاية أمن مراكش",
        "المنطقة الإقليمية للأمن بالناظور",
    } <= arabic_labels(result, "agency")


def test_a_municipality_is_a_body(extract):
    result = extract(
        "وقدمت يوم 3 مارس 2025 المهندسة رنا محمد العمري، مديرة التنمية المحلية في بلدية إربد "
        "الكبرى، عرضا عن الإنارة."
    )
    assert "بلدية إربد الكبرى" in arabic_labels(result, "agency")


def test_a_noun_that_starts_with_ba_continues_a_name(extract):
    result = extract(
        "أطلقت يوم 3 مارس 2025 الشبكة العربية لتبادل بيانات الإنذار المبكر التي يديرها المكتب."
    )
    assert "الشبكة العربية لتبادل بيانات الإنذار المبكر" in arabic_labels(result, "agency")


def test_coordinated_verbal_nouns_share_the_genitive_after_them(extract):
    result = extract(
        "استقبل الوزير يوم 3 مارس 2025 وفد الهيئة الوطنية لرصد ومتابعة تهريب المهاجرين ووحدة "
        "جمع وتحليل البيانات الجمركية."
    )
    assert {
        "الهيئة الوطنية لرصد ومتابعة تهريب المهاجرين",
        "وحدة جمع وتحليل البيانات الجمركية",
    } <= arabic_labels(result, "agency")


def test_elatives_and_a_field_of_specialisation_are_in_the_name(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 مركز الخليج الأدنى للدراسات الأمنية، والفرقة الوطنية المتخصصة "
        "في جرائم الفساد، وسلطة الموانئ والمناطق الحرة."
    )
    assert {
        "مركز الخليج الأدنى للدراسات الأمنية",
        "الفرقة الوطنية المتخصصة في جرائم الفساد",
        "سلطة الموانئ والمناطق الحرة",
    } <= arabic_labels(result, "agency")


def test_a_judges_name_after_a_head_in_construct_is_in_the_name(extract):
    result = extract(
        "قدم الدكتور سامر النجار يوم 3 مارس 2025 بحثا من جامعة القاضي عبد الوهاب، وذكر قرار "
        "المجلس القاضي بإنشاء لجنة."
    )
    assert "جامعة القاضي عبد الوهاب" in arabic_labels(result, "agency")
    assert not any("بإنشاء" in label for label in arabic_labels(result, "agency"))


def test_a_pronoun_after_a_head_makes_it_no_body(extract):
    result = extract(
        "صادق المجلس يوم 3 مارس 2025 على مشروع لائحتها المالية، واسترجعت الشرطة 40 سيارة أعيد "
        "قسم منها إلى أصحابها، وأدين متهمون بالسرقة بقوة السلاح."
    )
    labels = arabic_labels(result, "agency")
    assert not any(label.startswith(("مشروع", "قسم", "قوة")) for label in labels)


def test_a_known_body_after_wa_is_a_second_body_and_a_committee_of_experts_none(extract):
    result = extract(
        "وقعت يوم 3 مارس 2025 اتفاقية بين حكومة دولة الكويت والأمم المتحدة، وشكلت الوزارة لجنة "
        "مشتركة من الخبراء القانونيين، وتولى الوزير إدارة جلساته بديوان الوزارة."
    )
    labels = arabic_labels(result, "agency")
    assert "حكومة دولة الكويت" in labels
    assert not any(label.startswith(("لجنة", "إدارة", "ديوان")) for label in labels)


def test_a_department_the_people_come_from_is_a_body(extract):
    result = extract(
        "وشارك في الدورة يوم 3 مارس 2025 ثلاثون ضابطا من إدارة التحريات الجنائية وإدارة الأدلة "
        "الرقمية، وتناولت الدورة إدارة الأزمات."
    )
    assert arabic_labels(result, "agency") == {"إدارة التحريات الجنائية", "إدارة الأدلة الرقمية"}


def test_a_bare_head_after_a_whole_definite_name_is_the_body_it_belongs_to(extract):
    result = extract(
        "وقدم الدكتور شريف محمود الحسيني الأستاذ بكلية الهندسة جامعة عين شمس محاضرة يوم 3 مارس "
        "2025، بحضور ممثل المكتب الإقليمي لمكتب الأمم المتحدة المعني بالمخدرات والجريمة."
    )
    doc = result.doc
    spans = {doc.raw_text(m.start, m.end) for m in doc.mentions if m.entity.kind == "agency"}
    assert {"بكلية الهندسة", "جامعة عين شمس"} <= spans
    assert "بكلية الهندسة جامعة عين شمس" not in spans
    assert any(span.startswith("المكتب الإقليمي لمكتب الأمم المتحدة") for span in spans)


def test_the_judicial_police_a_post_names_is_a_body_and_a_longer_name_another(extract):
    result = extract(
        "وحضر اللقاء يوم 3 مارس 2025 والي الأمن سعيد الناصري، مدير الشرطة القضائية، وممثل "
        "عن المديرية المركزية للشرطة القضائية."
    )
    agencies = arabic_labels(result, "agency")
    assert {"المديرية المركزية للشرطة القضائية", "الشرطة القضائية"} <= agencies


def test_control_safety_and_overlooking_take_their_object_after_ala_inside_a_name(extract):
    result = extract(
        "وشارك يوم 3 مارس 2025 المركز الوطني للرقابة على الالتزام البيئي والمجلس القومي "
        "للسلامة على الطرق."
    )
    agencies = arabic_labels(result, "agency")
    assert {
        "المركز الوطني للرقابة على الالتزام البيئي",
        "المجلس القومي للسلامة على الطرق",
    } <= agencies


def test_ports_are_places_of_work_not_bodies(extract):
    result = extract(
        "وتناولت الورشة يوم 3 مارس 2025 تدفق الحاويات عبر موانئ خور الزبير وأم قصر ومن موانئ "
        "المصدر، بحضور ممثلي الشركة العامة لموانئ العراق."
    )
    agencies = arabic_labels(result, "agency")
    assert not any(name.startswith("موانئ") for name in agencies)


def test_a_definite_head_and_general_name_a_body_with_what_it_is_general_for(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن المؤسسة العامة للغذاء والدواء، وأكد المتحدث دور "
        "المؤسسات العامة، وقدمت الأمانة العامة للعامين المقبلين خطة عمل."
    )
    assert arabic_labels(result, "agency") == {"المؤسسة العامة للغذاء والدواء"}


def test_a_board_of_directors_or_commissioners_of_a_body_is_the_body(extract):
    result = extract(
        "افتتح الدورة يوم 3 مارس 2025 الدكتور أيمن عبد الحميد الشربيني رئيس مجلس إدارة هيئة "
        "الرقابة النووية والإشعاعية، والمهندس هشام عودة الخصاونة رئيس مجلس مفوضي الهيئة."
    )
    assert arabic_labels(result, "agency") == {"هيئة الرقابة النووية والإشعاعية"}


def test_a_command_or_operations_centre_is_a_facility_unless_its_reach_names_it(extract):
    result = extract(
        "زار الوفد يوم 3 مارس 2025 مركز القيادة والسيطرة ومركز العمليات البحرية المشترك، ثم "
        "مركز القيادة الوطني."
    )
    assert arabic_labels(result, "agency") == {"مركز القيادة الوطني"}


def test_common_phrases_with_a_head_name_no_body(extract):
    result = extract(
        "أكد المستشار يوم 3 مارس 2025 أن مصلحة الطفل الفضلى أولوية، وأن كل مركز شرطة ومركز اقتراع "
        "سيزود بجهاز هاتف، قبل انتخابات مجلس النواب المقرر إجراؤها."
    )
    assert arabic_labels(result, "agency") == {"مجلس النواب"}


def test_a_head_after_ghayr_is_an_adjective_not_a_short_form(processed):
    doc = processed(
        'نظمت المديرية يوم 3 مارس 2025 يوما دراسيا حول "مكافحة الاتجار غير المشروع بالأحياء '
        'البرية" بالتعاون مع مشروع دعم الغابات.'
    )
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.entity.kind == "agency"] == [
        "مشروع دعم الغابات"
    ]


def test_a_management_that_opens_a_quoted_title_is_its_topic_not_a_department(extract):
    result = extract(
        'نظمت الأكاديمية يوم 3 مارس 2025 الدورة التدريبية "إدارة مسرح الجريمة الإلكترونية" '
        'بالتعاون مع برنامج "إدارة أفضل للهجرة".'
    )
    assert arabic_labels(result, "agency") == {"إدارة أفضل للهجرة"}


def test_managing_a_site_a_scene_or_risks_is_an_act_not_a_department(extract):
    result = extract(
        "تناولت الورشة يوم 3 مارس 2025 إخراج المصابين وإدارة موقع الحادث وإدارة مسارح الجريمة، "
        "وقدم مدير إدارة مسرح الجريمة العقيد سالم علي الكعبي عرضا."
    )
    assert arabic_labels(result, "agency") == {"إدارة مسرح الجريمة"}


def test_managing_a_shelter_a_post_or_operations_rooms_is_an_act(extract):
    result = extract(
        "تناولت الدورة يوم 3 مارس 2025 الفرز الطبي وإدارة مركز الإيواء المؤقت وإدارة غرف "
        "العمليات المشتركة، وتولى المتطوعون إدارة نقطة الإسعاف الميدانية."
    )
    assert arabic_labels(result, "agency") == set()


def test_a_border_post_is_a_crossing_not_a_body(extract):
    result = extract(
        "زار الوزير يوم 3 مارس 2025 مركز حدود جابر ومديرية الأمن العام واطلع على سير العمل."
    )
    assert not any(label.startswith("مركز حدود") for label in arabic_labels(result, "agency"))


def test_another_states_government_is_a_body_the_documents_own_is_its_setting(extract):
    result = extract(
        "نظمت وزارة الداخلية العراقية في بغداد يوم 3 مارس 2025 دورة تدريبية بتمويل من الحكومة "
        "اليابانية، وأكد المدير أن الحكومة العراقية تدعم البرنامج، وشكر الحكومة اليابانية لتركيا."
    )
    labels = arabic_labels(result, "agency")
    assert "الحكومة اليابانية" in labels
    assert not any(label.startswith("الحكومة العراقية") for label in labels)
    spans = [result.doc.raw_text(m.start, m.end) for m in result.doc.mentions]
    assert not any("لتركيا" in span and "الحكومة" in span for span in spans)


def test_works_a_body_carries_out_are_no_funded_project(extract):
    result = extract(
        "أكد المدير يوم 3 مارس 2025 أن مشروع رقمنة رخصة السياقة ومشروع محطة الضبعة للطاقة "
        "النووية يتقدمان، بدعم من مشروع تعزيز إدارة الحدود في العراق."
    )
    assert arabic_labels(result, "agency") == {"مشروع تعزيز إدارة الحدود في العراق"}


def test_drafts_a_meeting_adopts_are_no_funded_project(extract):
    result = extract(
        "أقر الاجتماع يوم 3 مارس 2025 مشروع جدول الأعمال ومشروع موازنة الجامعة ومشروع خطة العمل "
        "ومشروع مذكرة التفاهم، بدعم من مشروع تعزيز إدارة الحدود في العراق."
    )
    assert arabic_labels(result, "agency") == {"مشروع تعزيز إدارة الحدود في العراق"}


def test_a_project_or_programme_named_by_the_body_running_it_and_its_purpose(extract):
    result = extract(
        "نظمت الوزارة يوم 3 مارس 2025 ورشة عمل بالتعاون مع برنامج الإيغاد لقطاع الأمن ومشروع "
        "الإنتربول لتعزيز أمن الحدود وبرنامج إدارة أفضل للهجرة، ضمن برنامج الزيارة وبرنامج "
        "تدريبي للضباط."
    )
    labels = arabic_labels(result, "agency")
    named = {"برنامج الإيغاد لقطاع الأمن", "مشروع الإنتربول لتعزيز أمن الحدود"}
    assert named | {"برنامج إدارة أفضل للهجرة"} <= labels
    assert not any(label.startswith(("برنامج الزيارة", "برنامج تدريبي")) for label in labels)


def test_a_units_kind_in_a_city_is_no_body_but_in_a_state_is_that_states(extract):
    result = extract(
        "قال المدير يوم 3 مارس 2025 إن الوزارة تستكمل تجهيز وحدة التشريح في نابلس وربط السفن "
        "بمركز المراقبة في مسقط، بالتعاون مع إدارة الجمارك بجيبوتي وحكومة اتحاد جزر القمر."
    )
    labels = arabic_labels(result, "agency")
    assert "وحدة التشريح" not in labels and "مركز المراقبة" not in labels
    assert "إدارة الجمارك" in labels
    assert not any(label.startswith("اتحاد جزر القمر") for label in labels)


def test_a_hospital_is_a_body_but_a_strength_and_a_verb_after_wa_are_not(extract):
    result = extract(
        "زار الوفد يوم 3 مارس 2025 مستشفى الشرطة في عدن، وقال إن زلزالا بقوة 6 درجات ضرب "
        "المنطقة، وإن مجلس القضاء الأعلى وجه المحاكم المختصة بسرعة البت."
    )
    agencies = arabic_labels(result, "agency")
    assert {"مستشفى الشرطة", "مجلس القضاء الأعلى"} <= agencies
    assert not any("قوة" in name or "المحاكم" in name for name in agencies)


def test_a_project_or_programme_named_by_its_quoted_title_headed_by_its_kind(processed):
    doc = processed(
        'نفذت المنظمة الدولية للهجرة يوم 4 سبتمبر 2024 دورة تدريبية ضمن مشروع "دعم الإدارة '
        'المتكاملة للحدود في العراق" وبرنامج «إدارة الهجرة بشكل أفضل» الممول من الاتحاد الأوروبي، '
        'وتابعت لِمشروع "تعزيز قدرات الشرطة".'
    )
    projects = {m.entity.label: m.entity.cls for m in doc.mentions if m.entity.kind == "agency"}
    assert projects["مشروع دعم الإدارة المتكاملة للحدود في العراق"] == "FundedProject"
    assert projects["برنامج إدارة الهجرة بشكل أفضل"] == "FundedProject"
    assert projects["مشروع تعزيز قدرات الشرطة"] == "FundedProject"  # not "لِمشروع"
    assert "العراق" in arabic_labels_of_places(doc)


def arabic_labels_of_places(doc) -> set[str]:
    return {m.entity.label for m in doc.mentions if m.entity.kind == "place"}


def test_an_embassy_is_a_body_named_with_where_it_is_and_its_state_a_place(processed):
    doc = processed(
        "وحضر حفل الافتتاح يوم 9 فبراير 2025 الملحق العسكري في سفارة الولايات المتحدة لدى البلاد، "
        "بالتنسيق مع السفارة الإيطالية في بيروت وسفارة اليابان لدى اليمن."
    )
    named = {m.entity.label for m in doc.mentions if not m.nested}
    embassies = {"سفارة الولايات المتحدة", "السفارة الإيطالية في بيروت", "سفارة اليابان لدى اليمن"}
    assert embassies | {"الولايات المتحدة", "بيروت", "اليابان", "اليمن"} <= named


def test_a_university_after_its_law_faculty_is_named_in_its_own_right(processed):
    doc = processed(
        "وقدم الدكتور علي العزاوي، أستاذ القانون الدولي في كلية القانون بجامعة بغداد، يوم 5 مايو "
        "2024 محاضرة عن قانون خدمة عناصر قوى الأمن الداخلي."
    )
    named = {m.entity.label for m in doc.mentions if m.entity.kind == "agency" and not m.nested}
    assert named == {"كلية القانون", "جامعة بغداد"}  # the forces only name the law


def test_the_good_of_both_sides_a_device_and_a_datelines_day_name_no_body(processed):
    doc = processed(
        "بغداد / مديرية العلاقات والإعلام 9 أيار 2024 - أكد الوزير أن التعاون يخدم مصلحة البلدين، "
        "وأن المركز زُوّد بجهاز راديو يعمل بالأقمار الصناعية."
    )
    named = {m.entity.label for m in doc.mentions if m.entity.kind == "agency" and not m.nested}
    assert named == {"مديرية العلاقات والإعلام"}


def test_a_numbered_list_of_bodies_ends_each_name_at_its_line(processed):
    doc = processed(
        "وشارك في الورشة يوم 9 ديسمبر 2025 ممثلو الجهات التالية:\n"
        "1. المديرية العامة للشرطة الوطنية\n2. وزارة الداخلية الإثيوبية\n3. دائرة الهجرة الكينية\n"
    )
    named = {doc.text[m.start : m.end] for m in doc.mentions if m.entity.kind == "agency"}
    assert {"المديريه العامه للشرطه الوطنيه", "وزاره الداخليه الاثيوبيه"} <= named


def test_a_mission_to_a_state_is_named_with_it(processed):
    doc = processed("وقعت الوزارة يوم 9 ديسمبر 2025 اتفاقية مع بعثة الاتحاد الأوروبي إلى لبنان.")
    named = {doc.text[m.start : m.end] for m in doc.mentions if m.entity.kind == "agency"}
    assert "بعثه الاتحاد الاوروبي الي لبنان" in named


def test_a_command_after_a_unit_is_the_body_that_holds_it_and_led_by_takes_none(extract):
    result = extract(
        "ألقى الرائد البحري محمد إبراهيم الدوسري رئيس قسم التدريب بقيادة خفر السواحل محاضرة يوم "
        "3 مارس 2025، وزار الوفد مركز التدريب بقيادة الدرك الوطني، ووصل وفد أمني بقيادة "
        "اللواء سالم علي المري."
    )
    agencies = named_agencies(result.doc)
    assert "قيادة خفر السواحل" in agencies
    assert "قيادة الدرك الوطني الجزائري" in agencies  # the registry's
    assert not any("المري" in name for name in agencies)
    (post,) = result.doc.posts
    assert post.organization.label == "قيادة خفر السواحل"


def test_navies_named_by_an_adjective_but_not_a_sea_border(extract):
    result = extract(
        "نظمت القوات البحرية المصرية والبحرية الإسبانية يوم 5 مايو 2024 ورشة عمل، بحضور ممثل "
        "البحرية السلطانية العمانية."
    )
    assert arabic_labels(result, "agency") == {
        "القوات البحرية المصرية",
        "البحرية الإسبانية",
        "البحرية السلطانية العمانية",
    }
    result = extract(
        "ناقشت الورشة يوم 5 مايو 2024 أمن الحدود البحرية الإسبانية مع الهيئة العامة للمنافذ "
        "البرية والبحرية."
    )
    assert arabic_labels(result, "agency") == {"الهيئة العامة للمنافذ البرية والبحرية"}


def test_an_alliance_is_a_body(extract):
    result = extract(
        "نظمت الأكاديمية يوم 4 مارس 2025 ورشة عمل بالشراكة مع تحالف الأمم المتحدة للحضارات."
    )
    assert "تحالف الأمم المتحدة للحضارات" in arabic_labels(result, "agency")


def test_a_bodys_unnamed_offices_do_not_make_it_a_party(extract):
    result = extract(
        "عقدت الوزارة يوم 4 مارس 2025 ورشة عمل، وأكد الوزير حرص الوزارة على تعزيز الشراكة مع "
        "منظمات الأمم المتحدة."
    )
    assert not any("الأمم المتحدة" in name for name in named_agencies(result.doc))


def test_border_management_is_a_field_not_a_body(processed):
    doc = processed(
        "نظمت الهيئة يوم 4 مارس 2025 ورشة عمل، تناول فيها ماركوس ليندن، خبير إدارة الحدود في بعثة "
        "الاتحاد الأوروبي، التجارب الأوروبية، بحضور ممثل وحدة إدارة الحدود بالهيئة."
    )
    agencies = named_agencies(doc)
    assert "إدارة الحدود" not in agencies
    assert any(name.startswith("وحدة إدارة الحدود") for name in agencies)


def test_a_states_security_establishment_is_no_one_body(processed):
    doc = processed(
        "افتتحت الأكاديمية يوم 4 مارس 2025 دورة تدريبية، وأكد ممثل الاتحاد الأوروبي استمرار دعم "
        "المؤسسة الأمنية الفلسطينية."
    )
    assert not any(name.startswith("المؤسسة الأمنية") for name in named_agencies(doc))


def test_a_body_named_without_its_head_is_the_one_named_whole(processed):
    doc = processed(
        "اختتمت يوم 4 مارس 2025 في جيبوتي دورة تدريبية بمشاركة 20 ضابطا من مصلحة خفر السواحل "
        "اليمنية، وأشاد ممثل المنظمة البحرية الدولية بالتزام خفر السواحل اليمنية بالتدريب."
    )
    agencies = named_agencies(doc)
    assert "مصلحة خفر السواحل اليمنية" in agencies
    assert "خفر السواحل اليمنية" not in agencies


def test_commands_regional_commands_and_corps_of_forces_are_bodies(extract):
    result = extract(
        "زار الوفد يوم 21 أكتوبر 2025 قيادة الواجهة البحرية للوسط. وتجمع الورشة مشاركين من "
        "إقليم الحرس البحري بصفاقس وإقليم الأمن الوطني بمدنين وسلاح البحرية الملكي البحريني. "
        "وتدرب السائقون على قيادة المركبات."
    )
    assert {
        "قيادة الواجهة البحرية للوسط",
        "إقليم الحرس البحري بصفاقس",
        "إقليم الأمن الوطني بمدنين",
        "سلاح البحرية الملكي البحريني",
    } <= arabic_labels(result, "agency")
    assert not any("المركبات" in label for label in arabic_labels(result, "agency"))


def test_a_joint_committee_of_two_states_and_one_of_an_organizations_members(extract):
    result = extract(
        "اختتمت في مسقط يوم 16 سبتمبر 2025 أعمال الاجتماع الخامس للجنة العمانية السعودية "
        "المشتركة للجوازات والمنافذ. وعقدت لجنة قادة القوات البحرية بدول مجلس التعاون لدول "
        "الخليج العربية اجتماعها في المنامة."
    )
    assert {
        "اللجنة العمانية السعودية المشتركة للجوازات والمنافذ",
        "لجنة قادة القوات البحرية بدول مجلس التعاون لدول الخليج العربية",
    } <= named_agencies(result.doc)


def test_the_maghrebs_regional_services_and_a_programme_a_body_runs(extract):
    result = extract(
        "أوقفت يوم 3 مارس 2025 عناصر فرقة الأحداث التابعة للمصلحة الولائية للشرطة القضائية "
        "بالدار البيضاء شخصين، بتنسيق مع القيادة الجهوية للدرك الملكي. ويأتي التدريب ضمن "
        "برنامج الأمم المتحدة لمكافحة سفر الإرهابيين."
    )
    assert {
        "المصلحة الولائية للشرطة القضائية بالدار البيضاء",
        "القيادة الجهوية للدرك الملكي",
        "برنامج الأمم المتحدة لمكافحة سفر الإرهابيين",
    } <= arabic_labels(result, "agency")


def test_an_adverb_after_a_head_a_preposition_cut_off_by_a_bracket_and_jordans_commands(extract):
    result = extract(
        "تستضيف الإدارة يوم 3 مارس 2025 الاجتماع السنوي للمجموعة الإقليمية لـ(إنساراغ) "
        "بمشاركة ممثلين عن 41 دولة ومنظمة حضوريا وعبر الاتصال المرئي. ونفذت كوادر دفاع مدني "
        "العقبة تمرينا مشتركا."
    )
    labels = arabic_labels(result, "agency")
    assert "دفاع مدني العقبة" in labels
    assert not any("حضوريا" in label or label.endswith(" ل") for label in labels)


def test_a_body_named_with_another_states_adjective_is_not_the_home_states(extract):
    result = extract(
        "الكويت - 14 - 3 (كونا) -- اختتمت الإدارة العامة لخفر السواحل بوزارة الداخلية يوم 14 "
        "مارس 2025 الدورة التي نظمتها بالتعاون مع خفر السواحل الأمريكي."
    )
    labels = arabic_labels(result, "agency")
    assert "خفر السواحل الأمريكي" in labels


def test_an_embassy_to_the_kingdom_and_one_named_by_its_states_adjective(extract):
    result = extract(
        "الرياض - استقبل مدير الأمن العام يوم 3 مارس 2025 الملحق العسكري بسفارة جمهورية كوريا "
        "لدى المملكة.\n\nالمنامة - اختتمت الأكاديمية دورة بالتعاون مع السفارة البريطانية. "
        "ونظمت الدورة بالتعاون مع سفارة المملكة المتحدة لدى مملكة البحرين."
    )
    labels = arabic_labels(result, "agency")
    assert "سفارة جمهورية كوريا لدى المملكة" in labels
    assert "سفارة المملكة المتحدة لدى مملكة البحرين" in labels
    assert "السفارة البريطانية" not in labels  # the same embassy, one entity


def test_a_programme_named_in_a_post_title_before_the_body_it_belongs_to(extract):
    result = extract(
        "وقالت السيدة صوفي لاكروا، منسقة برنامج الساحل لدى مكتب الأمم المتحدة المعني بالمخدرات "
        "والجريمة، يوم 3 مارس 2025 إن التنسيق مهم. ونظمت الوزارة برنامج تدريبي في عمان."
    )
    names = named_agencies(result.doc)
    assert "برنامج الساحل" in names
    assert not any("تدريبي" in name for name in names)
