"""The verbatim pass (first in `reader.core.align.PASSES`): sentences both articles print word for word.

Syndicated copy and shared quotes repeat whole sentences, and the short ones
("It has not been seen again.", "He should pay [for] it.") hold too few
content words for the scoring passes to consider them at all. A sentence
whose words (folded, punctuation and brackets ignored) are the same as a
sentence of the other article is matched here, before anything else, so no
looser pair can take it. A sentence repeated in both articles is paired in
order of appearance. Found by hashing, so the cost is linear.

A line of only function words ("What do they say?", "Is it you? said he;
I am here.") holds no content stem; it is matched only when it has
`STEMLESS_MIN_WORDS` words and is printed once in each article: one such
line in each of two 10,000-sentence novel excerpts is a copy, while a line
printed several times ("I do not.") is a stock phrase no text can place.
"""

from __future__ import annotations

from collections import Counter

from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, by_position, taken_sentences
from reader.core.align.stems import SentenceStems

# "Yes." or "He said." say nothing on their own; three words ("God help us.")
# with at least one content stem is a claim or a quote.
MIN_WORDS = 3
MIN_STEMS = 1
VERBATIM_SCORE = 100.0
STEMLESS_MIN_WORDS = 4


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus free sentence pairs with the same words, sorted by position in a."""
    taken_a, taken_b = taken_sentences(passages)
    once = _printed_once(pair.a, pair.b)
    where_b: dict[tuple[int, int], list[int]] = {}
    for j, key in _keys(pair.b, taken_b, once):
        where_b.setdefault(key, []).append(j)
    found = []
    for i, key in _keys(pair.a, taken_a, once):
        partners = where_b.get(key)
        if not partners:
            continue
        # Equal hashes almost always mean equal words; the words decide.
        wording = pair.a.wording(i)
        for k, j in enumerate(partners):
            if pair.b.wording(j) == wording:
                found.append(PassagePair(i, i, j, j, VERBATIM_SCORE))
                del partners[k]
                break
    return by_position(passages + found)


def _keys(stems: SentenceStems, taken: set[int], once: set[tuple[int, int]]) -> list[tuple[int, tuple[int, int]]]:
    """The free sentences that may be matched word for word, with their wording keys; ``once``: the
    keys printed once in each article, the only ones a line without content stems may have."""
    return [
        (index, key)
        for index, key in enumerate(stems.wordings)
        if index not in taken
        and key[1] >= MIN_WORDS
        and (len(stems.sets[index]) >= MIN_STEMS or (key[1] >= STEMLESS_MIN_WORDS and key in once))
    ]


def _printed_once(a: SentenceStems, b: SentenceStems) -> set[tuple[int, int]]:
    """Wording keys of sentences without content stems that each article prints exactly once."""
    counts: list[Counter[tuple[int, int]]] = []
    for stems in (a, b):
        counts.append(Counter(key for index, key in enumerate(stems.wordings) if not stems.sets[index]))
    return {key for key, count in counts[0].items() if count == 1 and counts[1][key] == 1}
