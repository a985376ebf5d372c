"""Write a processed document as RDF: facts, entities, and the provenance of each fact.

Triples are tuples of pyoxigraph terms (see kg.terms): the build writes thousands of them per
second, and `kg.terms.to_rdflib` turns them into an rdflib graph where one is wanted.
"""

import hashlib
from datetime import date
from functools import lru_cache
from typing import Final

import pyoxigraph as ox

from kg.extract.document import Document, Entity, Event, Fact, Post
from kg.extract.normalize import clean_label
from kg.extract.slugs import english_name, slugify
from kg.namespaces import Vocab
from kg.terms import (
    DCTERMS,
    OBJECT,
    PREDICATE,
    PREF_LABEL,
    PROV,
    SUBJECT,
    TYPE,
    XSD_BOOLEAN,
    XSD_COUNT,
    XSD_DATE,
    XSD_URI,
    Triple,
    iri,
    text,
    typed,
)

EVENT_CLASSES: Final = {
    "workshop": ("Workshop", "Workshop"),
    "conference": ("Conference", "Conference"),
    "council-session": ("CouncilSession", "Council session"),
    "meeting": ("Meeting", "Meeting"),
    "visit": ("Visit", "Visit"),
    "training-course": ("TrainingCourse", "Training course"),
    "seminar": ("Seminar", "Seminar"),
    "agreement-signing": ("AgreementSigning", "Agreement signing"),
}
ENTITY_CLASSES: Final = {"agency": "Agency", "person": "Person", "place": "Place"}
CONCEPT_VALUED: Final = {"modality", "topic", "eventKind", "mentionsAgencyKind"}
ARABIC_TEXT: Final = {"title", "objective"}


class GraphWriter:
    """Writes one document's triples.

    Most triples are about span, sentence and assertion nodes, which only this writer mints and
    which it writes once each (spans by raw offsets, assertions by statement): those go to
    `unique` as they are. The others (documents, entities, events, posts, holdings, the facts
    themselves) may repeat, say two posts of one holder: those go to `found`, whose repeats are
    dropped at the end. Hashing every triple to drop repeats would cost more than writing it.
    """

    def __init__(self, doc: Document, vocab: Vocab, version: str, sha256: str):
        self.doc, self.vocab = doc, vocab
        self.found: list[Triple] = []  # in order, repeats dropped at the end
        self.unique: list[Triple] = []  # about nodes written once each: no repeats
        self.add_triple = self.found.append
        kg = self.kg = ontology_terms(vocab.base)
        # the terms of every span, mention and fact, looked up once
        self.in_document, self.start, self.end = kg["inDocument"], kg["start"], kg["end"]
        self.exact, self.text_span, self.in_sentence = kg["exact"], kg["TextSpan"], kg["inSentence"]
        self.mention, self.evidence = kg["mention"], kg["evidence"]
        self.span_prefix = f"{vocab.base}id/span/{doc.doc_id}-"
        self.assertion_prefix = f"{vocab.base}id/assertion/{doc.doc_id}-"
        self.assertions: dict[str, ox.NamedNode] = {}  # statement → its assertion node
        self.doc_iri = self.id("document", doc.doc_id)
        self.activity = self.id("extraction", doc.doc_id)
        self.version, self.sha256 = version, sha256
        self.event_iris = {
            id(e): self.id("event", f"{doc.doc_id}-{i}") for i, e in enumerate(doc.events, 1)
        }
        self.sentence_iris = {
            s.index: self.id("sentence", f"{doc.doc_id}-{s.index}") for s in doc.sentences
        }
        self.spans: dict[tuple[int, int], ox.NamedNode] = {}  # raw span → its node
        self.entity_iris: dict[int, ox.NamedNode] = {}

    def id(self, kind: str, slug: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.vocab.base}id/{kind}/{slug}")

    def shared_id(self, kind: str, slug: str) -> ox.NamedNode:
        """A node other documents name too (entities, posts, concepts): made once per IRI, not
        parsed again in every document."""
        return iri(f"{self.vocab.base}id/{kind}/{slug}")

    def add(self, s, p, o) -> None:
        self.add_triple((s, p, o))

    def write(self) -> list[Triple]:
        self._document()
        self._sentences()
        mentions = _mentions_by_entity(self.doc)
        for entity in self.doc.entities():
            self._entity(entity, mentions.get(id(entity), ()))
        for event in self.doc.events:
            self._event(event)
        for post in self.doc.posts:
            self._post(post)
        for kind, start, end in self.doc.agency_kinds:
            self._fact(Fact(self.doc_iri, "mentionsAgencyKind", kind, start, end))
        for fact in self.doc.facts:
            self._fact(fact)
        return list(dict.fromkeys(self.found)) + self.unique

    def _document(self) -> None:
        d, kg, meta = self.doc_iri, self.kg, self.doc.meta
        self.add(d, TYPE, kg["Document"])
        self.add(d, kg["fileName"], text(meta["file_name"]))
        self.add(d, kg["sha256"], text(self.sha256))
        self.add(d, kg["text"], text(self.doc.raw, "ar"))
        self.add(d, kg["language"], text("ar"))
        self.add(d, kg["characterCount"], count(len(self.doc.raw)))
        if meta.get("title"):
            self.add(d, iri(DCTERMS + "title"), text(meta["title"], "ar"))
        if meta.get("publisher"):
            self.add(d, kg["publisher"], text(meta["publisher"]))
        if meta.get("source_url"):
            self.add(d, kg["sourceUrl"], typed(meta["source_url"], XSD_URI))
        if self.doc.publication_date:
            self.add(d, kg["publicationDate"], typed(self.doc.publication_date, XSD_DATE))
        self._activity()

    def _activity(self) -> None:
        agent = self.id("extraction", f"extractor-{self.version}")
        self.add(self.activity, TYPE, self.kg["Extraction"])
        self.add(self.activity, iri(PROV + "used"), self.doc_iri)
        self.add(self.activity, iri(PROV + "wasAssociatedWith"), agent)
        self.add(agent, TYPE, self.kg["Extractor"])
        self.add(agent, self.kg["version"], text(self.version))

    def _sentences(self) -> None:
        kg = self.kg
        for sentence in self.doc.sentences:  # segment numbers them: one node each
            node = self.sentence_iris[sentence.index]
            raw_start, raw_end = self.doc.raw_span(sentence.start, sentence.end)
            self.unique += (
                (node, TYPE, kg["Sentence"]),
                (node, kg["sentenceIndex"], count(sentence.index)),
            )
            self._span_fields(node, raw_start, raw_end)

    def _span_fields(self, node: ox.NamedNode, raw_start: int, raw_end: int) -> None:
        self.unique += (
            (node, self.in_document, self.doc_iri),
            (node, self.start, count(raw_start)),
            (node, self.end, count(raw_end)),
            (node, self.exact, ox.Literal(self.doc.raw[raw_start:raw_end], language="ar")),
        )

    def span(self, start: int, end: int) -> ox.NamedNode:
        raw = self.doc.raw_span(start, end)
        node = self.spans.get(raw)
        if node is None:
            raw_start, raw_end = raw
            node = self.spans[raw] = ox.NamedNode(f"{self.span_prefix}{raw_start}-{raw_end}")
            self.unique.append((node, TYPE, self.text_span))
            self._span_fields(node, raw_start, raw_end)
            sentence = self.sentence_iris[self.doc.sentence_at(start).index]
            self.unique.append((node, self.in_sentence, sentence))
        return node

    def entity_iri(self, entity: Entity) -> ox.NamedNode:
        node = self.entity_iris.get(id(entity))
        if node is None:
            node = self.entity_iris[id(entity)] = _entity_iri(entity, self.shared_id)
        return node

    def _entity(self, entity: Entity, mentions) -> None:
        node, kg = self.entity_iri(entity), self.kg
        for mention in mentions:
            self.add_triple((node, self.mention, self.span(mention.start, mention.end)))
        if entity.iri:
            return  # curated: labels and types live in the reference graph
        self.add(node, TYPE, kg[entity.cls or ENTITY_CLASSES[entity.kind]])
        label = clean_label(entity.label)
        self.add(node, PREF_LABEL, text(label, "ar"))
        self.add(node, PREF_LABEL, text(english_name(label), "en"))
        self.add(node, kg["machineTransliteration"], TRUE)
        if entity.country:
            self.add(node, kg["country"], iri(entity.country))

    def _event(self, event: Event) -> None:
        node = self.event_iris[id(event)]
        cls, english = EVENT_CLASSES[event.kind]
        self.add(node, TYPE, self.kg[cls])
        self._fact(Fact(event, "eventKind", event.kind, event.start, event.end))
        self.add(node, self.kg["mention"], self.span(event.start, event.end))
        when = event.dates[0].gregorian.isoformat() if event.dates else ""  # type: ignore[union-attr]
        trigger = clean_label(self.doc.raw_text(event.start, event.end))  # "الدورة الـ42"
        self.add(node, PREF_LABEL, text(f"{trigger} {when}".strip(), "ar"))
        self.add(node, PREF_LABEL, text(f"{english} {when}".strip(), "en"))

    def _post(self, post: Post) -> None:
        if post.organization is None:
            return
        org = self.entity_iri(post.organization)
        node = self.shared_id("post", f"{org.value.rsplit('/', 1)[-1]}--{post.role}")
        role = self.shared_id("concept", post.role)
        self.add(node, TYPE, self.kg["Post"])
        self.add(node, self.kg["postIn"], org)
        self.add(node, self.kg["role"], role)
        self._fact(Fact(post.holder, "holds", node, post.start, post.end))
        self._holding(post, node, org, role)

    def _holding(self, post: Post, post_node, org, role) -> None:
        person = self.entity_iri(post.holder)
        slug = f"{person.value.rsplit('/', 1)[-1]}--{post_node.value.rsplit('/', 1)[-1]}"
        holding = self.id("holding", f"{self.doc.doc_id}-{slug}")
        kg = self.kg
        for p, o in (
            (TYPE, kg["PostHolding"]),
            (kg["holder"], person),
            (kg["post"], post_node),
            (kg["holdingOrganization"], org),
            (kg["role"], role),
            (kg["reportedIn"], self.doc_iri),
        ):
            self.add(holding, p, o)
        as_of = self.doc.publication_date or _first_date(self.doc)
        if as_of:
            self.add(holding, kg["asOf"], typed(as_of, XSD_DATE))
        self.add(holding, kg["mention"], self.span(post.start, post.end))

    def _fact(self, fact: Fact) -> None:
        kg = self.kg
        s, p = self.term(fact.subject, fact.predicate), kg[fact.predicate]
        o = self.term(fact.object, fact.predicate)
        statement = f"{s} {p} {o}"
        assertion = self.assertions.get(statement)
        if assertion is None:  # else a fact stated again: only its evidence is new
            digest = hashlib.sha1(statement.encode()).hexdigest()[:12]
            assertion = self.assertions[statement] = ox.NamedNode(self.assertion_prefix + digest)
            self.unique += (
                (assertion, TYPE, kg["Assertion"]),
                (assertion, SUBJECT, s),
                (assertion, PREDICATE, p),
                (assertion, OBJECT, o),
                (assertion, kg["reportedIn"], self.doc_iri),
                (assertion, WAS_GENERATED_BY, self.activity),
            )
        self.add_triple((s, p, o))
        if fact.end > fact.start:
            self.add_triple((assertion, self.evidence, self.span(fact.start, fact.end)))

    def term(self, value, predicate: str = ""):
        if isinstance(value, ox.NamedNode):
            return value
        if isinstance(value, Event):
            return self.event_iris[id(value)]
        if isinstance(value, Entity):
            return self.entity_iri(value)
        if predicate in CONCEPT_VALUED:
            return self.shared_id("concept", str(value))
        if isinstance(value, date):
            return typed(value, XSD_DATE)
        return text(str(value), "ar" if predicate in ARABIC_TEXT else None)


class OntologyTerms(dict):
    """Local name → the ontology's IRI term, made once per name."""

    def __init__(self, base: str):
        super().__init__()
        self.namespace = f"{base}ontology#"

    def __missing__(self, name: str) -> ox.NamedNode:
        node = self[name] = iri(self.namespace + name)
        return node


@lru_cache(maxsize=16)
def ontology_terms(base: str) -> OntologyTerms:
    return OntologyTerms(base)


COUNTS: Final[dict[int, ox.Literal]] = {}
COUNTS_LIMIT: Final = 65536


def count(value: int) -> ox.Literal:
    """A non-negative integer literal (offsets and counts recur from document to document): a
    dict of those made so far, asked four times a span, costs less than an lru_cache."""
    literal = COUNTS.get(value)
    if literal is None:
        if len(COUNTS) >= COUNTS_LIMIT:
            COUNTS.clear()
        literal = COUNTS[value] = typed(value, XSD_COUNT)
    return literal


TRUE: Final = typed(True, XSD_BOOLEAN)
WAS_GENERATED_BY: Final = iri(PROV + "wasGeneratedBy")


def _entity_iri(entity: Entity, mint) -> ox.NamedNode:
    if entity.iri:
        return iri(entity.iri)
    suffix = f"-{entity.slug_suffix}" if entity.slug_suffix else ""
    return mint(entity.kind, slugify(entity.label) + suffix)


def _mentions_by_entity(doc: Document) -> dict[int, list]:
    """Each entity's mentions, in document order (one pass instead of one per entity)."""
    found: dict[int, list] = {}
    for mention in doc.mentions:
        found.setdefault(id(mention.entity), []).append(mention)
    return found


def _first_date(doc: Document) -> date | None:
    return next((d.gregorian for d in doc.dates if d.gregorian), None)


def to_triples(doc: Document, vocab: Vocab, version: str, sha256: str) -> list[Triple]:
    return GraphWriter(doc, vocab, version, sha256).write()
