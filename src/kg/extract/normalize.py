"""Normalize Arabic text for matching while keeping a map back to the raw text.

Normalization only deletes characters or substitutes one character for one, so every
normalized character comes from exactly one raw character: `offsets[i]` is the raw index
of normalized character i. Spans found on the normalized text map back exactly.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

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


# str.translate looks every non-ASCII character up in a dict; a regex for the rare dropped
# characters and one str.replace per substituted character (none maps to another's source)
# give the same text several times faster.
DROPPED_PATTERN = re.compile("[" + "".join(re.escape(c) for c in sorted(DROPPED)) + "]")
SUBSTITUTIONS = tuple(SUBSTITUTED.items())


def normalize(raw: str) -> NormalizedText:
    kept = DROPPED_PATTERN.sub("", raw)
    if len(kept) == len(raw):  # nothing dropped: offsets map one to one
        offsets = range(len(raw))
    else:
        offsets = tuple(chain.from_iterable(_kept_ranges(raw)))
    return NormalizedText(_substitute(kept), offsets, len(raw))


def _kept_ranges(raw: str):
    """The runs of raw indexes between dropped characters."""
    previous = 0
    for dropped in DROPPED_PATTERN.finditer(raw):
        yield range(previous, dropped.start())
        previous = dropped.end()
    yield range(previous, len(raw))


def _substitute(text: str) -> str:
    for source, target in SUBSTITUTIONS:
        if source in text:
            text = text.replace(source, target)
    return text


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
    return " ".join(DROPPED_PATTERN.sub("", raw).split())
