"""Run the whole analysis over a set of loaded articles."""

from __future__ import annotations

import time
from collections.abc import Sequence

from reader.actors import Gazetteer, extract_actors
from reader.align import align
from reader.attributions import ReportingVerbs, extract_attributions
from reader.model import Analysis, Article, Attribution, Match, Passage


def analyze(
    articles: Sequence[Article], gazetteer: Gazetteer | None = None, verbs: ReportingVerbs | None = None
) -> Analysis:
    """Matches, clusters, actors and attributions of ``articles``.

    ``gazetteer`` and ``verbs`` default to the packaged data plus the user's
    own files (see `reader.config`).
    """
    timings: dict[str, float] = {}
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


def attributions_covering(attributions: Sequence[Attribution], passage: Passage) -> tuple[Attribution, ...]:
    """Attributions in the passage's article whose content overlaps the passage.

    A claim is credited by the attribution whose content holds it ("According
    to the report, C": C overlaps), or whose cue sits in the passage itself
    ("... , local media said").
    """
    found = []
    for attribution in attributions:
        if attribution.article != passage.article:
            continue
        content, cue = attribution.content, attribution.cue
        if (content.start < passage.end and passage.start < content.end) or (
            cue.start < passage.end and passage.start < cue.end
        ):
            found.append(attribution)
    return tuple(found)


def match_attributions(analysis: Analysis, match: Match) -> tuple[tuple[Attribution, ...], tuple[Attribution, ...]]:
    """The attributions crediting each side of a match: (side a, side b)."""
    return (
        attributions_covering(analysis.attributions, match.a),
        attributions_covering(analysis.attributions, match.b),
    )
