"""Readings that leave nothing said (issue 10, PolNeAR train false alarms outside any gold content): a content
of handles and links only, a teaser headline's "Bombshell:", a sentence-opening "Then," read as `C, S said`.
Sentences written for these tests."""

from __future__ import annotations

import time

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Twitter: @jdoe_writes.",
        "Jane Doe is a columnist for the paper. She tweets @jdoe_writes.",
        "The city desk reports: http://example.com/a1b2c3.",
        "Bombshell: The Agency Just Gave The Mayor A New Reason To Worry.",
        "Just Leaked: Look At The Mayor's Shocking Reply To The Union.",
        "So: city workers could ignore the ruling, but only for a year.",
        "Then, she apologized.",
        "Now, the governor has responded to the mayor's attack.",
    ],
)
def test_nothing_is_said(text, found):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"15%!" Brad said.', ("Brad", "said", "15%!")),
        ("The reviewer said 3.5/10.", ("The reviewer", "said", "3.5/10")),  # review11b #8: a score, no link
    ],
)
def test_a_figure_is_something_said(found, text, expected):
    assert found(text) == [expected]


# review11b #19: an aside cue after a one-word opener speaks the rest of the sentence; the reader still takes the
# opener ("Now", "Later") as the content, a wrong reading these cases must not freeze.
_OPENER_ONLY = pytest.mark.xfail(reason="content is the opener before the aside, not the sentence after it", strict=True)


@pytest.mark.parametrize(
    "text, cue, content",
    [
        pytest.param("Now, he says, the plan is dead.", "says", "the plan is dead", marks=_OPENER_ONLY),
        ("Mayor Lee: We will not raise taxes this year.", ":", "We will not raise taxes this year"),
        pytest.param("Later, the mayor said, the council voted.", "said", "the council voted", marks=_OPENER_ONLY),
    ],
)
def test_an_aside_still_speaks(text, cue, content, found):
    assert (cue, content) in [(c, t) for _, c, t in found(text)]


@pytest.mark.parametrize(
    "text, cue", [("Now, he says, the plan is dead.", "says"), ("Later, the mayor said, the council voted.", "said")]
)
def test_an_aside_after_an_opener_is_still_read(text, cue, found):
    assert cue in [c for _, c, _ in found(text)]


def test_a_long_link_before_words_is_read_in_linear_time(found):
    # A content opening with a long link and then words: with backtracking into the link this took ~14 s.
    link = "http://example.com/" + "a-" * 4000
    start = time.perf_counter()
    assert [(s, c) for s, c, _ in found(f'"{link} has the plan," the mayor said.')] == [("the mayor", "said")]
    assert time.perf_counter() - start < 3.0
