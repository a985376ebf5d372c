"""Per-document materialization: the sub-property hierarchy makes every organizer a participant."""

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg import resources
from kg.store.oxstore import select
from kg.store.reasoning import Materializer


def test_roles_entail_participation_and_its_inverse(vocab):
    kg = vocab.kg
    event, agency = vocab.id("event", "e"), vocab.id("agency", "a")
    graph = Graph()
    graph.add((event, RDF.type, kg.Workshop))
    graph.add((event, kg.organizer, agency))
    inferred = Materializer(resources.ontology_graph(vocab.base)).infer(graph)
    assert (event, kg.participant, agency) in inferred
    assert (event, kg.involves, agency) in inferred
    assert (agency, kg.participatedIn, event) in inferred
    assert (event, RDF.type, kg.Event) in inferred
    assert (event, kg.organizer, agency) not in inferred  # only what is new
    assert not any(isinstance(s, Literal) for s, _, _ in inferred)


def test_the_built_seed_graph_answers_with_inferred_participants(seed_store, vocab):
    rows = select(
        seed_store,
        "SELECT ?who WHERE { ?e a kg:Event ; kg:participant ?who } ORDER BY ?who",
        vocab,
    )
    slugs = [URIRef(r["who"]).split("/")[-1] for r in rows]
    assert slugs == ["ct-mena", "las-caim-gs", "khalid-bin-hilal-al-maamari", "ramon-gonzalez"]
