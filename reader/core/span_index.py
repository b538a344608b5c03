"""Things placed on spans of one text, found by the span they overlap.

Matches by passage, attributions by what they cover, actor mentions by
place: each is looked up thousands of times per analysis, and scanning them
all each time is quadratic.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter
from typing import Generic, TypeVar

T = TypeVar("T")
_START = itemgetter(0)


class SpanIndex(Generic[T]):
    """``(start, end, item)`` entries of one text, in order of start (ties keep the order given)."""

    __slots__ = ("_entries", "_longest", "_starts")

    def __init__(self, entries: Iterable[tuple[int, int, T]]) -> None:
        self._entries = sorted(entries, key=_START)
        self._starts = [entry[0] for entry in self._entries]
        self._longest = max((end - start for start, end, _ in self._entries), default=0)

    def __len__(self) -> int:
        return len(self._entries)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """The entries overlapping ``[start, end)`` (as `Span.overlaps` decides), in index order."""
        # An entry overlapping [start, end) starts before `end`, and no further back than the longest entry.
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [entry for entry in self._entries[first:last] if entry[1] > start]
