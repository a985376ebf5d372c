"""People named after their titles in lists of those present, and where their names end."""

from conftest import BASE
from extraction_support import (
    KG,
    agent_labels,
    arabic_labels,
    events_of,
    fact_labels,
    post_triples,
)
from kg import resources
from kg.evaluation.gold import keys, predicted


def test_a_name_after_a_title_and_a_body_named_by_its_head_alone(extract):
    result = extract(
        "استقبل وزير الداخلية الأردني يوم 3 مارس 2025 في مقر وزارة الداخلية الأردنية نظيره "
        "السوري، بحضور أمين عام الوزارة فواز عبد الله الشوابكة، وسفير سوريا لدى الأردن."
    )
    assert (
        "فواز عبد الله الشوابكة",
        "secretary-general",
        "وزارة الداخلية الأردنية",
    ) in post_triples(result.doc)


def test_a_name_set_off_by_commas_after_a_subjects_title_before_what_is_said(extract):
    result = extract(
        "وقالت رئيسة وحدة الشرق الأوسط في مركز جنيف لحوكمة قطاع الأمن، أرابيلا شتاينر، إن المركز "
        "يعمل مع الشرطة منذ 3 مارس 2025."
    )
    assert "أرابيلا شتاينر" in arabic_labels(result, "person")


def test_one_more_of_those_present_after_a_phrase_that_adds_to_the_list(extract):
    result = extract(
        "وحضر الورشة يوم 3 مارس 2025 مدير إدارة المباحث الجنائية، إضافة إلى رئيس مكتب المنظمة "
        "الدولية للهجرة في الكويت مازن أبو الحسن، الذي تحدث عن آلية الإحالة."
    )
    assert "مازن أبو الحسن" in arabic_labels(result, "person")


def test_whoever_attends_after_his_title_and_body_is_named(extract):
    result = extract(
        "وحضر رئيس مكتب المنظمة الدولية للهجرة في الكويت مازن أبو الحسن، يوم 3 مارس 2025، "
        "افتتاح الدورة."
    )
    assert "مازن أبو الحسن" in arabic_labels(result, "person")


def test_a_customs_rank_and_a_committees_rapporteur(extract):
    result = extract(
        "افتتح الدورة يوم 3 مارس 2025 العميد الجمركي رامي فايز العبادي، بحضور مقرر اللجنة الوطنية "
        "لمكافحة الاتجار بالبشر الأستاذة إخلاص عبد الرحيم بابكر."
    )
    assert {"رامي فايز العبادي", "إخلاص عبد الرحيم بابكر"} <= arabic_labels(result, "person")
    assert (
        "إخلاص عبد الرحيم بابكر",
        "officer",
        "اللجنة الوطنية لمكافحة الاتجار بالبشر",
    ) in post_triples(result.doc)


def test_a_name_ends_before_in_the_capacity_of_and_before_what_a_speaker_stresses(extract):
    result = extract(
        "وحضر الاجتماع يوم 3 مارس 2025 السيد دانيال أوكيلو بصفة مراقب، وأكدت السيدة كارين "
        "يوهانسون التزام البعثة بمواصلة الدعم."
    )
    assert {"دانيال أوكيلو", "كارين يوهانسون"} <= arabic_labels(result, "person")


def test_a_prosecution_office_and_what_it_protects_from(extract):
    result = extract(
        "وتحدثت رئيسة نيابة حماية الأسرة من العنف المستشارة دعاء يوسف عابد يوم 3 مارس 2025 عن "
        "متطلبات الإثبات، نيابة عن النائب العام."
    )
    assert ("دعاء يوسف عابد", "head", "نيابة حماية الأسرة من العنف") in post_triples(result.doc)


def test_the_scorer_names_a_place_also_without_the_word_for_its_kind(extract):
    result = extract("وزار الوفد يوم 3 مارس 2025 مركز حدود الكرامة وولاية الحوض الشرقي.")
    places = predicted(result.doc, resources.registry(BASE)).places
    names = set().union(*(item.names for item in places))
    assert keys("الكرامة") <= names


def test_a_regional_director_named_after_the_bodies_of_the_title_speaks(extract):
    result = extract(
        "افتتح المؤتمر يوم 3 مارس 2025. بدوره قال المدير الإقليمي لمكتب الشرق الأوسط في منظمة "
        "الطيران المدني الدولي ماثيو أوكونور إن المنطقة حققت تقدما، فيما أكد المدير العام "
        "للمنظمة العربية للطيران المدني محمد العربي الفاسي في كلمته أن المنظمة تعمل."
    )
    assert {"ماثيو أوكونور", "محمد العربي الفاسي"} <= arabic_labels(result, "person")


def test_a_preposition_starts_no_name_after_a_title(extract):
    result = extract(
        "استقبل مدير الأمن العام يوم 3 مارس 2025 السيد مارك ويلسون، نائب مدير قيادة حماية الأطفال "
        "من الاستغلال والحماية عبر الإنترنت، بحضور سفير المملكة المتحدة."
    )
    assert not any(name.startswith("عبر") for name in arabic_labels(result, "person"))


def test_a_name_set_off_by_commas_after_a_long_title_speaks(extract):
    result = extract(
        "نظمت مديرية الأمن العام يوم 3 مارس 2025 دورة تدريبية حول التحقيقات المالية. من جهته، أكد "
        "ممثل مكتب الأمم المتحدة المعني بالمخدرات والجريمة في الأردن، ماركو تيسيني، أن التعاون "
        "مستمر. وتطرق ممثل مكتب المفوضية السامية لحقوق الإنسان بتونس، جيروم لافوا، إلى المعايير."
    )
    (course,) = events_of(result)
    assert {"ماركو تيسيني", "جيروم لافوا"} <= agent_labels(result, course, KG.speaker)


def test_a_name_between_commas_after_a_title_with_no_verb_before(extract):
    result = extract(
        "وأشرف على افتتاح الورشة يوم 3 مارس 2025 نائب رئيس اللجنة التونسية للتحاليل المالية، منير "
        "الزواري، الذي أكد أهمية التعاون. وأجرى رئيس هيئة النزاهة الاتحادية، حيدر عبد الله حنون، "
        "أمس مباحثات مع المدير العام للشرطة الوطنية الإسبانية، خوسيه مانويل غارسيا لوبيث، الذي "
        "يزور المغرب."
    )
    people = arabic_labels(result, "person")
    assert {"منير الزواري", "حيدر عبد الله حنون", "خوسيه مانويل غارسيا لوبيث"} <= people


def test_a_title_in_a_list_of_those_present_and_an_adjective_that_spells_a_title(extract):
    result = extract(
        "وقع الاتفاقية يوم 14 جوان 2022 المدير العام، بحضور وزير الداخلية توفيق شرف الدين وسفير "
        "جمهورية كوريا بتونس. وتناولت الجلسة المبادرات الفكرية والإعلامية للتحالف.\n"
        "وناقش المجلس مشروع الخطة في المجالات الفكري والإعلامي ومحاربة تمويل الإرهاب."
    )
    people = arabic_labels(result, "person")
    assert "توفيق شرف الدين" in people
    assert not any(name.startswith(("وناقش", "ومحاربة")) for name in people)


def test_a_staff_qualification_belongs_to_the_rank_and_a_statistic_ends_a_name(extract):
    result = extract(
        "وترأس الجانب المصري يوم 3 مارس 2025 مساعد قائد القوات البحرية المصرية اللواء البحري أركان "
        "حرب أحمد سمير عبدالحميد الاجتماع، وعرض مدير إدارة المرور العميد أيمن فؤاد ديب إحصائية "
        "الحوادث."
    )
    people = arabic_labels(result, "person")
    assert {"أحمد سمير عبدالحميد", "أيمن فؤاد ديب"} <= people


def test_a_list_of_lecturers_goes_on_past_each_ones_post_and_bodies(extract):
    result = extract(
        "نظم المكتب ورشة عمل يوم 3 مارس 2025 في القاهرة، يحاضر فيها المستشار أحمد فتحي الجمال "
        "رئيس وحدة مكافحة الاتجار بالبشر بمكتب النائب العام، والعميد حسام الدين عادل سرور من "
        "قطاع مكافحة المخدرات بوزارة الداخلية، والسيدة لورا فيتالي خبيرة التحقيقات المالية."
    )
    assert len(events_of(result)) == 1
    speakers = {"أحمد فتحي الجمال", "حسام الدين عادل سرور", "لورا فيتالي"}
    assert fact_labels(result, "speaker") == speakers
