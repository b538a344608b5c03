"""Attribution: one source on both sides, hedged ("reportedly said") on one and direct on the other."""

from __future__ import annotations

from reader.core.discrepancies.common import Side
from reader.core.discrepancies.hedges import hedge_of
from reader.core.model import Attribution, Passage, Span
from reader.core.text.build import article_from_text

HEDGES = frozenset({"reportedly", "allegedly", "purportedly"})


def test_a_source_reportedly_saying_against_the_same_source_saying(analyse, found):
    analysis = analyse(
        "Senator Ana Ruiz reportedly said the army would withdraw its troops from the border region by March.",
        "Senator Ana Ruiz said in a statement that the army would withdraw its troops from the border region by March.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "hedged vs direct"
    assert a == "Senator Ana Ruiz reportedly said" and b == "Senator Ana Ruiz said in a statement"
    assert d.summary == "A: hedged (Senator Ana Ruiz reportedly said) · B: direct (Senator Ana Ruiz said in a statement)"


def test_the_hedge_may_stand_after_an_auxiliary(analyse, found):
    analysis = analyse(
        "The club's new owner has reportedly told players that the stadium will be sold to a developer next year.",
        "The club's new owner told players on Monday that the stadium will be sold to a developer next year.",
    )
    ((a, b, d),) = found(analysis, "attribution")
    assert d.detail == "hedged vs direct" and a == "The club's new owner has reportedly told players"
    assert b == "The club's new owner told players on Monday"


def test_a_hedge_on_the_claim_itself_under_the_same_source(analyse, found):
    # The source is the same; A passes the claim on hedged ("allegedly took"), B gives it on her word alone.
    analysis = analyse(
        "Prosecutor Ana Ruiz said the mayor allegedly took bribes from three construction firms in exchange for city contracts.",
        "Prosecutor Ana Ruiz said the mayor took bribes from three construction firms in exchange for city contracts.",
    )
    # The credit is direct on both sides: the hedge is on the claim, shown under its source.
    ((a, b, d),) = found(analysis, "attribution")
    assert (a, b, d.detail) == ("Prosecutor Ana Ruiz said the mayor allegedly", "Prosecutor Ana Ruiz said", "hedged claim")
    assert d.summary == "A: hedged (Prosecutor Ana Ruiz said … 'allegedly') · B: direct (Prosecutor Ana Ruiz said)"


def test_hedged_on_both_sides_agrees(analyse, found):
    analysis = analyse(
        "Senator Ana Ruiz reportedly said the army would withdraw its troops from the border region by March.",
        "Senator Ana Ruiz allegedly said that the army would withdraw its troops from the border region by March.",
    )
    assert [d for _, _, d in found(analysis, "attribution") if d.detail == "hedged vs direct"] == []


def test_direct_on_both_sides_agrees(analyse, found):
    analysis = analyse(
        "Senator Ana Ruiz said the army would withdraw its troops from the border region by March.",
        "Senator Ana Ruiz said in a statement that the army would withdraw its troops from the border region by March.",
    )
    assert found(analysis, "attribution") == []


def _credit(text: str, source: str, cue: str, kind: str = "indirect") -> tuple[Side, Attribution]:
    article = article_from_text(text, "A", "a.txt")
    s, c = text.index(source), text.index(cue)
    t = Attribution(
        "t1", "A", Span(c, c + len(cue)), Span(c + len(cue), len(text)), kind, False, Span(s, s + len(source)), None, "say"
    )
    return Side(article, Passage("A", 0, len(text)), (t,)), t


def test_a_hedge_far_from_the_cue_is_not_this_credits():
    # "reportedly" four words before the cue belongs to another clause, not to this saying.
    side, t = _credit("Ruiz, who reportedly met the envoy twice, said the talks failed.", "Ruiz", "said")
    assert hedge_of(side, t, HEDGES) is None
    side, t = _credit("Ruiz has reportedly said the talks failed.", "Ruiz", "said")
    assert side.slice(hedge_of(side, t, HEDGES)) == "reportedly"


def test_a_hedged_credit_of_one_person_is_not_set_against_a_direct_credit_of_another(analyse, found):
    # Both articles give the claim on Ruiz's word, directly; only Lee's word is hedged, and B does not cite Lee.
    analysis = analyse(
        "Minister Tom Lee reportedly said, and Senator Ana Ruiz confirmed, that the army would withdraw its troops from the border region by March.",
        "Senator Ana Ruiz said the army would withdraw its troops from the border region by March.",
    )
    assert [d for _, _, d in found(analysis, "attribution") if d.detail.startswith("hedged")] == []


def test_a_pronoun_resolved_to_another_person_is_not_the_same_source(analyse, found):
    analysis = analyse(
        "Defence Minister Tom Lee met the envoy on Monday. He reportedly said the army would withdraw its troops from the border region by March.",
        "Senator Ana Ruiz said the army would withdraw its troops from the border region by March.",
    )
    assert [d for _, _, d in found(analysis, "attribution") if d.detail.startswith("hedged")] == []


def test_a_side_relaying_a_newspaper_gives_the_relayed_source_not_a_direct_credit(analyse, found):
    analysis = analyse(
        "Senator Ana Ruiz reportedly said the army would withdraw its troops from the border region by March.",
        "The Daily Courier reported that Senator Ana Ruiz said the army would withdraw its troops from the border region by March.",
    )
    ((_, _, d),) = found(analysis, "attribution")
    assert d.detail == "relayed source"


def test_a_hedge_adverb_with_no_source_is_a_hedge_not_an_anonymous_source(analyse, found):
    # The extractor reads only the adverb before an inverted speaker: that is a hedge, not "credited to reportedly".
    analysis = analyse(
        "The army would withdraw its troops from the border region by March, reportedly said Senator Ana Ruiz.",
        "The army would withdraw its troops from the border region by March, said Senator Ana Ruiz.",
    )
    details = [d.detail for _, _, d in found(analysis, "attribution")]
    assert "anonymous vs named" not in details and details == ["hedged vs direct"]


def test_an_according_to_credit_is_written_in_text_order(analyse, found):
    analysis = analyse(
        "According to Senator Ana Ruiz, the army would withdraw its troops from the border region by March.",
        "Senator Ana Ruiz reportedly said the army would withdraw its troops from the border region by March.",
    )
    ((_, _, d),) = found(analysis, "attribution")
    assert d.summary == "A: direct (According to Senator Ana Ruiz) · B: hedged (Senator Ana Ruiz reportedly said)"
