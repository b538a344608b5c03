"""Matches under construction, and how every pass picks among scored pairs.

Keeping only mutual-best pairs (each is the other's best-scoring partner)
raised precision sharply in trials at no recall cost: a sentence that merely
resembles a matched one loses to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ScoredPair = tuple[int, int, float]  # (sentence of a, sentence of b, score)


@dataclass(slots=True)
class PassagePair:
    """A match under construction: inclusive sentence ranges on each side."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    score: float


def by_position(passages: Iterable[PassagePair]) -> list[PassagePair]:
    """``passages`` sorted by position in a, then in b: the order every pass returns."""
    return sorted(passages, key=lambda p: (p.a_first, p.b_first))


def taken_sentences(passages: Iterable[PassagePair]) -> tuple[set[int], set[int]]:
    """The sentences of a and of b that ``passages`` cover."""
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    for p in passages:
        taken_a.update(range(p.a_first, p.a_last + 1))
        taken_b.update(range(p.b_first, p.b_last + 1))
    return taken_a, taken_b


def best_per(scored: Iterable[ScoredPair], side: int) -> dict[int, ScoredPair]:
    """Each sentence's best-scoring pair, for the sentences of a (``side`` 0) or b (1).

    Ties go to the earlier partner, so results do not depend on the order of ``scored``.
    """
    best: dict[int, ScoredPair] = {}
    for pair in scored:
        owner, partner = (pair[0], pair[1]) if side == 0 else (pair[1], pair[0])
        held = best.get(owner)
        if held is None or (pair[2], -partner) > (held[2], -(held[1] if side == 0 else held[0])):
            best[owner] = pair
    return best


def mutual_best_of(scored: Sequence[ScoredPair]) -> list[ScoredPair]:
    """The pairs that are the best of both their sentences, in order of a's sentence."""
    best_b = best_per(scored, 1)
    return sorted(pair for pair in best_per(scored, 0).values() if best_b[pair[1]] == pair)
