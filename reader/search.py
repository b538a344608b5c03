"""Fuzzy, typo-tolerant search over loaded articles.

A `SearchIndex` tokenises every article once (`reader.tokens`, so matching is
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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reader import segment
from reader.model import Article, SearchHit, Span
from reader.tokens import STOPWORDS, fold, tokenize

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

_ALNUM = re.compile(r"[^\W_]+")
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
        units = [_article_units(article) for article in articles]
        # Positions and segments are numbered across articles; a gap of one
        # position keeps one article's last word from touching the next's first.
        pos_base = np.cumsum([0] + [u.word_count + 1 for u in units])
        seg_base = np.cumsum([0] + [len(u.seg_start) for u in units])
        pos = _concat([u.pos + base for u, base in zip(units, pos_base)])
        part = _concat([u.part for u in units])
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
            unit_start=_concat([u.start for u in units])[in_text_order],
            unit_end=_concat([u.end for u in units])[in_text_order],
            unit_pos=pos[in_text_order],
            unit_part=part[in_text_order],
            unit_seg=_concat([u.seg + base for u, base in zip(units, seg_base)])[in_text_order],
            seg_article=_concat([np.full(len(u.seg_start), n, dtype=np.int64) for n, u in enumerate(units)]),
            seg_start=_concat([u.seg_start for u in units]),
            seg_end=_concat([u.seg_end for u in units]),
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
            parts = [fold(p) for p in _ALNUM.findall(query[token.start : token.end])]
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
            self.unit_seg[units], score, self.unit_pos[units], self.unit_part[units],
            self.unit_start[units], self.unit_end[units],
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
        spans = sorted(_highlights([_in_segment(found, seg, None) for found in matches], weights, chosen))
        merged: list[Span] = []  # a word and its own part can both match: keep one span
        for s, e in spans:
            if merged and s <= merged[-1].end:
                merged[-1] = Span(merged[-1].start, max(e, merged[-1].end))
            else:
                merged.append(Span(s, e))
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
    return list(zip(
        found.pos[lo:hi].tolist(), found.part[lo:hi].tolist(), found.score[lo:hi].tolist(),
        found.start[lo:hi].tolist(), found.end[lo:hi].tolist(),
    ))


def _sentence_score(occurrences: list[list[_Place]], weights: list[float]) -> tuple[float, tuple[_Place, ...]]:
    """0..100 for one sentence, and the place chosen for each query word found.

    ``occurrences[i]`` are the places query word i matched (empty: missing).
    A dynamic programme over the query words picks one place per word to
    maximise word quality plus side-by-side pairs; the window width and query
    order of that choice add the rest. All words exact, adjacent and in order
    score 100.
    """
    word_value = QUALITY_SHARE / sum(weights)
    pair_value = (1.0 - QUALITY_SHARE) * _arrangement(1.0 / max(len(occurrences) - 1, 1), 0.0, 0.0)
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
    return value + (1.0 - QUALITY_SHARE) * _arrangement(0.0, compact, float(ordered)), path


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


class _ArticleUnits(NamedTuple):
    norms: list[str]
    start: np.ndarray
    end: np.ndarray
    pos: np.ndarray
    part: np.ndarray
    seg: np.ndarray
    seg_start: np.ndarray
    seg_end: np.ndarray
    word_count: int


def _article_units(article: Article) -> _ArticleUnits:
    """One article's units: its words, plus the parts and joined form of compounds."""
    text = article.text
    tokens = tokenize(text)
    count = len(tokens)
    norms = list(map(attrgetter("norm"), tokens))
    plain = np.fromiter(map(str.isalnum, norms), dtype=bool, count=count)
    extra: list[tuple[str, int, int, int, int]] = []  # key, start, end, position, part
    for pos in np.flatnonzero(~plain).tolist():
        token = tokens[pos]
        pieces = list(_ALNUM.finditer(text, token.start, token.end))
        if len(pieces) < 2:
            continue
        folded = [fold(p.group()) for p in pieces]
        candidates = [("".join(folded), token.start, token.end, pos, -1)]
        candidates += [(f, p.start(), p.end(), pos, i) for i, (f, p) in enumerate(zip(folded, pieces))]
        seen = {token.norm}
        for unit in candidates:
            if unit[0] not in seen:
                seen.add(unit[0])
                extra.append(unit)
    norms += [unit[0] for unit in extra]

    def column(name: str, index: int) -> np.ndarray:
        words = np.fromiter(map(attrgetter(name), tokens), dtype=np.int64, count=count)
        return np.concatenate((words, np.array([unit[index] for unit in extra], dtype=np.int64)))

    start, end = column("start", 1), column("end", 2)
    pos = np.concatenate((np.arange(count), np.array([unit[3] for unit in extra], dtype=np.int64)))
    part = np.concatenate((np.full(count, -1), np.array([unit[4] for unit in extra], dtype=np.int64)))
    token_seg, seg_start, seg_end = _segments(article, start[:count], end[:count])
    seg = token_seg[pos] if count else pos
    return _ArticleUnits(norms, start, end, pos, part, seg, seg_start, seg_end, count)


def _segments(article: Article, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each word's segment, and the segments' starts and ends.

    A segment is a sentence of ``article.sentences`` (segmented here if the
    article came without); words the segmentation leaves out form one segment
    per gap, so every word is searchable. Spans widen to cover a word that
    straddles a boundary.
    """
    size = len(article.text)
    given = article.sentences or segment.sentences(article.text)
    sentences: list[tuple[int, int]] = []
    for start, end in sorted((s.start, min(s.end, size)) for s in given):
        if start < end and (not sentences or start >= sentences[-1][1]):
            sentences.append((start, end))
    if len(starts) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    sent_start = np.array([s for s, _ in sentences] or [0], dtype=np.int64)
    sent_end = np.array([e for _, e in sentences] or [0], dtype=np.int64)
    index = np.searchsorted(sent_start, starts, "right") - 1
    inside = (index >= 0) & (starts < sent_end[np.maximum(index, 0)])
    region = np.where(inside, 2 * index, 2 * index + 1)  # odd regions: the gap after sentence `index`
    firsts = np.flatnonzero(np.concatenate(([True], region[1:] != region[:-1])))
    token_seg = np.repeat(np.arange(len(firsts)), np.diff(np.append(firsts, len(region))))
    seg_start = np.minimum.reduceat(starts, firsts)
    seg_end = np.maximum.reduceat(ends, firsts)
    is_sentence = inside[firsts]
    which = index[firsts][is_sentence]
    seg_start[is_sentence] = np.minimum(seg_start[is_sentence], sent_start[which])
    seg_end[is_sentence] = np.maximum(seg_end[is_sentence], sent_end[which])
    return token_seg, seg_start, seg_end


def _concat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
