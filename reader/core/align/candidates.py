"""Which sentence pairs of two articles are worth scoring at all.

Scoring every sentence pair is quadratic (about 150 s at 10,000 x 10,000
sentences with ``cdist``), so a word index proposes candidates: pairs of
sentences that share at least two rare-enough word stems, the best-sharing
few per sentence. Only those are scored by the passes.
"""

from __future__ import annotations

import numpy as np

from reader.core.align.stems import SentenceStems

MIN_SHARED_STEMS = 2
# A stem found in more sentences than this is too common to propose candidates
# (it would pair most sentences with most others); it still counts in scoring.
COMMON_FLOOR = 40
COMMON_FRACTION = 0.01
# Candidates kept per sentence, ranked by how many rare stems they share.
CANDIDATES_PER_SENTENCE = 12


def candidate_pairs(a: SentenceStems, b: SentenceStems) -> list[tuple[int, int]]:
    """Sentence pairs (i, j) sharing >= MIN_SHARED_STEMS rare-enough stems, best-sharing first per sentence."""
    if not a.stems or not b.stems:
        return []
    vocabulary: dict[str, int] = {}
    a_words, a_sents = _postings(a.stems, vocabulary)
    b_words, b_sents = _postings(b.stems, vocabulary)
    if not len(a_words) or not len(b_words):
        return []
    size = len(vocabulary)
    df = np.bincount(a_words, minlength=size) + np.bincount(b_words, minlength=size)
    cap = max(COMMON_FLOOR, int(COMMON_FRACTION * (len(a.stems) + len(b.stems))))
    rare = df <= cap
    keep_a = rare[a_words]
    a_words, a_sents = a_words[keep_a], a_sents[keep_a]

    # Join the two posting lists on the word: every (sentence in a, sentence in b)
    # sharing a word, as one flat array, without a Python loop per word.
    order = np.argsort(b_words, kind="stable")
    b_words, b_sents = b_words[order], b_sents[order]
    b_count = np.bincount(b_words, minlength=size)
    b_start = np.concatenate(([0], np.cumsum(b_count)[:-1]))
    repeats = b_count[a_words]
    total = int(repeats.sum())
    if total == 0:
        return []
    left = np.repeat(a_sents, repeats)
    first = np.repeat(b_start[a_words], repeats)
    offset = np.arange(total) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    right = b_sents[first + offset]
    keys, shared = _count_distinct(left.astype(np.int64) * len(b.stems) + right)
    enough = shared >= MIN_SHARED_STEMS
    keys, shared = keys[enough], shared[enough]
    ii, jj = np.divmod(keys, len(b.stems))
    chosen = _top_per_sentence(ii, shared) | _top_per_sentence(jj, shared)
    return list(zip(ii[chosen].tolist(), jj[chosen].tolist()))


def _count_distinct(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.unique(keys, return_counts=True)`, faster here: the keys come in runs
    already sorted by sentence of a, which a stable (merge) sort exploits."""
    keys = np.sort(keys, kind="stable")
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(np.append(starts, len(keys)))


def _postings(stems: tuple[tuple[str, ...], ...], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    words: list[int] = []
    sents: list[int] = []
    for index, sentence in enumerate(stems):
        for stem in set(sentence):
            words.append(vocabulary.setdefault(stem, len(vocabulary)))
            sents.append(index)
    return np.asarray(words, dtype=np.int64), np.asarray(sents, dtype=np.int64)


def _top_per_sentence(owner: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """Mask of the CANDIDATES_PER_SENTENCE entries sharing most stems for each owner."""
    order = np.lexsort((-shared, owner))
    sorted_owner = owner[order]
    starts = np.searchsorted(sorted_owner, sorted_owner, side="left")
    rank = np.arange(len(order)) - starts
    mask = np.zeros(len(owner), dtype=bool)
    mask[order[rank < CANDIDATES_PER_SENTENCE]] = True
    return mask
