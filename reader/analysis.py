"""Run the whole analysis over a set of loaded articles."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reader.actors import extract_actors
from reader.align import align
from reader.attributions import extract_attributions
from reader.lexicons import Lexicons
from reader.model import Analysis, Article, Attribution, Match, Passage
from reader.span_index import SpanIndex


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, if it is on, for a burst of allocation.

    The analysis builds some 10^5 small objects that all live to the end. Their
    allocation keeps triggering full collections, and each of those re-scans
    every object alive in the process (the articles, the alignment): 15% of
    actors and attributions on the benchmark documents. The pipeline pauses
    it, not the extractors, so a caller of one stage keeps the default. Nothing here builds
    reference cycles that are worth collecting early. Another thread may turn
    the collector back on meanwhile; that only costs the speed-up.
    """
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyze(articles: Sequence[Article], lexicons: Lexicons | None = None) -> Analysis:
    """Matches, clusters, actors and attributions of ``articles``.

    ``lexicons`` default to the packaged data plus the user's own files (see
    `reader.lexicons`).
    """
    lexicons = lexicons or Lexicons()
    timings: dict[str, float] = {}
    with gc_paused():
        start = time.perf_counter()
        matches, clusters = align(articles, lexicons.paraphrases)
        timings["align"] = time.perf_counter() - start

        start = time.perf_counter()
        actors = extract_actors(articles, lexicons.gazetteer)
        timings["actors"] = time.perf_counter() - start

        start = time.perf_counter()
        attributions = tuple(a for article in articles for a in extract_attributions(article, actors, lexicons.verbs))
        timings["attributions"] = time.perf_counter() - start

    return Analysis(
        articles=tuple(articles),
        matches=matches,
        clusters=clusters,
        actors=actors,
        attributions=attributions,
        timings=timings,
    )


def _credits(attribution: Attribution, passage: Passage) -> bool:
    """Whether ``attribution`` credits the claim in ``passage``.

    It does when its content holds the claim ("According to the report, C":
    C overlaps) or its cue sits in the passage itself ("..., local media said").
    """
    span = passage.span
    return attribution.article == passage.article and (attribution.content.overlaps(span) or attribution.cue.overlaps(span))


def match_attributions(analysis: Analysis, match: Match) -> tuple[tuple[Attribution, ...], tuple[Attribution, ...]]:
    """The attributions crediting each side of one match: (side a, side b)."""
    return (
        tuple(t for t in analysis.attributions if _credits(t, match.a)),
        tuple(t for t in analysis.attributions if _credits(t, match.b)),
    )


class CreditIndex:
    """`match_attributions` for many matches: attributions indexed by position, built once.

    Scanning every attribution for every match is quadratic (2,000 matches x
    9,000 attributions on the benchmark documents); here each lookup is a
    bisect over the attributions of one article.
    """

    def __init__(self, attributions: Sequence[Attribution]) -> None:
        by_article: dict[str, list[tuple[int, int, Attribution]]] = {}
        for t in attributions:
            extent = (min(t.content.start, t.cue.start), max(t.content.end, t.cue.end), t)
            by_article.setdefault(t.article, []).append(extent)
        self._by_article = {article_id: SpanIndex(extents) for article_id, extents in by_article.items()}

    def covering(self, passage: Passage) -> tuple[Attribution, ...]:
        index = self._by_article.get(passage.article)
        if index is None:
            return ()
        found = [t for _, _, t in index.overlapping(passage.start, passage.end) if _credits(t, passage)]
        found.sort(key=lambda t: t.cue.start)
        return tuple(found)

    def of_match(self, match: Match) -> tuple[tuple[Attribution, ...], tuple[Attribution, ...]]:
        return self.covering(match.a), self.covering(match.b)
