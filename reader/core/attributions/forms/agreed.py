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

from reader.core.model import Span

AGREE = frozenset({"agree", "agrees", "agreed", "agreeing"})
_AGREED = re.compile(
    r"(?:with|on(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)))\s+\S|"
    r"(?=(?:he|she|they|it|we|i|there|the|this|that)\s)"
)  # "agreed on Saturday to exchange prisoners": a date, then an undertaking
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
    return "stance" if m.end() > m.start() else "belief"
