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
    keys_a, keys_b = _by_wording(pair.a), _by_wording(pair.b)
    found = []
    # Sentences pair only within one wording key, in order of appearance: one key at a time.
    for key in keys_a.keys() & keys_b.keys():
        if key[1] < MIN_WORDS:
            continue
        partners = _eligible(pair.b, keys_b[key], key, taken_b, once)
        for i in _eligible(pair.a, keys_a[key], key, taken_a, once) if partners else ():
            # Equal hashes almost always mean equal words; the words decide.
            wording = pair.a.wording(i)
            for k, j in enumerate(partners):
                if pair.b.wording(j) == wording:
                    found.append(PassagePair(i, i, j, j, VERBATIM_SCORE))
                    del partners[k]
                    break
    return by_position(passages + found)


def _eligible(
    stems: SentenceStems, sentences: list[int], key: tuple[int, int], taken: set[int], once: set[tuple[int, int]]
) -> list[int]:
    """The free ``sentences`` (of wording ``key``) that may be matched word for word; ``once``: the keys
    printed once in each article, the only ones a line without content stems may have."""
    return [
        index
        for index in sentences
        if index not in taken and (len(stems.sets[index]) >= MIN_STEMS or (key[1] >= STEMLESS_MIN_WORDS and key in once))
    ]


def _by_wording(stems: SentenceStems) -> dict[tuple[int, int], list[int]]:
    """Each wording key (`SentenceStems.wordings`) -> its sentences, in order, worked out once an article."""
    found = stems.memo.get("by_wording")
    if isinstance(found, dict):
        return found
    by_key: dict[tuple[int, int], list[int]] = {}
    for index, key in enumerate(stems.wordings):
        by_key.setdefault(key, []).append(index)
    stems.memo["by_wording"] = by_key
    return by_key


def _printed_once(a: SentenceStems, b: SentenceStems) -> set[tuple[int, int]]:
    """Wording keys of sentences without content stems that each article prints exactly once."""
    counts = [_stemless(a), _stemless(b)]
    return {key for key, count in counts[0].items() if count == 1 and counts[1][key] == 1}


def _stemless(stems: SentenceStems) -> Counter[tuple[int, int]]:
    """How many sentences without content stems each wording key has, worked out once an article."""
    found = stems.memo.get("stemless_wordings")
    if isinstance(found, Counter):
        return found
    counts = Counter(key for index, key in enumerate(stems.wordings) if not stems.sets[index])
    stems.memo["stemless_wordings"] = counts
    return counts
