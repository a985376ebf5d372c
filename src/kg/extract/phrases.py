"""Match lexicon phrases (in normalized spelling) on token lists."""

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.normalize import normalize_string
from kg.extract.tokens import (
    Token,
    cached,
    clitic_readings,
    distinct,
    positions,
    texts,
    tokenize,
    without_article,
)


@dataclass(frozen=True)
class PhraseMatch:
    value: object
    first: int  # token indexes, end exclusive
    last: int
    start: int  # character offsets in the normalized text
    end: int


@lru_cache(maxsize=131072)
def readings(word: str, clitics: bool, article: bool) -> tuple[str, ...]:
    """The forms a word may have in a table: with proclitics and the article removed."""
    found = clitic_readings(word) if clitics else (word,)
    if article:
        found += tuple(without_article(r) for r in found)
    return found


class PhraseTable:
    """Phrase → value; at a position the longest phrase wins; the first word may carry clitics."""

    def __init__(self, phrases: dict, clitics: bool = True, article: bool = False):
        self.clitics, self.article = clitics, article
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = defaultdict(list)
        for phrase, value in phrases.items():
            words = tuple(t.text for t in tokenize(normalize_string(phrase)))
            self.by_first[words[0]].append((words, value))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: len(entry[0]), reverse=True)
        self.firsts = frozenset(self.by_first)
        self.starting = WordCache(self._starting)

    def _starting(self, word: str) -> tuple[tuple[list[str], int, object], ...]:
        """The phrases a word may begin, in the order they are tried: by reading, longest
        first; each as (its later words, its length, its value)."""
        return tuple(
            (list(words[1:]), len(words), value)
            for reading in readings(word, self.clitics, self.article)
            for words, value in self.by_first.get(reading, ())
        )

    def match_at(self, tokens: list[Token], index: int) -> PhraseMatch | None:
        entries = self.starting(tokens[index].text)
        if not entries:
            return None
        words = texts(tokens)
        for rest, length, value in entries:
            last = index + length
            if last <= len(tokens) and (not rest or words[index + 1 : last] == rest):
                return PhraseMatch(value, index, last, tokens[index].start, tokens[last - 1].end)
        return None

    def find_all(self, tokens: list[Token], first: int = 0, last: int | None = None) -> list:
        """Non-overlapping matches, left to right, within tokens[first:last]."""
        last = len(tokens) if last is None else last
        found, reach = [], first
        for index in self.starts(tokens, first, last):
            if index >= reach and (match := self.match_at(tokens, index)):
                found.append(match)
                reach = match.last
        return found

    def starts(self, tokens: list[Token], first: int = 0, last: int | None = None) -> list[int]:
        """Where a phrase of the table may start: the tokens one of whose readings begins one."""
        found = starts_where(tokens, self, self.starting)
        last = len(tokens) if last is None else last
        if first <= 0 and last >= len(tokens):
            return found[:]
        return found[bisect_left(found, first) : bisect_left(found, last)]


class WordCache:
    """word → what a table holds for it, computed once per word and kept in a bounded dict:
    plain dict lookups and set operations are what make scanning a document cheap."""

    LIMIT = 200_000

    def __init__(self, compute):
        self.compute, self.known, self.holding = compute, {}, set()

    def __call__(self, word: str):
        found = self.known.get(word)
        if found is None:
            if len(self.known) >= self.LIMIT:
                self.known.clear()
                self.holding.clear()
            found = self.known[word] = self.compute(word)
            if found:
                self.holding.add(word)
        return found

    def holding_of(self, words: set[str]) -> set[str]:
        """The words for which the table holds something (set operations that iterate over
        the document's words, not over all the words the table has seen)."""
        for word in words.difference(self.known):
            self(word)
        return self.holding.intersection(words)


def starts_where(tokens: list[Token], owner, begins: WordCache) -> list[int]:
    """Sorted indexes of the tokens whose word `begins` something of `owner`: looked up once
    per distinct word of a document, and kept with its token list."""

    def build(tokens: list[Token]) -> list[int]:
        where = positions(tokens)
        return sorted([i for word in begins.holding_of(distinct(tokens)) for i in where[word]])

    return cached(tokens, ("starts", owner), build)
