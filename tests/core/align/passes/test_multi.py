"""The many-to-many pass (reader/core/align/passes/multi.py): a sentence already matched gets a
second partner when both open their articles (the ledes) or their rare words agree strongly."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.align.matches import align
from reader.core.align.passes import multi as align_multi
from reader.core.align.stems import article_stems
from reader.core.text.loader import load_articles
from tests.core.align.test_weights import make_article

ROOT = Path(__file__).resolve().parents[4]
# The seed pair's second sentence of A and lede of B report the failed reconciliation in other words;
# B's lede is matched with A's lede already.
REPORT_A = "The Al-Ahram media outlet reported that the attempt to mend relations"
LEDE_B = "A reconciliation attempt between Hamas and Egypt has failed miserably"


def pairs_with(a_snippet: str, b_snippet: str) -> int:
    a, b = load_articles([ROOT / "articles"])
    matches, _ = align([a, b])
    return sum(a_snippet in a.slice(m.a.span) and b_snippet in b.slice(m.b.span) for m in matches)


def test_a_lede_pair_is_matched_though_the_lede_has_a_partner_already():
    assert pairs_with(REPORT_A, LEDE_B) == 1


def test_without_the_lede_rule_it_is_not(monkeypatch):
    monkeypatch.setattr(align_multi, "LEDE_COSINE", 2.0)
    assert pairs_with(REPORT_A, LEDE_B) == 0


@pytest.mark.parametrize(
    ("text", "ledes"),
    [
        ("The council met on Monday. It approved the budget. Nobody objected.", [0, 1]),
        ("Council approves budget\n\nThe council met on Monday. It approved the budget. Nobody objected.", [1, 2]),
    ],
)
def test_the_ledes_are_the_first_two_sentences_of_the_body(article, text, ledes):
    built = article(text)
    assert align_multi._lede(article_stems(built, built.sentences)) == ledes


# A long sentence carrying a quantity has its best partner already; the other article gives the
# quantity in a short aside of its own.
QUANTITY_A = "The task force released a 225-page report that called for armed officers in every school."
QUANTITY_B = "The 225-page report also asked states to require safety assessments."


def quantity_pairs(text_b: str) -> list[tuple[str, str]]:
    a = make_article("A", f"The council met on Tuesday. {QUANTITY_A} Critics were not convinced.")
    b = make_article("B", f"The group wants armed officers in every school, its report said. {text_b} Flooding closed roads.")
    matches, _ = align([a, b])
    return [(a.slice(m.a.span), b.slice(m.b.span)) for m in matches]


def test_a_large_number_only_two_sentences_give_pairs_them_though_one_is_matched():
    assert (QUANTITY_A, QUANTITY_B) in quantity_pairs(QUANTITY_B)


def test_the_number_alone_is_not_enough():
    lone = "Damage from the storm reached 225 homes."
    assert not any(b == lone for _, b in quantity_pairs(lone))


def test_without_the_quantity_rule_it_is_not(monkeypatch):
    monkeypatch.setattr(align_multi, "unique_number_pairs", lambda *args: [])
    assert (QUANTITY_A, QUANTITY_B) not in quantity_pairs(QUANTITY_B)
