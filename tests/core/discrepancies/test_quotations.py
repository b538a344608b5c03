"""Quote drift between whole quotations of one speaker that no match puts side by side."""

from __future__ import annotations

from reader.core.discrepancies import find_discrepancies
from reader.core.model import Analysis

SHARED = "The sentencing hearing for former city treasurer Tom Reyes is set for June 3 in federal court."
A = (
    f"{SHARED}\n\n"
    "Reyes pleaded guilty on Monday to taking funds from the city pension account.\n\n"
    "“I took money I shouldn’t have taken for my own house,” Mr. Reyes told the judge."
)
B = f'{SHARED}\n\nIn a short statement, Reyes conceded he "took money that shouldn\'t have been taken," and apologised to voters.'


def quotes_beside(analysis: Analysis) -> list[tuple[str, str, str]]:
    """The quote discrepancies when only the shared first sentences are matched."""
    first = [m for m in analysis.matches if analysis.text_of(m.a).startswith("The sentencing")]
    assert first
    found = find_discrepancies(analysis.articles, first, analysis.actors, analysis.attributions)
    return [(analysis.text_of(d.a), analysis.text_of(d.b), d.detail) for d in found if d.kind == "quote"]


def test_one_speakers_quotation_told_in_two_ways_outside_any_match(analyse):
    ((a, b, detail),) = quotes_beside(analyse(A, B))
    assert "shouldn’t have taken" in a and "shouldn't have been taken" in b
    assert detail.endswith("whole quotations")


def test_another_speakers_words_are_not_compared(analyse):
    # The same words, but B credits them to the prosecutor: two sayings, not one quoted two ways.
    other = B.replace("Reyes conceded he", "prosecutor Mia Lund said Reyes")
    assert quotes_beside(analyse(A, other)) == []


def test_quotations_sharing_few_words_are_not_one_saying(analyse):
    other = B.replace("took money that shouldn't have been taken", "made mistakes that hurt my family and my city")
    assert quotes_beside(analyse(A, other)) == []
