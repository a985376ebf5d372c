"""The lists a document's stages index as they read them: its tokens and its mentions.

They subclass `list`, which the native classes of the modules compiled to C (kg.extract.compiled)
cannot: a class with a decorator mypyc does not know is compiled as a Python class instead (its
methods compiled, its instances Python objects): `_python_class` is there for that, and
MentionList's `_drop_index_on` does it too.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from kg.extract.document import Mention
    from kg.extract.tokens import Token

Class = TypeVar("Class", bound=type)


def _python_class(cls: Class) -> Class:
    """Compiled, the decorated class is a Python class, which may subclass `list`."""
    return cls


def _drop_index_on(*names: str) -> Callable[[Class], Class]:
    """The list's other changes drop the index (a sort reorders mentions of one start)."""

    def decorate(cls: Class) -> Class:
        for name in names:
            setattr(cls, name, _dropping(name, getattr(list, name)))
        return cls

    return decorate


def _dropping(name: str, change: Callable) -> Callable:
    def changed(self, *args, **kwargs):
        self._dropped()
        return change(self, *args, **kwargs)

    changed.__name__ = name
    return changed


@_python_class
class TokenList(list["Token"]):
    """A document's tokens, with room for indexes built over them once (see phrases.py)."""

    def __init__(self, tokens=()):
        super().__init__(tokens)
        self.indexes: dict = {}


@_drop_index_on(
    "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__", "__delitem__", "__imul__"
)
class MentionList(list["Mention"]):
    """A document's mentions, with an index in start order for the stages that ask which
    mention starts at a token, or covers an offset, many times a document. Stages append,
    extend, sort and remove mentions as they go: appending keeps the index up to date, any other
    change drops it, and the next question builds it anew. A mention's `nested` flag is read
    when asked, not indexed.
    """

    # Every mention and its start in start order (mentions of one start in list order), the
    # longest mention's length (which mentions cover an offset is a short look back from it),
    # and whether the list itself is in start order.
    _starts: list[int] | None = None
    _ordered: list[Mention] | None = None
    _longest = 0
    _in_order = True

    def starting_at(self, start: int) -> list[Mention]:
        """The mentions starting at `start`, in list order."""
        return self.starting_from(start, start)

    def starting_from(self, start: int, end: int) -> list[Mention]:
        """The mentions starting from `start` to `end` (both included), in start order."""
        starts, ordered = self._index()
        return ordered[bisect_left(starts, start) : bisect_right(starts, end)]

    def in_start_order(self) -> bool:
        self._index()
        return self._in_order

    def covering(self, offset: int) -> list[Mention]:
        """The mentions with start <= offset < end."""
        (starts, ordered), found = self._index(), []
        index, lowest = bisect_right(starts, offset) - 1, offset - self._longest
        while index >= 0 and starts[index] > lowest:
            if ordered[index].end > offset:
                found.append(ordered[index])
            index -= 1
        return found

    def overlapping(self, start: int, end: int) -> bool:
        """Whether any mention shares a character with [start, end)."""
        return bool(self.covering(start) or self.starting_from(start, end - 1))

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside [start, end), in start order."""
        return [m for m in self.starting_from(start, end) if m.end <= end]

    def _index(self) -> tuple[list[int], list[Mention]]:
        if self._starts is None or self._ordered is None:
            self._starts, self._ordered, self._longest, self._in_order = [], [], 0, True
            for mention in self:
                self._add(mention, self._starts, self._ordered)
        return self._starts, self._ordered

    def _add(self, mention: Mention, starts: list[int], ordered: list[Mention]) -> None:
        place = bisect_right(starts, mention.start)
        self._in_order = self._in_order and place == len(starts)
        starts.insert(place, mention.start)
        ordered.insert(place, mention)
        self._longest = max(self._longest, mention.end - mention.start)

    def _dropped(self) -> None:
        self._starts = self._ordered = None

    def append(self, mention: Mention) -> None:
        super().append(mention)
        if self._starts is not None and self._ordered is not None:
            self._add(mention, self._starts, self._ordered)

    def extend(self, mentions) -> None:
        start = len(self)
        super().extend(mentions)
        if self._starts is not None and self._ordered is not None:
            for mention in self[start:]:
                self._add(mention, self._starts, self._ordered)

    def __iadd__(self, mentions):  # type: ignore[misc]  # takes any iterable, as extend does
        self.extend(mentions)
        return self
