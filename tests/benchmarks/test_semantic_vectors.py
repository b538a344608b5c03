"""The semantic experiment's static sentence vectors (benchmarks/real/experiments/semantic/sem_vectors.py):
the WordPiece tokenizer, the weighted mean over a hand-made table, and the built table when it is built."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "real" / "experiments" / "semantic"))

import numpy as np
import pytest
from sem_vectors import WordPiece, WordVectors, basic_words, load_word_vectors

PIECES = ["[PAD]", "[UNK]", "un", "##aff", "##able", "aff", "the", "cat", "dog", "sat", ","]


def test_basic_words_lowercase_strip_accents_and_split_punctuation():
    assert basic_words("Héllo, World! It's") == ["hello", ",", "world", "!", "it", "'", "s"]


def test_wordpiece_takes_the_longest_piece_first_then_continuations():
    tokenizer = WordPiece.of(PIECES)
    assert tokenizer.word("unaffable") == (2, 3, 4)
    assert tokenizer.word("aff") == (5,)


def test_a_word_the_pieces_cannot_spell_is_one_unknown_piece():
    tokenizer = WordPiece.of(PIECES)
    assert tokenizer.word("unxyz") == (1,)
    assert tokenizer.ids("The cat, unxyz") == [6, 7, 10, 1]


def table(weights: list[float] | None = None) -> WordVectors:
    vectors = np.zeros((len(PIECES), 3))
    vectors[PIECES.index("cat")] = [1, 0, 0]
    vectors[PIECES.index("dog")] = [0.9, 0.1, 0]
    vectors[PIECES.index("sat")] = [0, 1, 0]
    vectors[PIECES.index("the")] = [0, 0, 1]
    return WordVectors.of(PIECES, vectors, None if weights is None else np.array(weights))


def test_a_sentence_vector_is_the_weighted_mean_of_its_pieces():
    weights = [1.0] * len(PIECES)
    weights[PIECES.index("the")] = 0.0  # a word as common as "the" says nothing
    found = table(weights).embed(["the cat sat"])[0]
    assert found == pytest.approx(np.array([1, 1, 0]) / np.sqrt(2))


def test_similar_words_give_similar_sentences():
    vectors = table()
    assert vectors.similarity("the cat sat", "the dog sat") > 0.99
    assert vectors.similarity("cat", "sat") == pytest.approx(0.0)


def test_a_text_with_no_known_piece_is_a_zero_vector():
    assert not table().embed(["", "xyz"]).any()


def test_the_common_direction_is_projected_out():
    vectors = WordVectors.of(PIECES, table().vectors, common=np.array([0.0, 0.0, 1.0]))
    assert vectors.embed(["the cat"])[0] == pytest.approx([1, 0, 0])


def test_the_built_table_loads_and_tells_a_paraphrase_from_an_unrelated_sentence():
    vectors = load_word_vectors()
    if vectors is None:
        pytest.skip("the table is not built (build_vectors.py, in a build environment)")
    assert vectors.vectors.dtype == np.int8
    sentence = "The Olympic Games were postponed until 2021."
    paraphrase = "The Olympics were rescheduled to a date beyond 2020."
    unrelated = "The suspect is a white male in his fifties."
    assert vectors.similarity(sentence, paraphrase) > vectors.similarity(sentence, unrelated) + 0.3
