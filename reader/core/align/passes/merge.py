"""The merge step (last in `reader.core.align.PASSES`): matches in step become one passage.

A claim is often told in two or three sentences on both sides ("“We know how
to win elections,” she said. “We've done it in the past.”"), and the passes
match it sentence by sentence. Matches that follow each other directly on both
sides, with no sentence between them on either, are one passage: shown and
counted as one, their shared runs computed over the whole. Only sentences of
one paragraph merge: a paragraph break says a new point starts, and a list of
one-line items (a corpus of sentence pairs, say) must stay a list. A passage grows to
at most `MAX_SENTENCES` a side, so two copies of one long article stay a list
of passages a reader can step through, not one block.

Two matches that share a sentence on one side and hold adjacent sentences of
one paragraph on the other are one passage too: a claim one article tells in
two sentences and the other in one ("There are voices for the deal and
voices against it. I fall in the group that says what's in it?" against
"saying while some support the deal and others oppose it, 'I fall in the group
that says what's in it?'"). The passes match each half to the long sentence
(the second through the fused or many-to-many pass); shown apart, each pair
holds half a claim.
"""

from __future__ import annotations

from collections import Counter

from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, by_position
from reader.core.align.stems import SentenceStems

MAX_SENTENCES = 3


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` with in-step neighbours merged, sorted by position in a."""
    merged: list[PassagePair] = []
    for passage in by_position(_join_shared(pair, passages)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and _followed(pair.a, last.a_first, last.a_last, passage.a_first, passage.a_last)
            and _followed(pair.b, last.b_first, last.b_last, passage.b_first, passage.b_last)
        ):
            merged[-1] = _cover(last, passage)
        else:
            merged.append(passage)
    return merged


def _followed(stems: SentenceStems, first: int, last: int, other_first: int, other_last: int) -> bool:
    """Whether the range ``other_first..other_last`` starts at the sentence after ``last``, in its
    paragraph, and the two ranges together hold at most `MAX_SENTENCES`."""
    return other_first == last + 1 and other_last - first < MAX_SENTENCES and _same_paragraph(stems, last)


def _same_paragraph(stems: SentenceStems, index: int) -> bool:
    """Whether sentence ``index`` and the next one are in one paragraph (no line break between them)."""
    return "\n" not in stems.text[stems.spans[index].end : stems.spans[index + 1].start]


def _cover(p: PassagePair, q: PassagePair) -> PassagePair:
    """The passage from the first sentences of ``p`` and ``q`` to their last, on both sides, at the better score."""
    return PassagePair(
        min(p.a_first, q.a_first),
        max(p.a_last, q.a_last),
        min(p.b_first, q.b_first),
        max(p.b_last, q.b_last),
        max(p.score, q.score),
    )


def _join_shared(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` with every two that share a sentence on one side and are adjacent on the other joined."""
    # Only passages that share a sentence with another can join: usually few or none.
    count_a: Counter[int] = Counter(i for p in passages for i in range(p.a_first, p.a_last + 1))
    count_b: Counter[int] = Counter(j for p in passages for j in range(p.b_first, p.b_last + 1))
    apart: list[PassagePair] = []
    sharing: list[PassagePair] = []
    for p in passages:
        shares = any(count_a[i] > 1 for i in range(p.a_first, p.a_last + 1)) or any(
            count_b[j] > 1 for j in range(p.b_first, p.b_last + 1)
        )
        (sharing if shares else apart).append(p)
    if not sharing:
        return passages
    # The passes return passages by position in a, so ``kept`` stays sorted by first sentence in a
    # (a join keeps the earlier one's place and first sentence): a passage's partners follow it
    # directly, and the scan for them stops at the first passage past the sentence after it.
    # The earliest joinable pair joins first, then the scan starts over (the grown passage may
    # now join one before it); which two join first decides the outcome when three compete for
    # `MAX_SENTENCES`, so the order is part of the behaviour.
    kept = by_position(sharing)
    while joined := _first_joinable(pair, kept):
        k, o = joined
        kept[k] = _cover(kept[k], kept.pop(o))
    return apart + kept


def _first_joinable(pair: PairContext, kept: list[PassagePair]) -> tuple[int, int] | None:
    """The first (by position of the first, then of the second) two of ``kept`` that can join."""
    for k, p in enumerate(kept):
        for o in range(k + 1, len(kept)):
            if kept[o].a_first > p.a_last + 1:
                break
            if _joinable(pair, p, kept[o]):
                return k, o
    return None


def _joinable(pair: PairContext, p: PassagePair, q: PassagePair) -> bool:
    """Whether ``p`` and ``q`` share a sentence on one side and, on the other, one follows the other
    directly in one paragraph; within `MAX_SENTENCES` a side."""
    if p.a_first <= q.a_last and q.a_first <= p.a_last:  # sharing in a: next to each other in b
        return max(p.a_last, q.a_last) - min(p.a_first, q.a_first) < MAX_SENTENCES and (
            _followed(pair.b, p.b_first, p.b_last, q.b_first, q.b_last)
            or _followed(pair.b, q.b_first, q.b_last, p.b_first, p.b_last)
        )
    if p.b_first <= q.b_last and q.b_first <= p.b_last:  # sharing in b: next to each other in a
        return max(p.b_last, q.b_last) - min(p.b_first, q.b_first) < MAX_SENTENCES and (
            _followed(pair.a, p.a_first, p.a_last, q.a_first, q.a_last)
            or _followed(pair.a, q.a_first, q.a_last, p.a_first, p.a_last)
        )
    return False
