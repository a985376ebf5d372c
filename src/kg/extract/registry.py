"""The registry of known agencies, people and places, and a token matcher over it.

Entries come from the reference data (`data/reference/*.ttl`): every Arabic label, spelling
variant and acronym becomes a token sequence in normalized spelling. Matching tolerates
proclitics on the first word and one typo in a later word of a long name.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg.extract.document import Entity
from kg.extract.normalize import normalize_string
from kg.extract.tokens import Token, cached, clitic_readings, texts, tokenize
from kg.extract.wordcache import WordCache, starts_where

KINDS = ("agency", "person", "place")
FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class Entry:
    tokens: tuple[str, ...]
    entity: Entity


@dataclass(frozen=True)
class Match:
    entity: Entity
    first: int  # token indexes, end exclusive
    last: int
    others: tuple[Entity, ...] = ()  # bodies of other states that share the name


class Registry:
    def __init__(self, entities: list[tuple[Entity, list[str]]]):
        self.by_first: dict[str, list[Entry]] = defaultdict(list)
        self.by_pair: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        self.entities: dict[str, Entity] = {}
        self.labels: dict[str, list[str]] = {}
        for entity, labels in entities:
            self.entities[entity.key] = entity
            self.labels[entity.key] = labels
            for label in labels:
                self._add(entity, label)
        self.firsts = frozenset(self.by_first) | {first for first, _ in self.by_pair}
        self.begins = WordCache(lambda word: not self.firsts.isdisjoint(clitic_readings(word)))
        self.candidates = WordCache(self._candidates)

    def _add(self, entity: Entity, label: str) -> None:
        tokens = tuple(t.text for t in tokenize(normalize_string(label)))
        if len(tokens) == 1:
            self.by_first[tokens[0]].append(Entry(tokens, entity))
        elif tokens:
            self.by_pair[tokens[:2]].append(Entry(tokens, entity))

    @classmethod
    def from_graph(cls, graph: Graph, base: str, kg_namespace: str) -> "Registry":
        found = []
        for subject in set(graph.subjects(SKOS.prefLabel, None)):
            kind = _kind_of(subject, base)
            if kind:
                found.append(_entity(graph, subject, kind, kg_namespace))
        return cls(sorted(found, key=lambda pair: pair[0].key))

    def named(self, name: str, country: str) -> Entity | None:
        """The agency of a country whose name starts with a generic name ("وزارة الداخلية")."""
        words = tuple(name.split())
        for entry in self.by_pair.get(words[:2], ()):
            entity = entry.entity
            if entity.country == country and entry.tokens[: len(words)] == words:
                return entity
        return None

    def starts(self, tokens: list[Token]) -> list[int]:
        """Where a known name may start: tokens one of whose readings begins a name."""
        return starts_where(tokens, self, self.begins)

    def match_at(self, tokens: list[Token], index: int) -> Match | None:
        """The longest known name starting at token `index`, if any."""
        words = texts(tokens)
        if not self.begins(words[index]):
            return None
        following = words[index + 1] if index + 1 < len(words) else None
        readings = word_readings(tokens)
        best, best_typos, others = None, 2, {}
        for entry in self.candidates((words[index], following)):
            # longest first; among equals, an exact name beats a typo
            if best is not None and len(entry.tokens) < len(best.tokens):
                break
            typos = _typos(entry.tokens, readings, words, index)
            if typos > 1 or typos > best_typos:
                continue
            if (
                typos < best_typos
            ):  # "القطرية" written: Qatar's ministry, not the Comoros' ("القمرية")
                best, best_typos, others = entry, typos, {}
            elif entry.entity is not best.entity:  # another state's body of the same name
                others[entry.entity.key] = entry.entity
        if best is None:
            return None
        return Match(best.entity, index, index + len(best.tokens), tuple(others.values()))

    def _candidates(self, words: tuple[str, str | None]) -> tuple[Entry, ...]:
        """Names whose first word (and second, exactly) is the word (and the next), longest
        first; a typo may come later. Kept per pair of words."""
        word, following = words
        seconds = clitic_readings(following) if following is not None else ()
        found = []
        for reading in clitic_readings(word):
            found += self.by_first.get(reading, ())
            for second in seconds:
                found += self.by_pair.get((reading, second), ())
        return tuple(sorted(found, key=lambda e: -len(e.tokens)))


def _kind_of(subject, base: str) -> str | None:
    for kind in KINDS:
        if str(subject).startswith(f"{base}id/{kind}/"):
            return kind
    return None


def _entity(graph: Graph, subject: URIRef, kind: str, kg_ns: str) -> tuple[Entity, list[str]]:
    labels = [
        str(o)
        for p in (SKOS.prefLabel, SKOS.altLabel, URIRef(kg_ns + "acronym"))
        for o in graph.objects(subject, p)
    ]
    arabic = [str(o) for o in graph.objects(subject, SKOS.prefLabel) if o.language == "ar"]
    types = (str(t) for t in graph.objects(subject, RDF.type))
    classes = sorted(t[len(kg_ns) :] for t in types if t.startswith(kg_ns))
    country = graph.value(subject, URIRef(kg_ns + "country"))
    entity = Entity(
        key=str(subject),
        kind=kind,
        label=arabic[0] if arabic else labels[0],
        cls=classes[0] if classes else "",
        iri=str(subject),
        country=str(country) if country else "",
    )
    return entity, labels


def _typos(name: tuple[str, ...], readings: list[tuple[str, ...]], words: list[str], index: int):
    """0 when the name is written here, 1 with one typo in a later word of a long name, and
    2 when it is not here."""
    if index + len(name) > len(words):
        return 2
    typos = 0
    for offset in range(1, len(name)):
        word = name[offset]
        if word in readings[index + offset]:
            continue
        if typos or len(name) < 3 or not _one_typo(word, words[index + offset]):
            return 2
        typos = 1
    return typos


def word_readings(tokens: list[Token]) -> list[tuple[str, ...]]:
    """Each token's clitic readings, once per document."""
    return cached(tokens, "clitic readings", lambda ts: [clitic_readings(w) for w in texts(ts)])


@lru_cache(maxsize=65536)
def _one_typo(word: str, text: str) -> bool:
    """True when one edit (after a proclitic is removed) turns text into word; typos in the
    first letter are not considered (they would make too many names alike)."""
    if len(word) < FUZZY_MIN_LENGTH or word[0] not in text[:3]:
        return False
    return any(_edit_distance_at_most_one(word, reading) for reading in clitic_readings(text))


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
