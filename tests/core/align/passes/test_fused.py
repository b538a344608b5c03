"""The fused-sentence pass (reader/core/align/passes/fused.py): a sentence that reports what
two sentences of the other article report gets a match with each."""

from __future__ import annotations

from reader.core.align.passes import fused as align_fused
from reader.core.align.passes import multi as align_multi
from tests.core.align.passes.test_context import matched_texts

APPEAL_A = "Zuma Rides said on Tuesday that it would appeal against the labour court ruling."
FARES_A = "She warned that higher fares for passengers and fewer cars on the road would follow."
FUSED_B = (
    "Zuma Rides will appeal against the labour court ruling, its advocate said, warning "
    "that passengers would face higher fares and fewer cars on the road."
)
FILLER_A = [
    "A labour court in Nairobi ruled that drivers working for Zuma Rides are employees of the company.",
    "The judge said the company controlled prices, routes and ratings.",
    "The drivers' union welcomed the judgment and called it historic.",
]
FILLER_B = [
    "Drivers for Zuma Rides are employees rather than contractors, a labour court in Nairobi ruled.",
    "According to the judge, the company controlled prices, routes and ratings.",
    "The union of drivers called the judgment historic.",
]


def test_a_fused_sentence_is_matched_with_both_halves_even_when_they_are_apart():
    a = " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], FILLER_A[2], FARES_A])
    b = " ".join([FILLER_B[0], FILLER_B[1], FUSED_B, FILLER_B[2]])
    pairs = matched_texts(a, b)
    assert (APPEAL_A, FUSED_B) in pairs
    assert (FARES_A, FUSED_B) in pairs


def test_without_the_pass_one_half_is_left_out(monkeypatch):
    monkeypatch.setattr(align_fused, "MIN_CONTAINED", 2.0)
    monkeypatch.setattr(align_multi, "STRONG_COSINE", 2.0)  # the many-to-many pass finds this one too
    a = " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], FILLER_A[2], FARES_A])
    b = " ".join([FILLER_B[0], FILLER_B[1], FUSED_B, FILLER_B[2]])
    pairs = matched_texts(a, b)
    assert sum(right == FUSED_B for _, right in pairs) == 1


def test_a_sentence_is_not_fused_in_on_words_the_first_match_explains():
    # Repeats the appeal in other words but adds nothing the fused sentence says besides it.
    repeat_a = "The company confirmed it would appeal against the ruling of the labour court."
    a = " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], repeat_a])
    b = " ".join([FILLER_B[0], FILLER_B[1], FUSED_B])
    pairs = matched_texts(a, b)
    assert sum(right == FUSED_B for _, right in pairs) == 1
