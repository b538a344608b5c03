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
