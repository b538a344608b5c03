"""Classic speech cues the parser used to miss (PolNeAR train shapes, issue #10): an opening phrase before an
appositive subject, "asking", a percentage as the subject, a time adverbial between subject and verb, and a speech
verb whose colon ends its paragraph (a block quote)."""

from __future__ import annotations

import pytest

from reader.core.attributions.subjects import opening_segment


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Still, Tad Devine, a senior adviser to Mr. Sanders, said on Tuesday that the campaign would not mislead voters.",
            ("Tad Devine", "said", "the campaign would not mislead voters"),
        ),
        (
            "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders.",
            ("Senator Harry Reid", "said", "he spoke with Mr. Sanders"),
        ),
        (
            "Separately, Anna Berg, the union's lawyer, said that the strike would go ahead.",
            ("Anna Berg", "said", "the strike would go ahead"),
        ),
    ],
)
def test_an_opening_phrase_before_a_subject_set_off_by_commas(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "segment, opening",
    [
        ("After the vote", True),
        ("Still", True),
        ("Separately", True),
        ("Speaking in Iowa", True),
        ("Alarmed by the unrest in Nevada", True),
        ("Alfred Smith", False),  # a name in -ed
        ("Tad Devine", False),
        ("Kelly", False),  # a name in -ly, not an adverb: lower-case test
    ],
)
def test_opening_segment(segment, opening):
    assert opening_segment(segment) is opening


def test_asking_is_a_request_cue(found):
    text = "Sanders sent a text message to his supporters, asking them not to stage protests inside the hall."
    assert ("Sanders", "asking", "them not to stage protests inside the hall") in found(text)


def test_a_percentage_is_a_subject(found):
    text = "On economic issues, 42% say they are liberal."
    assert found(text) == [("42%", "say", "they are liberal")]


@pytest.mark.parametrize(
    "text, source",
    [
        ("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.", "RNC spokesman Sean Spicer"),
        ("Senator Kim this past week said the party was not in a crisis.", "Senator Kim"),
        ("Senator Kim on Dec. 2 said the party was not in a crisis.", "Senator Kim"),
    ],
)
def test_a_time_adverbial_between_subject_and_verb(found, text, source):
    assert found(text) == [(source, "said", "the party was not in a crisis")]


def test_a_speech_verb_and_colon_ending_a_paragraph_introduce_the_next_one(found):
    text = "The debate went on.\n\nHewitt writes:\n\nThe candidate is weak on this, and he knows it.\n\nNothing more."
    assert found(text) == [("Hewitt", "writes:", "The candidate is weak on this, and he knows it")]


@pytest.mark.parametrize(
    "text",
    [
        "The debate went on.\n\nWatch the ad below:\n\nThe candidate is weak on this.",  # no speech verb
        "The debate went on.\n\nSaid:\n\nThe candidate is weak on this.",  # a label
    ],
)
def test_a_colon_ending_a_paragraph_without_a_speaker_introduces_nothing(found, text):
    assert found(text) == []
