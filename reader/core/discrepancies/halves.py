"""The per-match discrepancy finders over two processes: when a child is worth forking, how the matches are
shared between the halves, and the findings packed for the trip back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from reader.core.discrepancies.common import Found
from reader.core.forked import in_turn, map_in_halves
from reader.core.model import Match, Span

PARALLEL_MIN_MATCHES = 1000  # fewer matches take less time than forking a child costs
# CPU of the work this process does besides its share of the matches, over the CPU of comparing all of them
# (bench_analyze's 2 x 10,000 sentences, process_time, two runs): the finders apart from the matches 0.058-0.060 s
# against 0.29-0.31 s, the caller's early JSON dump (when it falls here) 0.16-0.18 s. The child takes the larger
# share so that both halves end together: share here = (1 - extra) / 2.
_APART_COST = 0.2
_CALLER_COST = 0.55
_LEAST_SHARE = 0.1


def findings_per_match(
    found_at: Callable[[Match], list[Found]],
    matches: Sequence[Match],
    apart: Callable[[], None],
    parallel: bool,
    caller_busy: bool,
) -> list[list[Found]]:
    """``[found_at(m) for m in matches]``, with ``apart`` (the finders outside the matches) run once here; with
    ``parallel`` and enough matches, the larger part of them is compared in a forked child meanwhile, the larger
    still when the caller's own work (``caller_busy``) is done here too."""
    if parallel and len(matches) >= PARALLEL_MIN_MATCHES:
        extra = _APART_COST + (_CALLER_COST if caller_busy else 0.0)
        share = max(_LEAST_SHARE, (1 - extra) / 2)
        return map_in_halves(found_at, matches, share=share, packing=(pack, unpack), meanwhile=apart)
    return in_turn(found_at, matches, apart)


# Found's fields in order, and those holding a Span: packing follows the dataclass, so a field added to it
# later travels too.
_FOUND_FIELDS = tuple(field.name for field in dataclasses.fields(Found))
_FOUND_SPANS = frozenset(field.name for field in dataclasses.fields(Found) if field.type in ("Span", Span))
PackedFound = tuple[Any, ...]


def pack(found: list[Found]) -> list[PackedFound]:
    """Findings as plain tuples (a Span as its two ends), for the trip back from a child: several times
    faster to pickle than the dataclasses."""
    packed = []
    for f in found:
        values: list[Any] = [getattr(f, name) for name in _FOUND_FIELDS]
        packed.append(tuple((v.start, v.end) if name in _FOUND_SPANS else v for name, v in zip(_FOUND_FIELDS, values)))
    return packed


def unpack(packed: list[PackedFound]) -> list[Found]:
    found = []
    for p in packed:
        values: list[Any] = [Span(*v) if name in _FOUND_SPANS else v for name, v in zip(_FOUND_FIELDS, p, strict=True)]
        found.append(Found(*values))
    return found
