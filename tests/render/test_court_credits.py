"""Whom the Differences panel and the text report credit for the court pair's shared fine (review11a #17)."""

from __future__ import annotations

from pathlib import Path

from reader.core.credits import CreditIndex
from reader.core.pipeline import analyze
from reader.core.text.loader import load_articles
from reader.render.snippets import credit_line

PAIR = Path(__file__).resolve().parents[1] / "fixtures" / "discrepancies"


def test_a_courts_order_is_the_credit_of_the_fine_it_ordered():
    # Both reports give the fine as the court's order ("The court ordered the defendants to pay a combined fine
    # of ..."): kept on purpose. The figures differ (1 and 2 million pounds) inside the order, so the panel says
    # whose words they are on each side, "The court ordered", where it used to say "no attribution".
    analysis = analyze(load_articles([PAIR / "court_a.txt", PAIR / "court_b.txt"]))
    credits = CreditIndex(analysis.attributions)
    fine = [m for m in analysis.matches if "combined fine" in analysis.text_of(m.a)]
    assert len(fine) == 1
    credits_a, credits_b = credits.of_match(fine[0])
    assert credit_line(analysis, credits_a) == credit_line(analysis, credits_b) == "The court ordered"
    assert {t.cue_class for t in credits_a + credits_b} == {"ask"}
