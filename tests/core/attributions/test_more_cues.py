"""Cues real news uses that the lexicon or the forms missed (issue 10, BASIL and PolNeAR classes): a passive
cue with its agent, gerunds after a preposition and an adverb, "took to Facebook to", and new verbs."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "News of the conversation was first reported by Greg Sargent at The Plum Line.",
            ("Greg Sargent at The Plum Line", "reported", "News of the conversation"),
        ),
        (
            "Mrs. Clinton has been criticized by Republicans and some Democrats for saying little about the deal.",
            ("Republicans and some Democrats", "criticized", "for saying little about the deal"),
        ),
        (
            "Trump’s criticisms were echoed by Republican congressional leaders.",
            ("Republican congressional leaders", "echoed", "Trump’s criticisms"),
        ),
        ("The suspect was questioned by police on Monday.", None),  # an interrogation, not a statement
        ("The claims were rejected.", None),  # no agent: nobody named rejects them
    ],
)
def test_a_passive_cue_with_its_agent(text, expected, found, only):
    assert found(text, lambda f: f[0]) == only(expected)


@pytest.mark.parametrize(
    "text, source, cue",
    [
        (
            "President Barack Obama urged lawmakers to act, while simultaneously mocking them for wasting time.",
            "President Barack Obama",
            "mocking",
        ),
        ("Mitt Romney joined other Republicans in calling on Rep. Todd Akin to quit.", "Mitt Romney", "calling on"),
        ("Gibbs declined to comment before relaying to reporters that the offer was legal.", "Gibbs", "relaying"),
        ("Mary Cheney has taken to Facebook to blast her sister.", "Mary Cheney", "blast"),
        (
            "According to the Times, Mary Cheney, who is openly gay, took to Facebook to rebuke her sister's remarks.",
            "Mary Cheney",
            "rebuke",
        ),
        ("During his remarks, the president also called out House Speaker John Boehner.", "the president", "called out"),
        ("Akin apologized for his remarks Monday.", "Akin", "apologized"),
        ("In a CNN interview, Mr. Trump speculated that the company was vulnerable.", "Mr. Trump", "speculated"),
        ("Sestak brought the issue up when he alluded to a job offer.", "he", "alluded to"),
        ("Elizabeth Cheney declared in July she plans to run.", "Elizabeth Cheney", "declared"),
        (
            "The National Rifle Association called Tuesday for legislatures to arm teachers.",
            "The National Rifle Association",
            "called",
        ),
    ],
)
def test_cues_real_news_uses(text, source, cue, found):
    assert (source, cue) in [(f[0], f[1]) for f in found(text)]


def test_a_gerund_after_a_preposition_alone_is_still_no_cue(found):
    assert found("The bill was aimed at mocking nobody.", lambda f: f[1] == "mocking") == []


def test_called_then_a_time_then_for_is_a_request(found):
    text = "The National Rifle Association called Tuesday for legislatures to arm teachers."
    assert found(text) == [("The National Rifle Association", "called", "legislatures to arm teachers")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”",
            ("Sen. John McCain", "calling", "it a “Chinese menu.”"),
        ),
        (
            'Stuart Stevens, a strategist, called Trump\'s statements on Sunday "childish."',
            ("Stuart Stevens", "called", 'Trump\'s statements on Sunday "childish."'),
        ),
        (
            "Clinton’s campaign is seeking to contrast her approach with his.",
            ("Clinton’s campaign", "seeking", "to contrast her approach with his"),
        ),
    ],
)
def test_called_with_a_titled_name_or_a_day_and_seeking(text, expected, found):
    assert expected in found(text)


def test_called_on_a_day_to_meet_is_still_a_phone_call(found):
    assert found("Obama called Putin on Tuesday to discuss “the crisis” in Syria.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump seemed to suggest the case was closed.", (None, "seemed", "Trump seemed to suggest the case was closed")),
        ("The statistics appear to be fabricated.", (None, "appear", "The statistics appear to be fabricated")),
        ("He appeared on Fox News on Sunday.", None),  # an appearance, not a hedge
        ("Mr. Bloomberg also appeared twice on the show.", None),
    ],
)
def test_seems_and_appears_hedge_a_clause_with_no_one_named(text, expected, found, only):
    assert found(text) == only(expected)


def test_a_hedge_stops_at_a_dash(found):
    text = "Hutchinson appeared to ease off on the call -- he said it is important."
    assert (None, "appeared", "Hutchinson appeared to ease off on the call") in found(text)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("A national poll released Sunday by The Washington Post and ABC News shows Trump maintaining his lead.", "shows"),
        ("And every recent state poll has shown him trailing Trump.", "shown"),
        ("He cited ledgers showing he was paid $12.7 million.", "showing"),
    ],
)
def test_what_polls_and_papers_show(text, cue, found):
    assert cue in [f[1] for f in found(text)]


def test_an_agreed_deal_is_no_statement(found):
    assert found("Hanzawa Industries agreed on Monday to buy Kessler Automotive.") == []
    assert found("Both sides agreed to a swap of 887 prisoners.") == []
    # "agreed to" + a verb is an undertaking PolNeAR annotates as a position (forms/position_frame.py)
    assert found("Both sides agreed to swap 887 prisoners.") == [("Both sides", "agreed", "to swap 887 prisoners")]


def test_ordinary_verbs_among_the_new_cues_stay_content_for_alignment():
    from reader.core.align.weights import framing_words

    assert not {"seek", "sought", "seems", "appeared", "shown"} & framing_words()
