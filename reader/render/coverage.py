"""What of each article the matches cover, and what only it reports (shared by the reports and the app)."""

from __future__ import annotations

from bisect import bisect_right

from reader.core.model import Analysis, Article, Span, merge_spans


def _covered(analysis: Analysis, article: Article) -> list[Span]:
    """The merged, sorted spans of ``article`` that lie inside matches."""
    return merge_spans((side.start, side.end) for m in analysis.matches for side in (m.a, m.b) if side.article == article.id)


def unique_sentences(analysis: Analysis, article: Article) -> list[Span]:
    """Sentences of ``article`` that no match covers."""
    covered = _covered(analysis, article)
    ends = [span.end for span in covered]
    unique = []
    for sentence in article.sentences:
        i = bisect_right(ends, sentence.start)  # the first covered span ending after the sentence starts
        if i == len(covered) or covered[i].start >= sentence.end:
            unique.append(sentence)
    return unique


def coverage(analysis: Analysis, article: Article) -> float:
    """Share of the article's characters that lie inside matches (0..1)."""
    if not article.text:
        return 0.0
    return sum(len(span) for span in _covered(analysis, article)) / len(article.text)
