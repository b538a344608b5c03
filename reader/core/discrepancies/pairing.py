"""What the finders that look outside the matches share: the matches of each pair of articles, and
which sentence pairs the alignment has already put side by side."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from reader.core.model import Article, Match
from reader.core.text import holding


def matches_by_pair(articles: Sequence[Article], matches: Sequence[Match]) -> dict[tuple[str, str], list[Match]]:
    """The matches between each two of ``articles``, by (article of side a, article of side b)."""
    ids = {a.id for a in articles}
    pairs: dict[tuple[str, str], list[Match]] = {}
    for m in matches:
        if m.a.article in ids and m.b.article in ids:
            pairs.setdefault((m.a.article, m.b.article), []).append(m)
    return pairs


def sentence_starts(article: Article) -> list[int]:
    """Where each sentence starts, for `bisect`: built once an article, not once a match."""
    return [s.start for s in article.sentences]


def paired_sentences(between: Sequence[Match], starts_a: list[int], starts_b: list[int]) -> set[tuple[int, int]]:
    """(sentence of a, sentence of b) for every two sentences some match of ``between`` spans: the in-match
    finders have compared them already."""
    together: set[tuple[int, int]] = set()
    for m in between:
        first_a, last_a = bisect_right(starts_a, m.a.start) - 1, bisect_right(starts_a, max(m.a.start, m.a.end - 1)) - 1
        first_b, last_b = bisect_right(starts_b, m.b.start) - 1, bisect_right(starts_b, max(m.b.start, m.b.end - 1)) - 1
        together.update((na, nb) for na in range(first_a, last_a + 1) for nb in range(first_b, last_b + 1))
    return together


def sentences_holding(article: Article, pattern: re.Pattern[str] | None = None, literals: Sequence[str] = ()) -> Iterator[int]:
    """`reader.core.text.holding.sentences_holding` over ``article``'s text and sentences."""
    return holding.sentences_holding(article.text, article.sentences, pattern, literals, sentence_starts(article))
