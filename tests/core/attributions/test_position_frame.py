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
        ("The board refused to fund the bore, citing its costs.", ("The board", "refused", "to fund the bore")),
        # the "that" frame: adjectives of belief and verbs of coming to know, a belief
        ("Some Democrats are concerned that the tactics could hurt.", ("Some Democrats", "concerned", "the tactics could hurt")),
        ("Labor leaders remain confident that they can keep members.", ("Labor leaders", "confident", "they can keep members")),
        ("But they remain hopeful that the lapse will end.", ("they", "hopeful", "the lapse will end")),
        ("Republicans quickly learned that the South had changed.", ("Republicans", "learned", "the South had changed")),
        ("Many voters wonder whether he can win.", ("Many voters", "wonder", "he can win")),
        # the "as" frame: what someone is cast as, a description
        ("And Cruz has cast him as weak on immigration.", ("Cruz", "cast", "him as weak on immigration")),
    ],
)
def test_a_position_in_its_frame(text, expected, found, only):
    assert found(text, lambda f: f[1] == expected[1]) == only(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The offer was refused to the surprise of many.",  # a passive
        "Prospective physicians could agree to work in the public sector.",  # a base form: not in the table
        "Refused To Pay, The Firm Sued.",  # a headline's capitals
        "Prices continued to rise.",  # not in the table: "continued to" states no position
        "Both sides agreed to the terms.",  # an agreement to a thing, not "to" + a verb
        "He is not sure whether he will vote.",  # "sure" is not in the table
        "Voters cast their ballots as early as possible.",  # a comparison, not what the ballots are taken for
        "Confident that C, he left.",  # no subject before the form
    ],
)
def test_no_position(text, found):
    assert [f for f in found(text) if f[1].lower().startswith(("refus", "agree", "contin", "sure", "confident", "cast"))] == []


def test_a_user_file_adds_a_frame(tmp_path):
    user = tmp_path / "verbs.yaml"
    user.write_text("position_frames:\n  declined: to\n", encoding="utf-8")
    verbs = load_reporting_verbs(user)
    assert verbs.position_frames["declined"] == "to" and verbs.position_frames["refused"] == "to"


def test_a_position_inside_a_statement_is_the_statement_s(found):
    text = "The plan collapsed after the board refused to fund the bore, Smith said."
    assert [f[1] for f in found(text)] == ["said"]
