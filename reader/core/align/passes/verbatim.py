"""The verbatim pass (first in `reader.core.align.PASSES`): sentences both articles print word for word.

Syndicated copy and shared quotes repeat whole sentences, and the short ones
("It has not been seen again.", "He should pay [for] it.") hold too few
content words for the scoring passes to consider them at all. A sentence
whose words (folded, punctuation and brackets ignored) are the same as a
sentence of the other article is matched here, before anything else, so no
looser pair can take it. A sentence repeated in both articles is paired in
order of appearance. Found by hashing, so the cost is linear.
"""

from __future__ import annotations

from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, by_position, taken_sentences
from reader.core.align.stems import SentenceStems

# "Yes." or "He said." say nothing on their own; three words ("God help us.")
# with at least one content stem is a claim or a quote.
MIN_WORDS = 3
MIN_STEMS = 1
VERBATIM_SCORE = 100.0


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus free sentence pairs with the same words, sorted by position in a."""
    taken_a, taken_b = taken_sentences(passages)
    where_b: dict[tuple[str, ...], list[int]] = {}
    for j, key in _keys(pair.b, taken_b):
        where_b.setdefault(key, []).append(j)
    found = []
    used: dict[tuple[str, ...], int] = {}
    for i, key in _keys(pair.a, taken_a):
        partners = where_b.get(key)
        if partners is None:
            continue
        k = used.get(key, 0)
        if k < len(partners):
            found.append(PassagePair(i, i, partners[k], partners[k], VERBATIM_SCORE))
            used[key] = k + 1
    return by_position(passages + found)


def _keys(stems: SentenceStems, taken: set[int]) -> list[tuple[int, tuple[str, ...]]]:
    return [
        (index, key)
        for index, key in enumerate(stems.wordings())
        if index not in taken and len(key) >= MIN_WORDS and len(stems.sets[index]) >= MIN_STEMS
    ]
