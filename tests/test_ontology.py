"""The ontology: every term labelled in English and Arabic, versioned, and consistent with data."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import resources
from kg.store.convert import union_graph
from kg.store.reasoning import owl_rl_closure

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def own_terms(graph: Graph, vocab) -> set[URIRef]:
    own = str(vocab.kg), str(vocab.ns("concept"))
    kinds = (*TERM_TYPES, SKOS.Concept, SKOS.ConceptScheme)
    return {
        s
        for kind in kinds
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(own)
    }


def labels(graph: Graph, term: URIRef) -> set[str]:
    found = set(graph.objects(term, RDFS.label)) | set(graph.objects(term, SKOS.prefLabel))
    return {label.language for label in found}


def test_every_term_has_english_and_arabic_labels_and_a_definition(vocab):
    graph = resources.ontology_graph(vocab.base)
    terms = own_terms(graph, vocab)
    assert len(terms) > 150
    unlabelled = [t for t in terms if not {"en", "ar"} <= labels(graph, t)]
    undefined = [
        t for t in terms if not any(d.language == "en" for d in graph.objects(t, SKOS.definition))
    ]
    assert unlabelled == []
    assert undefined == []


def test_ontology_has_a_version_iri(vocab):
    graph = resources.ontology_graph(vocab.base)
    version = graph.value(vocab.ontology, OWL.versionIRI)
    assert version is not None and str(version).startswith(vocab.base + "ontology/")


def test_required_event_kinds_and_agency_kinds_exist(vocab):
    graph = resources.ontology_graph(vocab.base)
    kg = vocab.kg
    required = (
        "Workshop Conference CouncilSession Meeting Visit TrainingCourse Seminar AgreementSigning "
        "Council GeneralSecretariat SpecializedOffice Ministry FundedProject IntelligenceService"
    )
    for cls in required.split():
        assert (kg[cls], RDF.type, OWL.Class) in graph, cls


def test_every_kg_term_the_seed_graph_uses_is_defined(seed_store, vocab):
    graph = resources.ontology_graph(vocab.base)
    defined = own_terms(graph, vocab)
    used = {q.predicate.value for q in seed_store} | {
        q.object.value for q in seed_store if q.predicate.value == str(RDF.type)
    }
    missing = sorted(u for u in used if u.startswith(str(vocab.kg)) and URIRef(u) not in defined)
    assert missing == []


def test_owl_rl_finds_the_ontology_and_seed_data_consistent(seed_store):
    _, problems = owl_rl_closure(union_graph(seed_store))
    assert problems == []


def test_owl_rl_reports_an_inconsistency_when_there_is_one(vocab):
    graph = Graph() + resources.ontology_graph(vocab.base)
    thing = URIRef(vocab.base + "id/document/x")
    graph.add((thing, RDF.type, vocab.kg.Document))
    graph.add((thing, RDF.type, vocab.kg.Event))
    _, problems = owl_rl_closure(graph)
    assert any("Disjoint" in p for p in problems)
