"""Per-word caches for the tables matched on documents, and where a table's entries start.

A table (phrases, the registry) asks of each distinct word of a document whether one of its
entries may start with it: whether a reading of the word is an entry's first word. The words
of the documents seen so far are kept in one set, so a document's new words are found with one
set operation; each new word's readings are made once per reading mode and checked against
every table's first words; each table keeps the words that may begin one of its entries, and
its starts in a document are a set intersection over them.
"""

import weakref
from collections import defaultdict
from itertools import compress, count

from kg.extract.tokens import Token, cached, distinct, readings, texts

LIMIT = 200_000  # words seen kept before the start words are sorted afresh
CACHE_LIMIT = 20_000  # words a table keeps its entries for (each table has its own)


class WordCache:
    """word → what a table holds for it, computed once per word (a plain dict lookup)."""

    def __init__(self, compute):
        self.compute, self.known = compute, {}  # cleared in place: callers may hold known.get

    def __call__(self, word: str):
        found = self.known.get(word)
        if found is None:
            if len(self.known) >= CACHE_LIMIT:
                self.known.clear()
            found = self.known[word] = self.compute(word)
        return found


class StartWords:
    """The words seen in documents that may begin an entry of a table: words one of whose
    readings (with proclitics removed, and the article when `article`) is an entry's first."""

    def __init__(self, firsts: frozenset[str], clitics: bool, article: bool):
        self.firsts, self.mode = firsts, (clitics, article)
        self.holding: set[str] = set()
        self.scanning = False

    def holding_of(self, words: set[str]) -> set[str]:
        """The words (all of a document's) that may begin an entry."""
        SEEN.tell(words, self)
        return self.holding.intersection(words)


class Seen:
    """The words every scanning table has been told about, and the last word set told (a
    document's tables ask about the same set one after another)."""

    def __init__(self):
        self.words: set[str] = set()
        self.last: set[str] | None = None
        self.tables: weakref.WeakSet[StartWords] = weakref.WeakSet()
        self.beginning: set[str] = set()  # the words held by some table
        self.generation = 0  # forgets so far: where words begin entries is indexed per one

    def tell(self, words: set[str], asking: StartWords) -> None:
        if not asking.scanning:  # a table new to scanning has been told about no word
            asking.scanning = True
            self.tables.add(asking)
            self.forget()
        elif len(self.words) >= LIMIT:
            self.forget()
        if words is self.last:
            return
        new = words.difference(self.words)
        if new:
            self._sort(new)
            self.words.update(new)
        self.last = words

    def _sort(self, new: set[str]) -> None:
        by_mode = defaultdict(list)
        for table in self.tables:
            by_mode[table.mode].append(table)
        for mode, tables in by_mode.items():
            for word in new:
                forms = readings(word, *mode)
                for table in tables:
                    if not table.firsts.isdisjoint(forms):
                        table.holding.add(word)
                        self.beginning.add(word)

    def forget(self) -> None:
        self.words.clear()
        self.last = None
        for table in self.tables:
            table.holding.clear()
        self.beginning.clear()
        self.generation += 1


SEEN = Seen()


def starts_where(tokens: list[Token], owner, begins: StartWords) -> list[int]:
    """Sorted indexes of the tokens whose word may begin an entry of `owner`, kept with the
    document's token list."""

    def build(tokens: list[Token]) -> list[int]:
        holding = begins.holding_of(distinct(tokens))  # first: it sorts the document's words
        where = beginning_positions(tokens)
        return sorted([i for word in holding for i in where[word]])

    return cached(tokens, ("starts", owner), build)


def beginning_positions(tokens: list[Token]) -> dict[str, list[int]]:
    """Each word of the tokens that some table holds → the indexes of its tokens, once per
    document (and again should the tables forget). The other words, about two thirds of a
    document's tokens, are passed over without a Python step each."""
    return cached(tokens, ("beginning positions", SEEN.generation), _beginning_positions)


def _beginning_positions(tokens: list[Token]) -> dict[str, list[int]]:
    words, found = texts(tokens), dict[str, list[int]]()
    for index in compress(count(), map(SEEN.beginning.__contains__, words)):
        if words[index] in found:
            found[words[index]].append(index)
        else:
            found[words[index]] = [index]
    return found
