"""What `reader.core.search.index` indexes: each article's words and word parts ("units"), and its segments.

A unit is one occurrence of one searchable key: a word, or, for a word
joined by hyphens or apostrophes ("El-Sisi", "Hamas's"), each part and the
parts joined ("sisi", "elsisi"). A segment is a sentence, or a run of words
the segmentation left out, so that every word is searchable.
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

import numpy as np

from reader.core.model import Article
from reader.core.text import segment
from reader.core.text.tokens import WORD_PARTS, fold, tokenize


class ArticleUnits(NamedTuple):
    """One article's units as columns (offsets, word position, part index, segment) plus its segments."""

    norms: list[str]
    start: np.ndarray
    end: np.ndarray
    pos: np.ndarray
    part: np.ndarray
    seg: np.ndarray
    seg_start: np.ndarray
    seg_end: np.ndarray
    word_count: int


def article_units(article: Article) -> ArticleUnits:
    """One article's units: its words, plus the parts and joined form of compounds."""
    text = article.text
    tokens = tokenize(text)
    count = len(tokens)
    norms = list(map(attrgetter("norm"), tokens))
    plain = np.fromiter(map(str.isalnum, norms), dtype=bool, count=count)
    extra: list[tuple[str, int, int, int, int]] = []  # key, start, end, position, part
    for at in np.flatnonzero(~plain).tolist():
        token = tokens[at]
        pieces = list(WORD_PARTS.finditer(text, token.start, token.end))
        if len(pieces) < 2:
            continue
        folded = [fold(p.group()) for p in pieces]
        candidates = [("".join(folded), token.start, token.end, at, -1)]
        candidates += [(f, p.start(), p.end(), at, i) for i, (f, p) in enumerate(zip(folded, pieces))]
        seen = {token.norm}
        for unit in candidates:
            if unit[0] not in seen:
                seen.add(unit[0])
                extra.append(unit)
    norms += [unit[0] for unit in extra]

    def column(name: str, index: int) -> np.ndarray:
        words = np.fromiter(map(attrgetter(name), tokens), dtype=np.int64, count=count)
        return np.concatenate((words, np.array([unit[index] for unit in extra], dtype=np.int64)))

    starts, ends = column("start", 1), column("end", 2)
    positions = np.concatenate((np.arange(count), np.array([unit[3] for unit in extra], dtype=np.int64)))
    part = np.concatenate((np.full(count, -1), np.array([unit[4] for unit in extra], dtype=np.int64)))
    token_seg, seg_start, seg_end = _segments(article, starts[:count], ends[:count])
    seg = token_seg[positions] if count else positions
    return ArticleUnits(norms, starts, ends, positions, part, seg, seg_start, seg_end, count)


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


def concat(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
