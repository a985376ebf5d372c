"""The national bodies of the Arab League states (data/reference/agencies_national.ttl): each is
described as the registry needs it, none takes another body's name, and the extractor finds them."""

from collections import defaultdict

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from conftest import BASE
from kg import resources
from kg.extract.lexicon.agencies import GENERIC_NAMES
from kg.extract.normalize import normalize_string
from kg.namespaces import Vocab

KG = Vocab(BASE).kg
NATIONAL = resources.REFERENCE_DIR / "agencies_national.ttl"
AGENCY = f"{BASE}id/agency/"
# Official names that two states' bodies share, resolved by the document's country: agencies.ttl
# gives the bare "قيادة الدرك الوطني" to the Algerian gendarmerie, the Mauritanian and Comoran ones
# have it too.
INTENDED_SHARED = {normalize_string("قيادة الدرك الوطني")}


@pytest.fixture(scope="module")
def national() -> Graph:
    return resources.load_turtle([NATIONAL], BASE)


@pytest.fixture(scope="module")
def reference() -> Graph:
    return resources.reference_graph(BASE)


def bodies(graph: Graph) -> list[URIRef]:
    return sorted(s for s in set(graph.subjects(SKOS.prefLabel, None)) if str(s).startswith(AGENCY))


def arabic_names(graph: Graph, body: URIRef) -> set[str]:
    names = (o for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(body, p))
    return {normalize_string(str(o)) for o in names if o.language == "ar"}


def test_the_file_adds_bodies_the_registry_did_not_have(national, reference):
    added = bodies(national)
    assert len(added) >= 150
    assert all(
        set(reference.predicate_objects(body)) == set(national.predicate_objects(body))
        for body in added
    ), "a body of agencies_national.ttl is described in another reference file too"


def test_every_body_has_one_arabic_and_one_english_name(national):
    for body in bodies(national):
        languages = sorted(o.language for o in national.objects(body, SKOS.prefLabel))
        assert languages == ["ar", "en"], body


def test_every_body_has_a_kind_the_ontology_defines(national):
    ontology = resources.ontology_graph(BASE)
    for body in bodies(national):
        kinds = list(national.objects(body, KG.agencyKind))
        assert len(kinds) == 1, body
        assert (kinds[0], SKOS.prefLabel, None) in ontology, kinds[0]
        assert any(str(t).startswith(str(KG)) for t in national.objects(body, RDF.type)), body


def test_every_state_is_a_country_and_every_parent_a_known_body(national, reference):
    for body in bodies(national):
        for country in national.objects(body, KG.country):
            assert (country, RDF.type, KG.Country) in reference, (body, country)
        for parent in national.objects(body, KG.unitOf):
            assert str(parent).startswith(AGENCY), (body, parent)
            assert (parent, SKOS.prefLabel, None) in reference, (body, parent)


def test_no_arabic_name_is_also_another_bodys(national, reference):
    owners = defaultdict(set)
    for body in bodies(reference):
        for name in arabic_names(reference, body):
            owners[name].add(body)
    for body in bodies(national):
        for name in arabic_names(national, body) - INTENDED_SHARED:
            assert owners[name] == {body}, (body, name, owners[name])


def test_a_name_every_state_uses_is_not_a_label_on_its_own(national):
    generic = {normalize_string(name) for name in GENERIC_NAMES}
    for body in bodies(national):
        assert not arabic_names(national, body) & generic, body


def test_the_extractor_finds_national_bodies_by_their_names(extract):
    result = extract(
        "عقدت الهيئة الاتحادية للهوية والجنسية والجمارك وأمن المنافذ يوم 3 مارس 2025 اجتماعاً "
        "مع المكتب المركزي للأبحاث القضائية والإدارة العامة للمرور بدولة الكويت لبحث تبادل "
        "المعلومات."
    )
    mentioned = {str(body) for body in result.graph.subjects(KG.mention, None)}
    assert {f"{AGENCY}{slug}" for slug in ("ae-icp", "ma-bcij", "kw-traffic")} <= mentioned


def test_a_name_with_a_dash_in_it_is_one_body(extract):
    result = extract(
        "شارك يوم 3 مارس 2025 ممثلون عن القوات المسلحة الأردنية - الجيش العربي ودائرة الجمارك "
        "الأردنية في ورشة عمل."
    )
    bodies = [m.entity.label for m in result.doc.mentions if m.entity.kind == "agency"]
    assert bodies.count("القوات المسلحة الأردنية - الجيش العربي") == 1
    assert "الجيش العربي" not in bodies


def test_a_states_name_is_no_typo_of_another_states_in_a_body_name(extract):
    result = extract(
        "استقبل المفتش العام يوم 3 مارس 2025 في القيادة العامة لشرطة عمان السلطانية وفدا بريطانيا."
    )
    spans = {
        (m.entity.label, result.doc.raw_text(m.start, m.end))
        for m in result.doc.mentions
        if m.entity.kind == "agency"
    }
    assert not any("عجمان" in label for label, _ in spans)


def test_the_police_bodies_of_other_continents_are_known(extract):
    result = extract(
        "عقد الاجتماع عن بعد يوم 3 مارس 2025 بين شرطة دبي ومجتمع الشرطة للأمريكتين (أمريبول) "
        "ورابطة رؤساء الشرطة في دول جنوب شرق آسيا."
    )
    mentioned = {str(body) for body in result.graph.subjects(KG.mention, None)}
    assert {f"{AGENCY}ameripol", f"{AGENCY}aseanapol"} <= mentioned


def test_a_name_the_registry_gives_with_the_documents_state_after_it_is_that_states_body(
    extract,
):
    result = extract(
        "وقعت وزارة الداخلية القطرية يوم 3 مارس 2025 في الدوحة مذكرة تفاهم مع شركة الريل، ووقعها "
        "عن الوزارة مدير الإدارة العامة للأمن العام، بحضور ممثلين عن الإدارة العامة للمرور."
    )
    mentioned = {str(body) for body in result.graph.subjects(KG.mention, None)}
    assert {f"{AGENCY}qa-public-security", f"{AGENCY}qa-traffic"} <= mentioned


def test_a_shared_name_is_the_body_of_the_documents_state(extract):
    result = extract(
        "نظمت وزارة الداخلية القمرية في موروني يوم 3 مارس 2025 دورة تدريبية بمشاركة ضباط من "
        "قيادة الدرك الوطني ومن شرطة جزر القمر."
    )
    mentioned = {str(body) for body in result.graph.subjects(KG.mention, None)}
    assert f"{AGENCY}km-gendarmerie" in mentioned
    assert f"{AGENCY}dz-gendarmerie" not in mentioned


def test_a_name_any_state_gives_its_body_is_not_that_of_a_state_the_text_never_names(extract):
    libyan = extract(
        "نظم معهد تدريب الشرطة في طرابلس يوم 3 مارس 2025 دورة تدريبية بالتعاون مع الإدارة العامة "
        "للبحث الجنائي، بمشاركة مديرية أمن بنغازي."
    )
    yemeni = extract(
        "نظمت وزارة الداخلية اليمنية في عدن يوم 3 مارس 2025 دورة تدريبية بالتعاون مع الإدارة "
        "العامة للبحث الجنائي."
    )
    mentioned = [{str(b) for b in r.graph.subjects(KG.mention, None)} for r in (libyan, yemeni)]
    assert f"{AGENCY}ye-cid" not in mentioned[0]
    assert f"{AGENCY}ye-cid" in mentioned[1]


def test_the_holy_shrines_administrations_are_known(extract):
    result = extract(
        "وحضر الاجتماع يوم 2 أغسطس 2025 ممثلون عن العتبة الحسينية المقدسة والعتبة العباسية المقدسة."
    )
    mentioned = {str(body) for body in result.graph.subjects(KG.mention, None)}
    assert {f"{AGENCY}{slug}" for slug in ("iq-hussaini-shrine", "iq-abbasi-shrine")} <= mentioned
