"""Actors listed most mentioned first (reader/core/actors/merge/build.py)."""

from __future__ import annotations

from operator import itemgetter

from hypothesis import given
from hypothesis import strategies as st

from reader.core.actors.merge.build import most_mentioned_first

_ITEMS = st.lists(st.tuples(st.integers(1, 4), st.sampled_from(["Ann", "Bo", "bo", "Åsa", "Ann Lee", ""]), st.integers(0, 3)))


@given(_ITEMS)
def test_most_mentioned_first_is_the_sort_by_count_then_keys(items):
    """By count (most first), then each key in turn, ties in the order given: what one sort by a tuple gives."""
    expected = sorted(items, key=lambda x: (-x[0], x[1], x[2]))
    assert most_mentioned_first(list(items), itemgetter(0), itemgetter(1), itemgetter(2)) == expected
    by_name = sorted(items, key=lambda x: (-x[0], x[1]))  # equal counts and names keep their order
    assert [id(x) for x in most_mentioned_first(list(items), itemgetter(0), itemgetter(1))] == [id(x) for x in by_name]


def test_most_mentioned_first_of_a_few_actors():
    items = [(1, "Zed"), (3, "Bo"), (1, "Ann"), (3, "Al")]
    assert most_mentioned_first(items, itemgetter(0), itemgetter(1)) == [(3, "Al"), (3, "Bo"), (1, "Ann"), (1, "Zed")]
