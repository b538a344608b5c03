"""Each search shortcut finds what its regex finds, on text drawn from the regex itself.

The shortcuts (`time_before_cue`, `carried_on`, `poll_matches`, `dash_name_matches`) search only where a
match can be, and some know by heart what their regex can hold (look-ahead lengths, barrier characters).
Fixed strings cannot catch a regex edited without its shortcut (review12, finding 3); matches generated
from the regex, wrapped in noise made of the words and marks the regexes turn on, can.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.attributions.cue_words import CARRIED_ON, carried_on
from reader.core.attributions.forms.dash_cue import _DASH_NAME, dash_name_matches
from reader.core.attributions.forms.poll_cue import _POLL, poll_matches
from reader.core.attributions.sources import TIME_BEFORE_CUE, time_before_cue

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
_PIECES = [*"aZ 9.,\n\t\"'’”—-–:;()ly", "poll", "survey", " in a ", " to ", "In", " about", " of ", " regarding "]
noise = st.lists(st.sampled_from(_PIECES), max_size=15).map("".join)


def _spans(matches) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [m.span() for m in matches]


@EXAMPLES
@given(noise, st.from_regex(TIME_BEFORE_CUE, fullmatch=True), noise)
def test_time_before_cue_is_the_pattern_s_search(pre: str, match: str, post: str) -> None:
    for text in (pre + match, pre + match + post, match):
        fast, full = time_before_cue(text), TIME_BEFORE_CUE.search(text)
        assert (fast and fast.span()) == (full and full.span()), repr(text)


@EXAMPLES
@given(noise, st.from_regex(CARRIED_ON, fullmatch=True), noise, st.integers(0, 50))
def test_carried_on_is_the_pattern_s_search(pre: str, match: str, post: str, start: int) -> None:
    text = pre + match + post
    for pos in (len(pre) + len(match), len(text)):
        low = min(start, pos)
        fast, full = carried_on(text, low, pos), CARRIED_ON.search(text, max(low, pos - 40), pos)
        assert (fast and fast.span()) == (full and full.span()), repr((text, low, pos))


@EXAMPLES
@given(noise, st.from_regex(_POLL, fullmatch=True), noise, noise)
def test_poll_matches_are_the_pattern_s_matches(pre: str, match: str, post: str, middle: str) -> None:
    for text in (pre + match + post, match + middle + match, pre + match, match):
        assert _spans(poll_matches(text)) == _spans(_POLL.finditer(text)), repr(text)


@EXAMPLES
@given(noise, st.from_regex(_DASH_NAME, fullmatch=True), noise)
def test_dash_name_matches_are_the_pattern_s_matches(pre: str, match: str, post: str) -> None:
    for text in (pre + match + post, match + match, pre + match):
        assert _spans(dash_name_matches(text)) == _spans(_DASH_NAME.finditer(text)), repr(text)
