"""Attribution across sentences no match pairs: one actor's act on one day, credited on one side only
(`discrepancies.dated`). Self-written fixtures."""

from __future__ import annotations

from reader.core.discrepancies.dated import dated_head

A = (
    "The senator is running for the open seat in the spring primary. The Herald reports Anna Berg on Friday first "
    "outlined her view on the harbour tunnel, saying it should be left to the voters of each district. Her rivals "
    "have said little about it."
)
B = (
    "The senator is running for the open seat in the spring primary. On Friday, Anna Berg issued a statement voicing "
    "her opposition to the tunnel plan. Her rivals have said little about it."
)


def test_a_dated_head_is_a_name_and_a_weekday():
    assert dated_head("On Friday, Anna Berg issued a statement", 0) == ("berg", "friday")
    assert dated_head("Anna Berg on Friday first outlined", 0) == ("berg", "friday")
    assert dated_head("Mr. Smith, on Tuesday, said", 0) == ("smith", "tuesday")
    assert dated_head("On Friday, the committee voted", 0) is None  # no name
    assert dated_head("Anna Berg said on Friday", 0) is None  # the day dates the saying


def test_one_actor_dated_to_one_day_credited_on_one_side(analyse, found):
    attributions = found(analyse(A, B), "attribution")
    assert [(d.detail, "Herald" in a) for a, b, d in attributions] == [("credited vs fact", True)]


def test_an_actor_dated_twice_to_the_day_is_several_acts(analyse, found):
    twice = B + " On Friday, Anna Berg also met the harbour board."
    assert not found(analyse(A, twice), "attribution")


def test_other_days_are_other_acts(analyse, found):
    assert not found(analyse(A, B.replace("On Friday", "On Monday")), "attribution")
