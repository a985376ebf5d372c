"""The seed press release yields the facts a researcher reads in it, each with its evidence."""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from conftest import SEED
from kg import resources
from kg.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def seed(vocab):
    return Extractor(vocab, resources.registry(vocab.base)).extract(SEED)


@pytest.fixture(scope="module")
def event(seed, vocab):
    events = list(seed.graph.subjects(RDF.type, vocab.kg.Workshop))
    assert len(events) == 1
    return events[0]


def agency(vocab, slug):
    return vocab.id("agency", slug)


def person(vocab, slug):
    return vocab.id("person", slug)


def test_one_virtual_workshop_on_26_may_2021_14_shawwal_1442(seed, event, vocab):
    g, kg = seed.graph, vocab.kg
    assert g.value(event, kg.startDate) == Literal("2021-05-26", datatype=XSD.date)
    assert g.value(event, kg.endDate) == Literal("2021-05-26", datatype=XSD.date)
    assert str(g.value(event, kg.hijriDate)) == "1442-10-14"
    assert g.value(event, kg.modality) == vocab.id("concept", "virtual")
    assert g.value(event, kg.eventKind) == vocab.id("concept", "workshop")


def test_title_and_objective_keep_the_source_spelling(seed, event, vocab):
    title = seed.graph.value(event, vocab.kg.title)
    assert title.language == "ar"
    assert str(title).startswith("التعاون بين الأجهزة المعنية بمكافحة الإرهاب، مراكز التنسيق")
    assert str(title).endswith("نماذج عربية وأوروبية")
    objective = str(seed.graph.value(event, vocab.kg.objective))
    assert objective.startswith("تبادل المعارف والخبرات")
    assert objective.endswith("بين الأجهزة العربية والأوروبية")


def test_roles_organizer_partner_opener_speaker(seed, event, vocab):
    g, kg = seed.graph, vocab.kg
    assert set(g.objects(event, kg.organizer)) == {agency(vocab, "las-caim-gs")}
    assert set(g.objects(event, kg.partner)) == {agency(vocab, "ct-mena")}
    assert set(g.objects(event, kg.opener)) == {person(vocab, "khalid-bin-hilal-al-maamari")}
    # the opener opened it "بكلمة": his speech makes him a speaker too
    speakers = {person(vocab, "ramon-gonzalez"), person(vocab, "khalid-bin-hilal-al-maamari")}
    assert set(g.objects(event, kg.speaker)) == speakers


def test_secretary_general_is_named_but_plays_no_role(seed, event, vocab):
    koman = person(vocab, "mohammed-bin-ali-koman")
    assert (None, vocab.kg.mention, None) in seed.graph
    assert any(seed.graph.objects(koman, vocab.kg.mention))
    assert koman not in set(seed.graph.objects(event, None))


def test_all_three_spellings_of_africa_are_one_agency(seed, vocab):
    project = agency(vocab, "ct-mena")
    quoted = {
        str(seed.graph.value(span, vocab.kg.exact))
        for span in seed.graph.objects(project, vocab.kg.mention)
    }
    assert any("أفريقيا" in q for q in quoted)
    assert any("إفريقيا" in q for q in quoted)
    assert any("لإقريقيا" in q for q in quoted)


def test_posts_of_the_three_people(seed, vocab):
    g, kg = seed.graph, vocab.kg
    held = {
        (str(g.value(h, kg.holder)).rsplit("/", 1)[1], str(g.value(h, kg.role)).rsplit("/", 1)[1],
         str(g.value(h, kg.holdingOrganization)).rsplit("/", 1)[1])
        for h in g.subjects(RDF.type, kg.PostHolding)
    }  # fmt: skip
    assert held == {
        ("khalid-bin-hilal-al-maamari", "assistant-secretary-general", "las-caim"),
        ("mohammed-bin-ali-koman", "secretary-general", "las-caim"),
        ("ramon-gonzalez", "advisor", "ct-mena"),
    }


def test_the_generic_kinds_of_agency_the_text_names(seed, vocab):
    doc = vocab.id("document", SEED.stem)
    kinds = {str(k).rsplit("/", 1)[1] for k in seed.graph.objects(doc, vocab.kg.mentionsAgencyKind)}
    assert {"intelligence-service", "public-security-service", "border-security-service",
            "cyber-security-service", "civil-society-organization"} <= kinds  # fmt: skip


def test_every_fact_has_evidence_that_quotes_the_raw_text(seed, vocab):
    g, kg = seed.graph, vocab.kg
    raw = SEED.read_text(encoding="utf-8")
    assertions = list(g.subjects(RDF.type, kg.Assertion))
    assert len(assertions) >= 15
    for assertion in assertions:
        spans = list(g.objects(assertion, kg.evidence))
        assert spans, f"no evidence for {g.value(assertion, RDF.predicate)}"
        for span in spans:
            start, end = int(g.value(span, kg.start)), int(g.value(span, kg.end))
            assert str(g.value(span, kg.exact)) == raw[start:end]
            assert isinstance(g.value(span, kg.inSentence), URIRef)


def test_opener_evidence_is_the_opening_clause(seed, event, vocab):
    g, kg = seed.graph, vocab.kg
    (assertion,) = [
        a for a in g.subjects(RDF.predicate, kg.opener) if g.value(a, RDF.subject) == event
    ]
    span = g.value(assertion, kg.evidence)
    assert str(g.value(span, kg.exact)) == "افتتح سعادة الشيخ خالد بن هلال المعمري"
    sentence = str(g.value(g.value(span, kg.inSentence), kg.exact))
    assert sentence.startswith("افتتح سعادة الشيخ") and sentence.endswith("أشكال الإرهاب.")
