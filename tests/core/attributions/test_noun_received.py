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
