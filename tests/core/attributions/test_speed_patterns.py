"""Patterns rewritten for speed find what the plain forms they replace find."""

from __future__ import annotations

import re

from reader.core.attributions.forms.poll_cue import _POLL

_REFERENCE_POLL = re.compile(_POLL.pattern.replace(r"(?P<cue>[Ii]n)(?<!\w..)", r"\b(?P<cue>[Ii]n)"))
_TRICKY = (
    "In a CNN poll released Monday, Clinton led. Trump leads in a Gallup survey. Within a poll; xin a poll, "
    "_in a poll, 9in a poll, éin a poll, (in the latest NBC News/Wall Street Journal poll), in polls, "
    "in a survey of voters, In survey, in\ta\nnew poll. spin a poll. in In a poll"
)


def test_poll_pattern_finds_what_the_reference_finds() -> None:
    assert _REFERENCE_POLL.pattern != _POLL.pattern
    expected = [m.span() for m in _REFERENCE_POLL.finditer(_TRICKY)]
    assert len(expected) >= 5
    assert [m.span() for m in _POLL.finditer(_TRICKY)] == expected
    for start in range(len(_TRICKY)):
        text = _TRICKY[start:]
        assert [m.span() for m in _POLL.finditer(text)] == [m.span() for m in _REFERENCE_POLL.finditer(text)]


def test_cue_spans_find_what_the_lower_case_pattern_finds() -> None:
    from reader.core.lexicons.verbs import load_reporting_verbs

    verbs = load_reporting_verbs()
    assert verbs.lower_cue_pattern is not None
    assert verbs.after_mark_pattern is not None  # the fast form is used
    text = (
        "Said the man, said said. He said-so; so-called said'd ’said said\n"
        'according to him, reportedly, According  To X. saying,said:told\ttold (said) "said" x-said said'
    )
    for start in range(len(text)):  # a cue at the very start, after every kind of character
        piece = text[start:]
        expected = [m.span() for m in verbs.lower_cue_pattern.finditer(piece.lower())]
        assert verbs.cue_spans(piece) == expected
    assert len(verbs.cue_spans(text)) >= 8


def test_cue_spans_without_the_fast_form_when_a_cue_starts_otherwise() -> None:
    from reader.core.lexicons.verbs import build_reporting_verbs

    verbs = build_reporting_verbs({"classes": {"say": ["said", "'tis said"]}})
    assert verbs.lower_cue_pattern is not None and verbs.after_mark_pattern is None
    text = "'Tis said, he said. x'tis said"
    assert verbs.cue_spans(text) == [m.span() for m in verbs.lower_cue_pattern.finditer(text.lower())]
    assert build_reporting_verbs({"classes": {"say": ["said", "dijé"]}}).after_mark_pattern is None  # no lower-case form
