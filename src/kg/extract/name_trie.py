"""The registry's names of two words or more, as a tree of words after their first two.

Matching walks the tree along a document's tokens instead of trying each name that starts
with the same two words ("وزارة الداخلية" begins some two hundred names): a word is followed
when one of the token's readings is it, or, once per name, when the token is one typo away
from it. Which of the names found wins is the registry's rule (see Registry.match_at).
"""

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final

from kg.extract.tokens import clitic_readings

FUZZY_MIN_LENGTH: Final = 5


@dataclass(eq=False)
class Node:
    """The names that end here, each with its place in its first two words' list, and the
    words that continue others."""

    ending: list[tuple[int, Any]] = field(default_factory=list)
    children: dict[str, "Node"] = field(default_factory=dict)

    def add(self, words: tuple[str, ...], place: int, entry) -> None:
        node = self
        for word in words:
            node = node.children.setdefault(word, Node())
        node.ending.append((place, entry))


# A name found: (minus its length, its typos, its place in the order the registry tries
# names in, the entry); the smallest is the longest name with the fewest typos.
Found = tuple[int, int, tuple[int, ...], Any]


def walk(
    node: Node, readings, words: list[str], index: int, order: tuple, out: list, known: set[str]
) -> None:
    """Every name below `node` written from token `index` on, with at most one typo; a token
    that is a word of some name is no typo ("لشرطة عمان" is not "لشرطة عجمان")."""
    stack = [(node, index, 0)]
    while stack:
        node, index, typos = stack.pop()
        for place, entry in node.ending:
            out.append((-len(entry.tokens), typos, (*order, place), entry))
        if index >= len(words) or not node.children:
            continue
        for reading in readings[index]:
            child = node.children.get(reading)
            if child is not None:
                stack.append((child, index + 1, typos))
        if not typos and known.isdisjoint(readings[index]):
            for word in typo_children(node, words[index], readings[index]):
                stack.append((node.children[word], index + 1, 1))


@lru_cache(maxsize=65536)
def typo_children(node: Node, text: str, readings: tuple[str, ...]) -> tuple[str, ...]:
    """The words after `node` the token is one typo away from (and not written exactly)."""
    return tuple(w for w in node.children if w not in readings and one_typo(w, text))


@lru_cache(maxsize=65536)
def one_typo(word: str, text: str) -> bool:
    """True when one edit (after a proclitic is removed) turns text into word; typos in the
    first letter are not considered (they would make too many names alike)."""
    if len(word) < FUZZY_MIN_LENGTH or word[0] not in text[:3]:
        return False
    return any(_edit_distance_at_most_one(word, reading) for reading in clitic_readings(text))


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
