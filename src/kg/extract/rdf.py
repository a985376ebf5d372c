"""Write a processed document as RDF: facts, entities, and the provenance of each fact."""

import hashlib
from datetime import date

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from kg.extract.document import Document, Entity, Event, Fact, Post
from kg.extract.slots import doc_text
from kg.extract.slugs import english_name, slugify
from kg.namespaces import Vocab

EVENT_CLASSES = {
    "workshop": ("Workshop", "Workshop"),
    "conference": ("Conference", "Conference"),
    "council-session": ("CouncilSession", "Council session"),
    "meeting": ("Meeting", "Meeting"),
    "visit": ("Visit", "Visit"),
    "training-course": ("TrainingCourse", "Training course"),
    "seminar": ("Seminar", "Seminar"),
    "agreement-signing": ("AgreementSigning", "Agreement signing"),
}
ENTITY_CLASSES = {"agency": "Agency", "person": "Person", "place": "Place"}
CONCEPT_VALUED = {"modality", "topic", "eventKind", "mentionsAgencyKind"}
DATE_VALUED = {"startDate", "endDate"}


class GraphWriter:
    def __init__(self, doc: Document, vocab: Vocab, version: str, sha256: str):
        self.doc, self.vocab, self.kg = doc, vocab, vocab.kg
        self.graph = Graph()
        self.doc_iri = vocab.id("document", doc.doc_id)
        self.activity = vocab.id("extraction", doc.doc_id)
        self.version, self.sha256 = version, sha256
        self.event_iris = {
            id(e): vocab.id("event", f"{doc.doc_id}-{i}") for i, e in enumerate(doc.events, 1)
        }
        self.entity_iris: dict[str, URIRef] = {}

    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    def write(self) -> Graph:
        for name, ns in self.vocab.prefixes().items():
            self.graph.bind(name, ns)
        self._document()
        self._sentences()
        for entity in self.doc.entities():
            self._entity(entity)
        for event in self.doc.events:
            self._event(event)
        for post in self.doc.posts:
            self._post(post)
        for kind, start, end in self.doc.agency_kinds:
            self._fact(Fact(self.doc_iri, "mentionsAgencyKind", kind, start, end))
        for fact in self.doc.facts:
            self._fact(fact)
        return self.graph

    def _document(self) -> None:
        d, kg, meta = self.doc_iri, self.kg, self.doc.meta
        self.add(d, RDF.type, kg.Document)
        self.add(d, kg.fileName, Literal(meta["file_name"]))
        self.add(d, kg.sha256, Literal(self.sha256))
        self.add(d, kg.text, Literal(self.doc.raw, lang="ar"))
        self.add(d, kg.language, Literal("ar"))
        self.add(d, kg.characterCount, Literal(len(self.doc.raw), datatype=XSD.nonNegativeInteger))
        if meta.get("title"):
            self.add(d, DCTERMS.title, Literal(meta["title"], lang="ar"))
        for key, prop in (("publisher", kg.publisher), ("source_url", kg.sourceUrl)):
            if meta.get(key):
                self.add(d, prop, Literal(meta[key], datatype=_datatype(key)))
        if self.doc.publication_date:
            self.add(d, kg.publicationDate, Literal(self.doc.publication_date, datatype=XSD.date))
        self._activity()

    def _activity(self) -> None:
        agent = self.vocab.id("extraction", f"extractor-{self.version}")
        self.add(self.activity, RDF.type, self.kg.Extraction)
        self.add(self.activity, PROV.used, self.doc_iri)
        self.add(self.activity, PROV.wasAssociatedWith, agent)
        self.add(agent, RDF.type, self.kg.Extractor)
        self.add(agent, self.kg.version, Literal(self.version))

    def _sentences(self) -> None:
        for sentence in self.doc.sentences:
            iri = self.vocab.id("sentence", f"{self.doc.doc_id}-{sentence.index}")
            self.add(iri, RDF.type, self.kg.Sentence)
            self.add(
                iri, self.kg.sentenceIndex, Literal(sentence.index, datatype=XSD.nonNegativeInteger)
            )
            self._span_fields(iri, sentence.start, sentence.end)

    def _span_fields(self, iri: URIRef, start: int, end: int) -> None:
        raw_start, raw_end = self.doc.raw_span(start, end)
        kg = self.kg
        self.add(iri, kg.inDocument, self.doc_iri)
        self.add(iri, kg.start, Literal(raw_start, datatype=XSD.nonNegativeInteger))
        self.add(iri, kg.end, Literal(raw_end, datatype=XSD.nonNegativeInteger))
        self.add(iri, kg.exact, Literal(self.doc.raw[raw_start:raw_end], lang="ar"))

    def span(self, start: int, end: int) -> URIRef:
        raw_start, raw_end = self.doc.raw_span(start, end)
        iri = self.vocab.id("span", f"{self.doc.doc_id}-{raw_start}-{raw_end}")
        if (iri, RDF.type, self.kg.TextSpan) not in self.graph:
            self.add(iri, RDF.type, self.kg.TextSpan)
            self._span_fields(iri, start, end)
            sentence = self.doc.sentence_at(start)
            self.add(
                iri,
                self.kg.inSentence,
                self.vocab.id("sentence", f"{self.doc.doc_id}-{sentence.index}"),
            )
        return iri

    def entity_iri(self, entity: Entity) -> URIRef:
        if entity.iri:
            return URIRef(entity.iri)
        return self.vocab.id(entity.kind, slugify(entity.label))

    def _entity(self, entity: Entity) -> None:
        iri = self.entity_iri(entity)
        for mention in self.doc.mentions:
            if mention.entity is entity:
                self.add(iri, self.kg.mention, self.span(mention.start, mention.end))
        if entity.iri:
            return  # curated: labels and types live in the reference graph
        self.add(iri, RDF.type, self.kg[entity.cls or ENTITY_CLASSES[entity.kind]])
        self.add(iri, SKOS.prefLabel, Literal(entity.label, lang="ar"))
        self.add(iri, SKOS.prefLabel, Literal(english_name(entity.label), lang="en"))
        self.add(iri, self.kg.machineTransliteration, Literal(True))

    def _event(self, event: Event) -> None:
        iri = self.event_iris[id(event)]
        cls, english = EVENT_CLASSES[event.kind]
        self.add(iri, RDF.type, self.kg[cls])
        self._fact(Fact(event, "eventKind", event.kind, event.start, event.end))
        self.add(iri, self.kg.mention, self.span(event.start, event.end))
        when = event.dates[0].gregorian.isoformat() if event.dates else ""
        trigger = doc_text(self.doc, event.start, event.end)
        self.add(iri, SKOS.prefLabel, Literal(f"{trigger} {when}".strip(), lang="ar"))
        self.add(iri, SKOS.prefLabel, Literal(f"{english} {when}".strip(), lang="en"))

    def _post(self, post: Post) -> None:
        if post.organization is None:
            return
        org = self.entity_iri(post.organization)
        iri = self.vocab.id("post", f"{org.split('/')[-1]}--{post.role}")
        role = self.vocab.id("concept", post.role)
        self.add(iri, RDF.type, self.kg.Post)
        self.add(iri, self.kg.postIn, org)
        self.add(iri, self.kg.role, role)
        self._fact(Fact(post.holder, "holds", iri, post.start, post.end))
        self._holding(post, iri, org, role)

    def _holding(self, post: Post, post_iri: URIRef, org: URIRef, role: URIRef) -> None:
        person = self.entity_iri(post.holder)
        holding = self.vocab.id(
            "holding", f"{self.doc.doc_id}-{person.split('/')[-1]}--{post_iri.split('/')[-1]}"
        )
        kg = self.kg
        for p, o in (
            (RDF.type, kg.PostHolding),
            (kg.holder, person),
            (kg.post, post_iri),
            (kg.holdingOrganization, org),
            (kg.role, role),
            (kg.reportedIn, self.doc_iri),
        ):
            self.add(holding, p, o)
        as_of = self.doc.publication_date or _first_date(self.doc)
        if as_of:
            self.add(holding, kg.asOf, Literal(as_of, datatype=XSD.date))
        self.add(holding, kg.mention, self.span(post.start, post.end))

    def _fact(self, fact: Fact) -> None:
        s, o = self.term(fact.subject, fact.predicate), self.object_term(fact)
        p = self.kg[fact.predicate]
        self.add(s, p, o)
        digest = hashlib.sha1(f"{s} {p} {o.n3()}".encode()).hexdigest()[:12]
        assertion = self.vocab.id("assertion", f"{self.doc.doc_id}-{digest}")
        for prop, value in (
            (RDF.type, self.kg.Assertion),
            (RDF.subject, s),
            (RDF.predicate, p),
            (RDF.object, o),
            (self.kg.reportedIn, self.doc_iri),
            (PROV.wasGeneratedBy, self.activity),
        ):
            self.add(assertion, prop, value)
        if fact.end > fact.start:
            self.add(assertion, self.kg.evidence, self.span(fact.start, fact.end))

    def term(self, value, predicate: str = "") -> URIRef | Literal | BNode:
        if isinstance(value, URIRef):
            return value
        if isinstance(value, Event):
            return self.event_iris[id(value)]
        if isinstance(value, Entity):
            return self.entity_iri(value)
        if predicate in CONCEPT_VALUED:
            return self.vocab.id("concept", str(value))
        if isinstance(value, date):
            return Literal(value, datatype=XSD.date)
        return Literal(value, lang="ar") if predicate in ("title", "objective") else Literal(value)

    def object_term(self, fact: Fact):
        return self.term(fact.object, fact.predicate)


def _first_date(doc: Document) -> date | None:
    return next((d.gregorian for d in doc.dates if d.gregorian), None)


def to_graph(doc: Document, vocab: Vocab, version: str, sha256: str) -> Graph:
    return GraphWriter(doc, vocab, version, sha256).write()


def _datatype(key: str):
    return XSD.anyURI if key == "source_url" else None
