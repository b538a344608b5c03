"""Support received (issue 10, PolNeAR noun cues): "X won the endorsement of Y", "X received support from Y": Y's
position on X, with the noun as its cue (kind "object", like "drew criticism from Y")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mrs. Clinton received support from roughly six in 10 Democrats on Long Island.",
            ("roughly six in 10 Democrats", "support", "Mrs. Clinton"),
        ),
        (
            "Last month, Mr. Cruz won the endorsement of Bob Vander Plaats.",
            ("Bob Vander Plaats", "endorsement", "Mr. Cruz"),
        ),
        ("Cruz also earned the backing of two congressmen.", ("two congressmen", "backing", "Cruz")),
        # " in" before a year ends the source; only a ratio "six in 10" keeps it
        ("Cruz received support from Republicans in 2012 and 2016.", ("Republicans", "support", "Cruz")),
        ("The plan drew criticism from Democrats in 2015 for its cost.", ("Democrats", "criticism", "The plan")),
        ("The bill won the backing of one in five senators.", ("one in five senators", "backing", "The bill")),
    ],
)
def test_support_received(text, expected, found, only):
    assert found(text) == only(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge needs support from steel cables.",  # no verb of receiving
        "Voters gave support to the measure.",  # given, not received: no "from"/"of"
    ],
)
def test_no_support_received(text, found):
    assert found(text) == []
