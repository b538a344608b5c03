"""The near-copy pass (reader/core/align/passes/near.py): a short sentence copied with a word or
two left out, in any order, is matched; a stock phrase in a longer sentence, or one several
sentences reduce to, is not. The pass is run alone (the scoring passes may pair such sentences
on their own evidence)."""

from __future__ import annotations

from reader.core.align.pair import PairContext
from reader.core.align.passes import near
from reader.core.align.select import PassagePair
from reader.core.align.stems import article_stems
from reader.core.text.segment import sentences
from tests.core.align.test_weights import make_article

FILLER_A = "The council met on Tuesday to discuss the budget for the coming year in detail."
FILLER_B = "Flooding closed three roads near the river after a night of heavy rain."


def near_pairs(text_a: str, text_b: str) -> list[tuple[str, str]]:
    a, b = make_article("A", text_a), make_article("B", text_b)
    sa, sb = sentences(a.text), sentences(b.text)
    found = near.run(PairContext.of(article_stems(a, sa), article_stems(b, sb)), [])
    return [(a.text[sa[p.a_first].start : sa[p.a_last].end], b.text[sb[p.b_first].start : sb[p.b_last].end]) for p in found]


def test_a_short_sentence_with_a_word_left_out_is_matched():
    pairs = near_pairs(f"{FILLER_A} The two men were left alone.", f"The two men were alone. {FILLER_B}")
    assert pairs == [("The two men were left alone.", "The two men were alone.")]


def test_clauses_swapped_and_a_word_dropped_are_matched():
    a = f"{FILLER_A} “Yes,” replied the young man, “I ask you in what year!”"
    b = f"“I ask you in what year!” the young man replied, “Yes.” {FILLER_B}"
    assert near_pairs(a, b) == [(a.removeprefix(FILLER_A + " "), b.removesuffix(" " + FILLER_B))]


def test_a_phrase_of_a_longer_sentence_is_not_a_copy():
    # Two words of six left out: the shorter keeps less than three quarters.
    assert near_pairs(f"{FILLER_A} Once more Danglars bit his lips.", f"Danglars bit his lips. {FILLER_B}") == []


def test_a_bag_two_sentences_reduce_to_is_left_alone():
    a = f"Morrel shook his head slowly. {FILLER_A} Morrel shook his head sadly."
    assert near_pairs(a, f"Morrel shook his head. {FILLER_B}") == []
    assert near_pairs(a.replace("sadly", "and wept"), f"Morrel shook his head. {FILLER_B}") == [
        ("Morrel shook his head slowly.", "Morrel shook his head.")
    ]


def test_taken_sentences_are_left_alone():
    a, b = f"{FILLER_A} The two men were left alone.", f"The two men were alone. {FILLER_B}"
    art_a, art_b = make_article("A", a), make_article("B", b)
    sa, sb = sentences(art_a.text), sentences(art_b.text)
    pair = PairContext.of(article_stems(art_a, sa), article_stems(art_b, sb))
    held = PassagePair(1, 1, 0, 0, 100.0)  # a match an earlier pass found
    assert near.run(pair, [held]) == [held]


def test_each_pair_of_articles_drops_its_own_taken_sentences_from_the_index_kept_by_article():
    a, b = f"{FILLER_A} The two men were left alone.", f"The two men were alone. {FILLER_B}"
    art_a, art_b = make_article("A", a), make_article("B", b)
    sa, sb = sentences(art_a.text), sentences(art_b.text)
    pair = PairContext.of(article_stems(art_a, sa), article_stems(art_b, sb))
    held = PassagePair(1, 1, 0, 0, 100.0)
    # The index is built once an article, with every sentence; what one run holds taken, the next may pair.
    assert near.run(pair, [held]) == [held]
    assert [(p.a_first, p.b_first) for p in near.run(pair, [])] == [(1, 0)]
    assert near.run(pair, [held]) == [held]


def test_a_longer_copy_may_leave_out_more_words():
    # Three words of fourteen left out, none of its stems rare: no candidate pair, and more
    # left out than a short copy may.
    a = f"{FILLER_A} The banker thought the time had come for him to take the upper hand."
    b = f"The thought the time had come him to take the upper. {FILLER_B}"
    assert near_pairs(a, b) == [
        (
            "The banker thought the time had come for him to take the upper hand.",
            "The thought the time had come him to take the upper.",
        )
    ]


def test_a_longer_sentence_keeping_too_little_is_not_a_copy():
    # Eight words of twelve (two thirds) are a shared clause, not a copy.
    a = f"{FILLER_A} Then he thought the time had come to take the upper hand at last."
    b = f"The time had come to take the upper hand. {FILLER_B}"
    assert near_pairs(a, b) == []
