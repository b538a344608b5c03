"""Documents filed, published or sent carry their author's words (issue 10, forms/light_cue.py): PolNeAR annotates
"filed a lawsuit", "published an open letter", "sent a letter" as the cue, the subject as the source."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "His team filed a lawsuit aimed at changing the voting law.",
            ("His team", "filed a lawsuit", "aimed at changing the voting law"),
        ),
        (
            "The dean has published an open letter about the accusations.",
            ("The dean", "published an open letter", "about the accusations"),
        ),
        (
            "Trump filed a potentially ruinous defamation suit against the customer.",
            ("Trump", "filed a potentially ruinous defamation suit", "against the customer"),
        ),
    ],
)
def test_a_document_and_its_author(text, expected, found):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He hasn't sent a fundraising email for his own campaign in six days.",  # negated: nothing sent
        "The police released a video of the news conference.",  # a video is no statement
        "It sent shivers down the spine of the market.",
    ],
)
def test_no_document_sent(text, found):
    assert found(text) == []
