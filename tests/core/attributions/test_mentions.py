"""`mentions_in`: an article's actor mentions, sorted out by article once per tuple of actors."""

from __future__ import annotations

from reader.core.attributions.mentions import mentions_in
from reader.core.model import Actor, Mention


def _reference(actors: object, article_id: str) -> list[tuple[int, int, str]]:
    return sorted((m.start, m.end, a.id) for a in actors for m in a.mentions if m.article == article_id)  # type: ignore[attr-defined]


def _actors(shift: int = 0) -> tuple[Actor, ...]:
    return (
        Actor("b", "B", "person", mentions=(Mention("A", 40 + shift, 45 + shift), Mention("B", 3, 8), Mention("A", 5, 9))),
        Actor("a", "A", "organization", mentions=(Mention("A", 5, 9), Mention("A", 1, 2))),
        Actor("c", "C", "place", mentions=(Mention("C", 7, 9),)),
    )


def test_mentions_in_is_the_sorted_mentions_of_one_article() -> None:
    actors = _actors()
    for article in ("A", "B", "C", "D"):
        assert mentions_in(actors, article) == _reference(actors, article)
        assert mentions_in(list(actors), article) == _reference(actors, article)
    assert mentions_in(actors, "A") == [(1, 2, "a"), (5, 9, "a"), (5, 9, "b"), (40, 45, "b")]


def test_another_tuple_of_actors_is_sorted_out_again() -> None:
    first, second = _actors(), _actors(shift=100)
    assert mentions_in(first, "A")[-1] == (40, 45, "b")
    assert mentions_in(second, "A")[-1] == (140, 145, "b")  # not the first tuple's, though equal in length
    assert mentions_in(first, "A")[-1] == (40, 45, "b")
    assert mentions_in((), "A") == []


def test_the_caller_may_change_what_it_gets() -> None:
    actors = _actors()
    got = mentions_in(actors, "A")
    got.clear()
    assert mentions_in(actors, "A") == _reference(actors, "A")
