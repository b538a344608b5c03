"""Which sentence pairs of two articles are worth scoring at all.

Scoring every sentence pair is quadratic (about 150 s at 10,000 x 10,000
sentences with ``cdist``), so a word index proposes candidates: pairs of
sentences that share at least two rare-enough word stems, the best-sharing
few per sentence. Only those are scored by the passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import numpy as np

from reader.core.align.stems import SentenceStems

MIN_SHARED_STEMS = 2
# A stem found in more sentences than this is too common to propose candidates
# (it would pair most sentences with most others); it still counts in scoring.
COMMON_FLOOR = 40
COMMON_FRACTION = 0.01
# Candidates kept per sentence, ranked by how many rare stems they share.
CANDIDATES_PER_SENTENCE = 12
# Sentence pairs sharing a rare stem listed at once (`_shared_rare`): a few MB of arrays.
JOIN_BLOCK = 1 << 16


@dataclass(frozen=True, slots=True)
class Candidates:
    """Candidate sentence pairs as arrays: the sentences of a, those of b, and for each pair an upper
    bound of its exclusive links (`reader.core.align.pair.PairRarity.may_link`'s sum over shared stems
    of 1 / `reader.core.align.pair._Links`), so most pairs need no exact sum."""

    a: np.ndarray
    b: np.ndarray
    links_bound: np.ndarray
    # How many stems the two sentences share, rare or common: what `reader.core.align.stems.stem_dice`
    # counts, for all candidates at once.
    shared: np.ndarray

    def __getitem__(self, keep: np.ndarray) -> Candidates:
        return Candidates(self.a[keep], self.b[keep], self.links_bound[keep], self.shared[keep])


_NONE = Candidates(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=np.int64))
# Headroom over the float rounding of the bound's sum, which adds in another order than the exact one.
BOUND_SLACK = 1e-9


def candidate_arrays(a: SentenceStems, b: SentenceStems) -> Candidates:
    """Sentence pairs (i, j) sharing >= MIN_SHARED_STEMS rare-enough stems, in order of i then j,
    with an upper bound of each pair's exclusive links."""
    if not a.stems or not b.stems:
        return _NONE
    post_a, post_b, size = _postings_pair(a, b)
    if not len(post_a.words) or not len(post_b.words):
        return _NONE
    a_count, b_count = _padded(post_a.count, size), _padded(post_b.count, size)
    df = a_count + b_count
    cap = max(COMMON_FLOOR, int(COMMON_FRACTION * (len(a.stems) + len(b.stems))))
    rare = df <= cap
    keep_a = rare[post_a.words]
    a_words, a_sents = post_a.words[keep_a], post_a.sents[keep_a]
    keys, shared, rare_links = _shared_rare(a_words, a_sents, a_count, b_count, post_b.sents_by_word, len(b.stems))
    if not len(keys):
        return _NONE
    ii, jj = np.divmod(keys, len(b.stems))
    chosen = _top_per_sentence(ii, shared) | _top_per_sentence(jj, shared)
    ii, jj, rare_links, shared = ii[chosen], jj[chosen], rare_links[chosen], shared[chosen]
    # A common stem (df > cap) links at most 1 / cap: count a x count b >= count a + count b - 1 >= cap.
    # The two sentences share at most as many common stems as the one with fewer holds.
    common = ~rare
    common_a = np.bincount(post_a.sents[common[post_a.words]], minlength=len(a.stems))
    common_b = np.bincount(post_b.sents[common[post_b.words]], minlength=len(b.stems))
    bound = rare_links * (1 + BOUND_SLACK) + np.minimum(common_a[ii], common_b[jj]) / cap + BOUND_SLACK
    in_both = common & (a_count > 0) & (b_count > 0)
    common_shared = _common_shared(post_a, len(a.stems), post_b, len(b.stems), in_both, ii, jj)
    return Candidates(ii, jj, bound, shared + common_shared)


def _common_shared(
    post_a: _Postings, size_a: int, post_b: _Postings, size_b: int, common: np.ndarray, ii: np.ndarray, jj: np.ndarray
) -> np.ndarray:
    """How many of the ``common`` word ids (a mask) sentence ``ii[k]`` of a and ``jj[k]`` of b share, for each k.

    Each sentence's common stems become a bit set, and the bits both sentences hold are counted. A common
    stem is in more than the cap's number of sentences, which grows with the articles, so an article
    has at most (its posting entries) / cap of them, a few hundred however long it is: a few words of
    64 bits a sentence.
    """
    ids = np.flatnonzero(common)
    if not len(ids) or not len(ii):
        return np.zeros(len(ii), dtype=np.int64)
    column = np.full(len(common), -1, dtype=np.int64)
    column[ids] = np.arange(len(ids))
    width = (len(ids) + 63) // 64
    both = _bit_sets(post_a, size_a, column, width)[ii] & _bit_sets(post_b, size_b, column, width)[jj]
    counted: np.ndarray = _BITS_IN_BYTE[both.view(np.uint8)].sum(axis=1, dtype=np.int64)
    return counted


# How many bits each byte value holds.
_BITS_IN_BYTE = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint8)


def _bit_sets(postings: _Postings, sentences: int, column: np.ndarray, width: int) -> np.ndarray:
    """Each of the ``sentences``' words that have a ``column`` (not -1), as ``width`` words of 64 bits a sentence."""
    columns = column[postings.words]
    held = columns >= 0
    columns = columns[held]
    bits = np.zeros(sentences * width, dtype=np.uint64)
    # A sentence holds each stem once, so no bit is added twice: adding sets it.
    one = np.left_shift(np.uint64(1), (columns % 64).astype(np.uint64))
    np.add.at(bits, postings.sents[held] * width + columns // 64, one)
    return bits.reshape(-1, width)


def _shared_rare(
    a_words: np.ndarray, a_sents: np.ndarray, a_count: np.ndarray, b_count: np.ndarray, b_sents_by_word: np.ndarray, b_size: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sentence pairs sharing `MIN_SHARED_STEMS` rare stems or more, as keys ``i * b_size + j`` in order,
    with how many they share and the sum of their links. ``a_words``, ``a_sents``: a's rare posting
    entries, in sentence order.

    Every pair of sentences sharing one rare stem is listed first, and the cap on rare grows with the
    articles (`COMMON_FRACTION`): at 2 x 10,000 sentences of novel prose two million pairs, most of them
    sharing one stem only. They are listed for a block of a's sentences at a time (`JOIN_BLOCK` pairs
    or so), so the arrays stay small however long the articles are; a block holds whole sentences,
    hence whole keys, and the blocks' keys follow each other in order: the result is the same.
    """
    repeats = b_count[a_words]
    # Each shared rare stem's link, as `reader.core.align.pair._Links` defines it: 1 / (count in a x count
    # in b) (a stem of a missing in b joins nothing, so the `maximum` only guards the division).
    word_links = 1.0 / (a_count[a_words] * np.maximum(b_count[a_words], 1))
    before = np.cumsum(repeats) - repeats  # pairs listed before each entry
    total = int(before[-1] + repeats[-1]) if len(repeats) else 0
    if total == 0:
        return _NONE.a, _NONE.a, _NONE.links_bound
    # Blocks start at a sentence's first entry, a new one about every JOIN_BLOCK pairs.
    starts = np.flatnonzero(np.diff(a_sents, prepend=-1))
    at = np.searchsorted(before[starts], np.arange(0, total, JOIN_BLOCK))
    edges = [*np.unique(starts[np.minimum(at, len(starts) - 1)]).tolist(), len(a_words)]
    found = []
    for first, last in zip(edges, edges[1:]):
        block = slice(first, last)
        left, right = _join(a_sents[block], a_words[block], b_count, b_sents_by_word)
        if not len(left):
            continue
        links = np.repeat(word_links[block], repeats[block])
        keys, shared, rare_links = _count_distinct(left * b_size + right, links)
        enough = shared >= MIN_SHARED_STEMS
        found.append((keys[enough], shared[enough], rare_links[enough]))
    if not found:
        return _NONE.a, _NONE.a, _NONE.links_bound
    return tuple(np.concatenate(parts) for parts in zip(*found))  # type: ignore[return-value]


def holding_rarest(short: SentenceStems, long: SentenceStems, sentences: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i of ``short``, j of ``long``), i among ``sentences``, where j holds the stem of i that
    fewest sentences of ``long`` hold (and every stem of i is somewhere in ``long``): the only sentences
    that can hold all of i's stems (`reader.core.align.passes.near`), in one numpy join."""
    post_s, post_l, size = _postings_pair(short, long)
    if not len(post_s.words) or not len(post_l.words) or not len(sentences):
        return _NONE.a, _NONE.b
    l_count = _padded(post_l.count, size)
    wanted = np.zeros(len(short.stems), dtype=bool)
    wanted[sentences] = True
    keep = wanted[post_s.sents]
    words, sents = post_s.words[keep], post_s.sents[keep]
    held = l_count[words]
    # Each sentence's entries, fewest holders first: its first entry names its rarest stem.
    order = np.lexsort((held, sents))
    words, sents, held = words[order], sents[order], held[order]
    first = np.ones(len(sents), dtype=bool)
    np.not_equal(sents[1:], sents[:-1], out=first[1:])
    missing = np.zeros(len(short.stems), dtype=bool)
    missing[sents[held == 0]] = True  # a stem no sentence of ``long`` holds
    first &= ~missing[sents]
    return _join(sents[first], words[first], l_count, post_l.sents_by_word)


def _postings_pair(a: SentenceStems, b: SentenceStems) -> tuple[_Postings, _Postings, int]:
    """The postings of ``a`` and ``b`` under common word ids, and how many ids there are."""
    if a.vocabulary is b.vocabulary:
        # Articles of one `align` call: each one's postings are built once, not once per pair.
        return _article_postings(a), _article_postings(b), len(a.vocabulary)
    vocabulary: dict[str, int] = {}
    post_a, post_b = _Postings.of(a.sets, vocabulary), _Postings.of(b.sets, vocabulary)
    return post_a, post_b, len(vocabulary)


def _join(owners: np.ndarray, words: np.ndarray, count: np.ndarray, sents_by_word: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Posting entries (``owners[k]`` holds ``words[k]``) joined on the word with the other article's postings
    (``count`` sentences hold each word id, listed by word in ``sents_by_word``): every pair (owner, sentence of
    the other holding that word), as two flat arrays, in the entries' order, without a Python loop per word."""
    repeats = count[words]
    total = int(repeats.sum())
    if total == 0:
        return _NONE.a, _NONE.b
    start = np.concatenate(([0], np.cumsum(count)[:-1]))
    offset = np.arange(total) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    return np.repeat(owners, repeats), sents_by_word[np.repeat(start[words], repeats) + offset]


@dataclass(frozen=True, slots=True)
class _Postings:
    """One article's (word id, sentence) pairs, each distinct stem of a sentence once, in sentence
    order; how many sentences hold each word id; and the sentences again ordered by word (stable)."""

    words: np.ndarray
    sents: np.ndarray
    count: np.ndarray
    sents_by_word: np.ndarray

    @classmethod
    def of(cls, sets: tuple[frozenset[str], ...], vocabulary: dict[str, int]) -> _Postings:
        """From each sentence's distinct stems (`SentenceStems.sets`); new stems get the next ids."""
        flat = list(chain.from_iterable(sets))
        for stem in set(flat).difference(vocabulary):
            vocabulary[stem] = len(vocabulary)
        words = np.fromiter(map(vocabulary.__getitem__, flat), dtype=np.int64, count=len(flat))
        sents = np.repeat(np.arange(len(sets), dtype=np.int64), np.fromiter(map(len, sets), dtype=np.int64, count=len(sets)))
        order = np.argsort(words, kind="stable")
        return cls(words, sents, np.bincount(words, minlength=len(vocabulary)), sents[order])


def _article_postings(stems: SentenceStems) -> _Postings:
    found = stems.memo.get("postings")
    if not isinstance(found, _Postings):
        found = _Postings.of(stems.sets, stems.vocabulary)
        stems.memo["postings"] = found
    return found


def stem_sentences(stems: SentenceStems) -> dict[str, set[int]]:
    """Each stem -> the sentences of one article that hold it, read from the article's postings the first
    time the stem is asked for (a pass asks about a few thousand stems of tens of thousands)."""
    found = stems.memo.get("stem_sentences")
    if not isinstance(found, _StemSentences):
        found = _StemSentences(_article_postings(stems), stems.vocabulary)
        stems.memo["stem_sentences"] = found
    return found


class _StemSentences(dict[str, set[int]]):
    """`stem_sentences`: filled in on demand. Only stems the article holds may be asked for."""

    def __init__(self, postings: _Postings, vocabulary: dict[str, int]) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        # As Python lists, read once: a stem's sentences are then a list slice (numpy's per-call cost,
        # a few microseconds, is most of the time when most stems of a short article are asked for).
        self.sentences = postings.sents_by_word.tolist()
        self.ends = np.cumsum(postings.count).tolist()
        self.counts = postings.count.tolist()

    def __missing__(self, stem: str) -> set[int]:
        word = self.vocabulary[stem]
        end = self.ends[word]
        found = self[stem] = set(self.sentences[end - self.counts[word] : end])
        return found


def _padded(counts: np.ndarray, size: int) -> np.ndarray:
    """``counts`` (per word id) extended with zeros to ``size`` ids: words other articles added later."""
    if len(counts) >= size:
        return counts
    return np.concatenate((counts, np.zeros(size - len(counts), dtype=counts.dtype)))


def _count_distinct(keys: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`np.unique(keys, return_counts=True)`, faster here (the keys come in runs already sorted by
    sentence of a, which a stable merge sort exploits), and the sum of ``weights`` per key."""
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(np.append(starts, len(keys))), np.add.reduceat(weights[order], starts)


def _top_per_sentence(owner: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """Mask of the CANDIDATES_PER_SENTENCE entries sharing most stems for each owner."""
    order = np.lexsort((-shared, owner))
    sorted_owner = owner[order]
    starts = np.searchsorted(sorted_owner, sorted_owner, side="left")
    rank = np.arange(len(order)) - starts
    mask = np.zeros(len(owner), dtype=bool)
    mask[order[rank < CANDIDATES_PER_SENTENCE]] = True
    return mask
