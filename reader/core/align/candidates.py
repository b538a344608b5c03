"""Which sentence pairs of two articles are worth scoring at all.

Scoring every sentence pair is quadratic (about 150 s at 10,000 x 10,000
sentences with ``cdist``), so a word index proposes candidates: pairs of
sentences that share at least two rare-enough word stems, the best-sharing
few per sentence. Only those are scored by the passes.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    """Sentence pairs (i, j) sharing >= MIN_SHARED_STEMS rare-enough stems, in order of i then j."""
    ii, jj = candidate_arrays(a, b)
    return list(zip(ii.tolist(), jj.tolist()))


_NONE = np.zeros(0, dtype=np.int64)


def candidate_arrays(a: SentenceStems, b: SentenceStems) -> tuple[np.ndarray, np.ndarray]:
    """`candidate_pairs` as two arrays, the sentences of a and those of b."""
    if not a.stems or not b.stems:
        return _NONE, _NONE
    if a.vocabulary is b.vocabulary:
        # Articles of one `align` call: each one's postings are built once, not once per pair.
        post_a, post_b = _article_postings(a), _article_postings(b)
        size = len(a.vocabulary)
    else:
        vocabulary: dict[str, int] = {}
        post_a, post_b = _Postings.of(a.stems, vocabulary), _Postings.of(b.stems, vocabulary)
        size = len(vocabulary)
    if not len(post_a.words) or not len(post_b.words):
        return _NONE, _NONE
    b_count = _padded(post_b.count, size)
    df = _padded(post_a.count, size) + b_count
    cap = max(COMMON_FLOOR, int(COMMON_FRACTION * (len(a.stems) + len(b.stems))))
    rare = df <= cap
    keep_a = rare[post_a.words]
    a_words, a_sents = post_a.words[keep_a], post_a.sents[keep_a]

    # Join the two posting lists on the word: every (sentence in a, sentence in b)
    # sharing a word, as one flat array, without a Python loop per word.
    b_sents = post_b.sents_by_word
    b_start = np.concatenate(([0], np.cumsum(b_count)[:-1]))
    repeats = b_count[a_words]
    total = int(repeats.sum())
    if total == 0:
        return _NONE, _NONE
    left = np.repeat(a_sents, repeats)
    first = np.repeat(b_start[a_words], repeats)
    offset = np.arange(total) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    right = b_sents[first + offset]
    keys, shared = _count_distinct(left.astype(np.int64) * len(b.stems) + right)
    enough = shared >= MIN_SHARED_STEMS
    keys, shared = keys[enough], shared[enough]
    ii, jj = np.divmod(keys, len(b.stems))
    chosen = _top_per_sentence(ii, shared) | _top_per_sentence(jj, shared)
    return ii[chosen], jj[chosen]


@dataclass(frozen=True, slots=True)
class _Postings:
    """One article's (word id, sentence) pairs, each distinct stem of a sentence once, in sentence
    order; how many sentences hold each word id; and the sentences again ordered by word (stable)."""

    words: np.ndarray
    sents: np.ndarray
    count: np.ndarray
    sents_by_word: np.ndarray

    @classmethod
    def of(cls, stems: tuple[tuple[str, ...], ...], vocabulary: dict[str, int]) -> _Postings:
        words_list: list[int] = []
        sents_list: list[int] = []
        for index, sentence in enumerate(stems):
            for stem in set(sentence):
                words_list.append(vocabulary.setdefault(stem, len(vocabulary)))
                sents_list.append(index)
        words = np.asarray(words_list, dtype=np.int64)
        sents = np.asarray(sents_list, dtype=np.int64)
        order = np.argsort(words, kind="stable")
        return cls(words, sents, np.bincount(words, minlength=len(vocabulary)), sents[order])


def _article_postings(stems: SentenceStems) -> _Postings:
    found = stems.memo.get("postings")
    if not isinstance(found, _Postings):
        found = _Postings.of(stems.stems, stems.vocabulary)
        stems.memo["postings"] = found
    return found


def _padded(counts: np.ndarray, size: int) -> np.ndarray:
    """``counts`` (per word id) extended with zeros to ``size`` ids: words other articles added later."""
    if len(counts) >= size:
        return counts
    return np.concatenate((counts, np.zeros(size - len(counts), dtype=counts.dtype)))


def _count_distinct(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`np.unique(keys, return_counts=True)`, faster here: the keys come in runs
    already sorted by sentence of a, which a stable (merge) sort exploits."""
    keys = np.sort(keys, kind="stable")
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(np.append(starts, len(keys)))


def _top_per_sentence(owner: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """Mask of the CANDIDATES_PER_SENTENCE entries sharing most stems for each owner."""
    order = np.lexsort((-shared, owner))
    sorted_owner = owner[order]
    starts = np.searchsorted(sorted_owner, sorted_owner, side="left")
    rank = np.arange(len(order)) - starts
    mask = np.zeros(len(owner), dtype=bool)
    mask[order[rank < CANDIDATES_PER_SENTENCE]] = True
    return mask
