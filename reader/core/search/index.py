"""Fuzzy, typo-tolerant search over loaded articles.

A `SearchIndex` tokenises every article once (`reader.core.text.tokens`, so matching is
case- and accent-insensitive while spans stay in the original text) and keeps
a sorted vocabulary of distinct folded words with their postings. A query
word is expanded against that vocabulary (exact, prefix, and Levenshtein
within a length-aware edit budget, via rapidfuzz); sentences are then scored
from the postings. Words joined by hyphens or apostrophes ("El-Sisi",
"Hamas's") are also indexed by their parts and their joined form, so "Sisi"
and "ElSisi" find "El-Sisi".

A hit is a sentence holding every query word (stopwords of a multi-word
query are optional; if no sentence holds them all, the sentences holding the
most). Its score mixes how well each word matched with how the words sit:
side by side in query order is best, so an exact phrase scores 100.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader.core.model import Article, SearchHit, merge_spans
from reader.core.search.units import article_units, concat
from reader.core.text.tokens import STOPWORDS, WORD_PARTS, fold, tokenize

# Longer queries are cut: each extra word costs a pass over its postings.
MAX_QUERY_WORDS = 12
# Occurrences of one query word per sentence looked at when scoring word order;
# a sentence rarely repeats a word more often, and the order DP is quadratic.
MAX_OCCURRENCES = 32
# A stopword in a multi-word query is optional and counts this much.
STOPWORD_WEIGHT = 0.3
# Sentence score = QUALITY_SHARE * word quality + (1 - QUALITY_SHARE) * arrangement.
QUALITY_SHARE = 0.7

# A word is highlighted when it scores within this of the sentence's best match for its query word.
HIGHLIGHT_MARGIN = 15.0

_PREFIX_END = "\U0010ffff"


def max_edits(word: str) -> int:
    """Edits allowed for a typo in ``word``: none up to 3 letters, 1 up to 6, else 2."""
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 6 else 2


@dataclass(frozen=True, slots=True, eq=False)
class _WordMatches:
    """Where one query word matched: its units, sorted by segment then position."""

    seg: np.ndarray
    score: np.ndarray
    pos: np.ndarray
    part: np.ndarray
    start: np.ndarray
    end: np.ndarray


@dataclass(frozen=True, slots=True, eq=False)
class SearchIndex:
    """Every article's words, ready to be searched many times (as the user types)."""

    articles: tuple[Article, ...]
    keys: tuple[str, ...]  # distinct folded words (and word parts), sorted
    key_len: np.ndarray
    offsets: np.ndarray  # postings of keys[k] are postings[offsets[k]:offsets[k + 1]]
    postings: np.ndarray  # unit ids
    unit_start: np.ndarray  # a unit is one occurrence of one key: a word, or part of one
    unit_end: np.ndarray
    unit_pos: np.ndarray  # word index, counted across all articles
    unit_part: np.ndarray  # -1 for the whole word, else the part's index inside it
    unit_seg: np.ndarray
    seg_article: np.ndarray  # segments are sentences, in article order then text order
    seg_start: np.ndarray
    seg_end: np.ndarray
    by_length: dict[int, tuple[list[str], np.ndarray]]  # key length -> (keys, key ids)
    position_count: int  # unit_pos < position_count

    @classmethod
    def build(cls, articles: Sequence[Article]) -> SearchIndex:
        articles = tuple(articles)
        units = [article_units(article) for article in articles]
        # Positions and segments are numbered across articles; a gap of one
        # position keeps one article's last word from touching the next's first.
        pos_base = np.cumsum([0] + [u.word_count + 1 for u in units])
        seg_base = np.cumsum([0] + [len(u.seg_start) for u in units])
        pos = concat([u.pos + base for u, base in zip(units, pos_base)])
        part = concat([u.part for u in units])
        # Unit ids follow the text (position, then part), so sorting ids sorts by place.
        in_text_order = np.lexsort((part, pos))
        norms = [norm for u in units for norm in u.norms]
        keys = sorted(set(norms))
        rank = {key: i for i, key in enumerate(keys)}
        key_ids = np.fromiter(map(rank.__getitem__, norms), dtype=np.int64, count=len(norms))[in_text_order]
        offsets = np.zeros(len(keys) + 1, dtype=np.int64)
        np.cumsum(np.bincount(key_ids, minlength=len(keys)), out=offsets[1:])
        by_length: dict[int, list[int]] = {}
        for i, key in enumerate(keys):
            by_length.setdefault(len(key), []).append(i)
        return cls(
            articles=articles,
            keys=tuple(keys),
            key_len=np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)),
            offsets=offsets,
            postings=np.argsort(key_ids, kind="stable").astype(np.int64),
            unit_start=concat([u.start for u in units])[in_text_order],
            unit_end=concat([u.end for u in units])[in_text_order],
            unit_pos=pos[in_text_order],
            unit_part=part[in_text_order],
            unit_seg=concat([u.seg + base for u, base in zip(units, seg_base)])[in_text_order],
            seg_article=concat([np.full(len(u.seg_start), n, dtype=np.int64) for n, u in enumerate(units)]),
            seg_start=concat([u.seg_start for u in units]),
            seg_end=concat([u.seg_end for u in units]),
            by_length={n: ([keys[i] for i in ids], np.array(ids, dtype=np.int64)) for n, ids in by_length.items()},
            position_count=int(pos_base[-1]),
        )

    def search(self, query: str, limit: int = 50) -> tuple[SearchHit, ...]:
        """Sentences matching ``query``, best first (ties: article order, then position)."""
        if limit <= 0 or not self.keys:
            return ()
        words = self._query_words(query)
        if not words:
            return ()
        matches = [self._occurrences(key_scores) for _, key_scores in words]
        weights = np.array([_weight(w, words) for w, _ in words])
        best = np.zeros((len(words), len(self.seg_start)), dtype=np.float64)
        for row, found in zip(best, matches):
            np.maximum.at(row, found.seg, found.score)
        required = best[weights == 1.0] if (weights == 1.0).any() else best
        present = (required > 0).sum(axis=0)
        if present.max() == 0:
            return ()
        # Sentences holding every required word; failing any, those holding the most.
        candidates = np.flatnonzero(present == present.max())
        quality = weights @ best[:, candidates] / weights.sum()
        if len(words) == 1:
            scores = np.round(quality, 2)
            order = np.lexsort((candidates, -scores))[:limit]
            return tuple(self._hit(int(candidates[i]), float(scores[i]), matches, weights) for i in order)
        return self._rank_by_arrangement(candidates, quality, matches, weights, limit)

    def _query_words(self, query: str) -> list[tuple[str, dict[int, float]]]:
        """Each query word with the vocabulary keys it matches and their scores."""
        words: list[tuple[str, dict[int, float]]] = []
        for token in tokenize(query):
            if len(words) >= MAX_QUERY_WORDS:
                break
            if not token.norm or any(token.norm == w for w, _ in words):
                continue  # a repeated word adds nothing but cost
            key_scores = self._expand(token.norm)
            parts = [fold(p) for p in WORD_PARTS.findall(query[token.start : token.end])]
            if not key_scores and len(parts) > 1:
                # "Sisi's" or a mistyped compound: look for its parts side by side instead.
                words.extend((p, self._expand(p)) for p in parts if len(p) > 1)
            else:
                words.append((token.norm, key_scores))
        return words[:MAX_QUERY_WORDS]

    def _expand(self, word: str) -> dict[int, float]:
        """Vocabulary key id -> word score: 100 exact, typo by similarity, prefix below 90."""
        scores: dict[int, float] = {}
        lo = bisect.bisect_left(self.keys, word)
        hi = bisect.bisect_left(self.keys, word + _PREFIX_END, lo)
        if hi > lo:
            prefix = 50.0 + 40.0 * len(word) / self.key_len[lo:hi]
            scores.update(zip(range(lo, hi), prefix.tolist()))
            if self.keys[lo] == word:
                scores[lo] = 100.0
        budget = max_edits(word)
        if budget == 0:
            return scores
        for length in range(len(word) - budget, len(word) + budget + 1):
            bucket = self.by_length.get(length)
            if bucket is None:
                continue
            found = process.extract(word, bucket[0], scorer=Levenshtein.distance, score_cutoff=budget, limit=None)
            for key, distance, index in found:
                similarity = 100.0 * (1.0 - distance / max(len(word), len(key)))
                key_id = int(bucket[1][index])
                scores[key_id] = max(scores.get(key_id, 0.0), similarity)
        return scores

    def _occurrences(self, key_scores: dict[int, float]) -> _WordMatches:
        if not key_scores:
            empty = np.zeros(0, dtype=np.int64)
            return _WordMatches(empty, empty.astype(np.float64), empty, empty, empty, empty)
        ids = np.fromiter(key_scores, dtype=np.int64, count=len(key_scores))
        per_key = np.fromiter(key_scores.values(), dtype=np.float64, count=len(key_scores))
        counts = self.offsets[ids + 1] - self.offsets[ids]
        # Postings of many keys at once: one index range per key, expanded with a cumsum trick.
        total = int(counts.sum())
        starts = np.repeat(self.offsets[ids] - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        units = self.postings[starts + np.arange(total)]
        score = np.repeat(per_key, counts)
        order = np.argsort(units, kind="stable")
        units, score = units[order], score[order]
        return _WordMatches(
            self.unit_seg[units],
            score,
            self.unit_pos[units],
            self.unit_part[units],
            self.unit_start[units],
            self.unit_end[units],
        )

    def _rank_by_arrangement(
        self, candidates: np.ndarray, quality: np.ndarray, matches: list[_WordMatches], weights: np.ndarray, limit: int
    ) -> tuple[SearchHit, ...]:
        # Scoring word order is the slow part, so sentences are scored best bound
        # first and scoring stops once no unscored sentence can beat the limit-th
        # best. The bound: every word at its best score, as many side-by-side
        # pairs as the sentence holds, and a tight window in query order.
        pairs = np.zeros(len(self.seg_start))
        for left, right in zip(matches, matches[1:]):
            after_left = np.zeros(self.position_count + 1, dtype=bool)
            after_left[left.pos] = True
            after_left[left.pos + 1] = True
            has_pair = np.zeros(len(self.seg_start), dtype=bool)
            has_pair[right.seg[after_left[right.pos]]] = True
            pairs += has_pair
        adjacent_share = np.minimum(pairs[candidates] / (len(matches) - 1), 1.0)
        bound = np.round(QUALITY_SHARE * quality + (1.0 - QUALITY_SHARE) * _arrangement(adjacent_share, 1.0, 1.0) + 0.005, 2)
        kept: list[tuple[float, int]] = []  # min-heap of (score, -segment)
        chosen: dict[int, tuple[_Place, ...]] = {}
        # Each word's occurrences in each candidate sentence, located in one pass per word.
        ranges = [
            (np.searchsorted(found.seg, candidates, "left").tolist(), np.searchsorted(found.seg, candidate_ends, "left").tolist())
            for found in matches
            for candidate_ends in [candidates + 1]
        ]
        word_weights = weights.tolist()
        bounds = bound.tolist()
        for i in np.lexsort((candidates, -bound)).tolist():
            seg = int(candidates[i])
            # Candidates come best bound first, then in text order, so once one cannot beat
            # the limit-th best (ties go to the earlier sentence), none after it can.
            if len(kept) >= limit and (bounds[i], -seg) <= kept[0]:
                break
            places = [_places(found, lo[i], min(hi[i], lo[i] + MAX_OCCURRENCES)) for found, (lo, hi) in zip(matches, ranges)]
            score, chosen[seg] = _sentence_score(places, word_weights)
            item = (round(score, 2), -seg)
            if len(kept) < limit:
                heapq.heappush(kept, item)
            elif item > kept[0]:
                heapq.heapreplace(kept, item)
        ranked = sorted(kept, key=lambda item: (-item[0], -item[1]))
        return tuple(self._hit(-neg_seg, score, matches, weights, chosen[-neg_seg]) for score, neg_seg in ranked)

    def _hit(
        self, seg: int, score: float, matches: list[_WordMatches], weights: np.ndarray, chosen: tuple[_Place, ...] = ()
    ) -> SearchHit:
        start, end = int(self.seg_start[seg]), int(self.seg_end[seg])
        # A word and its own part can both match: keep one span.
        merged = merge_spans(_highlights([_in_segment(found, seg, None) for found in matches], weights, chosen))
        return SearchHit(self.articles[int(self.seg_article[seg])].id, start, end, score, tuple(merged))


def search(articles: Sequence[Article], query: str, limit: int = 50) -> tuple[SearchHit, ...]:
    """Sentences of ``articles`` matching ``query``, best first."""
    return SearchIndex.build(articles).search(query, limit)


def _weight(word: str, words: list[tuple[str, dict[int, float]]]) -> float:
    if len(words) > 1 and word in STOPWORDS and any(w not in STOPWORDS for w, _ in words):
        return STOPWORD_WEIGHT
    return 1.0


# One match of a query word in a sentence: (position, part, word score, start, end).
_Place = tuple[int, int, float, int, int]


def _in_segment(found: _WordMatches, seg: int, cap: int | None = MAX_OCCURRENCES) -> list[_Place]:
    lo = int(np.searchsorted(found.seg, seg, "left"))
    hi = int(np.searchsorted(found.seg, seg, "right"))
    if cap is not None:
        hi = min(hi, lo + cap)
    return _places(found, lo, hi)


def _places(found: _WordMatches, lo: int, hi: int) -> list[_Place]:
    return list(
        zip(
            found.pos[lo:hi].tolist(),
            found.part[lo:hi].tolist(),
            found.score[lo:hi].tolist(),
            found.start[lo:hi].tolist(),
            found.end[lo:hi].tolist(),
        )
    )


def _sentence_score(occurrences: list[list[_Place]], weights: list[float]) -> tuple[float, tuple[_Place, ...]]:
    """0..100 for one sentence, and the place chosen for each query word found.

    ``occurrences[i]`` are the places query word i matched (empty: missing).
    A dynamic programme over the query words picks one place per word to
    maximise word quality plus side-by-side pairs; the window width and query
    order of that choice add the rest. All words exact, adjacent and in order
    score 100.
    """
    word_value = QUALITY_SHARE / sum(weights)
    pair_value = (1.0 - QUALITY_SHARE) * float(_arrangement(1.0 / max(len(occurrences) - 1, 1), 0.0, 0.0))
    carried: tuple[float, tuple[_Place, ...]] = (0.0, ())
    previous: list[tuple[_Place, float, tuple[_Place, ...]]] = []
    for places, weight in zip(occurrences, weights):
        current = []
        for place in places:
            value, path = carried
            for before, before_value, before_path in previous:
                if _adjacent(before, place) and before_value + pair_value > value:
                    value, path = before_value + pair_value, before_path
            current.append((place, value + word_value * weight * place[2], path + (place,)))
        if current:
            best = max(current, key=lambda state: state[1])
            carried = (best[1], best[2])
        previous = current
    value, path = carried
    if not path:
        return 0.0, ()
    width = max(p[0] for p in path) - min(p[0] for p in path) + 1
    compact = min(1.0, len(path) / width)
    ordered = all(a[:2] < b[:2] for a, b in zip(path, path[1:]))
    return value + (1.0 - QUALITY_SHARE) * float(_arrangement(0.0, compact, float(ordered))), path


def _arrangement(adjacent_share: float | np.ndarray, compact: float, ordered: float) -> float | np.ndarray:
    """0..100 for word order. Side by side matters most; a tight window and query order less."""
    return 100.0 * (0.6 * adjacent_share + 0.25 * compact + 0.15 * ordered)


def _adjacent(a: _Place, b: _Place) -> bool:
    """``b`` follows ``a`` directly: the next word, or a later part of the same word."""
    return b[0] == a[0] + 1 or (b[0] == a[0] and b[1] > a[1] >= 0)


def _highlights(occurrences: list[list[_Place]], weights: np.ndarray, chosen: tuple[_Place, ...]) -> set[tuple[int, int]]:
    """Spans worth showing: the places chosen for the score, and every match of a
    required word close to its best in the sentence (not every word "a" prefixes)."""
    spans = {(place[3], place[4]) for place in chosen}
    for places, weight in zip(occurrences, weights):
        if weight == 1.0:
            best = max((place[2] for place in places), default=0.0)
            spans.update((place[3], place[4]) for place in places if place[2] >= best - HIGHLIGHT_MARGIN)
    return spans
