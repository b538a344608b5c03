"""Attribution across sentences no match pairs: one actor's act on one day, credited two ways
(`discrepancies.dated`). Self-written fixtures."""

from __future__ import annotations

A = (
    "The council met for three hours on the budget. Anna Berg on Friday approved fresh money for the long delayed "
    "harbour tunnel project downtown, officials said. The next vote is in May."
)
B = (
    "The council met for three hours on the budget. On Friday, Anna Berg gave her full backing to a second tunnel "
    "under the busy bay waters, Tom Reed said. The next vote is in May."
)


def test_one_actor_dated_to_one_day_credited_two_ways(analyse, found):
    # Four words in common (anna, berg, friday, tunnel) of ten or more in each content: too few for `across`.
    attributions = found(analyse(A, B), "attribution")
    assert [(d.detail, "officials" in a, "Tom Reed" in b) for a, b, d in attributions] == [("anonymous vs named", True, True)]


def test_other_days_are_other_acts(analyse, found):
    assert not found(analyse(A, B.replace("On Friday", "On Monday")), "attribution")


def test_another_actor_of_the_same_surname_is_another_act(analyse, found):
    assert not found(analyse(A, B.replace("Anna Berg gave", "Carl Berg gave")), "attribution")


def test_an_actor_dated_to_two_days_is_not_read(analyse, found):
    assert not found(analyse(A, B + " On Tuesday, Anna Berg met the harbour board."), "attribution")


def test_a_name_a_day_and_a_word_are_too_little_for_stated_as_fact(analyse, found):
    # The pair's score is the share of words the sentences have in common: far below a paired claim's.
    a = (
        "The senator is running for the open seat in the spring primary. The Herald reports Anna Berg on Friday first "
        "outlined her view on the harbour tunnel, saying it should be left to the voters of each district."
    )
    b = "The senator is running for the open seat in the spring primary. On Friday, Anna Berg issued a statement voicing her opposition to the tunnel plan."
    assert not found(analyse(a, b), "attribution")
