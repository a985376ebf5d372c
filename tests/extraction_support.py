"""What the extraction tests read from a result: labels of the mentioned entities and agents."""

from rdflib.namespace import SKOS

from conftest import BASE
from kg.namespaces import Vocab

VOCAB = Vocab(BASE)
KG = VOCAB.kg


def arabic_labels(result, kind: str) -> set[str]:
    """The Arabic labels of the agencies (or people, places) the text mentions."""
    return {
        str(label)
        for node in set(result.graph.subjects(KG.mention, None))
        if f"/{kind}/" in str(node)
        for label in result.graph.objects(node, SKOS.prefLabel)
        if label.language == "ar"
    }


def named_agencies(doc) -> set[str]:
    """The labels of the agencies named in their own right (not inside a longer name, a law's
    title or a dateline)."""
    return {m.entity.label for m in doc.mentions if m.entity.kind == "agency" and not m.nested}


def agent_labels(result, event, role) -> set[str]:
    """Every label of the agents that play `role` in `event`."""
    return {
        str(label)
        for agent in result.graph.objects(event, role)
        for label in result.graph.objects(agent, SKOS.prefLabel)
    }


def events_of(result):
    return list(result.graph.subjects(KG.eventKind, None))


def event_kinds(result) -> list[str]:
    """The kinds of the events the text reports, sorted."""
    return sorted(str(k).rsplit("/", 1)[-1] for k in result.graph.objects(None, KG.eventKind))


def post_triples(doc) -> set[tuple]:
    """Each post as (its holder's label, its role, its body's label or None)."""
    return {(p.holder.label, p.role, p.organization and p.organization.label) for p in doc.posts}


def fact_labels(result, predicate: str) -> set[str]:
    """The labels of the agents that play `predicate` in any of the document's events, read from
    the processed document (registry bodies' labels are not in a document's graph)."""
    return {f.object.label for f in result.doc.facts if f.predicate == predicate}


def role_pairs(result, event=None) -> set[tuple]:
    """Each fact as (its predicate, its object's label or value), of one event or of all."""
    facts = [f for f in result.doc.facts if event is None or f.subject is event]
    return {(f.predicate, getattr(f.object, "label", f.object)) for f in facts}
