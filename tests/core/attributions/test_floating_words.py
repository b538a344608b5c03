"""A quantifier or adverb floating between the subject and the cue is no source ("have both argued", "would only
say"): the subject before it speaks (issue 10, PolNeAR train sources). First in its clause the quantifier is the
subject ("Both said"). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Senators Ann Lee and Bo Park have both argued that the bill is flawed.",
            ("Senators Ann Lee and Bo Park", "argued", "the bill is flawed"),
        ),
        ("Britain and France both feared a German revival.", ("Britain and France", "feared", "a German revival")),
        ("The mayor would only say that talks continue.", ("The mayor", "say", "talks continue")),
        ("The voters can't quite say why they stayed home.", ("The voters", "say", "why they stayed home")),
        (
            "Party insiders are now more convinced that the effort will fail.",
            ("Party insiders", "convinced", "the effort will fail"),
        ),
        ("Both said the plan would fail.", ("Both", "said", "the plan would fail")),
        ("The jurors all said they had doubts.", ("The jurors", "said", "they had doubts")),
        # review11b #22: "all" after "of" is inside the subject, not floating after it
        ("The results of all showed a gain.", ("The results of all", "showed", "a gain")),
    ],
)
def test_the_subject_before_a_floating_word_speaks(text, expected, found):
    assert found(text) == [expected]


def test_a_relative_pronoun_before_it_keeps_the_reading(found):
    # "who has both praised": no subject between "who" and the cue, so the reading stays as it was
    cues = [c for _, c, _ in found("Mr. Lee, who has both praised the plan and criticized it, spoke last.")]
    assert "praised" in cues
