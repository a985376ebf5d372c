"""Per-word caches for the tables matched on documents, and where a table's entries start.

A table (phrases, the registry) asks of each distinct word of a document whether an entry may
start with it. The answers are cached per word, and the words every scanning table has already
answered for are kept in one set: a document's new words are found with one set operation for
all tables, and each table's starts with a set intersection over the few words it holds.
"""

import weakref

from kg.extract.tokens import Token, cached, distinct, positions

LIMIT = 200_000  # words kept per cache before it starts afresh


class WordCache:
    """word → what a table holds for it, computed once per word (a plain dict lookup)."""

    def __init__(self, compute):
        self.compute, self.known, self.holding = compute, {}, set()
        self.scanning = False

    def __call__(self, word: str):
        found = self.known.get(word)
        if found is None:
            if not self.scanning and len(self.known) >= LIMIT:
                self._forget()  # a scanning cache forgets only between two scans
            found = self.known[word] = self.compute(word)
            if found:
                self.holding.add(word)
        return found

    def holding_of(self, words: set[str]) -> set[str]:
        """The words for which the table holds something."""
        if not self.scanning or len(self.known) >= LIMIT:
            self._forget()  # it has answered for no word yet
            self.scanning = True
            SCANNING.add(self)
            ANSWERED.forget()
        ANSWERED.answer(words)
        return self.holding.intersection(words)

    def _forget(self) -> None:
        self.known.clear()
        self.holding.clear()


class Answered:
    """The words every scanning cache has answered for, and the last word set known to be
    among them (a document's tables ask about the same set one after another)."""

    def __init__(self):
        self.words: set[str] = set()
        self.last: set[str] | None = None

    def answer(self, words: set[str]) -> None:
        if words is self.last:
            return
        new = words.difference(self.words)
        if new:
            for cache in list(SCANNING):
                for word in new:
                    cache(word)
            self.words.update(new)
        self.last = words

    def forget(self) -> None:
        self.words.clear()
        self.last = None


SCANNING: "weakref.WeakSet[WordCache]" = weakref.WeakSet()
ANSWERED = Answered()


def starts_where(tokens: list[Token], owner, begins: WordCache) -> list[int]:
    """Sorted indexes of the tokens whose word `begins` something of `owner`, kept with the
    document's token list."""

    def build(tokens: list[Token]) -> list[int]:
        where = positions(tokens)
        return sorted([i for word in begins.holding_of(distinct(tokens)) for i in where[word]])

    return cached(tokens, ("starts", owner), build)
