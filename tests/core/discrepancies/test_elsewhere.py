"""Amounts told differently in sentences the alignment did not pair."""

from __future__ import annotations

from reader.core.discrepancies import find_discrepancies
from reader.core.model import Analysis

A = (
    "Former Rep. Tom Hale pleaded guilty on Wednesday to spending campaign money on personal items. "
    "Sentencing has been set for June 28 by the federal judge in the case.\n\n"
    "Prosecutors say Hale used campaign money to buy items including a $43,350 gold-plated Rolex watch "
    "and furniture for his children."
)
B = (
    "Former Rep. Tom Hale pleaded guilty on Wednesday to spending campaign money on personal items. "
    "Sentencing has been set for June 28 by the federal judge in the case.\n\n"
    "Among his purchases: a mink cape, a $43,000 Rolex watch, and a guitar played by Elvis."
)


def first_match_only(analysis: Analysis) -> list[tuple[str, str, str]]:
    """The number discrepancies when only the first sentences are matched (as if the alignment had left the
    amounts' sentences unpaired, as it does with real reports written differently)."""
    found = find_discrepancies(analysis.articles, analysis.matches[:1], analysis.actors, analysis.attributions)
    return [(analysis.text_of(d.a), analysis.text_of(d.b), d.detail, d.place) for d in found if d.kind == "number"]


def test_an_amount_of_the_same_named_thing_in_unpaired_sentences_is_compared(analyse):
    assert first_match_only(analyse(A, B)) == [("$43,350", "$43,000", "close money", "elsewhere")]


def test_an_equal_amount_written_differently_is_not_reported(analyse):
    assert first_match_only(analyse(A, B.replace("$43,000", "$43,350.00"))) == []


def test_amounts_without_a_shared_name_or_far_apart_are_not_compared(analyse):
    assert first_match_only(analyse(A, B.replace("Rolex watch", "gold watch"))) == []
    assert first_match_only(analyse(A, B.replace("$43,000", "$143,000"))) == []


def test_a_quoted_amount_is_the_speakers(analyse):
    quoted = B.replace("a $43,000 Rolex watch,", '"a $43,000 Rolex watch," he said,')
    assert first_match_only(analyse(A, quoted)) == []


# Self-written fixture: a count of one named thing, told in two differently written sentences.
C = (
    "The storm reached the coast on Sunday night. Rescue teams worked through the night.\n\n"
    "Officials said the flooding along the Varna River destroyed 412 homes and damaged the old bridge."
)
D = (
    "The storm reached the coast on Sunday night. Rescue teams worked through the night.\n\n"
    "In the villages on the Varna River, 380 homes were destroyed, a regional spokesman said."
)


def test_a_count_of_the_same_named_thing_in_unpaired_sentences_is_compared(analyse):
    assert first_match_only(analyse(C, D)) == [("412 homes", "380 homes", "different count", "elsewhere")]


def test_counts_of_generic_or_unnamed_things_or_in_words_are_not_compared(analyse):
    assert first_match_only(analyse(C.replace("412 homes", "412 people"), D.replace("380 homes", "380 people"))) == []
    assert first_match_only(analyse(C, D.replace("Varna River", "river"))) == []
    assert first_match_only(analyse(C.replace("412", "four"), D.replace("380", "three"))) == []
