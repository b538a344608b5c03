"""Where literals stand in a text, and which sentences hold them: one `str.find` pass over the whole
text instead of one search a sentence (a 1.3 MB article has 20,000 sentences; most hold none of them).
Shared by the attribution forms and the discrepancy finders, which both look for a few marks or
words before reading the sentences around them."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from heapq import merge

from reader.core.model import Span


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Where ``literal`` stands in ``text``, in order (overlapping occurrences too)."""
    k = text.find(literal)
    while k >= 0:
        yield k
        k = text.find(literal, k + 1)


def literal_starts(text: str, literals: Sequence[str]) -> dict[str, list[int]]:
    """Where each of ``literals`` starts in ``text``, in order (overlaps too). Literals that share their first four
    characters are found in one `str.find` pass for their common prefix: a pass that finds nothing reads the whole
    text (~1 ms a 1.3 MB article), and the whole-article forms looked for 20 literals one at a time."""
    found: dict[str, list[int]] = {literal: [] for literal in literals}
    for stem, group in _stems(tuple(literals)):
        for pos in occurrences(text, stem):
            for literal in group:
                if text.startswith(literal, pos):
                    found[literal].append(pos)
    return found


@lru_cache(maxsize=64)
def _stems(literals: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``literals`` grouped by their first four characters, each group with its common prefix: the same few tuples
    come for every article, and grouping them was half the fixed cost of a short article's attributions."""
    groups: dict[str, list[str]] = {}
    for literal in dict.fromkeys(literals):
        groups.setdefault(literal[:4], []).append(literal)
    return tuple((os.path.commonprefix(group), tuple(group)) for group in groups.values())


def sentences_holding(
    text: str,
    sentences: Sequence[Span],
    pattern: re.Pattern[str] | None = None,
    literals: Sequence[str] = (),
    starts: Sequence[int] | None = None,
) -> Iterator[int]:
    """The indices, in order, of the sentences (in order and apart, as `Article` requires) where ``pattern``
    matches or one of ``literals`` starts. The scan goes only as far as the caller reads: the discrepancy
    finders stop at a bound (60 amounts, 60 weekdays), and in a text thick with figures those are all in its
    first pages. ``starts``: the sentences' starts, when the caller keeps them."""
    hits = [(hit.start() for hit in pattern.finditer(text))] if pattern is not None else []
    at = merge(*hits, *(occurrences(text, literal) for literal in literals))
    starts = [s.start for s in sentences] if starts is None else starts
    last = -1
    for position in at:
        n = bisect_right(starts, position) - 1
        if n > last and position < sentences[n].end:  # (n >= 0: ``last`` starts at -1)
            last = n
            yield n
