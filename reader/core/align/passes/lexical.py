"""The lexical pass (after the verbatim pass in `reader.core.align.PASSES`): sentence pairs whose words agree.

Each candidate pair (`reader.core.align.candidates`) is scored with rapidfuzz
over its stems. Mutual-best pairs above a threshold become matches, then
adjacent sentences are merged into a match when that raises its score (one
long sentence on one side often reports what two short ones report on the
other). A scored pair must also share enough stems once names and
attribution framing are discounted (`reader.core.align.weights`): two
sentences about the same person are not the same claim.
"""

from __future__ import annotations

from reader.core.align.candidates import stem_sentences
from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, by_position, mutual_best_of, taken_sentences
from reader.core.align.stems import SentenceStems, similarity
from reader.core.align.weights import shared_content, weighted_dice

# Mean of token_set_ratio and token_sort_ratio over stems. Tuned on the seed
# pair: true paraphrases scored 62-77 there, unrelated sentences at most 58.
MATCH_THRESHOLD = 56.0
# Character-level ratios stay high for sentences built from similar letters but
# different words; a match must also share this Dice share of its stems. Real
# paraphrases in the seed and fixture pairs share 0.26-0.72, chance pairs of
# the synthetic benchmark mostly 0.1-0.25.
MIN_STEM_DICE = 0.25
# Shared names and attribution framing ("Foreign Minister Olga Vance said")
# pair unrelated sentences that score 56-68 above; the same Dice with names
# counted as one word and reporting words discounted (`reader.core.align.weights`)
# tells them apart. Before this gate, the fixture and seed matches scored 0.31-1
# on it but for two fixture paraphrases (0.23, found anyway through another
# sentence, and 0.25, lost) and the one wrong fixture match scored 0.26; chance
# pairs of the news-like benchmark mostly 0.2-0.35, its heaviest rewrites >= 0.5.
MIN_WEIGHTED_DICE = 0.3
# Short sentences can reach that share on a name, a source and one word; every
# matched fixture and seed pair shares at least two stems at full weight.
MIN_SHARED_CONTENT = 2
MERGE_GAIN = 1.0
# The weakest pairs share only MIN_SHARED_CONTENT full-weight stems, and those
# common in the two texts: in dialogue-heavy prose, a short line ("I hope I am
# not the cause.") is contained in many longer ones and reaches the threshold
# above on two everyday words. Such a pair needs this score, or a word that few
# other sentence pairs share (exclusive links, `reader.core.align.pair.PairRarity`).
# On 2 x 2,000 sentences of novel prose this removed 10 of 25 wrong matches and
# no planted copy; on the BASIL development pairs, one right match of 60.
WEAK_PAIR_THRESHOLD = 65.0
WEAK_PAIR_LINKS = 0.5
# Real stories repeat their subject in most sentences of both articles (the
# people, the bill, "deal", "debate"): two sentences can share four or five of
# those words, score 56-66 and report different things. Below
# TOPIC_THRESHOLD a pair must also share some words that are rare in the two
# articles: a rarity cosine (`reader.core.align.pair.PairRarity`) of
# TOPIC_COSINE. On the BASIL development pairs this removed 2 wrong matches
# and, the freed sentences re-paired, found one more claim (84 -> 85); a floor
# of 0.12 lost right matches.
# Rarity needs a story to be rare in: articles shorter than TOPIC_MIN_SENTENCES
# (a pasted paragraph, one sentence each) are left to the other gates.
TOPIC_COSINE = 0.1
TOPIC_THRESHOLD = 70.0
TOPIC_MIN_SENTENCES = 6
# A phrase two sentences share ("said Morrel in a hoarse voice", "shrugging his
# shoulders", "uttered an exclamation of joy") lifts their score into the 56-75
# band while the rest of each says something else. Below PARTIAL_THRESHOLD a
# pair must also share PARTIAL_SHARED_CONTENT full-weight stems, and hold in
# the other sentence PARTIAL_CONTAINED of the shorter one's stems: a rewrite
# keeps most of what it says. On 2 x 10,000 sentences of novel prose
# (benchmarks/bench_kinds.py, prose) this removed 214 of 332 wrong matches and
# no planted one; on the MSRP train split as two files it raised accuracy
# (.671 -> .677) and cut off-diagonal links (5.1% -> 4.4%).
# But chance pairs reach this band in proportion to the number of sentence pairs
# (N_a x N_b), real ones to N: between two news articles (a few thousand
# sentence pairs) the band holds real paraphrases, and on the BASIL development
# pairs this gate lost a fifth of the claims (recall .60 -> .49). So it applies
# from PARTIAL_MIN_PAIRS sentence pairs (about 300 sentences a side).
PARTIAL_MIN_PAIRS = 100_000
PARTIAL_THRESHOLD = 75.0
PARTIAL_SHARED_CONTENT = 3
PARTIAL_CONTAINED = 0.6
# At any score, in documents that long: a pair whose shared stems other
# sentences hold together too ("shrugged his shoulders" in "The abbé shrugged
# his shoulders." and "Caderousse shrugged his shoulders.", scored 85) shares a
# phrase the two documents keep using, not a copy. Such a pair must be the only
# one holding its shared stems. On the prose above this removed 60 of the 125
# wrong lexical matches left and one right one.


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus the matched passages among the candidates, as sentence ranges, sorted by position in a."""
    a, b = pair.a, pair.b
    topical = min(len(a.stems), len(b.stems)) >= TOPIC_MIN_SENTENCES
    crowded = len(a.stems) * len(b.stems) >= PARTIAL_MIN_PAIRS
    scores = {}
    # Cheapest gates first: the weighted one reads each sentence's words again.
    for i, j in pair.sharing(MIN_STEM_DICE):  # the candidates whose `stems.stem_dice` reaches the floor
        score = similarity(a.joined[i], b.joined[j])
        if score >= MATCH_THRESHOLD and _enough_content(a.weights(i), b.weights(j)):
            if (
                (score >= WEAK_PAIR_THRESHOLD or not _weakest(pair, i, j))
                and not (topical and _topic_only(pair, i, j, score))
                and not (crowded and (_partial(pair, i, j, score) or _repeated_phrase(pair, i, j)))
            ):
                scores[(i, j)] = score
    candidates = set(pair.candidates)
    taken_a, taken_b = taken_sentences(passages)
    found: list[PassagePair] = []
    # A second round lets a sentence whose best partner was taken by a better
    # match pair with its next best, e.g. when one article repeats a claim.
    for _ in range(2):
        for i, j in _mutual_best(scores, taken_a, taken_b):
            found.append(PassagePair(i, i, j, j, scores[(i, j)]))
            taken_a.add(i)
            taken_b.add(j)
    for passage in found:
        _grow(passage, a, b, taken_a, taken_b, candidates)
    return by_position(passages + found)


def _topic_only(pair: PairContext, i: int, j: int, score: float) -> bool:
    """Whether the pair's shared words are only the story's common ones (and its wording not close)."""
    return score < TOPIC_THRESHOLD and pair.rarity.cosine(pair.a.weights(i), pair.b.weights(j)) < TOPIC_COSINE


def _partial(pair: PairContext, i: int, j: int, score: float) -> bool:
    """Whether a weaker pair shares only a phrase: few stems, or a minority of the shorter sentence's."""
    if score >= PARTIAL_THRESHOLD:
        return False
    x, y = pair.a.sets[i], pair.b.sets[j]
    if len(x & y) < PARTIAL_CONTAINED * min(len(x), len(y)):
        return True
    return shared_content(pair.a.weights(i), pair.b.weights(j)) < PARTIAL_SHARED_CONTENT


def _repeated_phrase(pair: PairContext, i: int, j: int) -> bool:
    """Whether another sentence of either article holds all the stems sentences ``i`` and ``j`` share."""
    shared = pair.a.sets[i] & pair.b.sets[j]
    return _holding(pair.a, shared) > 1 or _holding(pair.b, shared) > 1


def _holding(stems: SentenceStems, shared: frozenset[str]) -> int:
    """How many sentences of one article hold every stem of ``shared`` (not empty)."""
    found = stem_sentences(stems)
    postings = sorted((found[stem] for stem in shared), key=len)
    return len(postings[0].intersection(*postings[1:]))


def _weakest(pair: PairContext, i: int, j: int) -> bool:
    a, b = pair.a.weights(i), pair.b.weights(j)
    return shared_content(a, b) <= MIN_SHARED_CONTENT and pair.rarity.exclusive_links(a, b) < WEAK_PAIR_LINKS


def _enough_content(a: dict[str, float], b: dict[str, float]) -> bool:
    return shared_content(a, b) >= MIN_SHARED_CONTENT and weighted_dice(a, b) >= MIN_WEIGHTED_DICE


def _mutual_best(scores: dict[tuple[int, int], float], taken_a: set[int], taken_b: set[int]) -> list[tuple[int, int]]:
    """Free pairs that are each other's best-scoring partner above the threshold."""
    scored = [
        (i, j, score) for (i, j), score in scores.items() if score >= MATCH_THRESHOLD and i not in taken_a and j not in taken_b
    ]
    return [(i, j) for i, j, _ in mutual_best_of(scored)]


def _grow(
    passage: PassagePair,
    a: SentenceStems,
    b: SentenceStems,
    taken_a: set[int],
    taken_b: set[int],
    candidates: set[tuple[int, int]],
) -> None:
    """Merge free adjacent sentences into the passage while that raises its score.

    A sentence may join only if it shares stems with the other side (it was
    a candidate of one of its sentences), so unrelated neighbours never ride along.
    """
    while True:
        options = []
        b_range = range(passage.b_first, passage.b_last + 1)
        a_range = range(passage.a_first, passage.a_last + 1)
        for i in (passage.a_first - 1, passage.a_last + 1):
            if 0 <= i < len(a.stems) and i not in taken_a and any((i, j) in candidates for j in b_range):
                first, last = min(i, passage.a_first), max(i, passage.a_last)
                options.append((_score(a, first, last, b, passage.b_first, passage.b_last), "a", first, last))
        for j in (passage.b_first - 1, passage.b_last + 1):
            if 0 <= j < len(b.stems) and j not in taken_b and any((i, j) in candidates for i in a_range):
                first, last = min(j, passage.b_first), max(j, passage.b_last)
                options.append((_score(a, passage.a_first, passage.a_last, b, first, last), "b", first, last))
        if not options:
            return
        score, side, first, last = max(options)
        if score < passage.score + MERGE_GAIN:
            return
        if side == "a":
            taken_a.update(range(first, last + 1))
            passage.a_first, passage.a_last = first, last
        else:
            taken_b.update(range(first, last + 1))
            passage.b_first, passage.b_last = first, last
        passage.score = score


def _score(a: SentenceStems, a_first: int, a_last: int, b: SentenceStems, b_first: int, b_last: int) -> float:
    left = " ".join(a.joined[a_first : a_last + 1])
    right = " ".join(b.joined[b_first : b_last + 1])
    return similarity(left, right)
