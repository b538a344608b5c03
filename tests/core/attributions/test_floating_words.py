"""A quantifier or adverb floating between the subject and the cue is no source ("have both argued", "would only
say"): the subject before it speaks (issue 10, PolNeAR train sources). First in its clause the quantifier is the
subject ("Both said"). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("Senators Ann Lee and Bo Park have both argued that the bill is flawed.", "Senators Ann Lee and Bo Park", "argued"),
        ("Britain and France both feared a German revival.", "Britain and France", "feared"),
        ("The mayor would only say that talks continue.", "The mayor", "say"),
        ("The voters can't quite say why they stayed home.", "The voters", "say"),
        ("Party insiders are now more convinced that the effort will fail.", "Party insiders", "convinced"),
        ("Both said the plan would fail.", "Both", "said"),
    ],
)
def test_the_subject_before_a_floating_word_speaks(text, source, cue, found):
    assert (source, cue) in [(s, c) for s, c, _ in found(text)]


def test_a_relative_pronoun_before_it_keeps_the_reading(found):
    # "who has both praised": no subject between "who" and the cue, so the reading stays as it was
    cues = [c for _, c, _ in found("Mr. Lee, who has both praised the plan and criticized it, spoke last.")]
    assert "praised" in cues
