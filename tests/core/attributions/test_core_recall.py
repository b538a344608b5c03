"""Speech verbs and quotations the reader missed on PolNeAR train (issue 10, session 14): each test is one pattern,
in sentences written for it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The riots have left 62 percent of voters saying the city is growing less safe.",
            ("voters", "saying", "the city is growing less safe"),
        ),
        (
            "Both women spoke – Okafor saying she was “very pleased” with the vote.",
            ("Okafor", "saying", "she was “very pleased” with the vote"),
        ),
        ("The share of voters saying “the tax is fair” fell by 12 points.", ("voters", "saying", "the tax is fair")),
    ],
)
def test_saying_after_its_speakers_before_a_clause_is_a_cue(text, expected, found):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is an old saying that the sea gives and takes.",  # an adjective before: the noun "saying"
        "She was busy saying goodbye to the guests when he came in.",  # no clause after it
    ],
)
def test_saying_as_a_noun_or_without_a_clause_is_no_cue(text, found):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("The committee has a mandate to look into the bids, current and former officials said.", "current and former officials"),
        ("The guard pushed a photographer away from the stage, she and another reporter said.", "she and another reporter"),
        ("The plan is dead, the mayor and her deputy said.", "the mayor and her deputy"),
        ("“The plan is dead,” the mayor and her deputy said.", "the mayor and her deputy"),
    ],
)
def test_two_subjects_joined_by_and_after_the_claim_speak_together(text, source, found):
    assert [f[:2] for f in found(text)] == [(source, "said")]


def test_a_relative_clause_with_two_subjects_is_no_trailing_cue(found):
    assert found("It was a charge she and her lawyer denied.") == []
