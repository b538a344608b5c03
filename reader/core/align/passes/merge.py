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
            and passage.a_first == last.a_last + 1
            and passage.b_first == last.b_last + 1
            and passage.a_last - last.a_first < MAX_SENTENCES
            and passage.b_last - last.b_first < MAX_SENTENCES
            and _same_paragraph(pair.a, last.a_last)
            and _same_paragraph(pair.b, last.b_last)
        ):
            merged[-1] = PassagePair(last.a_first, passage.a_last, last.b_first, passage.b_last, max(last.score, passage.score))
        else:
            merged.append(passage)
    return merged


def _same_paragraph(stems: SentenceStems, index: int) -> bool:
    """Whether sentence ``index`` and the next one are in one paragraph (no line break between them)."""
    return "\n" not in stems.text[stems.spans[index].end : stems.spans[index + 1].start]


def _join_shared(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` with every two that share a sentence on one side and are adjacent on the other joined."""
    # Only passages that share a sentence with another can join: usually few or none.
    count_a: Counter[int] = Counter(i for p in passages for i in range(p.a_first, p.a_last + 1))
    count_b: Counter[int] = Counter(j for p in passages for j in range(p.b_first, p.b_last + 1))
    sharing = [p for p in passages if _shares(p, count_a, count_b)]
    if not sharing:
        return passages
    kept = sharing
    joined = True
    while joined:
        joined = False
        by_a: dict[int, list[int]] = {}
        for k, p in enumerate(kept):
            for i in range(p.a_first, p.a_last + 1):
                by_a.setdefault(i, []).append(k)
        for k, p in enumerate(kept):
            others = {o for i in range(p.a_first - 1, p.a_last + 2) for o in by_a.get(i, ()) if o > k}
            for o in sorted(others):
                union = _shared_union(pair, p, kept[o])
                if union is not None:
                    kept[k] = union
                    del kept[o]
                    joined = True
                    break
            if joined:
                break
    return [p for p in passages if not _shares(p, count_a, count_b)] + kept


def _shares(p: PassagePair, count_a: Counter[int], count_b: Counter[int]) -> bool:
    return any(count_a[i] > 1 for i in range(p.a_first, p.a_last + 1)) or any(
        count_b[j] > 1 for j in range(p.b_first, p.b_last + 1)
    )


def _shared_union(pair: PairContext, p: PassagePair, q: PassagePair) -> PassagePair | None:
    """The passage covering both, when they share a sentence on one side and touch in one paragraph on the other."""
    overlap_a = p.a_first <= q.a_last and q.a_first <= p.a_last
    overlap_b = p.b_first <= q.b_last and q.b_first <= p.b_last
    if overlap_a == overlap_b:
        return None  # in step (the merge above) or apart, or the same sentences twice
    if overlap_a and not _touching(pair.b, p.b_first, p.b_last, q.b_first, q.b_last):
        return None
    if overlap_b and not _touching(pair.a, p.a_first, p.a_last, q.a_first, q.a_last):
        return None
    union = PassagePair(
        min(p.a_first, q.a_first),
        max(p.a_last, q.a_last),
        min(p.b_first, q.b_first),
        max(p.b_last, q.b_last),
        max(p.score, q.score),
    )
    if union.a_last - union.a_first >= MAX_SENTENCES or union.b_last - union.b_first >= MAX_SENTENCES:
        return None
    return union


def _touching(stems: SentenceStems, first: int, last: int, other_first: int, other_last: int) -> bool:
    """Whether two sentence ranges follow each other directly, in one paragraph."""
    if other_first == last + 1:
        return _same_paragraph(stems, last)
    if first == other_last + 1:
        return _same_paragraph(stems, other_last)
    return False
