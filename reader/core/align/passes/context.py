"""The context pass (after the rare-word pass in `reader.core.align.PASSES`): weaker pairs among sentences still unmatched.

The lexical pass (`reader.core.align.passes.lexical`) judges each sentence pair on its words
alone, with thresholds set so that chance pairs of unrelated sentences stay
out. Real paraphrases that share fewer words fall below them. Two kinds of
evidence outside the words let a weaker pair through here:

- *local context*: when two articles tell a stretch of the story in the same
  order, the matches on either side of a small gap (A[i-1]~B[j-1] and
  A[i+1]~B[j+1]) say the sentences in the gap probably correspond too. The
  start and the end of the articles count as matched for this;
- *a distinctive shared quantity*: two sentences that both give "340" or
  "30000000" (`reader.core.align.terms` makes "30 million euros" and "€30m" one
  term) and few other sentences do, are likely reporting the same fact.
  Small counts (0-10) and years are too common to count.

Either way the pair must still share `MIN_SHARED_CONTENT` full-weight stems.
In the gap before the end of the articles, anchored on one side only, it must
also share words rare in the two articles (`TOPIC_COSINE`, as in the lexical
pass): two reports of one story often end on different closing remarks that
share its subject words. (The opening gap keeps the looser gates: ledes report
the same news.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, product

from reader.core.align.pair import PairContext, PairRarity
from reader.core.align.passes.lexical import MIN_SHARED_CONTENT, TOPIC_COSINE
from reader.core.align.select import PassagePair, by_position, mutual_best_of, taken_sentences
from reader.core.align.stems import SentenceStems, similarity, stem_dice
from reader.core.align.weights import shared_content, weighted_dice

# Gaps of up to this many sentences on each side between two in-order matches.
MAX_GAP = 2
# Gates for a pair inside such a gap. Set on the hand-written development
# pairs (benchmarks/heldout, tests/fixtures/pairs): gap pairs that report the
# same thing scored 46-58 there.
CONTEXT_THRESHOLD = 44.0
CONTEXT_WEIGHTED_DICE = 0.15
# Gates for a pair sharing a distinctive number: the lexical pass's Dice floors
# lowered by a fifth, its score threshold by about a tenth.
NUMBER_THRESHOLD = 50.0
NUMBER_STEM_DICE = 0.2
NUMBER_WEIGHTED_DICE = 0.24
# A large number (at least LARGE_NUMBER, not a year) found in one sentence of
# each article needs only one more shared stem and this similarity.
LARGE_NUMBER = 100
UNIQUE_NUMBER_THRESHOLD = 30.0
# A number found in more sentences of one article than this is not distinctive.
NUMBER_MAX_SENTENCES = 2
SMALL_NUMBER = 10
YEARS = range(1900, 2101)
_NUMBER_STEM = re.compile(r"(?<!\S)\d\S*")


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus the weaker pairs local context or a shared quantity supports, sorted by position in a."""
    a, b = pair.a, pair.b
    taken_a, taken_b = taken_sentences(passages)
    found = list(passages)
    for new in _context_pairs(a, b, pair.rarity, passages, taken_a, taken_b) + _number_pairs(a, b, taken_a, taken_b):
        if new.a_first not in taken_a and new.b_first not in taken_b:
            found.append(new)
            taken_a.add(new.a_first)
            taken_b.add(new.b_first)
    return by_position(found)


def _context_pairs(
    a: SentenceStems, b: SentenceStems, rarity: PairRarity, passages: list[PassagePair], taken_a: set[int], taken_b: set[int]
) -> list[PassagePair]:
    """Pairs inside small gaps between two matches that are consecutive on both sides."""
    start = PassagePair(-1, -1, -1, -1, 0.0)
    end = PassagePair(len(a.stems), len(a.stems), len(b.stems), len(b.stems), 0.0)
    anchors = [start, *sorted(passages, key=lambda p: (p.a_first, p.b_first)), end]
    found = []
    for before, after in zip(anchors, anchors[1:]):
        gap_a = range(before.a_last + 1, after.a_first)
        gap_b = range(before.b_last + 1, after.b_first)
        if not (1 <= len(gap_a) <= MAX_GAP and 1 <= len(gap_b) <= MAX_GAP):
            continue
        if any(i in taken_a for i in gap_a) or any(j in taken_b for j in gap_b):
            continue  # a match elsewhere crosses the gap: the two articles are not in step here
        scored = []
        for i, j in product(gap_a, gap_b):
            if after is end and not _rare_enough(rarity, a.weights(i), b.weights(j)):
                continue
            weights_a, weights_b = a.weights(i), b.weights(j)
            if shared_content(weights_a, weights_b) < MIN_SHARED_CONTENT:
                continue
            if weighted_dice(weights_a, weights_b) < CONTEXT_WEIGHTED_DICE:
                continue
            score = similarity(a.joined[i], b.joined[j])
            if score >= CONTEXT_THRESHOLD:
                scored.append((score, i, j))
        found.extend(_in_order(scored))
    return found


def _rare_enough(rarity: PairRarity, weights_a: dict[str, float], weights_b: dict[str, float]) -> bool:
    """Whether the pair shares some words rare in the two articles, not only the story's subject."""
    return rarity.cosine(weights_a, weights_b) >= TOPIC_COSINE


def _in_order(scored: list[tuple[float, int, int]]) -> list[PassagePair]:
    """Best first, each sentence once, keeping the two sides in the same order."""
    kept: list[tuple[float, int, int]] = []
    for score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if all(i != ki and j != kj and (i < ki) == (j < kj) for _, ki, kj in kept):
            kept.append((score, i, j))
    return [PassagePair(i, i, j, j, score) for score, i, j in kept]


def _number_pairs(a: SentenceStems, b: SentenceStems, taken_a: set[int], taken_b: set[int]) -> list[PassagePair]:
    """Free sentence pairs sharing a distinctive number and passing the lowered gates, mutual best."""
    numbers_a, numbers_b = distinctive_numbers(a), distinctive_numbers(b)
    # Whether each free pair shares a number no other sentence gives: then the looser gates apply. Any of
    # its numbers may be, not the first met: the set of shared numbers comes in PYTHONHASHSEED's order.
    unique_number: dict[tuple[int, int], bool] = {}
    for number in numbers_a.keys() & numbers_b.keys():
        unique = _unique(numbers_a, numbers_b, number)
        for i, j in product(numbers_a[number], numbers_b[number]):
            if i not in taken_a and j not in taken_b:
                unique_number[(i, j)] = unique or unique_number.get((i, j), False)
    scored = []
    for (i, j), unique in unique_number.items():
        score = _unique_number_score(a, i, b, j) if unique else _number_pair_score(a, i, b, j)
        if score is not None:
            scored.append((i, j, score))
    return [PassagePair(i, i, j, j, score) for i, j, score in mutual_best_of(scored)]


def _number_pair_score(a: SentenceStems, i: int, b: SentenceStems, j: int) -> float | None:
    if stem_dice(a.sets[i], b.sets[j]) < NUMBER_STEM_DICE:
        return None
    score = similarity(a.joined[i], b.joined[j])
    if score < NUMBER_THRESHOLD:
        return None
    weights_a, weights_b = a.weights(i), b.weights(j)
    if shared_content(weights_a, weights_b) < MIN_SHARED_CONTENT + 1:
        return None
    if weighted_dice(weights_a, weights_b) < NUMBER_WEIGHTED_DICE:
        return None
    return score


def _unique_number_score(a: SentenceStems, i: int, b: SentenceStems, j: int) -> float | None:
    """Gates for a pair sharing a large number no other sentence of either article holds
    ("396-9", "$8 billion", "225 pages"): the number and one more full-weight stem."""
    if shared_content(a.weights(i), b.weights(j)) < MIN_SHARED_CONTENT:
        return None
    score = similarity(a.joined[i], b.joined[j])
    return score if score >= UNIQUE_NUMBER_THRESHOLD else None


def unique_number_pairs(a: SentenceStems, b: SentenceStems) -> list[tuple[int, int]]:
    """Sentence pairs sharing a large number (not a year) that no other sentence of either article gives."""
    numbers_a, numbers_b = distinctive_numbers(a), distinctive_numbers(b)
    return sorted(
        (numbers_a[n][0], numbers_b[n][0]) for n in numbers_a.keys() & numbers_b.keys() if _unique(numbers_a, numbers_b, n)
    )


def _unique(numbers_a: dict[str, list[int]], numbers_b: dict[str, list[int]], number: str) -> bool:
    return len(numbers_a[number]) == 1 and len(numbers_b[number]) == 1 and is_large(number)


def is_large(term: str) -> bool:
    return float(term) >= LARGE_NUMBER


def distinctive_numbers(stems: SentenceStems) -> dict[str, list[int]]:
    """Number terms found in few sentences, neither small counts nor years: term -> sentences (read only)."""
    # Asked for twice a pair of articles, and an article is in a pair with every other: once an article.
    found = stems.memo.get("distinctive_numbers")
    if not isinstance(found, dict):
        found = stems.memo["distinctive_numbers"] = _distinctive_numbers(stems)
    return found


def _distinctive_numbers(stems: SentenceStems) -> dict[str, list[int]]:
    # One scan of all the sentences' stems: numbers are rare, and a loop over every stem is not.
    joined = "\n".join(stems.joined)
    line_starts = list(accumulate((len(line) + 1 for line in stems.joined), initial=0))
    where: dict[str, set[int]] = {}
    for found in _NUMBER_STEM.finditer(joined):
        if _distinctive(found.group()):
            where.setdefault(found.group(), set()).add(bisect_right(line_starts, found.start()) - 1)
    return {term: sorted(found) for term, found in where.items() if len(found) <= NUMBER_MAX_SENTENCES}


def _distinctive(term: str) -> bool:
    try:
        value = float(term)
    except ValueError:
        return False
    return value > SMALL_NUMBER and not (value.is_integer() and int(value) in YEARS)
