"""The rare-word pass (after the lexical pass in `reader.core.align.PASSES`): free sentences that share words rare in the two articles.

The lexical pass (`reader.core.align.passes.lexical`) scores a pair on its words
alone, as if every content word were equally telling. In one news story they
are not: the story's subject ("drivers", "court", "ruling", the main names) is
in half the sentences of both articles, while "appeal", "freeze" or "third"
occur once or twice. Two rewritten sentences often share only a few words, and
when those few are rare in the pair they say far more than the lexical pass's
counts can.

So each stem is weighted by its inverse sentence frequency over both articles
(`log(N / df)`, times its evidential weight from `reader.core.align.weights`;
see `reader.core.align.pair.PairRarity`), and two sentences that the lexical
pass left unmatched are compared by the cosine of those weights. A pair is
kept when the cosine and its character similarity pass lowered gates, the two
share about one word that no other sentence pair shares, and each is the
other's best free partner.
"""

from __future__ import annotations

from reader.core.align.pair import MIN_EXCLUSIVE_LINKS, PairContext
from reader.core.align.select import PassagePair, by_position, mutual_best_of, taken_sentences
from reader.core.align.stems import similarity

__all__ = ["MIN_EXCLUSIVE_LINKS", "MIN_RARE_COSINE", "RARE_THRESHOLD", "run"]

# Set on the development pairs (benchmarks/heldout, benchmarks/heldout2): free
# pairs reporting one claim scored 0.20-1.0, free pairs that do not mostly below 0.2.
MIN_RARE_COSINE = 0.2
# MIN_EXCLUSIVE_LINKS (0.9, in `reader.core.align.pair`): rarity alone does not
# scale: in two 10,000-sentence documents of random words every word is rare
# and chance pairs reach a cosine of 0.5. What stays rare there is a word that
# only these two sentences share. At least about one such word is required (a
# name's words count 1/n each: "Ethiopian Almaz Tesfaye was third." scores
# 0.94). Chance pairs of the synthetic benchmark scored below 0.5, true pairs
# of the development set 0.94-3.
# Character similarity floor, well below the lexical pass's 56: true pairs found
# here scored 49-100 on the development pairs.
RARE_THRESHOLD = 46.0


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus the mutual-best free pairs among the candidates whose rare words agree."""
    a, b, rarity = pair.a, pair.b, pair.rarity
    taken_a, taken_b = taken_sentences(passages)
    scored = []
    for i, j in pair.linkable:  # the candidates `PairRarity.may_link` lets through
        if i in taken_a or j in taken_b:
            continue
        weights_a, weights_b = a.weights(i), b.weights(j)
        score = rarity.cosine(weights_a, weights_b)
        if score < MIN_RARE_COSINE or rarity.exclusive_links(weights_a, weights_b) < MIN_EXCLUSIVE_LINKS:
            continue
        if similarity(a.joined[i], b.joined[j]) >= RARE_THRESHOLD:
            scored.append((i, j, score))
    found = [PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])) for i, j, _ in mutual_best_of(scored)]
    return by_position(passages + found)
