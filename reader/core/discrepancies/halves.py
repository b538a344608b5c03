"""The per-match discrepancy finders over two processes: when a child is worth forking, how the matches are
shared between the two, and the findings packed for the trip back."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from reader.core.discrepancies.common import Found
from reader.core.forked import in_turn, map_from_both_ends
from reader.core.model import Match, Span

PARALLEL_MIN_MATCHES = 1000  # fewer matches take less time than forking a child costs


def findings_per_match(
    found_at: Callable[[Match], list[Found]],
    matches: Sequence[Match],
    apart: Callable[[], None],
    parallel: bool,
) -> list[list[Found]]:
    """``[found_at(m) for m in matches]``, with ``apart`` (the finders outside the matches, and the caller's own
    work if it falls here) run once here; with ``parallel`` and enough matches, a forked child compares matches
    from the back meanwhile, and this process takes them from the front once ``apart`` is done, until the two
    meet. (A split fixed in advance was a guess: on text thick with numbers, where a match costs several times
    what it costs in news, the child compared 87% of them while this process waited for it about a second.)"""
    if parallel and len(matches) >= PARALLEL_MIN_MATCHES:
        return map_from_both_ends(found_at, matches, packing=(pack, unpack), meanwhile=apart)
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
