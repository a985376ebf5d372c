"""The registry of known agencies, people and places, and a token matcher over it.

Entries come from the reference data (`data/reference/*.ttl`): every Arabic label, spelling
variant and acronym becomes a token sequence in normalized spelling. Matching tolerates
proclitics on the first word and one typo in a later word of a long name.
"""

from collections import defaultdict
from dataclasses import dataclass
from operator import itemgetter
from typing import Final, NamedTuple

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node as Term

from kg.extract.document import Entity
from kg.extract.name_trie import Found, Node, walk
from kg.extract.normalize import normalize_string
from kg.extract.tokens import Token, cached, clitic_readings, texts, tokenize
from kg.extract.wordcache import StartWords, WordCache, starts_where

KINDS: Final = ("agency", "person", "place")


@dataclass(frozen=True)
class Entry:
    tokens: tuple[str, ...]
    entity: Entity


class Match(NamedTuple):  # a tuple: made tens of times a document
    entity: Entity
    first: int  # token indexes, end exclusive
    last: int
    others: tuple[Entity, ...] = ()  # bodies of other states that share the name


class Registry:
    def __init__(self, entities: list[tuple[Entity, list[str]]]):
        self.by_first: dict[str, list[Entry]] = defaultdict(list)
        self.by_pair: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        # The rest of the longer names, by first word then second: a first word that begins
        # no longer name is dismissed with one look-up, not one per reading of the next token.
        self.after_pair: dict[str, dict[str, Node]] = defaultdict(dict)
        self.entities: dict[str, Entity] = {}
        self.labels: dict[str, list[str]] = {}
        self.places: dict[str, Entity] = {}  # a place's every normalized label → the place
        self.words: set[str] = set()  # every word of every name: none of them is a typo
        for entity, labels in entities:
            self.entities[entity.key] = entity
            self.labels[entity.key] = labels
            for label in labels:
                self._add(entity, label)
                if entity.kind == "place":
                    self.places.setdefault(normalize_string(label), entity)
        # place names without spaces: "أبو ظبي" and "أبوظبي" are one
        self.spaceless_places = frozenset(name.replace(" ", "") for name in self.places)
        self.firsts = frozenset(self.by_first) | {first for first, _ in self.by_pair}
        self.begins = WordCache(lambda word: not self.firsts.isdisjoint(clitic_readings(word)))
        self.start_words = StartWords(self.firsts, clitics=True, article=False)

    def _add(self, entity: Entity, label: str) -> None:
        tokens = tuple(t.text for t in tokenize(normalize_string(label)))
        self.words.update(tokens)
        if len(tokens) == 1:
            self.by_first[tokens[0]].append(Entry(tokens, entity))
        elif tokens:
            same_start = self.by_pair[tokens[:2]]
            node = self.after_pair[tokens[0]].setdefault(tokens[1], Node())
            node.add(tokens[2:], len(same_start), Entry(tokens, entity))
            same_start.append(Entry(tokens, entity))

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

    def placed(self, name: str, country: str) -> Entity | None:
        """The body of a country that the registry names with its state or city after the name
        ("الإدارة العامة للأمن العام بدولة قطر" for "الإدارة العامة للأمن العام")."""
        for entry in self.by_pair.get(tuple(name.split()[:2]), ()):
            if entry.entity.country != country:
                continue  # most entries: the country is asked first, before the label is built
            if self.before_place(" ".join(entry.tokens)) == name:
                return entry.entity
        return None

    def before_place(self, name: str) -> str:
        """A name without the place of the gazetteer it ends with (see `name_before_place`)."""
        return name_before_place(name, self.spaceless_places)

    def starts(self, tokens: list[Token]) -> list[int]:
        """Where a known name may start: tokens one of whose readings begins a name."""
        return starts_where(tokens, self, self.start_words)

    def match_at(self, tokens: list[Token], index: int) -> Match | None:
        """The longest known name starting at token `index`, if any: among names of that
        length an exact one beats a typo ("القطرية" written: Qatar's ministry, not the
        Comoros' "القمرية"), the first in the registry's order wins, and other states'
        bodies of the same name are kept."""
        words = texts(tokens)
        if not self.begins(words[index]):
            return None
        found = self._written(word_readings(tokens), words, index)
        if not found:
            return None
        shortest, typos, _, best = min(found)  # the longest, then the fewest typos
        if len(found) > 1:
            same = sorted((f for f in found if f[0] == shortest and f[1] == typos), key=ORDER)
            best = same[0][3]
            others = {f[3].entity.key: f[3].entity for f in same if f[3].entity is not best.entity}
        else:
            others = {}
        found_match = (best.entity, index, index + len(best.tokens), tuple(others.values()))
        # tuple.__new__, not the named tuple's own __new__ (a Python function)
        return tuple.__new__(Match, found_match)

    def _written(self, readings, words: list[str], index: int) -> list[Found]:
        """Names written from token `index` on: the first word under a proclitic, the second
        exactly (in one of its readings), a later word of a long name with one typo."""
        found: list[Found] = []
        for i, first in enumerate(readings[index]):
            if single := self.by_first.get(first):
                found += ((-1, 0, (i, -1, place), e) for place, e in enumerate(single))
            if index + 1 < len(words) and (seconds := self.after_pair.get(first)):
                for j, second in enumerate(readings[index + 1]):
                    if node := seconds.get(second):
                        walk(node, readings, words, index + 2, (i, j), found, self.words)
        return found


def name_before_place(name: str, places: frozenset[str]) -> str:
    """ "الإدارة العامة للأمن العام" of "... بدولة قطر", "دائرة القضاء" of "... في أبو ظبي": the
    name before a place it ends with after في or ب, or ""; `places` are normalized names without
    spaces."""
    text = normalize_string(name)
    for cut in (" في ", " ب"):
        before, _, place = text.rpartition(cut)
        if before and place.replace(" ", "") in places:
            return before
    return ""


ORDER: Final = itemgetter(2)


def _kind_of(subject, base: str) -> str | None:
    for kind in KINDS:
        if str(subject).startswith(f"{base}id/{kind}/"):
            return kind
    return None


def _entity(graph: Graph, subject: Term, kind: str, kg_ns: str) -> tuple[Entity, list[str]]:
    labels = [
        str(o)
        for p in (SKOS.prefLabel, SKOS.altLabel, URIRef(kg_ns + "acronym"))
        for o in graph.objects(subject, p)
    ]
    arabic = [
        str(o)
        for o in graph.objects(subject, SKOS.prefLabel)
        if isinstance(o, Literal) and o.language == "ar"
    ]
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


# Each word's clitic readings: a dict look-up a token costs a tenth of an lru_cache call.
CLITIC_READINGS: Final = WordCache(clitic_readings)


def word_readings(tokens: list[Token]) -> list[tuple[str, ...]]:
    """Each token's clitic readings, once per document."""
    return cached(tokens, "clitic readings", _word_readings)


def _word_readings(tokens: list[Token]) -> list[tuple[str, ...]]:
    words = texts(tokens)
    # readings are never empty: None is a word new to the cache
    found: list = list(map(CLITIC_READINGS.known.get, words))
    if None in found:
        found = [readings or CLITIC_READINGS(w) for readings, w in zip(found, words, strict=True)]
    return found
