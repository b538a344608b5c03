"""Run the whole analysis over a set of loaded articles."""

from __future__ import annotations

import gc
import time
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reader.actors import Gazetteer, extract_actors
from reader.align import align
from reader.attributions import ReportingVerbs, extract_attributions
from reader.model import Analysis, Article, Attribution, Match, Passage


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


def analyze(
    articles: Sequence[Article], gazetteer: Gazetteer | None = None, verbs: ReportingVerbs | None = None
) -> Analysis:
    """Matches, clusters, actors and attributions of ``articles``.

    ``gazetteer`` and ``verbs`` default to the packaged data plus the user's
    own files (see `reader.config`).
    """
    timings: dict[str, float] = {}
    with gc_paused():
        start = time.perf_counter()
        matches, clusters = align(articles)
        timings["align"] = time.perf_counter() - start

        start = time.perf_counter()
        actors = extract_actors(articles, gazetteer)
        timings["actors"] = time.perf_counter() - start

        start = time.perf_counter()
        attributions = tuple(a for article in articles for a in extract_attributions(article, actors, verbs))
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
    return attribution.article == passage.article and (
        attribution.content.start < passage.end and passage.start < attribution.content.end
        or attribution.cue.start < passage.end and passage.start < attribution.cue.end
    )


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
            start = min(t.content.start, t.cue.start)
            end = max(t.content.end, t.cue.end)
            by_article.setdefault(t.article, []).append((start, end, t))
        self._starts: dict[str, list[int]] = {}
        self._items: dict[str, list[tuple[int, int, Attribution]]] = {}
        self._longest: dict[str, int] = {}
        for article_id, items in by_article.items():
            items.sort(key=lambda item: (item[0], item[2].cue.start))
            self._items[article_id] = items
            self._starts[article_id] = [item[0] for item in items]
            self._longest[article_id] = max(end - start for start, end, _ in items)

    def covering(self, passage: Passage) -> tuple[Attribution, ...]:
        items = self._items.get(passage.article)
        if not items:
            return ()
        starts = self._starts[passage.article]
        first = bisect_left(starts, passage.start - self._longest[passage.article])
        last = bisect_left(starts, passage.end)
        found = [t for _, _, t in items[first:last] if _credits(t, passage)]
        found.sort(key=lambda t: t.cue.start)
        return tuple(found)

    def of_match(self, match: Match) -> tuple[tuple[Attribution, ...], tuple[Attribution, ...]]:
        return self.covering(match.a), self.covering(match.b)
