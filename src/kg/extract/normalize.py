"""Normalize Arabic text for matching while keeping a map back to the raw text.

Normalization only deletes characters or substitutes one character for one, so every
normalized character comes from exactly one raw character: `offsets[i]` is the raw index
of normalized character i. Spans found on the normalized text map back exactly.
"""

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.lexicon.characters import DROPPED, SUBSTITUTED


@dataclass(frozen=True)
class NormalizedText:
    text: str
    offsets: tuple[int, ...] | range  # normalized index → raw index
    raw_length: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) of the normalized [start, end)."""
        if start >= end:
            raw = self.offsets[start] if start < len(self.offsets) else self.raw_length
            return raw, raw
        return self.offsets[start], self.offsets[end - 1] + 1


SUBSTITUTION_TABLE = str.maketrans(SUBSTITUTED)


DROP_TABLE = str.maketrans(dict.fromkeys(DROPPED))


def normalize(raw: str) -> NormalizedText:
    kept = raw.translate(DROP_TABLE)
    if len(kept) == len(raw):  # nothing dropped, the usual case: offsets map one to one
        offsets = range(len(raw))
    else:
        offsets = tuple(i for i, char in enumerate(raw) if char not in DROPPED)
    return NormalizedText(kept.translate(SUBSTITUTION_TABLE), offsets, len(raw))


@lru_cache(maxsize=65536)
def normalize_string(text: str) -> str:
    """Normalized form of a label, with runs of white space folded."""
    return " ".join(normalize(text).text.split())


def normalized_set(words) -> frozenset[str]:
    """A word list written in ordinary spelling, in the normalized spelling matching uses."""
    return frozenset(normalize_string(w) for w in words)


def clean_label(raw: str) -> str:
    """A label as the source spells it, without harakat, tatweel, invisible marks or extra
    spaces: "عمّان" and "عمان" are one name; hamza and ta marbuta forms stay."""
    return " ".join("".join(c for c in raw if c not in DROPPED).split())
