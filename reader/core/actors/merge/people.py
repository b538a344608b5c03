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
    bulk by rapidfuzz per initial letter) are compared in full, and of those only
    the names whose first parts agree (`_first_part_neighbours`).
    """
    by_last: dict[str, list[int]] = defaultdict(list)
    # each last part's names by their first part (in one pass with ``by_last``): blocks meet through
    # equal first parts (a set intersection) and through the few first parts that agree with another
    by_first: dict[str, dict[str, list[int]]] = {}
    for n, group in enumerate(groups):
        key = group.key
        if len(key) >= 2 and person_like(group):
            last = key[-1]
            by_last[last].append(n)
            names = by_first.get(last)
            if names is None:
                names = by_first[last] = {}
            same_first = names.get(key[0])
            if same_first is None:
                names[key[0]] = [n]
            else:
                same_first.append(n)
    # `_same_person`, with its part tests hoisted: the last parts are one pair per block.
    pairs = [(a, b) for a, b in _similar_parts(list(by_last)) if a == b or parts_agree(a, b, LAST_PART_SIMILARITY)]
    comparisons = sum(len(by_last[a]) * len(by_last[b]) for a, b in pairs)
    firsts = {first for names in by_first.values() for first in names}
    neighbours = _first_part_neighbours(firsts, comparisons)
    if neighbours is None:
        _merge_pairwise(groups, links, by_last, pairs)
        return
    fuzzy: dict[str, list[str]] = {}  # each last part's first parts that agree with another, when first asked
    for a, b in pairs:
        if a == b and len(by_last[a]) == 1:
            continue  # a last part one name has (most names in a long text): no other name to meet in its block
        mine, others = by_first[a], by_first[b]
        if a == b:  # one block: names of one first part with each other, if several
            met = [(xs, xs) for xs in mine.values() if len(xs) > 1]
        else:
            met = [(mine[first], others[first]) for first in mine.keys() & others.keys()]
        agreeing = fuzzy.get(a)
        if agreeing is None:
            agreeing = fuzzy[a] = [first for first in mine if first in neighbours]
        for first in agreeing:
            met.extend((mine[first], others[g]) for g in others.keys() & neighbours[first])
        for xs, ys in met:
            for x in xs:
                kx = groups[x].key
                for y in ys:
                    if x < y or a != b:
                        ky = groups[y].key
                        if _middles_agree(kx, ky) and fuzz.token_set_ratio(" ".join(kx), " ".join(ky)) >= WHOLE_NAME_RATIO:
                            links.union(x, y)


_CELL_COST = 40  # one Python test of a pair of names costs about this many cells of a bulk `cdist`


def _first_part_neighbours(firsts: set[str], comparisons: int) -> dict[str, set[str]] | None:
    """The first parts that agree with another one (Jaro-Winkler close, or its initial, as
    `_same_person` tests them), each with those others; None when scoring every pair of the distinct
    first parts in bulk would cost more than the ``comparisons`` of names one by one."""
    long = sorted(f for f in firsts if len(f) >= MIN_FUZZY_LETTERS)
    if len(long) ** 2 > _CELL_COST * comparisons:
        return None
    neighbours: dict[str, set[str]] = defaultdict(set)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for f in firsts:
        by_letter[f[:1]].append(f)
    for f in firsts:
        if len(f) == 1:
            for g in by_letter[f]:
                if g != f:
                    neighbours[f].add(g)
                    neighbours[g].add(f)
    for rows in range(0, len(long), _CDIST_ROWS):
        block = long[rows : rows + _CDIST_ROWS]
        # a bound a little under the cutoff: bulk scores are float32, the exact test follows
        scores = process.cdist(
            block, long, scorer=JaroWinkler.similarity, score_cutoff=FIRST_PART_SIMILARITY - 0.01, dtype=np.float32
        )
        for i, j in zip(*(cells.tolist() for cells in scores.nonzero())):  # Python ints: no numpy scalar a cell
            f, g = block[i], long[j]
            if f != g and JaroWinkler.similarity(f, g) >= FIRST_PART_SIMILARITY:
                neighbours[f].add(g)
    return dict(neighbours)


_CDIST_ROWS = 512  # rows of first parts scored at once (bounds the score matrix)


def _merge_pairwise(
    groups: list[NameGroup], links: DisjointSets, by_last: dict[str, list[int]], pairs: list[tuple[str, str]]
) -> None:
    """`merge_people` testing every name of one last part with every name of the other: for very many
    distinct first parts, where scoring them all against each other would cost more."""
    # first names recur across thousands of pairs
    firstparts_agree: dict[tuple[str, str], bool] = {}
    for a, b in pairs:
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
        # Jaro-Winkler is symmetric, so only the cells right of the diagonal are scored: each band of rows
        # against the parts from its first row on, row by row in order as the whole square gave them
        for top in range(0, len(block), _TRIANGLE_ROWS):
            rows, columns = block[top : top + _TRIANGLE_ROWS], block[top:]
            scores = process.cdist(
                rows, columns, scorer=JaroWinkler.similarity, score_cutoff=LAST_PART_SIMILARITY, dtype=np.float32
            )
            for i, j in zip(*(cells.tolist() for cells in scores.nonzero())):  # Python ints: no numpy scalar a cell
                if i < j:
                    pairs.append((rows[i], columns[j]))
    return pairs


_TRIANGLE_ROWS = 64  # rows of a block scored at once: the cells left of the diagonal in a band are few
# (names kind at 10,000 sentences, 7,935 last parts: 446 M instructions in bands of 64, 554 M in bands of 256)


class GazetteerPeople:
    """The gazetteer's people by the initial of the last part of their name keys, so that a discovered
    name is compared only with the entries whose last part is that part or a close spelling of it.

    Built from the people's key texts (`FormIndex.people_texts`: computed once per gazetteer, and kept
    between runs by the lexicon cache) in one pass, once per gazetteer; each lookup then scores the name's letter bucket in bulk (rapidfuzz),
    instead of a Python loop over every person with that initial.
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._index = gazetteer.index
        self._key_of_text = gazetteer.keyer.key_of_text
        # (last parts, key texts), aligned, per initial of the last part
        self._buckets: dict[str, tuple[list[str], list[str]]] = {}
        texts = gazetteer.index.people_texts()  # the keys of two parts or more of people's names and aliases
        if gazetteer.keyer.spaced:  # a part may hold an (escaped) space
            lasts = [self._key_of_text(text)[-1] for text in texts]
        else:
            lasts = [text.rpartition(" ")[2] for text in texts]
        for last, text in zip(lasts, texts, strict=True):
            bucket = self._buckets.get(last[:1])
            if bucket is None:
                bucket = self._buckets[last[:1]] = ([], [])
            bucket[0].append(last)
            bucket[1].append(text)

    def candidates(self, last: str) -> list[tuple[str, tuple[str, ...]]]:
        """(entry id, key) of the people whose last part may agree with `last`: a superset of the keys
        `parts_agree` accepts (equal, or Jaro-Winkler close), which `_same_person` then applies exactly.
        The bound is a little looser because rapidfuzz's bulk scores can round a borderline pair
        ("morsy"/"morsi", 0.92) just under the cutoff."""
        bucket = self._buckets.get(last[:1])
        if bucket is None:
            return []
        parts, texts = bucket
        close = process.extract(last, parts, scorer=JaroWinkler.similarity, score_cutoff=LAST_PART_SIMILARITY - 0.01, limit=None)
        keys = [self._key_of_text(texts[n]) for _part, _score, n in close]
        return [(self._index[key].entry, key) for key in keys]


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
    by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # the candidates of each last part, looked up once
    for n, group in enumerate(groups):
        if len(group.key) < 2 or not person_like(group):
            continue
        last = group.key[-1]
        candidates = by_last.get(last)
        if candidates is None:
            candidates = by_last[last] = people.candidates(last)
        if not candidates:
            continue  # no gazetteer person's last part is close (most names)
        matches = {entry for entry, key in candidates if _same_person(group.key, key)}
        if len(matches) == 1:
            linked.setdefault(links.find(n), matches.pop())
    # a cluster is linked when any of its groups is; its root is its smallest group, so the roots this adds
    # come before the group read and are never read as groups themselves
    for n in sorted(linked):
        root = links.find(n)
        if root not in linked:
            linked[root] = linked[n]
    return {root: entry for root, entry in linked.items() if links.find(root) == root}


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Names of three parts or more share a middle part or its initial: "George W. Bush" and "George Walker
    Bush" do, "Congressional Black Caucus" and "Congressional Hispanic Caucus" do not."""
    if len(a) < 3 or len(b) < 3:
        return True
    return any(x == y or initial_of(x, y) for x in a[1:-1] for y in b[1:-1])
