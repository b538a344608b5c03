"""A lone given name joins the one person who has it (reader/core/actors/merge/given_names.py), and a
body's one-word name after a person's full name is that person's surname (merge/bodies.py)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.actors import extract_actors
from reader.core.actors.find.scan import Candidate, GazetteerHit, NameGroup
from reader.core.actors.merge.bodies import surnames_named_like_bodies
from reader.core.actors.merge.given_names import join_given_names
from reader.core.actors.merge.state import MergeState
from reader.core.actors.merge.surnames import FAMILY_NAME_FIRST, family_name_first
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def _actor(actors, name):
    return next(actor for actor in actors if actor.name == name)


def test_a_lone_given_name_joins_the_one_person_who_has_it() -> None:
    text = 'Speaker John Boehner spoke on Monday. "What have you been doing, John?" the president asked.'
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert len(_actor(actors, "John Boehner").mentions) == 2
    assert not any(actor.name == "John" for actor in actors)


def test_a_given_name_two_people_share_stays_apart() -> None:
    text = "John Boehner met John Kerry on Monday. John said nothing. Boehner and Kerry left."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert len(_actor(actors, "John Boehner").mentions) == 2
    assert all(text[m.start : m.end] != "John" for actor in actors if actor.name.startswith("John ") for m in actor.mentions)


def test_a_body_named_like_a_persons_surname_is_the_person() -> None:
    text = (
        "Michael R. Bloomberg spoke on Wednesday. Mr. Bloomberg said the city had grown. "
        '"I have been by Mike\'s side for years," an adviser said.'
    )
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    person = _actor(actors, "Michael R. Bloomberg")
    assert person.kind == "person"
    assert len(person.mentions) == 3
    assert not any(actor.id == "bloomberg" for actor in actors)


def test_a_body_named_in_full_keeps_its_one_word_name() -> None:
    text = "Michael Smith wrote for Bloomberg News. Bloomberg reported the deal on Monday."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert len(_actor(actors, "Bloomberg").mentions) == 2


def test_a_family_name_written_first_is_no_given_name() -> None:
    text = "Choi Dong-hyun lost the race. His brother Choi Dong-wook is in jail. Choi conceded defeat."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert len(_actor(actors, "Choi Dong-wook").mentions) == 1


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Park Ji-yeon", True),
        ("Tsai Ing-wen", True),
        ("Choi Dong‑hyun", True),  # a non-breaking hyphen
        ("Lata Pagoho", False),
        ("Jean-Luc Picard", False),  # a hyphenated given name first
        ("Park Ji-yeon Kim", False),
    ],
)
def test_a_name_is_written_family_name_first_when_it_ends_in_a_hyphenated_given_name(surface: str, expected: bool) -> None:
    assert family_name_first(surface) is expected
    assert family_name_first(surface) == (FAMILY_NAME_FIRST.search(surface) is not None)


def test_each_hit_of_a_body_written_as_one_word_after_a_persons_full_name_moves_to_the_surname() -> None:
    """`surnames_named_like_bodies` reads each (entry, surface) once: every one of the repeated one-word hits
    moves, a longer form of another body keeps that body's hits, and a gazetteer person's name gives its surname."""
    gazetteer = load_gazetteer()
    hits = [GazetteerHit(0, 10 * n, 10 * n + 9, "bloomberg", "Bloomberg") for n in range(4)]
    hits.append(GazetteerHit(1, 0, 14, "bloomberg", "Bloomberg"))
    key = gazetteer.keyer.key
    candidates = [Candidate(0, 200, 220, "Michael Bloomberg", key("Michael Bloomberg"), 2, False, {"person": 1})]
    kept, added = surnames_named_like_bodies(hits, candidates, gazetteer)
    assert kept == []
    assert [(c.article, c.start, c.surface, c.key) for c in added[1:]] == [
        *((0, 10 * n, "Bloomberg", key("Bloomberg")) for n in range(4)),
        (1, 0, "Bloomberg", key("Bloomberg")),
    ]
    longer = [*hits, GazetteerHit(1, 30, 44, "bloomberg", "Bloomberg News")]
    assert surnames_named_like_bodies(longer, candidates, gazetteer) == (longer, candidates)


@given(st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=12))
def test_a_root_counted_twice_among_the_parents_has_a_cluster_of_several(unions: list[tuple[int, int]]) -> None:
    """What `join_given_names` reads of the clusters: a root is its own parent and a cluster of several has a group
    whose parent is its root, so counting the parents tells which clusters have several groups (no `find` a group)."""
    links = DisjointSets(12)
    for a, b in unions:
        links.union(a, b)
    parents = Counter(links.parent)
    sizes = Counter(links.find(n) for n in range(12))
    assert all((parents[links.find(n)] > 1) == (sizes[links.find(n)] > 1) for n in range(12))


def test_a_lone_given_name_already_in_a_cluster_of_several_stays_there() -> None:
    """A lone "John" that an earlier rule put in a cluster with another group is that cluster's (someone's
    surname): the given-name rule does not move it to "John Boehner"; a lone "John" on its own is moved."""

    def person(key: tuple[str, ...], start: int) -> NameGroup:
        surface = " ".join(part.title() for part in key)
        found = [Candidate(0, start, start + len(surface), surface, key, len(key), False, {"person": 1})]
        return NameGroup(key, found, Counter({"person": 1}), len(key), "person")

    for joined_before in (True, False):
        groups = [person(("john", "boehner"), 0), person(("john",), 40), person(("elton",), 60)]
        links = DisjointSets(len(groups))
        if joined_before:
            links.union(1, 2)
        join_given_names(MergeState(groups, links, [], load_gazetteer()))
        assert (links.find(1) == links.find(0)) is not joined_before


def test_only_the_owners_of_lone_given_names_are_gathered_and_they_join_as_before() -> None:
    """Among many full names, the lone "Mara" joins the one "Mara ..." and the lone "Olaf" (two owners) and
    "Tensions" (only opening sentences) stay alone; with no lone given name nothing joins."""

    def group(key: tuple[str, ...], start: int, initial: bool = False) -> NameGroup:
        surface = " ".join(part.title() for part in key)
        found = [Candidate(0, start, start + len(surface), surface, key, len(key), initial, {"person": 1})]
        return NameGroup(key, found, Counter({"person": 1}), len(key), "person")

    full = [group((f"given{n}", f"family{n}"), 30 * n) for n in range(200)]
    full += [group(("mara", "lind"), 7000), group(("olaf", "berg"), 7100), group(("olaf", "dahl"), 7200)]
    lone = [group(("mara",), 8000), group(("olaf",), 8100), group(("tensions",), 8200, initial=True)]
    groups = full + lone
    links = DisjointSets(len(groups))
    join_given_names(MergeState(groups, links, [], load_gazetteer()))
    mara, olaf, tensions = range(len(full), len(groups))
    assert links.find(mara) == links.find(200)
    assert len({links.find(n) for n in range(len(groups))}) == len(groups) - 1  # that join alone

    links = DisjointSets(len(full))
    join_given_names(MergeState(full, links, [], load_gazetteer()))
    assert len({links.find(n) for n in range(len(full))}) == len(full)
