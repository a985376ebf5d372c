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
