"""Gazetteer people found by the last part of their names (reader/core/actors/merge/people.py)."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from reader.core.actors import extract_actors
from reader.core.actors.find.scan import NameGroup
from reader.core.actors.merge.people import (
    _first_part_neighbours,
    _merge_pairwise,
    _similar_parts,
    gazetteer_people,
    merge_people,
)
from reader.core.actors.merge.state import LAST_PART_SIMILARITY, parts_agree, person_like
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def test_a_close_spelling_of_a_gazetteer_surname_is_a_candidate() -> None:
    gazetteer = load_gazetteer()
    people = gazetteer_people(gazetteer)
    found = {entry for entry, _key in people.candidates("morsy")}  # "Morsi", "Mursi": 0.92 by Jaro-Winkler
    assert "mohamed-morsi" in found
    assert gazetteer_people(gazetteer) is people  # indexed once per gazetteer


def test_a_discovered_name_joins_a_user_gazetteer_person_among_many(tmp_path: Path) -> None:
    lines = ["actors:"]
    for n in range(2000):  # many people sharing the initial of the surname
        lines.append(f"  - {{id: p{n}, name: Person{n} Sample{n}, kind: person}}")
    lines.append("  - {id: tatiana-ivanova, name: Tatiana Ivanova, kind: person}")
    path = tmp_path / "actors.yaml"
    path.write_text("\n".join(lines) + "\n")
    gazetteer = load_gazetteer(path)
    text = "Tatiana Ivanowa, the mayor, spoke on Monday. Ivanowa said the bridge would open."
    actors = extract_actors([make_article("A", text)], gazetteer)
    assert any(actor.id == "tatiana-ivanova" for actor in actors)


def _partition(links: DisjointSets, size: int) -> list[int]:
    return [links.find(n) for n in range(size)]


def test_people_by_first_part_neighbours_join_what_testing_every_pair_joins() -> None:
    rng = random.Random(7)
    firsts = ["j", "m", "k", "john", "jon", "jonathan", "johan", "mohammed", "mohamed", "muhammad", "abcd", "bacd"]
    firsts += ["katherine", "catherine", "kathryn", "maria", "mariah", "marie", "ahmed", "ahmad", "bela", "belo"]
    lasts = ["zahar", "zahhar", "salah", "salman", "ivanova", "ivanowa", "smith", "smyth", "lodeho", "lodehi", "al"]
    middles = ["w", "walker", "abu", "bin", "de"]
    groups = []
    for _ in range(600):
        middle = (rng.choice(middles),) if rng.random() < 0.2 else ()
        key = (rng.choice(firsts), *middle, rng.choice(lasts))
        if all(group.key != key for group in groups):
            groups.append(NameGroup(key, kind=rng.choice([None, None, "person", "place"])))
    by_last: dict[str, list[int]] = defaultdict(list)
    for n, group in enumerate(groups):
        if person_like(group):
            by_last[group.key[-1]].append(n)
    pairs = [(a, b) for a, b in _similar_parts(list(by_last)) if parts_agree(a, b, LAST_PART_SIMILARITY)]
    assert _first_part_neighbours(set(firsts), sum(len(by_last[a]) * len(by_last[b]) for a, b in pairs))
    fast, slow = DisjointSets(len(groups)), DisjointSets(len(groups))
    merge_people(groups, fast)
    _merge_pairwise(groups, slow, by_last, pairs)
    assert _partition(fast, len(groups)) == _partition(slow, len(groups))
    assert len(set(_partition(fast, len(groups)))) < len(groups)  # some did join


def _similar_parts_of_the_whole_square(parts: list[str]) -> list[tuple[str, str]]:
    """`_similar_parts` as first written: every block scored against itself in full, pairs above the diagonal."""
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    pairs = [(p, p) for p in parts]
    by_initial: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        if len(part) >= 4:
            by_initial[part[0]].append(part)
    for block in by_initial.values():
        if len(block) >= 2:
            scores = process.cdist(block, block, scorer=JaroWinkler.similarity, score_cutoff=LAST_PART_SIMILARITY)
            pairs.extend((block[i], block[j]) for i, j in zip(*scores.nonzero()) if i < j)
    return pairs


def test_similar_parts_scored_in_bands_are_those_of_the_whole_square(monkeypatch) -> None:
    """Only the cells right of the diagonal are scored, a band of rows at a time: the same pairs in the same order
    (bands of 7 rows here, so that blocks of dozens of parts cross several)."""
    from reader.core.actors.merge import people

    monkeypatch.setattr(people, "_TRIANGLE_ROWS", 7)
    rng = random.Random(5)
    stems = ["zahar", "zahhar", "salman", "salah", "morsi", "mursi", "morsy", "hassan", "hasan", "husain"]
    found = 0
    for _ in range(40):
        parts = list(
            dict.fromkeys(
                "".join(rng.choice([c, c, c, rng.choice("aehiorsz")]) for c in rng.choice(stems))
                for _ in range(rng.randint(1, 60))
            )
        )
        expected = _similar_parts_of_the_whole_square(parts)
        assert _similar_parts(parts) == expected
        found += len(expected) - len(parts)
    assert found > 100  # close pairs across bands, not only each part with itself


def test_a_cluster_is_linked_at_its_root_when_a_later_group_of_it_is_a_gazetteer_person() -> None:
    """ "Mohamed Morsy" (group 2) is the gazetteer's Mohamed Morsi; its cluster's root is group 0, which is
    linked too; names no gazetteer person's last part is close to are not looked at further."""
    from collections import Counter

    from reader.core.actors.merge.people import link_to_gazetteer_people

    def group(key: tuple[str, ...]) -> NameGroup:
        return NameGroup(key, [], Counter({"person": 1}), len(key), "person")

    gazetteer = load_gazetteer()
    key = gazetteer.keyer.key
    groups = [group(key("Morsy")), group(key("Zuni Zuzuho")), group(key("Mohamed Morsy")), group(key("Olaf Vrenk"))]
    links = DisjointSets(len(groups))
    links.union(0, 2)
    assert link_to_gazetteer_people(groups, links, gazetteer_people(gazetteer), gazetteer) == {0: "mohamed-morsi"}
