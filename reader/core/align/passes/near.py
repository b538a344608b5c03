"""The near-copy pass (after the verbatim pass in `reader.core.align.PASSES`): short sentences copied with a word or two left out.

A copy edited lightly ("The two men were left alone." / "The two men were
alone.", "“Shall I take any arms?”" / "“Shall take any arms?”") is as plain to
a reader as a verbatim one, but a short sentence holds too few words rare in
the two articles to become a candidate pair (`reader.core.align.candidates`):
in 2 x 10,000 sentences of novel prose, most planted rewrites of short
sentences (clauses swapped at a comma, one word in six dropped) were never
scored. Here a free sentence of `MIN_WORDS` to `MAX_WORDS` words whose words
(folded, in any order, punctuation ignored) are another free sentence's words, in
another order or with one or two left out, is matched to it, when the shorter keeps at least `MIN_KEPT`
of the longer's words and has `MIN_STEMS` content stems.

A pairing must be unambiguous: a word bag that several sentences of either
article reduce to ("Danglars bit his lips." in "Once more Danglars bit his
lips." and "Again Danglars bit his lips.") is a stock phrase, not a copy, and
is left to the scoring passes. Found by hashing each short sentence's content
stems, whole and with one or two left out (the words are checked on the few
pairs found), so the cost is linear in the number of short sentences; the two
indexes are built once an article, not once a pair of articles.

A longer copy, of `LONG_MIN_WORDS` words or more (`MAX_WORDS` + 1: the two
ways never look at the same copy), may leave out more words, as many as
`MIN_KEPT` allows ("The banker thought the time had come for him to take the
upper hand." / "The thought the time had come him to take the upper."). Its content stems are too many to index with some left out, and in
a novel too common to make it a candidate pair (`reader.core.align.candidates`
proposes pairs sharing rare stems); the other article's sentences holding all
of them are found by intersecting their postings, rarest first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import numpy as np

from reader.core.align.candidates import holding_rarest
from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, by_position, taken_sentences
from reader.core.align.stems import SentenceStems, similarity

MIN_WORDS = 4
MIN_STEMS = 2
MAX_LEFT_OUT = 2
# "Two hours passed thus." in "Two hours passed thus, during which ..." is a stock
# phrase; a copy keeps most of what it copies (the planted rewrites keep five in six).
MIN_KEPT = 0.75
# From this many words a copy's words, all found in one other sentence that has at most a third
# more, are no chance: on 2 x 10,000 sentences of novel prose no such pair was a stock phrase.
LONG_MIN_WORDS = 8
# Shorter copies are found by hashing their stems (`_reductions`). The long way finds every pair the
# hashing would find from LONG_MIN_WORDS words (all stems of the copy held, at most two words of the
# longer left out, `MIN_KEPT` kept), so the hashing stops below it and no link is found twice.
MAX_WORDS = LONG_MIN_WORDS - 1

Bag = tuple[str, ...]


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus free sentence pairs one of which is the other reordered or with a word or two left out."""
    a, b = pair.a, pair.b
    taken_a, taken_b = taken_sentences(passages)
    links: dict[int, set[int]] = {}
    back: dict[int, set[int]] = {}
    free_a, free_b = _free(len(a.wordings), taken_a), _free(len(b.wordings), taken_b)
    for shorter, longer, taken_short, taken_long, free_short, free_long, flip in (
        (a, b, taken_a, taken_b, free_a, free_b, False),
        (b, a, taken_b, taken_a, free_b, free_a, True),
    ):
        # The pairs found, as (of ``shorter``, of ``longer``).
        found_pairs: list[tuple[int, int]] = []
        # Short copies: indexed by content stems (few a sentence, so few reductions), then checked on all the words.
        bags, reduced = _bags(shorter), _reduced(longer)
        for bag in bags.keys() & reduced.keys():
            copies = [other for other in bags[bag] if other not in taken_short]
            for index in reduced[bag] if copies else ():
                if index not in taken_long:
                    found_pairs.extend((other, index) for other in copies if _left_out(shorter, other, longer, index))
        found_pairs.extend(_long_copies(shorter, free_short, longer, free_long))
        for copy, whole in found_pairs:
            i, j = (whole, copy) if flip else (copy, whole)
            links.setdefault(i, set()).add(j)
            back.setdefault(j, set()).add(i)
    found = []
    for i, partners in sorted(links.items()):
        if len(partners) == 1:
            (j,) = partners
            if len(back[j]) == 1:
                found.append(PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])))
    return by_position(passages + found)


def _sized(stems: SentenceStems, most: int) -> list[int]:
    """The sentences of one article of `MIN_WORDS` to ``most`` words with `MIN_STEMS` content stems."""
    return [
        index
        for index, (_, count) in enumerate(stems.wordings)
        if MIN_WORDS <= count <= most and len(stems.sets[index]) >= MIN_STEMS
    ]


def _bags(stems: SentenceStems) -> dict[Bag, list[int]]:
    """The sentences that may be a short copy (`MAX_WORDS` words at most) by their sorted content stems."""
    return _index(stems, "near_bags", MAX_WORDS, lambda bag: (bag,))


def _reduced(stems: SentenceStems) -> dict[Bag, list[int]]:
    """The sentences a short copy may come from (`MAX_LEFT_OUT` words longer), by every bag of stems they
    reduce to (`_reductions`)."""
    return _index(stems, "near_reduced", MAX_WORDS + MAX_LEFT_OUT, _reductions)


def _index(stems: SentenceStems, name: str, most: int, bags_of: Callable[[Bag], Iterable[Bag]]) -> dict[Bag, list[int]]:
    """The sentences of `_sized` (up to ``most`` words) under each of the ``bags_of`` their sorted stems, worked
    out once an article and kept as ``name`` in `SentenceStems.memo`: each pair of articles (twenty articles
    make 190) only leaves out the sentences it has matched already."""
    found = stems.memo.get(name)
    if isinstance(found, dict):
        return found
    index: dict[Bag, list[int]] = {}
    for sentence in _sized(stems, most):
        for bag in bags_of(_sorted_stems(stems, sentence)):
            index.setdefault(bag, []).append(sentence)
    stems.memo[name] = index
    return index


def _sorted_stems(stems: SentenceStems, index: int) -> Bag:
    return tuple(sorted(stems.stems[index]))


def _left_out(short: SentenceStems, i: int, long: SentenceStems, j: int) -> bool:
    """Whether sentence ``i`` of ``short`` is sentence ``j`` of ``long`` with at most `MAX_LEFT_OUT`
    words left out (folded words, any order: none left out is a reordering) and keeps `MIN_KEPT` of them."""
    kept, whole = Counter(short.wording(i)), Counter(long.wording(j))
    size, whole_size = kept.total(), whole.total()
    return whole_size - size <= MAX_LEFT_OUT and size >= MIN_KEPT * whole_size and not kept - whole


def _long_copies(
    short: SentenceStems, free_short: np.ndarray, long: SentenceStems, free_long: np.ndarray
) -> list[tuple[int, int]]:
    """Free sentence pairs (of ``short``, of ``long``; ``free_*`` mask the free sentences) where the first has
    `LONG_MIN_WORDS` words or more and is the second with words left out, keeping `MIN_KEPT` of them (any order)."""
    counts, long_counts = _word_counts(short), _word_counts(long)
    # Only a sentence holding the rarest of the copy's stems can hold them all (`holding_rarest`).
    ii, jj = holding_rarest(short, long, np.flatnonzero(free_short & (counts >= LONG_MIN_WORDS)))
    fits = free_long[jj] & (long_counts[jj] >= counts[ii]) & (long_counts[jj] * MIN_KEPT <= counts[ii])
    found = []
    kept: Counter[str] = Counter()
    last = -1
    for i, j in zip(ii[fits].tolist(), jj[fits].tolist()):
        if not short.sets[i] <= long.sets[j]:
            continue
        if i != last:
            kept, last = Counter(short.wording(i)), i
        if not kept - Counter(long.wording(j)):
            found.append((i, j))
    return found


def _word_counts(stems: SentenceStems) -> np.ndarray:
    """Each sentence's number of words, worked out once an article (`SentenceStems.memo`)."""
    found = stems.memo.get("word_counts")
    if not isinstance(found, np.ndarray):
        found = np.fromiter((count for _, count in stems.wordings), dtype=np.int64, count=len(stems.wordings))
        stems.memo["word_counts"] = found
    return found


def _free(size: int, taken: set[int]) -> np.ndarray:
    free = np.ones(size, dtype=bool)
    free[list(taken)] = False
    return free


def _reductions(bag: Bag) -> set[Bag]:
    """``bag`` whole and with one or two of its items left out, down to `MIN_STEMS` items."""
    found = {bag}
    for k in range(len(bag)):
        if len(bag) - 1 < MIN_STEMS:
            break
        one = bag[:k] + bag[k + 1 :]
        found.add(one)
        if len(one) - 1 >= MIN_STEMS:
            for m in range(k, len(one)):
                found.add(one[:m] + one[m + 1 :])
    return found
