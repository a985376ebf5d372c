"""Match lexicon phrases (in normalized spelling) on token lists."""

from bisect import bisect_left
from collections import defaultdict
from typing import Any, NamedTuple

from kg.extract.normalize import normalize_string
from kg.extract.tokens import Token, readings, texts, tokenize
from kg.extract.wordcache import StartWords, WordCache, starts_where


class PhraseMatch(NamedTuple):  # a tuple: made hundreds of times a document
    value: Any  # what the table maps the phrase to
    first: int  # token indexes, end exclusive
    last: int
    start: int  # character offsets in the normalized text
    end: int


# A phrase a word may begin: its later words, its length and its value.
Entry = tuple[list[str], int, Any]


class PhraseTable:
    """Phrase → value; at a position the longest phrase wins; the first word may carry clitics."""

    def __init__(self, phrases: dict, clitics: bool = True, article: bool = False):
        self.clitics, self.article = clitics, article
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = defaultdict(list)
        for phrase, value in phrases.items():
            words = tuple(t.text for t in tokenize(normalize_string(phrase)))
            self.by_first[words[0]].append((words, value))
        for entries in self.by_first.values():
            entries.sort(key=lambda entry: len(entry[0]), reverse=True)
        self.firsts = frozenset(self.by_first)
        self.starting = WordCache(self._starting)
        # asked at every match: the word cache's own dict, which it clears in place
        self.known: dict[str, tuple[Entry, ...]] = self.starting.known
        self.start_words = StartWords(self.firsts, clitics, article)

    def _starting(self, word: str) -> tuple[Entry, ...]:
        """The phrases a word may begin, in the order they are tried: longest first, then by
        reading ("وشارك في الجلسة" before "وشارك"); each as (its later words, its length, its
        value)."""
        forms = readings(word, self.clitics, self.article)
        if self.firsts.isdisjoint(forms):
            return ()
        entries: list[Entry] = [
            (list(words[1:]), len(words), value)
            for reading in forms
            for words, value in self.by_first.get(reading, ())
        ]
        return tuple(sorted(entries, key=lambda entry: -entry[1]))  # stable: reading order kept

    def match_at(self, tokens: list[Token], index: int) -> PhraseMatch | None:
        token = tokens[index]
        entries = self.known.get(token[0])  # most calls end here: no call on a known word
        if entries is None:
            entries = self.starting(token[0])
        if not entries:
            return None
        words = texts(tokens)
        for rest, length, value in entries:
            last = index + length
            if last <= len(tokens) and (not rest or words[index + 1 : last] == rest):
                # tuple.__new__, not the named tuple's own __new__ (a Python function)
                found = (value, index, last, token[1], tokens[last - 1][2])
                return tuple.__new__(PhraseMatch, found)
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
        found = starts_where(tokens, self, self.start_words)
        last = len(tokens) if last is None else last
        if first <= 0 and last >= len(tokens):
            return found[:]
        return found[bisect_left(found, first) : bisect_left(found, last)]
