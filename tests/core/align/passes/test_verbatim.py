"""The verbatim pass (reader/core/align/passes/verbatim.py): short sentences printed word
for word in both articles are matched, whatever their content words."""

from __future__ import annotations

from reader.core.align.pair import PairContext
from reader.core.align.passes import verbatim
from reader.core.align.select import PassagePair
from reader.core.align.stems import article_stems
from reader.core.text.segment import sentences
from tests.core.align.passes.test_context import matched_texts
from tests.core.align.test_weights import make_article

FILLER_A = "The council met on Tuesday to discuss the budget for the coming year in detail."
FILLER_B = "Flooding closed three roads near the river after a night of heavy rain."


def test_a_short_sentence_copied_word_for_word_is_matched():
    pairs = matched_texts(f"{FILLER_A} It has not been seen again.", f"It has not been seen again. {FILLER_B}")
    assert pairs == [("It has not been seen again.", "It has not been seen again.")]


def test_punctuation_brackets_and_case_do_not_matter():
    pairs = matched_texts(f"“He should pay for it.” {FILLER_A}", f"{FILLER_B} He should pay [for] it.")
    assert pairs == [("“He should pay for it.”", "He should pay [for] it.")]


def test_repeated_sentences_pair_in_order_and_two_words_are_not_enough():
    a = f"Thank you all. {FILLER_A} Thank you all. He agreed."
    b = f"Thank you all. {FILLER_B} He agreed. Thank you all."
    pairs = matched_texts(a, b)
    assert pairs == [("Thank you all.", "Thank you all."), ("Thank you all.", "Thank you all.")]


def test_a_line_of_function_words_printed_once_in_each_is_matched():
    # No content stem at all: only its being printed once in each article places it.
    pairs = matched_texts(f"{FILLER_A} “What do they say?”", f"“What do they say?” {FILLER_B}")
    assert pairs == [("“What do they say?”", "“What do they say?”")]


def test_a_line_of_function_words_printed_twice_is_left_alone():
    a = f"“What do they say?” {FILLER_A} “What do they say?”"
    assert matched_texts(a, f"“What do they say?” {FILLER_B}") == []
    # Three such words are too few even once.
    assert matched_texts(f"{FILLER_A} “I do not.”", f"“I do not.” {FILLER_B}") == []


def test_each_pair_of_articles_leaves_out_its_own_taken_sentences_from_the_index_kept_by_article():
    a = make_article("A", f"Thank you all. {FILLER_A} Thank you all.")
    b = make_article("B", f"{FILLER_B} Thank you all.")
    pair = PairContext.of(article_stems(a, sentences(a.text)), article_stems(b, sentences(b.text)))
    # The first "Thank you all." of A is free: paired in order of appearance; once taken, the second is.
    assert [(p.a_first, p.b_first) for p in verbatim.run(pair, [])] == [(0, 1)]
    held = PassagePair(0, 0, 0, 0, 50.0)
    assert [(p.a_first, p.b_first) for p in verbatim.run(pair, [held])] == [(0, 0), (2, 1)]
    assert [(p.a_first, p.b_first) for p in verbatim.run(pair, [])] == [(0, 1)]
