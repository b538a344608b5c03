"""`subjects._past_opening`: where a sentence's subject may start, after an opening adverbial or clause."""

from __future__ import annotations

import pytest

from reader.core.attributions.subjects import _past_opening
from reader.core.model import Span


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("After the vote, Rep. Scott said no.", "Rep. Scott"),
        ("Asked whether he would run, Priebus said no.", "Priebus"),
        ("Speaking in Iowa,  Cruz said no.", "Cruz"),  # a participle; any blanks after the comma
        ("According to aides, Trump said no.", "Trump"),
        ("Meanwhile, Trump said no.", "Trump"),
        ("Trump, a candidate, said no.", "Trump"),  # no opening: the start
        ("In" + " very" * 25 + " long, Trump said no.", "In very"),  # over the word cap: no one opening
    ],
)
def test_past_opening(text: str, subject: str) -> None:
    assert text[_past_opening(text, Span(0, len(text)), len(text)) :].startswith(subject)


def test_a_number_with_thousands_commas_is_one_source_word(found):
    # The comma of "1,500" used to end the subject: the source was "500".
    assert found("Of the voters polled, 1,500 said they would vote for the plan.") == [
        ("1,500", "said", "they would vote for the plan")
    ]
    assert found("Some 2,000,000 residents said the water was unsafe.")[0][0] == "Some 2,000,000 residents"
