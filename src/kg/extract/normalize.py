"""Normalize Arabic text for matching while keeping a map back to the raw text.

Normalization only deletes characters or substitutes one character for one, so every
normalized character comes from exactly one raw character: spans found on the normalized text
map back exactly (NormalizedText.raw_span).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from kg.extract.lexicon.characters import DROPPED, SUBSTITUTED


@dataclass(frozen=True)
class NormalizedText:
    text: str
    # The runs of raw characters kept, as where each starts in the normalized text and how many
    # raw characters were dropped before it: a few runs a document rather than one offset per
    # character (which took longer to build than the text). Normalized index i is raw index
    # i + the drops before its run.
    run_starts: tuple[int, ...]
    drops_before: tuple[int, ...]
    raw_length: int

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) of the normalized [start, end)."""
        starts, drops = self.run_starts, self.drops_before
        if start >= end:
            if start >= len(self.text):
                return self.raw_length, self.raw_length
            raw = start + drops[bisect_right(starts, start) - 1]
            return raw, raw
        first = start + drops[bisect_right(starts, start) - 1]
        return first, end + drops[bisect_right(starts, end - 1) - 1]


# str.translate looks every non-ASCII character up in a dict; a regex for the rare dropped
# characters and one str.replace per substituted character (none maps to another's source)
# give the same text several times faster.
DROPPED_PATTERN: Final = re.compile("[" + "".join(re.escape(c) for c in sorted(DROPPED)) + "]")
SUBSTITUTIONS: Final = tuple(SUBSTITUTED.items())


def normalize(raw: str) -> NormalizedText:
    kept = DROPPED_PATTERN.sub("", raw)
    if len(kept) == len(raw):  # nothing dropped: one run
        return NormalizedText(_substitute(kept), (0,), (0,), len(raw))
    return NormalizedText(_substitute(kept), *_kept_runs(raw), len(raw))


def _kept_runs(raw: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each run of raw characters between dropped ones starts in the normalized text,
    and how many were dropped before it."""
    starts, drops, previous, dropped = [], [], 0, 0
    for match in DROPPED_PATTERN.finditer(raw):
        if match.start() > previous:
            starts.append(previous - dropped)
            drops.append(dropped)
        dropped += match.end() - match.start()
        previous = match.end()
    if len(raw) > previous:
        starts.append(previous - dropped)
        drops.append(dropped)
    return tuple(starts), tuple(drops)


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


def drop_letters(raw: str, count: int) -> str:
    """Drop the first `count` letters of a raw word, and the marks (diacritics) that ride on
    them: the raw word without the proclitic its normalized form starts with."""
    index = 0
    while count and index < len(raw):
        index += 1
        count -= 1
        while index < len(raw) and normalize_string(raw[index]) == "":
            index += 1
    return raw[index:]


def clean_label(raw: str) -> str:
    """A label as the source spells it, without harakat, tatweel, invisible marks or extra
    spaces: "عمّان" and "عمان" are one name; hamza and ta marbuta forms stay."""
    return " ".join(DROPPED_PATTERN.sub("", raw).split())
