"""Organisations, outlets and places spelt two ways ("Al-Masry"/"Al-Masri")."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from reader.core.actors.find.scan import NameGroup
from reader.core.actors.merge.state import FIRST_PART_SIMILARITY, MergeState, parts_agree
from reader.core.disjoint_sets import DisjointSets


def join_same_kind(state: MergeState) -> None:
    """Rule: names of one kind (not people) whose every word agrees closely."""
    merge_same_kind(state.groups, state.links)


def merge_same_kind(groups: list[NameGroup], links: DisjointSets) -> None:
    """Organisations, outlets and places spelt two ways ("Al-Masry"/"Al-Masri").

    Names are compared within blocks of one kind, word count and initial; in a
    block, rapidfuzz scores every pair of first words in bulk (with a cutoff a
    little under the rule's, so float32 rounding drops no pair) and only pairs
    that pass are checked word by word. Thousands of made-up place names
    ("Rakaka Strip", "Rikaka Strip") made the all-pairs check quadratic.
    """
    blocks: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for n, group in enumerate(groups):
        if group.kind not in (None, "person") and len("".join(group.key)) >= 8:
            blocks[(len(group.key), group.key[0][:1], group.kind)].append(n)
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [groups[n].key for n in members]
        for i, j in _close_first_parts([key[0] for key in keys]):
            if all(parts_agree(x, y, FIRST_PART_SIMILARITY) for x, y in zip(keys[i], keys[j])):
                links.union(members[i], members[j])


def _close_first_parts(parts: list[str]) -> list[tuple[int, int]]:
    """Index pairs i < j whose parts may agree by `parts_agree` (a superset: callers re-check)."""
    if len(parts) <= 8:
        return [(i, j) for i in range(len(parts)) for j in range(i + 1, len(parts))]
    scores = process.cdist(
        parts, parts, scorer=JaroWinkler.similarity, score_cutoff=FIRST_PART_SIMILARITY - 0.01, dtype=np.float32
    )
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(scores)) if i < j]
