"""Per-document materialization: the sub-property hierarchy makes every organizer a participant."""

import pyoxigraph as ox
from rdflib import URIRef

from kg import resources
from kg.store.oxstore import select
from kg.store.reasoning import Materializer
from kg.terms import TYPE, iri


def test_roles_entail_participation_and_its_inverse(vocab):
    def kg(name):
        return iri(str(vocab.kg[name]))

    event, agency = iri(str(vocab.id("event", "e"))), iri(str(vocab.id("agency", "a")))
    stated = [(event, TYPE, kg("Workshop")), (event, kg("organizer"), agency)]
    inferred = Materializer(resources.ontology_graph(vocab.base)).infer(stated)
    assert (event, kg("participant"), agency) in inferred
    assert (event, kg("involves"), agency) in inferred
    assert (agency, kg("participatedIn"), event) in inferred
    assert (event, TYPE, kg("Event")) in inferred
    assert (event, kg("organizer"), agency) not in inferred  # only what is new
    assert not any(isinstance(s, ox.Literal) for s, _, _ in inferred)


def test_the_built_seed_graph_answers_with_inferred_participants(seed_store, vocab):
    rows = select(
        seed_store,
        "SELECT ?who WHERE { ?e a kg:Event ; kg:participant ?who } ORDER BY ?who",
        vocab,
    )
    slugs = [URIRef(r["who"]).split("/")[-1] for r in rows]
    assert slugs == ["ct-mena", "las-caim-gs", "khalid-bin-hilal-al-maamari", "ramon-gonzalez"]
