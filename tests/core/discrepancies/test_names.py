"""Names: another actor in the same slot, or one actor given another first name."""

from __future__ import annotations


def test_a_different_actor_before_the_same_verb(analyse, found):
    analysis = analyse(
        "Bill Clinton initiated the conversations with Joe Sestak last summer about a job, the report said.",
        "The White House initiated the conversations with Joe Sestak last summer about a job, the report said.",
    )
    ((a, b, d),) = found(analysis, "name")
    assert (a, b) == ("Bill Clinton", "White House") and d.detail == "different actor"


def test_one_actor_with_two_first_names(analyse, found):
    analysis = analyse(
        "Representative Linda Sanchez of California won the race for vice chair of the caucus on Wednesday.",
        "Representative Loretta Sanchez of California won the race for vice chair of the caucus on Wednesday.",
    )
    names = found(analysis, "name")
    assert names and "Linda" in names[0][0] and "Loretta" in names[0][1]


def test_the_same_name_with_a_title_or_middle_name_agrees(analyse, found):
    analysis = analyse(
        "Hillary Rodham Clinton told supporters in Iowa that she would fight for workers on Saturday.",
        "Hillary Clinton told supporters in Iowa that she would fight for workers on Saturday.",
    )
    assert found(analysis, "name") == []


def test_a_first_name_spelled_two_ways_agrees(analyse, found):
    analysis = analyse(
        "Representative Katharine Sanchez of California won the race for vice chair of the caucus on Wednesday.",
        "Representative Katherine Sanchez of California won the race for vice chair of the caucus on Wednesday.",
    )
    assert found(analysis, "name") == []
