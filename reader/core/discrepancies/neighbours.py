"""Sentences next to a match that the alignment left unpaired, where the same claim may be told differently.

The alignment pairs each passage once; when one report splits a claim over two
sentences (a paraphrase, then the direct quote) the second sentence stays
unmatched, and its disagreement with the other report would go unseen. Each
match offers at most four such neighbour pairs (the sentence before and after
each side, when no match covers it), and a neighbour pair is compared only
when it shares several content words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from reader.core.model import Article, Match, Passage, Span
from reader.core.span_index import SpanIndex
from reader.core.text.tokens import STOPWORDS

MIN_SHARED_WORDS = 3  # content words a neighbour pair must share to be one claim


class Neighbours:
    """For each match, the unmatched sentences right before and after each side."""

    def __init__(self, articles: Sequence[Article], matches: Sequence[Match]) -> None:
        self._articles = {a.id: a for a in articles}
        self._starts = {a.id: [s.start for s in a.sentences] for a in articles}
        covered: dict[str, list[tuple[int, int, None]]] = {}
        for m in matches:
            for p in (m.a, m.b):
                covered.setdefault(p.article, []).append((p.start, p.end, None))
        self._covered = {article_id: SpanIndex(spans) for article_id, spans in covered.items()}

    def _free_beside(self, passage: Passage) -> list[Passage]:
        article = self._articles.get(passage.article)
        if article is None or not article.sentences:
            return []
        starts = self._starts[passage.article]
        first = bisect_right(starts, passage.start) - 1
        last = bisect_right(starts, max(passage.start, passage.end - 1)) - 1
        found = []
        for i in (first - 1, last + 1):
            if 0 <= i < len(article.sentences):
                sentence: Span = article.sentences[i]
                index = self._covered.get(passage.article)
                if index is None or not index.overlapping(sentence.start, sentence.end):
                    found.append(Passage(passage.article, sentence.start, sentence.end))
        return found

    def of(self, match: Match) -> list[tuple[Passage, Passage]]:
        """(side a, side b) pairs: a's passage with b's free neighbours, b's passage with a's."""
        pairs = [(match.a, b) for b in self._free_beside(match.b)]
        pairs += [(a, match.b) for a in self._free_beside(match.a)]
        return pairs


def shares_claim(words_a: set[str], words_b: set[str]) -> bool:
    """Whether two passages' (lower-cased) words share at least `MIN_SHARED_WORDS` content words."""
    shared = 0
    for word in words_a & words_b:
        if len(word) > 2 and word.isalpha() and word not in STOPWORDS:
            shared += 1
            if shared >= MIN_SHARED_WORDS:
                return True
    return False
