"""Positions in one more frame than their class reads (issue 10): "refused to" / "agreed to" + a verb, from the
lexicon's ``position_frames`` table (PolNeAR train annotates them as cues nine times in ten)."""

from __future__ import annotations

import pytest

from reader.core.lexicons.verbs import load_reporting_verbs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Grassley has refused to hold hearings for the nominee.",
            ("Grassley", "refused", "to hold hearings for the nominee"),
        ),
        (
            "The company agreed to pay $325 million, but the charges stand.",
            ("The company", "agreed", "to pay $325 million"),
        ),
        ("He agreed that the plan had failed.", ("He", "agreed", "the plan had failed")),  # the class's own frame
        ("The president declined to threaten Moscow.", ("The president", "declined", "to threaten Moscow")),
        ("The campaign would like to organize another rally.", ("The campaign", "would like", "to organize another rally")),
        ("Clinton is looking to stop the bleeding.", ("Clinton", "looking", "to stop the bleeding")),  # -ing after "is"
        ("The Senate voted to block the deal.", ("The Senate", "voted", "to block the deal")),
    ],
)
def test_a_position_before_to(text, expected, found, only):
    assert found(text, lambda f: f[1] == expected[1]) == only(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The offer was refused to the surprise of many.",  # a passive
        "Prospective physicians could agree to work in the public sector.",  # a base form: not in the table
        "Refused To Pay, The Firm Sued.",  # a headline's capitals
        "Prices continued to rise.",  # not in the table: "continued to" states no position
        "Both sides agreed to the terms.",  # an agreement to a thing, not "to" + a verb
    ],
)
def test_no_position(text, found):
    assert [f for f in found(text) if f[1].lower().startswith(("refus", "agree", "contin"))] == []


def test_a_user_file_adds_a_frame(tmp_path):
    user = tmp_path / "verbs.yaml"
    user.write_text("position_frames:\n  declined: to\n", encoding="utf-8")
    verbs = load_reporting_verbs(user)
    assert verbs.position_frames["declined"] == "to" and verbs.position_frames["refused"] == "to"
