"""The context pass (reader/core/align/passes/context.py): local context and
distinctive shared quantities let weaker paraphrases through, nothing else."""

from __future__ import annotations

from reader.core.align.matches import align
from reader.core.align.passes import context as align_context
from reader.core.align.passes import multi as align_multi
from reader.core.align.stems import article_stems
from reader.core.lexicons.paraphrases import load_paraphrases
from reader.core.text import segment
from tests.core.align.test_weights import make_article

FIRST_A = "The city council voted on Monday to close the old harbour bridge to heavy lorries from next month."
FIRST_B = "From next month heavy lorries will be barred from the old harbour bridge, the city council decided on Monday."
WEAK_A = "Inspectors said the bridge needed new cables and fresh paint, but its foundations were sound."
WEAK_B = "The foundations are in good shape, according to the engineers, though the cables must be replaced."
LAST_A = "Repairs are expected to cost the city about 14 million euros and to take two years."
LAST_B = "The repairs will take two years and cost the city some €14 million, officials estimate."
OTHER = "Tourism in the province has recovered strongly since the pandemic, hotel owners say."


def matched_texts(text_a: str, text_b: str) -> list[tuple[str, str]]:
    a, b = make_article("A", text_a), make_article("B", text_b)
    matches, _ = align([a, b])
    return [(a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end]) for m in matches]


def test_a_weak_pair_between_two_matches_in_step_is_matched():
    pairs = matched_texts(" ".join([FIRST_A, WEAK_A, LAST_A]), " ".join([FIRST_B, WEAK_B, LAST_B]))
    assert (WEAK_A, WEAK_B) in pairs and len(pairs) == 3


def test_the_same_weak_pair_out_of_step_is_not():
    pairs = matched_texts(" ".join([FIRST_A, WEAK_A, LAST_A]), " ".join([FIRST_B, OTHER, LAST_B, WEAK_B]))
    assert [a for a, _ in pairs] == [FIRST_A, LAST_A]


def test_a_gap_sentence_sharing_nothing_stays_unmatched():
    pairs = matched_texts(" ".join([FIRST_A, WEAK_A, LAST_A]), " ".join([FIRST_B, OTHER, LAST_B]))
    assert len(pairs) == 2


def test_gaps_wider_than_the_limit_are_not_filled(monkeypatch):
    monkeypatch.setattr(align_context, "MAX_GAP", 0)
    pairs = matched_texts(" ".join([FIRST_A, WEAK_A, LAST_A]), " ".join([FIRST_B, WEAK_B, LAST_B]))
    assert len(pairs) == 2


NUMBER_A = (
    "Eastvale's population has doubled over the past decade to nearly 38,000, and residents have long "
    "complained about crowded buses and traffic jams on the main access road."
)
NUMBER_B = (
    "Supporters say the tram line will transform life in Eastvale, where the number of residents has doubled to almost 38,000."
)


def test_a_distinctive_shared_quantity_lowers_the_bar(monkeypatch):
    # Far apart in both articles, so local context cannot be what pairs them.
    filler_a = [f"Paragraph {k} is about the weather in spring number {k}." for k in range(4)]
    filler_b = ["The mayor opened a new library on Friday.", "Prices at the market rose sharply."]
    pairs = matched_texts(" ".join([NUMBER_A, *filler_a]), " ".join([*filler_b, NUMBER_B]))
    assert pairs == [(NUMBER_A, NUMBER_B)]
    # The first pass alone does not pair them (nor does the many-to-many pass's rule for a
    # large number found in one sentence of each article, `passes.multi`).
    monkeypatch.setattr(align_context, "_number_pairs", lambda *args: [])
    monkeypatch.setattr(align_multi, "unique_number_pairs", lambda *args: [])
    assert matched_texts(" ".join([NUMBER_A, *filler_a]), " ".join([*filler_b, NUMBER_B])) == []


def test_small_counts_and_years_are_not_distinctive():
    assert not align_context._distinctive("7")
    assert not align_context._distinctive("2026")
    assert align_context._distinctive("340") and align_context._distinctive("30000000")


def test_a_large_number_only_two_sentences_hold_pairs_them_with_one_more_word():
    filler_a = "The council met on Tuesday to discuss the budget for the coming year in detail."
    filler_b = "Flooding closed three roads near the river after a night of heavy rain."
    pairs = matched_texts(
        f"{filler_a} It passed in a 396-9 vote.",
        f"On Wednesday, the chamber voted 396-9 on a measure that reaffirmed the motto. {filler_b}",
    )
    assert pairs == [
        ("It passed in a 396-9 vote.", "On Wednesday, the chamber voted 396-9 on a measure that reaffirmed the motto.")
    ]


def test_a_pair_sharing_a_unique_number_gets_the_looser_gates_whatever_else_it_shares():
    # "396" is in one sentence of each article, "250" in two of b: the pair is judged as sharing a
    # unique number, not by whichever of its numbers the (hash-ordered) set of shared numbers gives first.
    filler_a = "The council met on Tuesday to discuss the budget for the coming year in detail."
    filler_b = "Flooding closed three roads near the river after a night of heavy rain."
    a = make_article("A", f"{filler_a} It passed in a 396-9 vote while 250 protesters sang outside.")
    b = make_article(
        "B",
        f"On Wednesday, the chamber approved by 396-9 a measure that reaffirmed the motto, with 250 lawmakers attending. "
        f"{filler_b} The hall seats 250 guests.",
    )
    stems_a, stems_b = (article_stems(x, segment.sentences(x.text), load_paraphrases(), {}) for x in (a, b))
    assert align_context._number_pair_score(stems_a, 1, stems_b, 0) is None  # the gates for a shared number fail
    found = align_context._number_pairs(stems_a, stems_b, set(), set())
    assert [(p.a_first, p.b_first) for p in found] == [(1, 0)]
