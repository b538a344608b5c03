"""Attribution: one source on both sides, hedged on one ("Ruiz reportedly said") and direct on the other.

"Liz Cheney reportedly said the matter should be left to the states" / "Liz
Cheney said in a statement that ...": both credit the claim to the same person,
so the attribution finder's source tests see no difference; but one article
only passes on a report that she said it, the other gives it on her word. Here
a credit is *hedged* when a hedge adverb of the reporting-verb lexicon
(`adverbs`: "reportedly", "allegedly", "purportedly") is its own cue (the
extractor's adverbial form, "has reportedly said the matter ...") or is written
between its source and its cue ("Cheney has reportedly told", at most
`MAX_GAP` words apart). A pair whose sides share a source, one side hedged and
the other not, is reported.

Called by `attribution.find_attribution` where it finds one source on both
sides (`maybe_same_source`), with the credits that hold the claim.
"""

from __future__ import annotations

from reader.core.discrepancies.common import Side
from reader.core.model import Attribution, Span
from reader.core.text.tokens import tokenize

MAX_GAP = 3  # words between a source and its cue that may hold the hedge ("has reportedly told")


def hedge_of(side: Side, t: Attribution, hedges: frozenset[str]) -> Span | None:
    """Where ``t`` is hedged (`hedges`: the lexicon's hedge adverbs, case-folded), or None."""
    if t.kind == "adverbial" and side.slice(t.cue).casefold() in hedges:
        return t.cue
    if t.source is None or t.source.end > t.cue.start:
        return None
    gap = side.text[t.source.end : t.cue.start].casefold()
    if not any(h in gap for h in hedges):
        return None  # (most credits: no tokenising)
    between = tokenize(side.text, t.source.end, t.cue.start)
    if len(between) > MAX_GAP:
        return None
    for token in between:
        if token.norm in hedges:
            return Span(token.start, token.end)
    return None


def hedged(side: Side, credits: list[Attribution], hedges: frozenset[str]) -> tuple[Attribution, Span] | None:
    """The first credit of ``credits`` that is hedged, with where, or None."""
    for t in credits:
        span = hedge_of(side, t, hedges)
        if span is not None:
            return t, span
    return None
