"""The verbatim pass (reader/core/align/passes/verbatim.py): short sentences printed word
for word in both articles are matched, whatever their content words."""

from __future__ import annotations

from tests.core.align.passes.test_context import matched_texts

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
