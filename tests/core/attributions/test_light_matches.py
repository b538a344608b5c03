"""`light_cue._matches_at` tries a regex only where one of its verbs starts: the same matches as a full scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attributions.forms.light_cue import _DOCUMENT, _DOCUMENT_VERBS, _LIGHT, _LIGHT_VERBS, _matches_at
from reader.core.text.holding import literal_starts

PIECES = (
    "made", "issued", "released", "releasing", "issuing", "unveiled", "delivered", "renewed", "remade", "Xmade", "_",
    "í", "9", " ", "  ", "\n", "\u00a0", ",", "the", "several", "public", "comments", "statements", "a statement",
    "warnings", "plans", "apology", "apologies", "remarks", "point", "strongly", "famous", "that", ":",
    "filed", "profiled", "sent", "present", "published", "his", "lawsuit", "open letter", "text messages", "ads",
)  # fmt: skip


def spans(matches):
    return [(m.span(), m.span("noun"), m.group("made")) for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_the_same_matches_as_a_full_scan(pieces):
    text = "".join(pieces)
    assert spans(_matches_at(_LIGHT, _LIGHT_VERBS, text, literal_starts(text, _LIGHT_VERBS))) == spans(_LIGHT.finditer(text))
    documents = [m.span() for m in _matches_at(_DOCUMENT, _DOCUMENT_VERBS, text, literal_starts(text, _DOCUMENT_VERBS))]
    assert documents == [m.span() for m in _DOCUMENT.finditer(text)]


def test_back_to_back_and_nested_verbs():
    text = "He made made comments. They issued released statements; she renewed remarks and made the point"
    assert spans(_matches_at(_LIGHT, _LIGHT_VERBS, text, literal_starts(text, _LIGHT_VERBS))) == spans(_LIGHT.finditer(text))
    assert (
        len(spans(_matches_at(_LIGHT, _LIGHT_VERBS, text, literal_starts(text, _LIGHT_VERBS)))) == 4
    )  # "released" is read as a modifier (-ed) of the first
