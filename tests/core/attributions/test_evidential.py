"""Evidential cues (issue 10): a study, poll, footage or papers "show", "find" or "indicate" what the writer
reports on their authority, also when the subject's last word looks like a noun modifier ("the game shows")."""

from __future__ import annotations

import pytest

from reader.core.attributions import extract_attributions
from reader.core.text.build import article_from_text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Footage from the game shows that several students dressed up in flag garb.",
            ("Footage from the game", "shows", "several students dressed up in flag garb"),
        ),
        (
            "A video of the episode shows her clutching her cellphone, but she said she was not afraid.",
            ("A video of the episode", "shows", "her clutching her cellphone"),
        ),
        (
            "More than 40 percent of that money arrived in February alone, new fundraising reports show.",
            ("new fundraising reports", "show", "More than 40 percent of that money arrived in February alone"),
        ),
        (
            "A Quinnipiac poll released in late August found that 74 percent of voters want the returns.",
            ("A Quinnipiac poll released in late August", "found", "74 percent of voters want the returns"),
        ),
        ("The poll indicated a shift.", ("The poll", "indicated", "a shift")),
    ],
)
def test_evidence_shows(text, expected, found, only):
    assert found(text, lambda f: f[1] == expected[1]) == only(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The data could not show whether he won.",  # negated: nothing shown
        "The full poll can be found here.",  # a passive
        "She did not have numbers to show how many people used it.",  # an infinitive
        "He walked them through a slide show that predicted victory.",  # a noun
        "He found the area welcoming.",  # no evidence
    ],
)
def test_no_evidence_shown(text, found):
    assert [f for f in found(text) if f[1] in ("show", "shows", "found", "indicated")] == []


@pytest.mark.parametrize(
    "text, cue, cue_class",
    [
        ("A Quinnipiac poll released in late August found that 74 percent of voters want the returns.", "found", "find"),
        ("More than 40 percent of that money arrived in February alone, new fundraising reports show.", "show", "show"),
        ("The poll indicated a shift.", "indicated", "charge"),  # the lexicon's class, as `verb_cue` gives it
    ],
)
def test_evidence_cue_class(text, cue, cue_class):
    art = article_from_text(text, "X")
    assert [t.cue_class for t in extract_attributions(art) if art.slice(t.cue) == cue] == [cue_class]
