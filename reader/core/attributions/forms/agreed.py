"""What "agreed" states without a that-clause, and as what: `many agreed with much of his speech`, `the candidates
broadly agreed on a moral responsibility` (a position shared: stance), `most Republicans agreed they had no real
recourse` (a belief).

Both are position classes, so that an agreement inside another attribution's content ("he said he agrees with the
plan") stays that attribution's (`extract._drop_nested_positions`). "could agree with", "won't agree on" and "the
figures agree" state no agreement, and "agreed to buy Kessler", "agreed to a deal" are events, not statements
(PolNeAR annotates them, but a reader comparing articles would see a deal credited to its parties). With a
that-clause "agreed" is read like any other cue.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import TIME_WORDS
from reader.core.model import Span

AGREE = frozenset({"agree", "agrees", "agreed", "agreeing"})
_AGREED = re.compile(r"with\s+\S|on\s+(?=\S)(?P<on>[^\W_]*)|(?=(?:he|she|they|it|we|i|there|the|this|that)\s)")
# After "on", a date: "agreed on Oct. 3 to", "agreed on Thursday night" (a weekday right after the cue is `cue_lead._LEAD`'s).
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_HYPOTHETICAL = re.compile(r"(?:\b(?:can|could|would|will|might|may|should|must|to|not|never)|n[’']t)\s+(?:[a-z]+ly\s+)?$", re.I)
_BEFORE = 25  # characters before the cue searched for a modal or a negation


def agreed_class(text: str, sentence: Span, cue: Span, pos: int) -> str | None:
    """The class "agreed" at ``cue`` takes when its words start at ``pos``, or None when it states no agreement of
    its own (then it is read like any "charge" cue: only with a that-clause, or after its content)."""
    if text.startswith("that", pos) or _HYPOTHETICAL.search(text, max(sentence.start, cue.start - _BEFORE), cue.start):
        return None
    m = _AGREED.match(text, pos, sentence.end)
    if m is None:
        return None
    on = m.group("on")
    if on and (on[0].isdigit() or on.lower() in TIME_WORDS or on.lower() in _MONTH_ABBREVIATIONS):
        return None  # "agreed on Oct. 3 to exchange prisoners", "agreed on 12/3": a date, then an undertaking
    return "stance" if m.end() > m.start() else "belief"
