"""Tokens of the normalized text, and clitic handling for matching names."""

import re
from functools import lru_cache
from typing import NamedTuple

WORD = re.compile(r"\w+")

# Proclitics that attach to a following word; "لل" is ل + the article with its alef dropped.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


class Token(NamedTuple):
    text: str
    start: int
    end: int


class TokenList(list):
    """A document's tokens, with room for indexes built over them once (see phrases.py)."""

    def __init__(self, tokens=()):
        super().__init__(tokens)
        self.indexes: dict = {}


def tokenize(text: str, start: int = 0, end: int | None = None) -> TokenList:
    end = len(text) if end is None else end
    return TokenList(Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, end))


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
        out.append("ال" + word[2:])
    if word.startswith(PREPOSITIONS) and len(word) > 3:
        out.append(word[1:])
    return out


def without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word
