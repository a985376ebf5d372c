"""The extraction pipeline: a list of small named stages, each taking a document and returning it.

A stage is any callable `Document -> Document`. A statistical component (say a named-entity
model) plugs in with `Pipeline.replace("people", model_stage)` or `insert_after`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg import __version__
from kg.extract.agencies import FindAgencies
from kg.extract.agency_references import find_generic_kinds, resolve_short_forms
from kg.extract.aliases import find_aliases
from kg.extract.bodies_after_names import link_bodies_after_names
from kg.extract.bylines import find_bylines
from kg.extract.datelines import find_head
from kg.extract.dates import find_dates
from kg.extract.document import Document
from kg.extract.embassies import link_embassies
from kg.extract.events import find_events
from kg.extract.given_names import find_people_by_given_names
from kg.extract.known_entities import MatchRegistry
from kg.extract.latin_names import find_people_by_latin_names
from kg.extract.named_places import FindNamedPlaces
from kg.extract.normalize import normalize
from kg.extract.people import find_people, find_people_by_post
from kg.extract.people_after_titles import find_people_after_bodies
from kg.extract.possessed_titles import find_possessed_titles
from kg.extract.posts import FindPosts
from kg.extract.quoted_projects import find_quoted_projects
from kg.extract.rdf import to_triples
from kg.extract.reader import read_document
from kg.extract.registry import Registry
from kg.extract.repeated_names import find_repeated_names
from kg.extract.roles import find_roles
from kg.extract.segment import segment
from kg.extract.slots import drop_undated_events, fill_slots, find_topics
from kg.extract.structure import link_units
from kg.extract.title_references import resolve_title_references
from kg.extract.tokens import tokenize
from kg.hashing import document_sha256
from kg.memory import collections_paused
from kg.namespaces import Vocab
from kg.terms import Triple, to_rdflib

Stage = Callable[[Document], Document]


def normalize_text(doc: Document) -> Document:
    doc.norm = normalize(doc.raw)
    return doc


def tokenize_text(doc: Document) -> Document:
    doc.tokens = tokenize(doc.text)
    return doc


class Pipeline:
    def __init__(self, stages: list[tuple[str, Stage]]):
        self.stages = list(stages)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def replace(self, name: str, stage: Stage) -> None:
        self.stages[self.names.index(name)] = (name, stage)

    def insert_after(self, name: str, new_name: str, stage: Stage) -> None:
        self.stages.insert(self.names.index(name) + 1, (new_name, stage))

    def __call__(self, doc: Document) -> Document:
        for _, stage in self.stages:
            doc = stage(doc)
        return doc


def default_pipeline(registry: Registry, base: str) -> Pipeline:
    return Pipeline(
        [
            ("normalize", normalize_text),
            ("segment", segment),
            ("tokenize", tokenize_text),
            ("dates", find_dates),
            ("head", find_head),
            ("registry", MatchRegistry(registry)),
            ("people", find_people),
            ("people_by_post", find_people_by_post),
            ("latin_names", find_people_by_latin_names),
            ("given_names", find_people_by_given_names),
            ("bylines", find_bylines),
            ("agencies", FindAgencies(registry)),
            ("quoted_projects", find_quoted_projects),
            ("named_places", FindNamedPlaces(registry)),
            ("people_after_bodies", find_people_after_bodies),
            ("repeated_names", find_repeated_names),
            ("short_forms", resolve_short_forms),
            ("aliases", find_aliases),
            ("generic_kinds", find_generic_kinds),
            ("units", link_units),
            ("posts", FindPosts(registry, base)),
            ("possessed_titles", find_possessed_titles),
            ("embassies", link_embassies),
            ("bodies_after_names", link_bodies_after_names),
            ("title_references", resolve_title_references),
            ("events", find_events),
            ("slots", fill_slots),
            ("roles", find_roles),
            ("topics", find_topics),
            ("undated_events", drop_undated_events),
        ]
    )


@dataclass
class Extraction:
    doc: Document
    triples: list[Triple]
    sha256: str
    prefixes: dict[str, str]

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib graph (for reading them in Python, not for speed)."""
        return to_rdflib(self.triples, self.prefixes)


class Extractor:
    """Turns document files into RDF graphs, against one registry and URI base."""

    version = __version__

    def __init__(self, vocab: Vocab, registry: Registry):
        self.vocab = vocab
        self.pipeline = default_pipeline(registry, vocab.base)

    def pipeline_only(self, path: Path, data: bytes | None = None) -> Document:
        """The processed document, before it is written as RDF."""
        return self.pipeline(read_document(path, data))

    def extract(self, path: Path) -> Extraction:
        # A document's objects form no cycles: collections during its extraction would only walk
        # objects that live until it is done, and that reference counting frees once the
        # extraction is dropped.
        with collections_paused():
            return self._extract(path)

    def _extract(self, path: Path) -> Extraction:
        data = path.read_bytes()  # read once: both the text and the fingerprint come from it
        doc = self.pipeline_only(path, data)
        sha = document_sha256(path, data)
        triples = to_triples(doc, self.vocab, self.version, sha)
        return Extraction(doc, triples, sha, self.vocab.prefixes())
