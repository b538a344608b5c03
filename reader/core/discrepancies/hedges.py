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

The hedged credit and the direct one must name one source themselves
(`sources_alike.one_source`: "Lee reportedly said, and Ruiz confirmed" against
"Ruiz said" is Ruiz's word on both sides). A hedge inside the content of a
credit that is itself direct ("Police said the suspect allegedly fired ...")
hedges the claim, not the credit: it is reported as a "hedged claim" under
that source, against the other side's direct credit.

Called by `attribution.find_attribution` with the credits that hold the claim:
where it finds one source on both sides (`maybe_same_source`) and no relayed
source (`relayed`), and where one side's only credits are hedge adverbs with no
source (`only_hedges`: "..., reportedly said Ruiz" when the extractor reads the
adverb alone), which would otherwise read as an anonymous source.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from reader.core.discrepancies.common import Found, Pair, Side, clip, sided_found
from reader.core.discrepancies.credit_words import credit_span, said_by, who
from reader.core.discrepancies.sources_alike import one_source
from reader.core.model import Actor, Attribution, Span
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


def hedged(side: Side, credits: list[Attribution], hedges: frozenset[str]) -> Iterator[tuple[Attribution, Span]]:
    """The credits of ``credits`` that are hedged, each with where."""
    for t in credits:
        span = hedge_of(side, t, hedges)
        if span is not None:
            yield t, span


def only_hedges(side: Side, credits: list[Attribution], hedges: frozenset[str]) -> bool:
    """Whether every credit of the side is a hedge adverb with no source ("..., reportedly said Ruiz" when the
    extractor reads only the adverb): the side names no one, it only hedges."""
    return bool(credits) and all(t.source is None and t.kind == "adverbial" and hedge_of(side, t, hedges) for t in credits)


def _holder(side: Side, t: Attribution, at: Span, hedges: frozenset[str]) -> Attribution | None:
    """The direct credit of the side whose content holds a sourceless hedge ``t`` ("Police said the suspect
    allegedly fired"), or None."""
    if t.source is not None:
        return None
    for u in side.credits:
        if u is not t and u.source is not None and u.content.start <= at.start and at.end <= u.content.end:
            if hedge_of(side, u, hedges) is None:
                return u
    return None


def hedged_against_direct(
    pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution], actors: Mapping[str, Actor], hedges: frozenset[str]
) -> list[Found]:
    """One side's credit of the claim hedged ("Cheney reportedly said"), the other's direct ("Cheney said in a
    statement"): a credit naming the same source, with no hedge of its own."""
    if not hedges:
        return []
    hedges_a, hedges_b = list(hedged(pair.a, credits_a, hedges)), list(hedged(pair.b, credits_b, hedges))
    if bool(hedges_a) == bool(hedges_b):
        return []
    side_h, side_d, credits_d = (pair.a, pair.b, credits_b) if hedges_a else (pair.b, pair.a, credits_a)
    direct = [t for t in credits_d if t.source is not None and t.kind != "adverbial" and hedge_of(side_d, t, hedges) is None]
    for t_h, at in hedges_a or hedges_b:
        holder = _holder(side_h, t_h, at, hedges)
        named = holder or t_h
        for t_d in direct:
            if named.source is not None and not _one(pair, side_h, named, t_d, actors):
                continue
            return [_found(pair, side_h, side_d, t_h, at, holder, t_d, actors)]
    return []


def _one(pair: Pair, side_h: Side, t_h: Attribution, t_d: Attribution, actors: Mapping[str, Actor]) -> bool:
    return one_source(pair, t_h, t_d, actors) if side_h is pair.a else one_source(pair, t_d, t_h, actors)


def _found(
    pair: Pair,
    side_h: Side,
    side_d: Side,
    t_h: Attribution,
    at: Span,
    holder: Attribution | None,
    t_d: Attribution,
    actors: Mapping[str, Actor],
) -> Found:
    word = clip(side_h.slice(at), 20)
    if holder is not None:
        own, span_h, detail = f"{said_by(side_h, holder, actors)} … '{word}'", credit_span(holder), "hedged claim"
    elif t_h.cue != at:  # the hedge between source and cue: "Ruiz reportedly said"
        own, span_h, detail = (
            f"{who(side_h, t_h, actors)} {word} {clip(side_h.slice(t_h.cue), 20)}",
            credit_span(t_h),
            "hedged vs direct",
        )
    else:
        own, span_h, detail = f"'{word}'", credit_span(t_h), "hedged vs direct"
    spans = {side_h.id: Span(min(span_h.start, at.start), max(span_h.end, at.end)), side_d.id: credit_span(t_d)}
    texts = {side_h.id: f"hedged ({own})", side_d.id: f"direct ({said_by(side_d, t_d, actors)})"}
    return sided_found(pair, spans, texts, "low", detail)
