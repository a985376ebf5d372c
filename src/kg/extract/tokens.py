"""Tokens of the normalized text, and clitic handling for matching names."""

import re
from functools import lru_cache
from itertools import repeat
from operator import add
from typing import Final, NamedTuple

from kg.extract.indexed_lists import TokenList

WORD: Final = re.compile(r"\w+")

# Proclitics that attach to a following word; "لل" is ل + the article with its alef dropped.
CONJUNCTIONS: Final = ("و", "ف")
PREPOSITIONS: Final = ("ب", "ل", "ك")
SHORT_NAME_WORDS: Final = frozenset(("بن", "ام"))  # names that begin with them: "بن عكنون"


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> TokenList:
    """The runs of word characters (\\w+) of text[start:end]."""
    # Most pieces between two spaces are one word, which str.isalnum tells (it is the test
    # \w makes, "_" aside) with less work than a regex pass over every character; only the
    # other pieces (punctuation, line breaks, "_") are searched for words.
    words, starts = [], []
    offset = start
    for piece in text[start:end].split(" "):
        if piece.isalnum():
            words.append(piece)
            starts.append(offset)
        elif piece:
            for match in WORD.finditer(piece):
                words.append(match.group())
                starts.append(offset + match.start())
        offset += len(piece) + 1
    spans = zip(words, starts, map(add, starts, map(len, words)), strict=True)
    tokens = TokenList(map(tuple.__new__, repeat(Token), spans))
    tokens.indexes["texts"] = words
    return tokens


def cached(tokens: list[Token], key, build):
    """`build(tokens)`, kept with a document's token list so each index is built once."""
    indexes = getattr(tokens, "indexes", None)
    if indexes is None:
        return build(tokens)
    if key not in indexes:
        indexes[key] = build(tokens)
    return indexes[key]


def texts(tokens: list[Token]) -> list[str]:
    """The words of the tokens, in order."""
    found = getattr(tokens, "indexes", {}).get("texts")  # asked for at every match
    return found if found is not None else cached(tokens, "texts", lambda ts: [t[0] for t in ts])


def distinct(tokens: list[Token]) -> set[str]:
    """The distinct words of the tokens."""
    return cached(tokens, "distinct", lambda ts: set(texts(ts)))


@lru_cache(maxsize=65536)
def clitic_readings(word: str) -> tuple[str, ...]:
    """The word and what it may be with proclitics removed, most literal first.

    Names that start with these letters (بغداد, لبنان, وهران) keep their literal reading first;
    callers accept a stripped reading only when it matches a known word.
    """
    readings = [word]
    for stem in _strip_conjunction(word):
        readings.extend(_strip_preposition(stem))
    return (word, *dict.fromkeys(r for r in readings[1:] if len(r) >= 2 and r != word))


def _strip_conjunction(word: str) -> list[str]:
    if word.startswith(CONJUNCTIONS) and len(word) > 3:
        return [word, word[1:]]
    return [word]


def _strip_preposition(word: str) -> list[str]:
    out = [word]
    if word.startswith("لل") and len(word) > 4:
        out.append("ال" + word[2:])  # "للشرطة": ل + الشرطة
    if word.startswith("لل") and len(word) > 3:
        out.append("ال" + word[1:])  # "للواء", "للجنة": ل + اللواء, the article's alif dropped
    if word.startswith(PREPOSITIONS) and (len(word) > 3 or word[1:] in SHORT_NAME_WORDS):
        out.append(word[1:])  # "ببن عكنون": ب + بن
    return out


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=131072)
def readings(word: str, clitics: bool, article: bool) -> tuple[str, ...]:
    """The forms a word may have in a table: with proclitics and the article removed."""
    found = clitic_readings(word) if clitics else (word,)
    if article:
        found += tuple(without_article(r) for r in found)
    return found
