"""`light_cue._light_matches` tries its regex only where a verb starts: the same matches as a full scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attributions.forms.light_cue import _LIGHT, _light_matches

PIECES = (
    "made", "issued", "released", "releasing", "issuing", "unveiled", "delivered", "renewed", "remade", "Xmade", "_",
    "í", "9", " ", "  ", "\n", "\u00a0", ",", "the", "several", "public", "comments", "statements", "a statement",
    "warnings", "plans", "apology", "apologies", "remarks", "point", "strongly", "famous", "that", ":",
)  # fmt: skip


def spans(matches):
    return [(m.span(), m.span("noun"), m.group("made")) for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_same_matches_as_a_full_scan(pieces):
    text = "".join(pieces)
    assert spans(_light_matches(text)) == spans(_LIGHT.finditer(text))


def test_back_to_back_and_nested_verbs():
    text = "He made made comments. They issued released statements; she renewed remarks and made the point"
    assert spans(_light_matches(text)) == spans(_LIGHT.finditer(text))
    assert len(spans(_light_matches(text))) == 4  # "released" is read as a modifier (-ed) of the first
