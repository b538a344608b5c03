"""Run the whole analysis over a set of loaded articles."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from reader.core.actors import extract_actors
from reader.core.align.matches import align
from reader.core.attributions import extract_attributions
from reader.core.discrepancies import find_discrepancies
from reader.core.lexicons import Lexicons
from reader.core.model import Analysis, Article


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


Progress = Callable[[str, Mapping[str, int]], None]


def analyze(articles: Sequence[Article], lexicons: Lexicons | None = None, progress: Progress | None = None) -> Analysis:
    """Matches, clusters, actors and attributions of ``articles``.

    ``lexicons`` default to the packaged data plus the user's own files (see
    `reader.core.lexicons.bundle`). ``progress``, if given, is told each stage
    as it starts ("align", "actors", "attributions") with what was found so far.
    """
    lexicons = lexicons or Lexicons()
    timings: dict[str, float] = {}
    report = progress or (lambda stage, found: None)
    with gc_paused():
        report("align", {})
        start = time.perf_counter()
        matches, clusters = align(articles, lexicons.paraphrases)
        timings["align"] = time.perf_counter() - start

        report("actors", {"matches": len(matches)})
        start = time.perf_counter()
        actors = extract_actors(articles, lexicons.gazetteer)
        timings["actors"] = time.perf_counter() - start

        report("attributions", {"matches": len(matches), "actors": len(actors)})
        start = time.perf_counter()
        attributions = tuple(a for article in articles for a in extract_attributions(article, actors, lexicons.verbs))
        timings["attributions"] = time.perf_counter() - start

        start = time.perf_counter()
        discrepancies = find_discrepancies(
            articles, matches, actors, attributions, lexicons.polarity, lexicons.paraphrases, lexicons.verbs
        )
        timings["discrepancies"] = time.perf_counter() - start

    return Analysis(
        articles=tuple(articles),
        matches=matches,
        clusters=clusters,
        actors=actors,
        attributions=attributions,
        discrepancies=discrepancies,
        timings=timings,
    )
