"""The long tail of PolNeAR misses (issue 10, session 9): headline Title Case and the other classes below."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bernie Sanders Says He's Already Started Writing His Inaugural Address.",
            ("Bernie Sanders", "Says", "He's Already Started Writing His Inaugural Address"),
        ),
        (
            "Rubio Thinks Joe Biden Was A Really Effective Senator.",
            ("Rubio", "Thinks", "Joe Biden Was A Really Effective Senator"),
        ),
    ],
)
def test_a_headline_in_title_case_is_read(text, expected, found):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He flew to Port Said Airport on Monday.",  # a capitalised cue inside a name, in an ordinary sentence
        "Funds for Planned Parenthood Clinics fell.",
    ],
)
def test_a_capitalised_cue_in_a_name_stays_a_name(text, found):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump's team thinks she doesn't understand the mood.", ("Trump's team", "thinks", "she doesn't understand the mood")),
        ("The campaign believes it could win.", ("The campaign", "believes", "it could win")),
    ],
)
def test_an_s_form_after_a_common_noun_before_a_clause_is_a_verb(text, expected, found):
    assert found(text) == [expected]


def test_a_coordinated_cue_after_an_opening_clause_takes_the_subject(found):
    text = 'Asked whether he would hold a post, Mrs. Clinton shook her head and said, "No."'
    assert ("Mrs. Clinton", "said", "No") in found(text)


def test_a_capitalised_cue_in_an_agency_name_stays_a_name(found):
    text = "The Lagos State Building Control Agency (LASBCA) had sealed the site twice this year."
    assert found(text) == []


def test_answered_reports_speech_only_around_a_quotation(found):
    assert found('He answered, "I have no idea."') == [("He", "answered", "I have no idea")]
    assert found("She answered questions about the plan.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The tax is unpopular, in part because of fears that businesses will react by cutting benefits.",
            (None, "fears", "businesses will react by cutting benefits"),
        ),
        ("Amid complaints that the vote was rigged, officials met.", (None, "complaints", "the vote was rigged")),
        ("Mr. Trump's confidence that he would win was striking.", ("Mr. Trump", "confidence", "he would win was striking")),
    ],
)
def test_a_noun_with_a_that_clause(text, expected, found):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump fears that businesses will leave.", [("Trump", "fears", "businesses will leave")]),  # the verb's
        ("The idea that was floated failed.", []),  # a relative clause, not what anyone holds
        ("The complaints were dismissed.", []),  # no that-clause
    ],
)
def test_a_that_noun_needs_its_clause_and_a_noun_position(text, expected, found):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump has made several controversial statements on the matter.",
            [("Trump", "made several controversial statements", "on the matter")],
        ),
        ("Clinton released plans to expand the program.", [("Clinton", "released plans", "to expand the program")]),
        (
            "He made the observation that there was no real disagreement.",
            [("He", "made the observation", "there was no real disagreement")],
        ),
        ("The company made a profit.", []),
        ("Akin made the remarks in an interview with a Fox affiliate.", []),  # where words reported before were said
    ],
)
def test_a_light_verb_and_its_noun_of_speech(text, expected, found):
    assert found(text) == expected


def test_a_cue_right_after_the_noun_is_the_attribution(found):
    got = found("Trump and Ryan issued a statement describing their meeting as positive.")
    assert [cue for _, cue, _ in got] == ["describing"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On Tuesday, Joyce — who is listed as an attorney in Illinois — told reporters he is not planning an appeal.",
            ("Joyce", "told reporters", "he is not planning an appeal"),
        ),
        (
            "Deborah Reynolds - Santilli's girlfriend and co-host - said that she was worried.",
            ("Deborah Reynolds", "said", "she was worried"),
        ),
    ],
)
def test_a_dashed_aside_between_subject_and_cue(text, expected, found):
    assert found(text) == [expected]


def test_a_relative_clause_around_a_cue_is_no_that_clause(found):
    text = "Kiptoo was removed after a passenger complaint that he says was never investigated."
    assert [cue for _, cue, _ in found(text)] == ["says"]
