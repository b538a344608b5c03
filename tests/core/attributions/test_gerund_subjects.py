"""A cue gerund after a preposition ("after reporting", "before explaining") is the clause subject's speech only
when that subject can speak (review11a findings 1, 16); the subject stops before an irregular past (finding 4);
a number's digit commas stay in the source (finding 5)."""

from __future__ import annotations

import pytest

from reader.core.attributions.cue_words import can_speak
from reader.core.lexicons.verbs import load_reporting_verbs
from reader.core.model import Span


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Boeing fell after reporting a loss in the third quarter.",
        "The stock rose 5 percent after confirming the merger talks.",
        "The company's shares jumped after announcing a buyback.",
        "The plane crashed shortly after reporting engine trouble.",
        "The bank's profit fell after reporting rules changed.",
        "Boeing shares fell after reporting a loss.",
    ],
)
def test_a_subject_that_cannot_speak_reports_nothing_after_a_sequence_preposition(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator resigned after admitting that she lied.", ("The senator", "admitting", "she lied")),
        (
            "Sanders called her son a hero before explaining why she forgave him.",
            ("Sanders", "explaining", "why she forgave him"),
        ),
        ("He left the stage after announcing a new plan.", ("He", "announcing", "a new plan")),
        (
            "The company's officials left after confirming the merger talks.",
            ("The company's officials", "confirming", "the merger talks"),
        ),
    ],
)
def test_a_subject_that_can_speak_keeps_its_gerund(found, text, expected):
    assert expected in found(text)


def test_can_speak_reads_names_pronouns_and_source_heads():
    verbs = load_reporting_verbs()

    def speaks(text: str) -> bool:
        return can_speak(text, Span(0, len(text)), verbs)

    speakers = ("she", "Mr. Sanders", "Democratic front-runner Hillary Clinton", "the governor", "aides")
    assert [speaks(t) for t in speakers] == [True] * 5
    assert [speaks(t) for t in ("it", "The stock", "Shares of Boeing", "The bank's profit", "The plane")] == [False] * 5
    assert can_speak("x", None, verbs) is False


def test_a_gerund_with_its_agent_after_it_is_a_noun(found):
    # "questioning by police": the police questioned the suspect, the suspect said nothing
    assert found("The suspect was charged after questioning by police.") == []
    assert found("The suspect was released while awaiting questioning by detectives.") == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("The captain sank into his chair after saying he would resign.", "The captain"),
        ("The minister withdrew from the race after saying he was ill.", "The minister"),
        ("The mayor sought a recount after claiming fraud.", "The mayor"),
        ("The governor swept the state before telling reporters he would run.", "The governor"),
    ],
)
def test_the_subject_stops_before_an_irregular_past(found, text, source):
    assert [f[0] for f in found(text)] == [source]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Some 3,5 million people said they were worried.", "Some 3,5 million people"),
        ("About 1,500 people said they were worried.", "1,500 people"),
        ("Some 1.500,50 euros were lost, the firm said.", "the firm"),
    ],
)
def test_a_numbers_digit_commas_stay_in_the_source(found, text, source):
    assert [f[0] for f in found(text)] == [source]
