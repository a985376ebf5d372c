"""A synthetic graph in the project's own shape, of any size, for benchmarks.

Events with kinds, dates, Arabic titles and roles; agencies and people with labels; an
assertion with its evidence span per role; one named graph per ten events, like documents.
"""

import random
from pathlib import Path

import pyoxigraph as ox

BASE = "http://127.0.0.1:8080/"
KG = BASE + "ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
KINDS = ["workshop", "conference", "council-session", "meeting", "visit", "training-course",
         "seminar", "agreement-signing"]  # fmt: skip
WORDS = ["التعاون", "الأمني", "مكافحة", "الإرهاب", "الجرائم", "الإلكترونية", "المخدرات", "الحدود",
         "تبادل", "المعلومات", "بناء", "القدرات", "الهجرة", "الاتجار", "بالبشر"]  # fmt: skip
ROLES = ["organizer", "partner", "participant", "speaker", "opener"]
TRIPLES_PER_EVENT = 45  # roughly, with its assertions and spans


def node(kind: str, number: int) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}id/{kind}/{kind[0]}{number}")


def kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(KG + name)


def events_for(triples: int) -> int:
    return max(1, triples // TRIPLES_PER_EVENT)


def quads(events: int, seed: int = 7):
    rng = random.Random(seed)
    agencies, people = max(10, events // 10), max(10, events // 5)
    yield from _entities("agency", agencies, "Agency")
    yield from _entities("person", people, "Person")
    for number in range(events):
        graph = ox.NamedNode(f"{BASE}graph/document/d{number // 10}")
        yield from _event(number, graph, rng, agencies, people)


def _entities(kind: str, count: int, cls: str):
    graph = ox.NamedNode(BASE + "graph/reference")
    for number in range(count):
        subject = node(kind, number)
        yield ox.Quad(subject, RDF_TYPE, kg(cls), graph)
        yield ox.Quad(subject, LABEL, ox.Literal(f"{kind} {number}", language="en"), graph)
        yield ox.Quad(subject, LABEL, ox.Literal(f"جهة {number}", language="ar"), graph)


def _event(number: int, graph, rng: random.Random, agencies: int, people: int):
    event = node("event", number)
    title = " ".join(rng.sample(WORDS, 5)) + f" {number}"
    kind = rng.choice(KINDS)
    yield ox.Quad(event, RDF_TYPE, kg("Event"), graph)
    yield ox.Quad(event, kg("eventKind"), ox.NamedNode(f"{BASE}id/concept/{kind}"), graph)
    yield ox.Quad(event, kg("title"), ox.Literal(title, language="ar"), graph)
    day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    yield ox.Quad(event, kg("startDate"), ox.Literal(day, datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#date")), graph)  # fmt: skip
    for index, role in enumerate(ROLES):
        agent = node("agency", rng.randrange(agencies)) if index < 3 else node(
            "person", rng.randrange(people))  # fmt: skip
        yield ox.Quad(event, kg(role), agent, graph)
        yield from _assertion(event, kg(role), agent, graph, f"{number}-{index}")


def _assertion(subject, predicate, obj, graph, key: str):
    assertion = ox.NamedNode(f"{BASE}id/assertion/{key}")
    span = ox.NamedNode(f"{BASE}id/span/{key}")
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    for p, o in ((RDF_TYPE, kg("Assertion")), (ox.NamedNode(rdf + "subject"), subject),
                 (ox.NamedNode(rdf + "predicate"), predicate),
                 (ox.NamedNode(rdf + "object"), obj), (kg("evidence"), span)):  # fmt: skip
        yield ox.Quad(assertion, p, o, graph)
    yield ox.Quad(span, kg("start"), ox.Literal(str(len(key))), graph)
    yield ox.Quad(span, kg("exact"), ox.Literal("نص الدليل", language="ar"), graph)


def write(folder: Path, triples: int) -> tuple[Path, Path, int]:
    """N-Quads (named graphs) and N-Triples (the same triples in one graph) files."""
    events = events_for(triples)
    all_quads = list(quads(events))
    nq, nt = folder / "data.nq", folder / "data.nt"
    ox.serialize(all_quads, str(nq), format=ox.RdfFormat.N_QUADS)
    ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in all_quads), str(nt),
                 format=ox.RdfFormat.N_TRIPLES)  # fmt: skip
    return nq, nt, events
