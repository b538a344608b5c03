"""With three or more articles, matches grouped into clusters.

A cluster is a connected component over the sentences matches cover, so a
passage can tell in how many of the articles it appears.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.disjoint_sets import DisjointSets
from reader.core.model import Cluster, Match, Passage


def cluster(matches: list[Match]) -> tuple[tuple[Match, ...], tuple[Cluster, ...]]:
    """Group matches whose passages overlap in some article; ids in order of first match."""
    groups = DisjointSets(len(matches))
    # Two matches belong together when a passage of one overlaps a passage of the
    # other in the same article (the same sentence reported to two other articles).
    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for k, match in enumerate(matches):
        for side in (match.a, match.b):
            by_article.setdefault(side.article, []).append((side.start, side.end, k))
    for sides in by_article.values():
        sides.sort()
        reach_end, reach_match = -1, -1
        for start, end, k in sides:
            if start < reach_end:
                groups.union(k, reach_match)
            if end > reach_end:
                reach_end, reach_match = end, k

    cluster_ids: dict[int, str] = {}
    members: dict[str, list[Passage]] = {}
    labelled = []
    for k, match in enumerate(matches):
        cluster_id = cluster_ids.setdefault(groups.find(k), f"c{len(cluster_ids) + 1}")
        members.setdefault(cluster_id, []).extend((match.a, match.b))
        labelled.append(replace(match, cluster=cluster_id))
    clusters = tuple(Cluster(cluster_id, _union_passages(passages)) for cluster_id, passages in members.items())
    return tuple(labelled), clusters


def _union_passages(passages: list[Passage]) -> tuple[Passage, ...]:
    """One passage per overlapping group in each article, in article then text order."""
    merged: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.article, p.start, p.end)):
        last = merged[-1] if merged else None
        if last is not None and last.article == passage.article and passage.start < last.end:
            merged[-1] = Passage(last.article, last.start, max(last.end, passage.end))
        else:
            merged.append(passage)
    return tuple(merged)
