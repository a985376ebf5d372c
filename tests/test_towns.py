"""The gazetteer of towns, districts, ports, border crossings and camps (data/reference/towns.ttl):
its entries are well formed, name no place another entry names, and are found in a text."""

from collections import defaultdict

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from conftest import BASE
from kg import resources
from kg.extract.normalize import normalize_string
from kg.namespaces import Vocab

KG = Vocab(BASE).kg
TOWNS_FILE = resources.REFERENCE_DIR / "towns.ttl"


@pytest.fixture(scope="module")
def towns() -> Graph:
    return Graph().parse(TOWNS_FILE, format="turtle", publicID=BASE)


def town_iris(towns: Graph) -> set[URIRef]:
    return set(towns.subjects(RDF.type, KG.City))


def arabic_labels(graph: Graph, subject: URIRef) -> set[str]:
    labels = (o for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(subject, p))
    return {
        normalize_string(str(o)) for o in labels if isinstance(o, Literal) and o.language == "ar"
    }


def test_every_town_has_arabic_and_english_names_and_a_known_country(towns):
    reference = resources.reference_graph(BASE)
    countries = set(reference.subjects(RDF.type, KG.Country))
    assert len(town_iris(towns)) >= 250
    for town in town_iris(towns):
        languages = {label.language for label in towns.objects(town, SKOS.prefLabel)}
        assert {"ar", "en"} <= languages, town
        assert towns.value(town, KG.country) in countries, town


def test_no_arabic_label_of_a_town_names_another_entry(towns):
    reference = resources.reference_graph(BASE)
    named = defaultdict(set)
    for subject in set(reference.subjects(SKOS.prefLabel, None)):
        for label in arabic_labels(reference, subject):
            named[label].add(subject)
    clashes = {
        label: named[label] - {town}
        for town in town_iris(towns)
        for label in arabic_labels(towns, town)
        if named[label] - {town}
    }
    assert clashes == {}


def mentioned_places(result) -> set[str]:
    return {
        m.entity.iri.rsplit("/", 1)[-1] for m in result.doc.mentions if m.entity.kind == "place"
    }


def test_towns_crossings_and_camps_are_found_in_a_text(extract):
    result = extract(
        "نظمت المديرية العامة للأمن الوطني يوم 3 مارس 2025 ورشة عمل في زرالدة حول تأمين منفذ "
        "سفوان ومعبر الكركرات، بمشاركة ضباط من الرمثا وصبراتة، وزار الوفد مخيم الزعتري وميناء "
        "طنجة المتوسط."
    )
    expected = {"zeralda", "safwan", "guerguerat", "ramtha", "sabratha", "zaatari-camp"}
    assert expected | {"tanger-med"} <= mentioned_places(result)


def test_common_words_that_spell_a_town_name_no_town(extract, towns):
    result = extract(
        "أكد القائم بالأعمال يوم 3 مارس 2025 أن الحد من الجريمة يتطلب التعاون مع منظمة الفاو، "
        "وأن المنصة تتيح البلاغات بعدة لغات وأن السلط الأمنية بوشر معها التحقيق دوما بأساليب "
        "حديثة، ووجه أزكى التحيات إلى العميد محمد أبو العلا والعقيد نبيل أبو سمرة."
    )
    slugs = {str(town).rsplit("/", 1)[-1] for town in town_iris(towns)}
    assert mentioned_places(result) & slugs == set()


def test_cities_and_capitals_of_the_news_are_found_in_a_text(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ضباط من فاس وخريبكة وعدل بكرو في تمرين على منفذ طريبيل، بعد "
        "اجتماعات في بوخارست ودبلن وفيسبادن."
    )
    expected = {"fez", "khouribga", "adel-bagrou", "trebil", "bucharest", "dublin", "wiesbaden"}
    assert expected <= mentioned_places(result)


def test_districts_of_algiers_after_a_preposition_and_a_crossing_spelt_with_alif(extract):
    result = extract(
        "انطلقت يوم 3 مارس 2025 ببن عكنون أشغال الاجتماع، بعد دورة بالمدرسة العليا للشرطة "
        "بشاطوناف وتمرين بمدرسة الشرطة ببوشاوي، وزيارة إلى معبر رأس اجدير وجزر الكناري."
    )
    expected = {"ben-aknoun", "chateauneuf", "bouchaoui", "ras-ajdir", "canary-islands"}
    assert expected <= mentioned_places(result)
