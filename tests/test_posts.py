"""Posts: the role a title gives, read from the body it names."""

from extraction_support import KG, agent_labels, events_of, post_triples


def test_the_wakil_of_a_university_is_its_vice_president_and_of_a_ministry_its_deputy(extract):
    result = extract(
        "افتتح وكيل جامعة الشرق للعلوم الأمنية للشؤون التعليمية الدكتور فهد سالم المري الورشة يوم "
        "3 مارس 2025، بحضور وكيل وزارة الداخلية اللواء سالم ناصر الفهد."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("فهد سالم المري", "vice-president") in roles
    assert ("سالم ناصر الفهد", "deputy-minister") in roles


def test_a_portfolio_after_a_short_form_keeps_the_body_the_short_form_names(extract):
    result = extract(
        "نظمت جامعة الشرق للعلوم الأمنية ورشة عمل يوم 3 مارس 2025، افتتحها وكيل الجامعة للشؤون "
        "الأكاديمية الدكتور فهد سالم المري، وحضرها وكيل الوزارة لشؤون الأمن اللواء سالم ناصر الفهد."
    )
    posts = post_triples(result.doc)
    assert ("فهد سالم المري", "vice-president", "جامعة الشرق للعلوم الأمنية") in posts


def test_the_head_of_an_apparatus_or_a_programme_heads_it(extract):
    result = extract(
        "شارك في الاجتماع يوم 3 مارس 2025 العميد سالم مبارك النعيمي، رئيس جهاز الشرطة "
        "الخليجية، والسيد ألكسندر هيلمز، رئيس برنامج مكافحة الجريمة البحرية."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert {("سالم مبارك النعيمي", "head"), ("ألكسندر هيلمز", "head")} <= roles


def test_an_accredited_ambassador_before_the_name(extract):
    result = extract(
        "وجرى اللقاء يوم 8 مايو 2025 بحضور سفير جمهورية السنغال المعتمد في نواكشوط السيد شيخ "
        "تيجان انجاي."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("شيخ تيجان انجاي", "ambassador") in roles


def test_appointed_governor_of_a_regional_police_command(extract):
    result = extract(
        "أعلنت المديرية العامة للأمن الوطني يوم 3 مارس 2025 تعيين والي الأمن رشيد الكتاني واليا "
        "على ولاية أمن مراكش."
    )
    posts = post_triples(result.doc)
    assert ("رشيد الكتاني", "head", "ولاية أمن مراكش") in posts


def test_a_title_naming_no_body_holds_its_post_in_the_body_the_next_title_names(extract):
    result = extract(
        "وألقى السفير كمال حسن الزعبي الأمين العام المساعد رئيس قطاع الشؤون الاجتماعية بمنظمة "
        "التعاون الإسلامي كلمة في الندوة يوم 3 مارس 2025."
    )
    posts = post_triples(result.doc)
    assert ("كمال حسن الزعبي", "assistant-secretary-general", "منظمة التعاون الإسلامي") in posts
    assert ("كمال حسن الزعبي", "head", "قطاع الشؤون الاجتماعية") in posts


def test_a_title_between_two_names_is_the_second_ones_unless_a_comma_ends_it(extract):
    result = extract(
        "استقبل وزير الداخلية اللواء سالم ناصر الفهد الأمين العام لمجلس أوروبا السيد مارك "
        "بيرسون يوم 3 مارس 2025، وحضر اللقاء العميد خالد علي النعيمي مدير الإدارة العامة "
        "للجوازات، العقيد حسن محمد الكعبي."
    )
    posts = {(p.holder.label, p.role) for p in result.doc.posts}
    assert ("مارك بيرسون", "secretary-general") in posts
    assert ("سالم ناصر الفهد", "secretary-general") not in posts
    assert ("خالد علي النعيمي", "director") in posts


def test_an_assistant_director_directs_and_a_deputy_director_is_vice_president(extract):
    result = extract(
        "افتتح الدورة يوم 3 مارس 2025 مساعد مدير الأمن العام للبحث الجنائي العميد سالم ناصر "
        "الفهد، بحضور نائب المدير العام للحرس المدني للعمليات الفريق خوسيه مارتينيث."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("سالم ناصر الفهد", "director") in roles  # not director-general: an assistant
    assert ("خوسيه مارتينيث", "vice-president") in roles


def test_a_co_chair_named_after_a_long_title_with_its_qualifier_and_portfolio(extract):
    result = extract(
        "عقدت اللجنة المشتركة يوم 13 مايو 2026 اجتماعها الرابع، برئاسة مشتركة من رئيس هيئة "
        "المنافذ الفريق عمر عدنان الوائلي، ووكيل وزارة الداخلية الكويتية المساعد لشؤون أمن "
        "الحدود اللواء مبارك سالم العجمي."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("مبارك سالم العجمي", "deputy-minister") in roles
    (meeting,) = events_of(result)
    assert {"عمر عدنان الوائلي", "مبارك سالم العجمي"} <= agent_labels(result, meeting, KG.chair)


def test_an_official_in_charge_of_a_field_and_a_title_after_a_grade(extract):
    result = extract(
        "ومثل المملكة يوم 24 نونبر 2025 وفد ترأسه السيد محمد أمين الصقلي، العامل مدير الهجرة "
        "ومراقبة الحدود بوزارة الداخلية، وضم السيدة سلمى التازي، المكلفة بالتعاون الدولي "
        "بالمديرية العامة للأمن الوطني. واستقبل وزير الداخلية المكلف اللواء عماد الطرابلسي الوفد."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert {("محمد أمين الصقلي", "director"), ("سلمى التازي", "officer")} <= roles
    assert ("عماد الطرابلسي", "officer") not in roles


def test_charges_daffaires_commissioners_heads_of_government_and_women_ministers(extract):
    result = extract(
        "استقبل الوزير يوم 3 مارس 2025 القائم بأعمال سفارة اليابان السيد كينتارو ياماموتو، "
        "والمفوض العام لوكالة الشرطة الوطنية الكورية السيد بارك سونغ مين، ورئيسة الحكومة "
        "السيدة سارة الزنزري، ووزيرة العدل السيدة سنية الحمامي، والملحق الأمني بسفارة الجمهورية "
        "الفرنسية بالرباط السيد أوليفييه بونفوا."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert {
        ("كينتارو ياماموتو", "ambassador"),
        ("بارك سونغ مين", "head"),
        ("سارة الزنزري", "head"),
        ("سنية الحمامي", "minister"),
        ("أوليفييه بونفوا", "officer"),
    } <= roles


def test_a_title_that_names_its_body_by_a_pronoun_holds_the_post_in_the_body_before_it(extract):
    result = extract(
        "وقعت جامعة ابن طفيل والمديرية العامة للأمن الوطني يوم 3 مارس 2025 مذكرة تفاهم، وقعها "
        "عن الجامعة رئيسها الأستاذ أمين بنعبد الله الصقلي."
    )
    posts = post_triples(result.doc)
    assert ("أمين بنعبد الله الصقلي", "president", "جامعة ابن طفيل") in posts


def test_a_title_of_a_company_or_a_foundation_named_by_its_head_holds_its_post_there(extract):
    result = extract(
        "وقع المذكرة يوم 3 مارس 2025 عن شركة الريل سعادة المهندس عبدالعزيز محمد الكبيسي الرئيس "
        "التنفيذي للشركة، وعن المؤسسة العامة للغذاء والدواء الدكتور نزار مهيدات مدير عام المؤسسة."
    )
    posts = post_triples(result.doc)
    assert ("عبدالعزيز محمد الكبيسي", "president", "شركة الريل") in posts
    assert ("نزار مهيدات", "director-general", "المؤسسة العامة للغذاء والدواء") in posts


def test_a_name_set_off_by_commas_after_a_speakers_title_holds_it(extract):
    result = extract(
        "نظمت المديرية دورة تكوينية يوم 18 فيفري 2024. من جهته، نوه رئيس بعثة اللجنة الدولية "
        "للصليب الأحمر بالجزائر، ماتياس شميد، بمستوى التعاون القائم."
    )
    posts = {(post.holder.label, post.role, post.organization.label) for post in result.doc.posts}
    assert posts == {("ماتياس شميد", "head", "اللجنة الدولية للصليب الأحمر")}


def test_a_league_an_alliance_and_an_executive_chief_hold_posts(extract):
    result = extract(
        "عقد وزراء الدفاع في التحالف الإسلامي العسكري لمحاربة الإرهاب اجتماعا يوم 3 مارس 2025 "
        "برئاسة الأمين العام للتحالف اللواء محمد بن سعيد المغيدي، ووقع الأمين العام للرابطة "
        "المحمدية للعلماء، الدكتور أحمد عبادي، مذكرة مع نائبة الرئيس التنفيذي لسلطة مدينة "
        "دبي الملاحية السيدة منى سالم المري."
    )
    posts = {(post.holder.label, post.role, post.organization.label) for post in result.doc.posts}
    assert posts >= {
        ("محمد بن سعيد المغيدي", "secretary-general", "التحالف الإسلامي العسكري لمحاربة الإرهاب"),
        ("أحمد عبادي", "secretary-general", "الرابطة المحمدية للعلماء"),
        ("منى سالم المري", "vice-president", "سلطة مدينة دبي الملاحية"),
    }


def test_executive_secretaries_assistant_undersecretaries_and_signers_hold_posts(extract):
    result = extract(
        "وقّع وزير الداخلية وليد سالم المجالي يوم 11 آذار 2024 اتفاقية في عمّان. وأوضح الأمين "
        "التنفيذي لمجموعة العمل المالي لمنطقة الشرق الأوسط وشمال أفريقيا، السيد إبراهيم حسيني "
        "عثمان، أن المنتدى مهم، وافتتح "
        "الاجتماع الوكيل المساعد لشؤون التعليم والتدريب في وزارة الداخلية اللواء فهد مبارك "
        "الدوسري."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert {
        ("وليد سالم المجالي", "minister"),
        ("إبراهيم حسيني عثمان", "secretary-general"),
        ("فهد مبارك الدوسري", "deputy-minister"),
    } <= roles


def test_a_general_director_of_a_field_the_text_names_after_a_preposition(extract):
    result = extract(
        "زار وفد برلماني يوم 3 مارس 2025 المدرسة العليا للشرطة بالمديرية العامة للأمن الوطني، "
        "وكان في استقبال الوفد المدير العام للأمن الوطني السيد فريد سالم العمري."
    )
    posts = post_triples(result.doc)
    assert ("فريد سالم العمري", "director-general", "المديرية العامة للأمن الوطني") in {
        (holder, role, organization.removesuffix(" الجزائرية"))
        for holder, role, organization in posts
    }


def test_a_units_head_before_its_parents_short_form_holds_the_post(extract):
    result = extract(
        "نظمت جامعة الشرق للعلوم الأمنية وجامعة الملك سعود ندوة يوم 3 مارس 2025. وترأس الجلسة "
        "الأولى عميد كلية العلوم الاستراتيجية بالجامعة الدكتور خالد سعد العنزي."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("خالد سعد العنزي", "head") in roles


def test_a_senior_undersecretary_is_a_deputy_minister_who_receives(extract):
    result = extract(
        "استقبل الوكيل الأقدم لوزارة الداخلية الفريق الحقوقي عماد كاظم الساعدي، اليوم الثلاثاء 18 "
        "شباط 2025، رئيس بعثة المنظمة الدولية للهجرة في العراق."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("عماد كاظم الساعدي", "deputy-minister") in roles
    (visit,) = events_of(result)
    assert "عماد كاظم الساعدي" in agent_labels(result, visit, KG.host)


def test_a_minister_of_the_state_named_after_his_portfolio(extract):
    result = extract(
        "انطلقت في تونس يوم 26 فبراير 2025 أعمال الدورة في الجمهورية التونسية، برئاسة الفريق "
        "الركن سالم عبدالله الهاجري، وزير الداخلية في دولة الكويت، رئيس الدورة الحالية للمجلس."
    )
    ministries = {
        str(post.organization.iri).rsplit("/", 1)[-1]
        for post in result.doc.posts
        if post.role == "minister" and post.organization is not None
    }
    assert ministries == {"kw-moi"}


def test_an_undersecretary_naming_no_ministry_holds_the_post_in_the_one_the_text_names(extract):
    result = extract(
        "استقبل وزير الداخلية الكويتي الفريق سالم ناصر الفهد يوم 3 مارس 2025 سفير اليابان، بحضور "
        "وكيل الوزارة اللواء فهد سالم المري، والوكيل المساعد لشؤون الأمن الجنائي العميد خالد "
        "علي الراشد."
    )
    ministries = {p.organization and p.organization.key for p in result.doc.posts}
    assert len(ministries) == 1 and None not in ministries
    assert {p.role for p in result.doc.posts} == {"minister", "deputy-minister"}
    assert len(result.doc.posts) == 3


def test_the_chief_of_an_offices_representatives_represents_it(extract):
    result = extract(
        "وقع الاتفاقية في رام الله يوم 3 آذار 2025 مدير عام الدفاع المدني العميد عماد حسن "
        "البلبيسي، وكبير ممثلي مكتب جايكا في فلسطين هيروشي تاناكا، بحضور وكيل وزارة الداخلية."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("هيروشي تاناكا", "representative") in roles


def test_the_attorney_general_heads_the_public_prosecution_the_text_names(extract):
    result = extract(
        "وقعت النيابة العامة في الرياض يوم 3 مارس 2025 مذكرة تفاهم، واستقبل النائب العام "
        "الشيخ خالد بن إبراهيم السديري الوفد، وشارك في اللقاء ممثلون عن مكتب النائب العام، "
        "وجهاز الأمن الداخلي."
    )
    (post,) = result.doc.posts
    assert (post.holder.label, post.role) == ("خالد بن إبراهيم السديري", "head")
    assert post.organization.label.startswith("النيابة العامة")
    participants = {
        fact.object.label for fact in result.doc.facts if fact.predicate == "participant"
    }
    assert any(label.startswith("جهاز الأمن الداخلي") for label in participants)


def test_the_director_of_a_general_directorate_and_its_director_general(extract):
    result = extract(
        "افتتح الورشة يوم 3 مارس 2025 العميد سعد خليفة النعيمي، مدير الإدارة العامة للمرور، "
        "بحضور اللواء سالم علي المري، مدير عام الإدارة العامة للجوازات."
    )
    posts = {(p.holder.label, p.role) for p in result.doc.posts}
    assert {("سعد خليفة النعيمي", "director"), ("سالم علي المري", "director-general")} <= posts


def test_an_ambassadors_post_is_in_the_embassy_of_the_state_the_title_names(processed):
    doc = processed(
        "استقبل الوزير يوم 5 مارس 2024 سفيرة الولايات المتحدة لدى لبنان ليزا جونسون، بحضور "
        "ممثلين عن السفارة الأميركية في بيروت، وسفير اليابان في لبنان ماسايوكي ماغوشي."
    )
    posts = {p.holder.label: p.organization for p in doc.posts if p.role == "ambassador"}
    assert posts["ليزا جونسون"].label == "السفارة الأميركية في بيروت"
    assert posts["ماسايوكي ماغوشي"] is None


def test_a_title_with_a_masculine_possessive_is_in_the_body_named_before_it(processed):
    doc = processed(
        "وقع جهاز مكافحة الهجرة غير الشرعية والمنظمة الدولية للهجرة يوم 5 مارس 2024 مذكرة تفاهم، "
        "وقعها عن الجهاز رئيسه العميد عبدالسلام علي الورفلي، وعن المنظمة رئيسة بعثتها ماريا "
        "كاستيو."
    )
    posts = {p.holder.label: p for p in doc.posts}
    assert posts["عبدالسلام علي الورفلي"].organization.label == "جهاز مكافحة الهجرة غير الشرعية"


def test_a_directors_post_is_in_the_directorate_of_the_field_the_title_names(processed):
    doc = processed(
        "نظمت مديرية الشرطة المجتمعية يوم 5 مارس 2024 ورشة عمل في بغداد. واستعرض العميد حيدر "
        "كاظم الموسوي، مدير الشرطة المجتمعية، حصيلة عمل المديرية."
    )
    posts = {p.holder.label: p for p in doc.posts}
    assert posts["حيدر كاظم الموسوي"].organization.label == "مديرية الشرطة المجتمعية"


def test_a_title_of_no_body_is_in_the_body_named_after_the_name_with_min(processed):
    doc = processed(
        "افتتحت الورشة يوم 5 مارس 2024، وقدم الخبير الياباني تاكاشي ياماموتو، من الوكالة "
        "اليابانية للتعاون الدولي، التجربة اليابانية."
    )
    posts = {p.holder.label: p for p in doc.posts}
    assert posts["تاكاشي ياماموتو"].organization.label == "الوكالة اليابانية للتعاون الدولي"


def test_a_specialist_of_an_international_office_is_an_expert(extract):
    result = extract(
        "نظمت الهيئة ندوة يوم 3 مارس 2025، تناول خلالها أندرياس مولر، اختصاصي حماية الطفل في "
        "مكتب اليونيسف لمنطقة الخليج، التجارب الدولية."
    )
    assert any(p[0] == "أندرياس مولر" and p[1] == "expert" for p in post_triples(result.doc))
