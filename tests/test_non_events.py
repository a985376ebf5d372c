"""Event words that report no event of the release: recalled from a month gone by, counted,
decided on, agreed to recur, scheduled; and the one day a reception on the sidelines takes."""

from extraction_support import event_kinds
from test_event_boundaries import dated

PUBLISHED = {"publication_date": "2025-03-05"}


def test_a_signing_recalled_from_a_month_gone_by_is_no_event(extract):
    result = extract(
        "وقعت المديرية العامة للحماية المدنية اليوم الأربعاء مذكرة تفاهم مع الهلال الأحمر. "
        "وكانت المديرية قد وقعت في تشرين الأول الماضي اتفاقية تعاون مع جامعة الإسكندرية.",
        meta=PUBLISHED,
    )
    assert dated(result) == [("agreement-signing", "2025-03-05", "2025-03-05")]


def test_events_counted_in_a_coordinated_list_are_no_events(extract):
    result = extract(
        "افتتح الأمين العام يوم 5 مارس 2025 ورشة العمل الإقليمية حول مكافحة الاتجار بالبشر، "
        "واستعرض حصيلة الأمانة التي نفذت خلال العام سبعة وثلاثين مؤتمرا وندوة، و52 اجتماعا "
        "ودورة تدريبية."
    )
    assert event_kinds(result) == ["workshop"]


def test_events_decided_on_agreed_to_recur_or_to_be_held_first_are_no_events(extract):
    result = extract(
        "عقدت اللجنة الأمنية المشتركة يوم 5 مارس 2025 اجتماعها الدوري في الرباط. وقررت اللجنة "
        "في ختام أعمالها عقد ورشة عمل للخبراء، كما اتفق الجانبان على إجراء تمرين مشترك كل "
        "ستة أشهر، وعلى عقد أول اجتماع للفريق الفني في الجزائر."
    )
    assert event_kinds(result) == ["meeting"]


def test_a_visit_due_today_a_signing_once_planned_and_a_programme_are_no_events(extract):
    result = extract(
        "عقد وزير الداخلية اليوم الأربعاء جلسة مباحثات مع نظيره التونسي. ومن المقرر أن يزور "
        "الوفد التونسي اليوم مقر الحماية المدنية. وكان من المقرر أن يتم توقيع مذكرة تفاهم بين "
        "الوزارتين، إلا أنه تقرر تأجيل التوقيع. ويتضمن برنامج الزيارة عقد اجتماع فني بين "
        "الخبراء.",
        meta=PUBLISHED,
    )
    assert dated(result) == [("meeting", "2025-03-05", "2025-03-05")]


def test_a_reception_on_the_sidelines_takes_one_day_of_the_meeting(extract):
    result = extract(
        "انطلقت يومي الثلاثاء والأربعاء 4 و5 مارس 2025 بالجزائر أشغال الاجتماع الإقليمي لنقاط "
        "الاتصال الوطنية.\nوعلى هامش الأشغال، استقبل المدير العام للأمن الوطني مدير العمليات "
        "بالإنتربول.",
        meta=PUBLISHED,
    )
    assert dated(result) == [
        ("meeting", "2025-03-04", "2025-03-05"),
        ("visit", "2025-03-05", "2025-03-05"),
    ]


def test_a_weekday_among_the_days_given_dates_a_release_without_a_date(extract):
    result = extract(
        "استضافت القيادة العامة يومي الثلاثاء والأربعاء 4 و5 مارس 2025 الاجتماع الإقليمي لنقاط "
        "الاتصال الوطنية.\nوعلى هامش الاجتماع، استقبل القائد العام، الأربعاء في مكتبه، مدير "
        "العمليات بالإنتربول."
    )
    assert dated(result) == [
        ("meeting", "2025-03-04", "2025-03-05"),
        ("visit", "2025-03-05", "2025-03-05"),
    ]


def test_a_workshop_that_starts_tomorrow_beside_the_conference_is_no_event(extract):
    result = extract(
        "افتتح الوزير يوم الاثنين 16 سبتمبر 2024 المؤتمر الدولي للأمن السيبراني. وتنطلق غدا على "
        "هامش المؤتمر ورشة عمل تطبيقية ينفذها خبراء الإنتربول، فيما يختتم المؤتمر أعماله يوم "
        "الأربعاء بإعلان التوصيات."
    )
    assert event_kinds(result) == ["conference"]


def test_the_arbaeen_pilgrimage_is_no_visit(extract):
    result = extract(
        "ترأس وزير الداخلية رئيس اللجنة الأمنية العليا لزيارة الأربعين، اليوم السبت 2 أغسطس "
        "2025، الاجتماع الموسع للجنة في مقر قيادة عمليات كربلاء."
    )
    assert event_kinds(result) == ["meeting"]


def test_visitors_on_visit_visas_are_no_visit(extract):
    result = extract(
        "ضبطت الجهات الأمنية يوم 29 مايو 2025 نحو 214 شخصا لا يحملون تصاريح الحج، بينهم قادمون "
        "بتأشيرات زيارة."
    )
    assert event_kinds(result) == []


def test_a_protocol_to_be_signed_soon_is_no_event(extract):
    result = extract(
        "اختتمت في بيروت يوم 8 يونيو 2023 الدورة التدريبية حول البصمة الوراثية. وأشار العميد "
        "جورج الخوري إلى أن التعاون سيتواصل، على أن يوقع قريبا بروتوكول تعاون مع الجامعة "
        "اللبنانية لتدريب طلابها."
    )
    assert event_kinds(result) == ["training-course"]


def test_a_special_rapporteur_is_not_something_scheduled(extract):
    result = extract(
        "استقبل وزير الداخلية يوم 6 نوفمبر 2024 في المنامة المقررة الخاصة للأمم المتحدة المعنية "
        "بالاتجار بالأشخاص.\n"
        "كما عقدت اللجنة الوطنية لمكافحة الاتجار بالأشخاص، يوم الاثنين 4 نوفمبر 2024، اجتماعا مع "
        "المقررة الخاصة بمقر الهيئة."
    )
    assert event_kinds(result) == ["meeting", "visit"]


def test_a_course_a_body_will_organize_with_a_partner_is_no_event(extract):
    result = extract(
        "أعلنت وزارة الداخلية اليوم الاثنين 15 يناير 2024 أن مصلحة التأهيل ستنظم بالتعاون مع "
        "اللجنة الدولية للصليب الأحمر برنامجا تدريبيا لمدراء السجون."
    )
    assert event_kinds(result) == []


def test_a_conference_a_body_puts_off_in_a_verb_is_no_event(extract):
    result = extract(
        "النزاهة تضبط مديرين في البصرة وتؤجل مؤتمر استرداد الأموال\n"
        "أعلنت هيئة النزاهة الاتحادية يوم 28 أكتوبر 2024 ضبط مدير وثلاثة موظفين بتهمة الرشوة."
    )
    assert event_kinds(result) == []


def test_a_convention_a_speaker_invokes_is_no_signing(extract):
    result = extract(
        "وقعت الهيئتان يوم 11 فبراير 2025 مذكرة تفاهم. وأكد رئيس الهيئة في كلمة خلال مراسم التوقيع "
        "أن المذكرة تأتي انطلاقا من التزامات المملكة بموجب اتفاقية الأمم المتحدة لمكافحة الفساد."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_the_visit_a_guest_is_on_told_in_a_relative_clause_is_no_event(extract):
    result = extract(
        "وقعت المديرية العامة للأمن الوطني يوم 6 أكتوبر 2024 مذكرة تفاهم مع المديرية العامة للأمن "
        "التركية، ووقع عن الجانب التركي المدير العام للأمن، محمود دمير، الذي يقوم بزيارة عمل إلى "
        "الجزائر."
    )
    assert event_kinds(result) == ["agreement-signing"]


def test_a_workshop_joined_to_a_counted_course_with_its_adjective_is_a_count(extract):
    result = extract(
        "عقد مجلس وزراء الداخلية العرب يوم 5 مارس 2024 دورته العادية الحادية والأربعين.\n"
        "من جهته، أشار الأمين العام إلى أن الأمانة عقدت 41 مؤتمرا واجتماعا، ونفذت 27 دورة "
        "تدريبية وورشة عمل."
    )
    assert event_kinds(result) == ["council-session"]


def test_a_gang_forging_visas_and_a_conference_put_off_in_the_headline_are_no_events(extract):
    result = extract(
        "سقوط تشكيل عصابي يزور تأشيرات العمل بالجيزة.. وتأجيل المؤتمر الدولي لأكاديمية الشرطة\n\n"
        "تمكنت الإدارة العامة لمكافحة جرائم الأموال العامة اليوم الأربعاء من ضبط تشكيل عصابي "
        "تخصص في تزوير المحررات الرسمية.",
        meta=PUBLISHED,
    )
    assert event_kinds(result) == []


def test_the_number_of_a_digests_item_counts_no_activities(extract):
    result = extract(
        "تنشر المديرية العامة لقوى الأمن الداخلي ملخصاً بأبرز نشاطاتها:\n\n"
        "1- استقبل المدير العام لقوى الأمن الداخلي اللواء سمير فرحات، في مكتبه، يوم الاثنين 4 آذار "
        "2024، الممثلة المقيمة لبرنامج الأمم المتحدة الإنمائي في لبنان السيدة إنغريد لارسن.",
        meta=PUBLISHED,
    )
    assert event_kinds(result) == ["visit"]


def test_a_meeting_a_body_intends_to_hold_is_no_event(extract):
    result = extract(
        "استقبل مدير جهاز مكافحة الهجرة يوم 12 أغسطس 2024 سفير النيجر لدى ليبيا.\n\n"
        "وكان الفيتوري قد بحث في يوليو الماضي مع سفير النيجر لدى ليبيا تنظيم رحلات ترحيل "
        "إضافية، فيما يعتزم الجهاز عقد اجتماع تنسيقي مع المنظمة الدولية للهجرة ووزارة الصحة "
        "الأحد المقبل لبحث الأوضاع الصحية في مراكز الإيواء."
    )
    assert event_kinds(result) == ["visit"]


def test_centres_receiving_thousands_of_migrants_hold_no_reception(extract):
    result = extract(
        "وأضاف المتحدث يوم 12 أغسطس 2024 أن مراكز الإيواء التابعة للجهاز في طرابلس وسبها "
        "استقبلت خلال الفترة ذاتها أكثر من 17 ألف مهاجر جرى ضبطهم في الطرق الصحراوية."
    )
    assert event_kinds(result) == []
