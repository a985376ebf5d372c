"""The search index: every skos:prefLabel, skos:altLabel and rdfs:label of a resource under
`<base>id/`, folded once per dataset version so a query costs one substring test
per label and a ranking of the few that pass it.

Folding is the extractor's normalization (diacritics, tatweel, alef forms, alef maqsura, ta
marbuta as ha, digits) plus lower case, one hamza for its seats (مسؤول، مسئول), and stems
without the article and one-letter proclitics (الأمانة، لمجلس، والأمانة). Labels and queries
are folded alike, so a stem that cuts a root letter (وزير → زير) still matches itself.
"""

import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg.extract.normalize import normalize_string
from kg.web.memo import per_version
from kg.web.paths import base, path_for
from kg.web.store import get_store

HAMZA_SEATS = str.maketrans({"ؤ": "ء", "ئ": "ء"})
PROCLITICS = "وفبكل"
SHORTEST_STEM = 3  # letters a stem keeps: بمصر → مصر, but بحث stays بحث
LABELS = """SELECT DISTINCT ?s ?label WHERE {
  VALUES ?p { <http://www.w3.org/2004/02/skos/core#prefLabel>
              <http://www.w3.org/2004/02/skos/core#altLabel>
              <http://www.w3.org/2000/01/rdf-schema#label> }
  ?s ?p ?label . FILTER(isIRI(?s) && isLITERAL(?label) && STRSTARTS(STR(?s), "%sid/")) }"""
EXACT, PREFIX, CONTAINS = 0, 1, 2  # ranks, best first


def words(text: str) -> list[str]:
    return re.findall(r"\w+", normalize_string(text.translate(HAMZA_SEATS)).lower())


def stem(word: str) -> str:
    while True:
        if word.startswith("ال") and len(word) >= SHORTEST_STEM + 2:
            word = word[2:]
        elif word[:1] in PROCLITICS and len(word) >= SHORTEST_STEM + 1:
            word = word[1:]
        else:
            return word


@dataclass(frozen=True)
class Folded:
    raw: str  # folded words as written
    stems: str  # the same words stemmed

    @classmethod
    def of(cls, text: str) -> "Folded":
        found = words(text)
        return cls(" ".join(found), " ".join(map(stem, found)))


@dataclass(frozen=True)
class Entry:
    iri: str
    label: ox.Literal
    folded: Folded

    def rank(self, query: Folded) -> int | None:
        if self.folded.stems == query.stems:
            return EXACT
        if self.folded.stems.startswith(query.stems) or self.folded.raw.startswith(query.raw):
            return PREFIX
        haystack = f"{self.folded.stems} {self.folded.raw}"
        pairs = zip(query.stems.split(), query.raw.split(), strict=True)
        return CONTAINS if all(s in haystack or r in haystack for s, r in pairs) else None


class Index:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.haystacks = [f"{e.folded.stems} {e.folded.raw}" for e in entries]

    def find(self, text: str) -> list[tuple[int, Entry]]:
        """(rank, entry) of every resource matching, best first; one entry per resource."""
        query = Folded.of(text)
        best: dict[str, tuple[int, Entry]] = {}
        for entry in self._candidates(query):
            rank = entry.rank(query)
            if rank is not None and rank < best.get(entry.iri, (CONTAINS + 1,))[0]:
                best[entry.iri] = (rank, entry)
        return sorted(best.values(), key=_best_first)

    def _candidates(self, query: Folded) -> list[Entry]:
        """Entries holding the query's longest word: every match does, and one substring
        test per entry is much cheaper than ranking it."""
        if not query.raw:
            return []
        stem_word, raw_word = max(
            zip(query.stems.split(), query.raw.split(), strict=True), key=_length
        )
        return [entry for entry, haystack in zip(self.entries, self.haystacks, strict=True)
                if stem_word in haystack or raw_word in haystack]  # fmt: skip


def _length(pair: tuple[str, str]) -> int:
    return len(pair[1])


def _best_first(hit: tuple[int, Entry]) -> tuple:
    """Better rank, then the shorter label: the closer the name, the higher."""
    rank, entry = hit
    return rank, len(entry.label.value), entry.iri


def index() -> Index:
    return per_version("kg_search", _build)


def _build() -> Index:
    rows = get_store().query(LABELS % base(), use_default_graph_as_union=True)
    return Index([Entry(row["s"].value, row["label"], Folded.of(row["label"].value))
                  for row in rows if path_for(row["s"].value)])  # fmt: skip
