"""Per-word caches for the tables matched on documents, and where a table's entries start.

A table (phrases, the registry) asks of each distinct word of a document whether one of its
entries may start with it: whether a reading of the word is an entry's first word. The words
of the documents seen so far are kept in one set, so a document's new words are found with one
set operation, and in one list in the order they came; each table reads that list from where
it left off, checks each word's readings against its first words and keeps the words that may
begin one of its entries. Its starts in a document are a set intersection over them.
"""

from collections.abc import Callable
from itertools import compress, count
from typing import Final, Generic, TypeVar

from kg.extract.tokens import Token, cached, distinct, readings, texts

# Not Final, unlike the other constants: the tests shrink them to reach the limits.
LIMIT = 200_000  # words seen kept before the start words are sorted afresh
CACHE_LIMIT = 20_000  # words a table keeps its entries for (each table has its own)

Value = TypeVar("Value")


class WordCache(Generic[Value]):
    """word → what a table holds for it, computed once per word (a plain dict lookup)."""

    def __init__(self, compute: Callable[[str], Value]) -> None:
        self.compute = compute
        self.known: dict[str, Value] = {}  # cleared in place: callers may hold known.get

    def __call__(self, word: str) -> Value:
        found = self.known.get(word)
        if found is None:
            if len(self.known) >= CACHE_LIMIT:
                self.known.clear()
            found = self.known[word] = self.compute(word)
        return found


class Seen:
    """The words seen since the last forget, as a set and in the order they came (tables read
    the list from where they left off), and the last word set told (a document's tables ask
    about the same set one after another) with its words that were new."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.order: list[str] = []
        self.forms: dict[tuple[bool, bool], list[tuple[str, ...]]] = {}  # see readings_of
        self.last: set[str] | None = None
        self.new: set[str] = set()
        self.beginning: set[str] = set()  # the words held by some table
        self.generation = 0  # forgets so far: a table of an older one has read nothing since

    def tell(self, words: set[str]) -> None:
        if len(self.words) >= LIMIT:
            self.forget()
        if words is self.last:
            return
        self.new = words.difference(self.words)
        if self.new:
            self.words.update(self.new)
            self.order.extend(self.new)
        self.last = words

    def readings_of(self, clitics: bool, article: bool) -> list[tuple[str, ...]]:
        """Each seen word's readings in a mode, in the words' order: made once a word for all
        the tables of that mode."""
        forms = self.forms.setdefault((clitics, article), [])
        if len(forms) < len(self.order):
            forms.extend([readings(word, clitics, article) for word in self.order[len(forms) :]])
        return forms

    def forget(self) -> None:
        self.words.clear()
        self.order.clear()
        self.forms.clear()
        self.last = None
        self.beginning.clear()
        self.generation += 1


SEEN: Final = Seen()


class StartWords:
    """The words seen in documents that may begin an entry of a table: words one of whose
    readings (with proclitics removed, and the article when `article`) is an entry's first.

    The table is told of new words by reading the seen words' list, not by the list telling
    each table: nothing has to know every table, so no table is kept alive for it."""

    def __init__(self, firsts: frozenset[str], clitics: bool, article: bool) -> None:
        self.firsts, self.clitics, self.article = firsts, clitics, article
        self.holding: set[str] = set()
        self.read = 0  # words of the seen words' list sorted so far
        self.generation = -1  # the seen words' generation they belong to (none yet)

    def holding_of(self, words: set[str]) -> set[str]:
        """The words (all of a document's) that may begin an entry."""
        seen = SEEN
        seen.tell(words)
        if self.generation != seen.generation:
            self.holding.clear()
            self.read, self.generation = 0, seen.generation
        if self.read < len(seen.order):
            self._sort(seen)
        return self.holding.intersection(words)

    def _sort(self, seen: Seen) -> None:
        """Hold the seen words not read yet that may begin an entry."""
        order, forms = seen.order, seen.readings_of(self.clitics, self.article)
        for index in range(self.read, len(order)):
            if not self.firsts.isdisjoint(forms[index]):
                self.holding.add(order[index])
                seen.beginning.add(order[index])
        self.read = len(order)


def starts_where(tokens: list[Token], owner: object, begins: StartWords) -> list[int]:
    """Sorted indexes of the tokens whose word may begin an entry of `owner`, kept with the
    document's token list."""

    def build(tokens: list[Token]) -> list[int]:
        holding = begins.holding_of(distinct(tokens))  # first: it sorts the document's words
        where = beginning_positions(tokens)
        missing = holding.difference(where)  # held since the positions were found
        if missing:
            _add_positions(texts(tokens), missing, where)
        return sorted([i for word in holding for i in where[word]])

    return cached(tokens, ("starts", owner), build)


def beginning_positions(tokens: list[Token]) -> dict[str, list[int]]:
    """Each word of the tokens that some table holds, or that was new to the seen words,
    → the indexes of its tokens, once per document. The tables that have yet to read the new
    words may come to hold some: their positions are at hand (a table that holds more of the
    document's words than that adds theirs). The other words, about two thirds of a document's
    tokens, are passed over without a Python step each."""
    return cached(tokens, "beginning positions", _beginning_positions)


def _beginning_positions(tokens: list[Token]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    wanted = SEEN.beginning
    if SEEN.last is distinct(tokens) and SEEN.new:  # told first: see starts_where
        wanted = wanted.union(SEEN.new)
    _add_positions(texts(tokens), wanted, found)
    return found


def _add_positions(words: list[str], wanted: set[str], found: dict[str, list[int]]) -> None:
    for index in compress(count(), map(wanted.__contains__, words)):
        if words[index] in found:
            found[words[index]].append(index)
        else:
            found[words[index]] = [index]
