"""The many-to-many pass (after the fused pass in `reader.core.align.PASSES`): second partners for sentences already matched.

The passes before this one give a sentence one partner (the fused pass a
second, for a free sentence only). Real reports pack several claims into one
long sentence far more often than the hand-written pairs did, and the
sentence's best partner is then matched while another sentence reporting a
second of its claims is left out, or is itself taken by a neighbour. Two kinds
of evidence earn a sentence pair a match here even when either sentence is
matched already:

- *the ledes*: both articles open with the story's main news (the first
  `LEDE_SENTENCES` sentences of the body, headings left out). A pair of those
  that shares at least `LEDE_SHARED_CONTENT` full-weight stems, with a rarity
  cosine (`reader.core.align.pair.PairRarity`) of `LEDE_COSINE` and a
  character similarity of `LEDE_THRESHOLD`, reports the same event: on the
  BASIL development pairs these gates added 4 lede matches, all gold claims
  (a cosine floor of 0.1 instead of 0.15 added one wrong match more);
- *strong rare-word evidence*: a pair whose shared words are rare in the two
  articles (cosine `STRONG_COSINE`, the rare-word pass's exclusive-link and
  character floors) is one claim however its sentences are matched elsewhere;
- *a quantity only these two sentences give*: a large number, not a year
  ("a 225-page report", "$8 billion"), found in one sentence of each article.
  The context pass (`reader.core.align.passes.context`) pairs such sentences
  only while both are free and share another word; but a long sentence that
  carries the number often has its best partner already ("the task force
  released a 225-page report that called for armed officers" is matched to the
  other article's lede on the armed officers, and "The 225-page report also
  called for a safety assessment" is left out), and the other article may give
  the number in a short aside of its own ("(The mogul estimates the price tag
  at around $8 billion.)"). The two must share one more stem, at any weight
  ("estimates"): a stadium's cost and a flood's damage may both be "40
  million". On the BASIL development pairs all 5 sentence pairs sharing such a
  number report one claim.

Each sentence gains at most one partner here, its best.
"""

from __future__ import annotations

from itertools import islice

from reader.core.align.pair import MIN_EXCLUSIVE_LINKS, PairContext
from reader.core.align.passes.context import UNIQUE_NUMBER_THRESHOLD, unique_number_pairs
from reader.core.align.passes.lexical import MIN_SHARED_CONTENT
from reader.core.align.select import PassagePair, ScoredPair, best_per, by_position
from reader.core.align.stems import SentenceStems, similarity
from reader.core.align.weights import shared_content

LEDE_SENTENCES = 2
LEDE_SHARED_CONTENT = 3
LEDE_COSINE = 0.15
LEDE_THRESHOLD = 50.0
# Half again the rare-word pass's floor: on the BASIL development pairs this added
# one right match and no wrong one; a floor of 0.25 added a wrong one, 0.15 a dozen.
STRONG_COSINE = 0.3
STRONG_THRESHOLD = 50.0
# A lede pair outranks any other second partner of its sentences, and a shared quantity outranks a lede pair.
LEDE_BONUS = 1.0
NUMBER_BONUS = 2.0
# The number and one more stem.
NUMBER_SHARED_STEMS = 2


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus one more partner for sentences whose lede or rare words say so, sorted by position in a."""
    a, b, rarity = pair.a, pair.b, pair.rarity
    linked = {(i, j) for p in passages for i in range(p.a_first, p.a_last + 1) for j in range(p.b_first, p.b_last + 1)}
    scored: list[ScoredPair] = []
    for i in _lede(a):
        for j in _lede(b):
            if (i, j) in linked:
                continue
            weights_a, weights_b = a.weights(i), b.weights(j)
            if shared_content(weights_a, weights_b) < LEDE_SHARED_CONTENT:
                continue
            cosine = rarity.cosine(weights_a, weights_b)
            if cosine >= LEDE_COSINE and similarity(a.joined[i], b.joined[j]) >= LEDE_THRESHOLD:
                scored.append((i, j, cosine + LEDE_BONUS))
                linked.add((i, j))
    for i, j in unique_number_pairs(pair.a, pair.b):
        if (i, j) in linked or len(a.sets[i] & b.sets[j]) < NUMBER_SHARED_STEMS:
            continue
        if similarity(a.joined[i], b.joined[j]) >= UNIQUE_NUMBER_THRESHOLD:
            scored.append((i, j, NUMBER_BONUS + rarity.cosine(a.weights(i), b.weights(j))))
            linked.add((i, j))
    for i, j in pair.linkable:  # the candidates `PairRarity.may_link` lets through
        if (i, j) in linked:
            continue
        weights_a, weights_b = a.weights(i), b.weights(j)
        cosine = rarity.cosine(weights_a, weights_b)
        if cosine < STRONG_COSINE or shared_content(weights_a, weights_b) < MIN_SHARED_CONTENT:
            continue
        if rarity.exclusive_links(weights_a, weights_b) < MIN_EXCLUSIVE_LINKS:
            continue
        if similarity(a.joined[i], b.joined[j]) >= STRONG_THRESHOLD:
            scored.append((i, j, cosine))
    extra = best_per(best_per(scored, 0).values(), 1).values()
    return by_position(passages + [PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])) for i, j, _ in extra])


def _lede(stems: SentenceStems) -> list[int]:
    """The first `LEDE_SENTENCES` sentences of the body: headings (a title, a subheading) left out."""
    return list(islice((k for k in range(len(stems.stems)) if k not in stems.headings), LEDE_SENTENCES))
