"""A third pass: free sentences that share words rare in the two articles.

The first pass (`reader.core.align.score`) scores a pair on its words alone, as if
every content word were equally telling. In one news story they are not: the
story's subject ("drivers", "court", "ruling", the main names) is in half the
sentences of both articles, while "appeal", "freeze" or "third" occur once
or twice. Two rewritten sentences often share only a few words, and when those
few are rare in the pair they say far more than the first pass's counts can.

So each stem is weighted by its inverse sentence frequency over both articles
(`log(N / df)`, times its evidential weight from `reader.core.align.weights`), and
two sentences that the first pass left unmatched are compared by the cosine of
those weights. A pair is kept when the cosine and its character similarity
pass lowered gates, the two share about one word that no other sentence pair
shares, and each is the other's best free partner.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from reader.core.align.score import PassagePair, SentenceStems, mutual_best_of, similarity, taken_sentences

# Set on the development pairs (benchmarks/heldout, benchmarks/heldout2): free
# pairs reporting one claim scored 0.20-1.0, free pairs that do not mostly below 0.2.
MIN_RARE_COSINE = 0.2
# Rarity alone does not scale: in two 10,000-sentence documents of random
# words every word is rare and chance pairs reach a cosine of 0.5. What stays
# rare there is a word that only these two sentences share. At least about one
# such word is required (a name's words count 1/n each: "Ethiopian Almaz
# Tesfaye was third." scores 0.94). Chance pairs of the synthetic benchmark
# scored below 0.5, true pairs of the development set 0.94-3.
MIN_EXCLUSIVE_LINKS = 0.9
# Character similarity floor, well below the first pass's 56: true pairs found
# here scored 49-100 on the development pairs.
RARE_THRESHOLD = 46.0


@dataclass(frozen=True, slots=True)
class PairRarity:
    """How rare each stem is in one pair of articles: per-article sentence counts and idf."""

    counts_a: Counter[str]
    counts_b: Counter[str]
    idf: dict[str, float]

    @classmethod
    def of(cls, a: SentenceStems, b: SentenceStems) -> PairRarity:
        counts_a, counts_b = _sentence_counts(a), _sentence_counts(b)
        total = len(a.sets) + len(b.sets)
        idf = {stem: math.log(total / (counts_a[stem] + counts_b[stem])) for stem in counts_a.keys() | counts_b.keys()}
        return cls(counts_a, counts_b, idf)

    def cosine(self, x: dict[str, float], y: dict[str, float]) -> float:
        """Cosine of two sentences' stems (a's, b's), each weighted by its rarity and its evidential weight."""
        shared = sum(self._idf(s) ** 2 * x[s] * y[s] for s in x.keys() & y.keys())
        if not shared:
            return 0.0
        norm_x = sum((self._idf(s) * w) ** 2 for s, w in x.items())
        norm_y = sum((self._idf(s) * w) ** 2 for s, w in y.items())
        return shared / math.sqrt(norm_x * norm_y)

    def exclusive_links(self, x: dict[str, float], y: dict[str, float]) -> float:
        """Shared stems, each counted by its weight over the number of sentence pairs of the
        two articles that share it: 1 for a full-weight word found in these two sentences only."""
        # A weight's stem is normally among the sentence's stems; `or 1` guards the rare exception.
        return sum(min(x[s], y[s]) / ((self.counts_a[s] or 1) * (self.counts_b[s] or 1)) for s in x.keys() & y.keys())

    def may_link(self, x: frozenset[str], y: frozenset[str]) -> bool:
        """Whether two sentences' stems could reach `MIN_EXCLUSIVE_LINKS` at full weight: a cheap
        bound that spares most pairs the weights (`SentenceStems.weights` reads the words again)."""
        total = 0.0
        for s in x & y:
            total += 1.0 / ((self.counts_a[s] or 1) * (self.counts_b[s] or 1))
        return total >= MIN_EXCLUSIVE_LINKS

    def contained(self, part: dict[str, float], whole: dict[str, float]) -> float:
        """The share of ``part``'s rarity-weighted stems that ``whole`` holds: 0..1."""
        total = sum(self._idf(s) * w for s, w in part.items())
        return sum(self._idf(s) * w for s, w in part.items() if s in whole) / total if total else 0.0

    def _idf(self, stem: str) -> float:
        # Found in neither article's counts only for the rare exception above: as rare as can be.
        return self.idf.get(stem, 0.0)


def rare_word_pairs(
    a: SentenceStems,
    b: SentenceStems,
    candidates: list[tuple[int, int]],
    passages: list[PassagePair],
    rarity: PairRarity,
) -> list[PassagePair]:
    """`passages` plus the mutual-best free pairs among ``candidates`` whose rare words agree."""
    taken_a, taken_b = taken_sentences(passages)
    scored = []
    for i, j in candidates:
        if i in taken_a or j in taken_b or not rarity.may_link(a.sets[i], b.sets[j]):
            continue
        weights_a, weights_b = a.weights(i), b.weights(j)
        score = rarity.cosine(weights_a, weights_b)
        if score < MIN_RARE_COSINE or rarity.exclusive_links(weights_a, weights_b) < MIN_EXCLUSIVE_LINKS:
            continue
        if similarity(a.joined[i], b.joined[j]) >= RARE_THRESHOLD:
            scored.append((i, j, score))
    found = passages + [PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])) for i, j, _ in mutual_best_of(scored)]
    return sorted(found, key=lambda p: (p.a_first, p.b_first))


def _sentence_counts(stems: SentenceStems) -> Counter[str]:
    """How many sentences of one article hold each stem."""
    counts: Counter[str] = Counter()
    for sentence in stems.sets:
        counts.update(sentence)
    return counts
