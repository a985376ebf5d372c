"""Match lexicon phrases (in normalized spelling) on token lists."""

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.normalize import normalize_string
from kg.extract.tokens import Token, clitic_readings, tokenize, without_article


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

    def match_at(self, tokens: list[Token], index: int) -> PhraseMatch | None:
        forms = readings(tokens[index].text, self.clitics, self.article)
        if self.firsts.isdisjoint(forms):
            return None
        for reading in forms:
            for words, value in self.by_first.get(reading, ()):
                last = index + len(words)
                if last <= len(tokens) and all(
                    tokens[index + k].text == w for k, w in enumerate(words[1:], start=1)
                ):
                    return PhraseMatch(
                        value, index, last, tokens[index].start, tokens[last - 1].end
                    )
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
        """Where a phrase of the table may start: the tokens one of whose readings begins one.
        Looked up in an index of the document's readings, not token by token."""
        last = len(tokens) if last is None else last
        positions = reading_positions(tokens, self.clitics, self.article)
        found = {i for word in self.firsts & positions.keys() for i in positions[word]}
        return sorted(i for i in found if first <= i < last)


def reading_positions(tokens: list[Token], clitics: bool, article: bool) -> dict[str, list[int]]:
    """Reading → token indexes, built once per token list and reading mode."""
    cache = getattr(tokens, "indexes", None)
    key = ("readings", clitics, article)
    if cache is not None and key in cache:
        return cache[key]
    by_text: dict[str, list[int]] = defaultdict(list)
    for index, token in enumerate(tokens):
        by_text[token.text].append(index)
    positions: dict[str, list[int]] = defaultdict(list)
    for text, indexes in by_text.items():  # each distinct word's readings once
        for reading in readings(text, clitics, article):
            positions[reading].extend(indexes)
    if cache is not None:
        cache[key] = positions
    return positions
