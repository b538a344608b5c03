"""Judgements with "called", polls as sources, and the subject a coordinated cue shares (issue 10, PolNeAR classes)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Graham called both Trump and Clinton “crazy.”", ("Graham", "called", "both Trump and Clinton “crazy.”")),
        (
            "Trump called Clinton, his Democratic challenger, an ISIS “co-founder.”",
            ("Trump", "called", "Clinton, his Democratic challenger, an ISIS “co-founder.”"),
        ),
        ("Sanders calls himself a democratic socialist.", ("Sanders", "calls", "himself a democratic socialist")),
        ("Sanders called him divisive.", ("Sanders", "called", "him divisive")),
        ("It was a deal which Mr. Trump called “a disgrace.”", ("Mr. Trump", "called", "a disgrace")),
        ("Obama called Putin on Tuesday to discuss “the crisis” in Syria.", None),  # a phone call
        ("Sanders called him back on Tuesday.", None),
    ],
)
def test_called_judgements(text: str, expected: tuple[str, str, str] | None, found, only) -> None:
    assert found(text, lambda f: f[1].lower().startswith("call")) == only(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.",
            ("an NBC News/Wall Street Journal poll", "In", "50 percent of respondents chose Clinton"),
        ),
        (
            "Clinton stays well ahead of Sanders in a new Gallup survey.",
            ("a new Gallup survey", "in", "Clinton stays well ahead of Sanders"),
        ),
        ("Trump has a lead in the polls.", None),  # polls in general: no one poll says so
        ("The governor has been mired in single digits in a poll of his state.", None),
    ],
)
def test_a_named_poll_is_a_source(text: str, expected: tuple[str, str, str] | None, found, only) -> None:
    assert found(text, lambda f: f[1].lower() == "in") == only(expected)


def test_coordinated_cue_skips_an_opening_participle(found) -> None:
    text = "Trying to quell calls to replace her, Ms. Pelosi announced her nominations, and proposed that three members share the duties."
    assert ("Ms. Pelosi", "proposed", "three members share the duties") in found(text)


def test_an_irregular_past_ends_the_subject_of_a_coordinated_cue(found) -> None:
    text = "Carson took the stage Tuesday in Baltimore and called the political system “rotten to the core.”"
    assert found(text)[0][:2] == ("Carson", "called")


def test_describe_takes_a_plain_object(found) -> None:
    # "described a column of black smoke" is an account (PolNeAR annotates 9 in 10 such objects; BASIL too:
    # "An article in New York magazine described how ..."); it used to need "as".
    assert found("Witnesses described a column of black smoke.") == [("Witnesses", "described", "a column of black smoke")]


@pytest.mark.parametrize(
    "text",
    [
        "They have not described the mechanism for complying.",
        "Clinton has not yet announced a presidential bid.",
        "The study doesn't show that the drug works.",  # "n't" follows its verb: no word boundary before it
    ],
)
def test_nothing_is_made_public_when_negated(text: str, found) -> None:
    assert found(text) == []


def test_a_negated_mention_is_still_a_choice(found) -> None:
    assert found("Cruz never mentioned Trump by name.")[0][:2] == ("Cruz", "mentioned")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Mike Bloomberg is doing a great job,” he posted in 2012.", ("he", "posted", "Mike Bloomberg is doing a great job")),
        ("Mary Cheney posted to her page: “I love my sister.”", ("Mary Cheney", "posted", "I love my sister")),
        ("WikiLeaks posted a cache of diplomatic cables.", None),  # a publication, not a statement
    ],
)
def test_posted_is_a_speech_verb(text: str, expected: tuple[str, str, str] | None, found, only) -> None:
    assert found(text) == only(expected)


def test_claimed_reads_a_bare_clause(found) -> None:
    assert found("Obama claimed a new era had begun.") == [("Obama", "claimed", "a new era had begun")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump offered an emotional defense of the city.", ("Trump", "offered", "an emotional defense of the city")),
        ("He offered himself as a candidate of order.", ("He", "offered", "himself as a candidate of order")),
        ("The company offered a job to him.", None),
        ("They offered $5 million for the land.", None),
    ],
)
def test_offered_words_are_an_attribution(text: str, expected: tuple[str, str, str] | None, found, only) -> None:
    assert found(text) == only(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Both provisions are seen by many Democrats as giveaways to the rich.",
            ("many Democrats", "are seen", "giveaways to the rich"),  # the content holds neither source nor cue
        ),
        ("The kingdom is viewed as a bulwark.", (None, "is viewed", "The kingdom is viewed as a bulwark")),
        ("He considered a run last year.", None),
        ("The movie has been seen by millions.", None),
        ("The strategies considered included recruiting, as well as outreach.", None),
    ],
)
def test_seen_as_is_a_belief(text: str, expected: tuple[str | None, str, str] | None, found, only) -> None:
    assert found(text) == only(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump claims great wealth.", ("Trump", "claims", "great wealth")),
        ("Goldman Sachs projected smaller increases.", ("Goldman Sachs", "projected", "smaller increases")),
        ("He is worth less than Forbes estimated and speculated about it.", None),
        ("Cruz refuses to disavow Lindsey Graham.", ("Cruz", "refuses", "to disavow Lindsey Graham")),
        ("Hamas refused to admit any mistakes.", ("Hamas", "refused", "to admit any mistakes")),  # a position (issue 10)
        ("The offer was refused to the surprise of many.", None),
    ],
)
def test_claims_estimates_and_refusals(text: str, expected: tuple[str, str, str] | None, found, only) -> None:
    assert found(text, lambda f: f[1] != "speculated") == only(expected)


@pytest.mark.parametrize("text", ["The dispute claimed the jobs of two managers.", "The storm claimed many lives."])
def test_no_one_claims_when_a_thing_claims(text: str, found) -> None:
    assert found(text) == []


def test_called_with_a_long_object_before_a_quoted_name(found):
    text = 'Trump called the assault that killed five police officers "an attack on our country."'
    assert found(text) == [("Trump", "called", 'the assault that killed five police officers "an attack on our country."')]


def test_a_phone_call_before_a_quotation_is_no_cue(found):
    assert found("Trump called Putin on Tuesday to discuss “the crisis” in Syria.") == []


def test_a_quotation_in_an_appositive_left_open_is_no_name_called(found):
    # review11b #6: "an “obvious” call" describes the call; a closed appositive leaves the name to "called"
    assert found('The referee called a foul on Jones, an "obvious" call.') == []
    text = "Trump called Clinton, his Democratic challenger, an ISIS “co-founder.”"
    assert found(text) == [("Trump", "called", "Clinton, his Democratic challenger, an ISIS “co-founder.”")]
