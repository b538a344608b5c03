"""Full names of one person spelt two ways, and discovered names that are a gazetteer person.

Two people merge when their last name parts agree by Jaro-Winkler and their
first parts agree too (so "Mohammed Salah" and "Mohammed bin Salman" stay
apart), and the whole keys agree by rapidfuzz's token-set ratio. Only names
whose last parts are close are compared, so the work stays near-linear.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from reader.core.actors.find.scan import NameGroup
from reader.core.actors.merge.state import (
    FIRST_PART_SIMILARITY,
    LAST_PART_SIMILARITY,
    MIN_FUZZY_LETTERS,
    MergeState,
    initial_of,
    parts_agree,
    person_like,
)
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import Gazetteer

WHOLE_NAME_RATIO = 85.0  # token_set_ratio of the two keys, 0..100


def join_people(state: MergeState) -> None:
    """Rule: "Zahar"/"Zahhar", "Ashraf Abu Al-Houl"/"Ashraf Al-Houl"."""
    merge_people(state.groups, state.links)


def link_gazetteer_people(state: MergeState) -> None:
    """Rule: a discovered full name that is one gazetteer person spelt another way becomes that entry."""
    people = gazetteer_people(state.gazetteer)
    state.gazetteer_links = link_to_gazetteer_people(state.groups, state.links, people, state.gazetteer)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two keys of two or more parts that name one person, spelling aside."""
    if not parts_agree(a[-1], b[-1], LAST_PART_SIMILARITY):
        return False
    if not (parts_agree(a[0], b[0], FIRST_PART_SIMILARITY) or initial_of(a[0], b[0])):
        return False
    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= WHOLE_NAME_RATIO


def merge_people(groups: list[NameGroup], links: DisjointSets) -> None:
    """Full names of people that differ only in spelling or a middle part.

    Only names whose last parts are equal or close (Jaro-Winkler, computed in
    bulk by rapidfuzz per initial letter) are compared in full.
    """
    by_last: dict[str, list[int]] = defaultdict(list)
    for n, group in enumerate(groups):
        if len(group.key) >= 2 and person_like(group):
            by_last[group.key[-1]].append(n)
    # `_same_person`, with its part tests hoisted: the last parts are one pair per block,
    # and first names recur across thousands of pairs.
    firstparts_agree: dict[tuple[str, str], bool] = {}
    for a, b in _similar_parts(list(by_last)):
        if not parts_agree(a, b, LAST_PART_SIMILARITY):
            continue
        for x in by_last[a]:
            kx = groups[x].key
            for y in by_last[b]:
                if x < y or a != b:
                    ky = groups[y].key
                    agree = firstparts_agree.get((kx[0], ky[0]))
                    if agree is None:
                        agree = parts_agree(kx[0], ky[0], FIRST_PART_SIMILARITY) or initial_of(kx[0], ky[0])
                        firstparts_agree[(kx[0], ky[0])] = agree
                    if agree and _middles_agree(kx, ky) and fuzz.token_set_ratio(" ".join(kx), " ".join(ky)) >= WHOLE_NAME_RATIO:
                        links.union(x, y)


def _similar_parts(parts: list[str]) -> list[tuple[str, str]]:
    """Pairs of name parts that agree: each part with itself, and close spellings."""
    pairs = [(p, p) for p in parts]
    by_initial: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        if len(part) >= MIN_FUZZY_LETTERS:
            by_initial[part[0]].append(part)
    for block in by_initial.values():
        if len(block) < 2:
            continue
        scores = process.cdist(block, block, scorer=JaroWinkler.similarity, score_cutoff=LAST_PART_SIMILARITY, dtype=np.float32)
        for i, j in zip(*np.nonzero(scores)):
            if i < j:
                pairs.append((block[i], block[j]))
    return pairs


class GazetteerPeople:
    """The gazetteer's people by the initial of the last part of their name keys, so that a discovered
    name is compared only with the entries whose last part is that part or a close spelling of it.

    Built from `Gazetteer.people` (keys already computed, and kept between runs by the lexicon cache) in
    one pass, once per gazetteer; each lookup then scores the name's letter bucket in bulk (rapidfuzz),
    instead of a Python loop over every person with that initial.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._index = gazetteer.index
        # (last parts, keys), aligned, per initial of the last part
        self._buckets: dict[str, tuple[list[str], list[tuple[str, ...]]]] = {}
        for key in gazetteer.people:  # the keys of two parts or more of people's names and aliases
            last = key[-1]
            bucket = self._buckets.get(last[:1])
            if bucket is None:
                bucket = self._buckets[last[:1]] = ([], [])
            bucket[0].append(last)
            bucket[1].append(key)

    def candidates(self, last: str) -> list[tuple[str, tuple[str, ...]]]:
        """(entry id, key) of the people whose last part may agree with `last`: a superset of the keys
        `parts_agree` accepts (equal, or Jaro-Winkler close), which `_same_person` then applies exactly.
        The bound is a little looser because rapidfuzz's bulk scores can round a borderline pair
        ("morsy"/"morsi", 0.92) just under the cutoff."""
        bucket = self._buckets.get(last[:1])
        if bucket is None:
            return []
        parts, keys = bucket
        close = process.extract(last, parts, scorer=JaroWinkler.similarity, score_cutoff=LAST_PART_SIMILARITY - 0.01, limit=None)
        return [(self._index[keys[n]].entry, keys[n]) for _part, _score, n in close]


_KEPT: list[tuple[Gazetteer, GazetteerPeople]] = []  # the last gazetteer's people (one run uses one gazetteer)


def gazetteer_people(gazetteer: Gazetteer) -> GazetteerPeople:
    """The people of `gazetteer`, indexed once per gazetteer."""
    if _KEPT and _KEPT[0][0] is gazetteer:
        return _KEPT[0][1]
    people = GazetteerPeople(gazetteer)
    _KEPT[:] = [(gazetteer, people)]
    return people


def link_to_gazetteer_people(
    groups: list[NameGroup], links: DisjointSets, people: GazetteerPeople, gazetteer: Gazetteer
) -> dict[int, str]:
    """Discovered full names that are a gazetteer person spelt another way."""
    linked: dict[int, str] = {}
    for n, group in enumerate(groups):
        if len(group.key) < 2 or not person_like(group):
            continue
        matches = {entry for entry, key in people.candidates(group.key[-1]) if _same_person(group.key, key)}
        if len(matches) == 1:
            linked.setdefault(links.find(n), matches.pop())
    # a cluster is linked when any of its groups is
    for n in range(len(groups)):
        root = links.find(n)
        if n in linked and root not in linked:
            linked[root] = linked[n]
    return {root: entry for root, entry in linked.items() if links.find(root) == root}


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names of three parts or more share a middle part or its initial: "George W. Bush" and "George Walker
    Bush" do, "Congressional Black Caucus" and "Congressional Hispanic Caucus" do not."""
    if len(a) < 3 or len(b) < 3:
        return True
    return any(x == y or initial_of(x, y) for x in a[1:-1] for y in b[1:-1])
