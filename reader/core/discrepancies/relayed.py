"""Attribution: both sides credit the claim to one source, and one names whom that source had it from.

"Gowdy said ... her lawyer had informed the committee that the server ... had
been wiped clean" / "He said the committee learned she had ... wiped it clean":
the outer source (Gowdy) is the same, so the attribution finder reports nothing;
but one article names where Gowdy's information came from (Clinton's lawyer) and
the other does not. Here, in a match whose sides credit the claim to one source,
a nested credit on one side (its cue inside the outer credit's content, its own
content holding words the match shares) and none on the other is reported.

Called by `attribution.find_attribution` (handed to it by `find`) where it finds
one source on both sides (`maybe_same_source`), with the credits it found
holding the claim. Only the alignment's own matches can give a finding: a claim pair of the search across
unpaired sentences (`across`) has no shared runs, so no nested content holds
`MIN_NESTED_SHARED` of them (those pairs are too loose for a nested source to be
the same claim's).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from reader.core.discrepancies.across import claim_stems
from reader.core.discrepancies.attribution import _shared_inside, crediting
from reader.core.discrepancies.common import Found, Pair, Side, clip, sided_found
from reader.core.discrepancies.credit_words import credit_span, pronoun, who
from reader.core.discrepancies.sources_alike import maybe_same_source
from reader.core.model import Actor, Attribution

MIN_NESTED_SHARED = 2  # weight of the match's shared words the nested credit's content must hold


def _inside(inner: Attribution, outer: Attribution) -> bool:
    return inner is not outer and outer.content.start <= inner.cue.start and inner.content.end <= outer.content.end


def _same_source(side: Side, outer: Attribution, inner: Attribution) -> bool:
    """Whether the nested credit is the outer source's again ("Obama said ..., saying ...")."""
    if outer.source_actor is not None and outer.source_actor == inner.source_actor:
        return True
    return (
        outer.source is not None
        and inner.source is not None
        and side.slice(outer.source).casefold() == side.slice(inner.source).casefold()
    )


def _nested(pair: Pair, side: Side, outer: Attribution) -> list[Attribution]:
    """Credits inside ``outer``'s content that name their own source and hold some of the shared claim."""
    return [
        t
        for t in side.credits
        if _inside(t, outer)
        and crediting(t)
        and t.source is not None
        and not pronoun(side, t)
        and not _same_source(side, outer, t)
        and _shared_inside(pair, side, t.content) >= MIN_NESTED_SHARED
    ]


def _ordered(
    pair: Pair, mine: Side, own: list[Attribution], their: list[Attribution]
) -> tuple[list[Attribution], list[Attribution]]:
    return (own, their) if mine is pair.a else (their, own)


def relayed(
    pair: Pair,
    outer_a: list[Attribution],
    outer_b: list[Attribution],
    actors: Mapping[str, Actor],
    stems: Callable[[str, int, int], set[str]] | None = None,
) -> list[Found]:
    """A source named, inside one source's report, on one side of the match only. ``outer_a``, ``outer_b``:
    the credits of each side holding the claim (`attribution._credits_claim`), both sides' source maybe one.
    ``stems``: `across.claim_stems` of the analysis (without it, one without paraphrases)."""
    stems = stems if stems is not None else claim_stems({})
    found: list[Found] = []
    for mine, theirs, own_outer, their_outer in ((pair.a, pair.b, outer_a, outer_b), (pair.b, pair.a, outer_b, outer_a)):
        for outer in own_outer:
            nested = _nested(pair, mine, outer)
            if not nested:
                continue
            if not any(maybe_same_source(pair, *_ordered(pair, mine, [outer], [t]), actors) for t in their_outer):
                continue
            # Any credit of that source on the other side may hold the claim ("He said the committee learned ..."
            # after "Gowdy said ...": the claim shares few of the match's words with either).
            same = [
                t for t in theirs.credits if crediting(t) and maybe_same_source(pair, *_ordered(pair, mine, [outer], [t]), actors)
            ]
            # The other side gives the claim on the same source's word, and names no one it came from.
            plain = [t for t in same if not any(_inside(n, t) and n.source is not None for n in theirs.credits)]
            if not plain:
                continue
            inner = nested[0]
            # The other side's credit holding the nested claim: the most content words in common with it.
            held = stems(mine.text, inner.content.start, inner.content.end)
            other = max(plain, key=lambda t: len(held & stems(theirs.text, t.content.start, t.content.end)))
            spans = {mine.id: credit_span(inner), theirs.id: credit_span(other, theirs)}
            texts = {
                mine.id: f"{who(mine, outer, actors)} had it from {who(mine, inner, actors)} ({clip(mine.slice(inner.cue), 20)})",
                theirs.id: f"credited to {who(theirs, other, actors)}, no one named before",
            }
            found.append(sided_found(pair, spans, texts, "low", "relayed source"))
            return found
    return found
