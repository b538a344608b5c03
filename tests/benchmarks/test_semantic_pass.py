"""The semantic experiment's pass (benchmarks/real/experiments/semantic/sem_pass.py), on hand-made vector tables: candidates
that share enough stems are matched when their sentence vectors agree, never on vectors alone."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "real" / "experiments" / "semantic"))

import numpy as np
import sem_pass as semantic
from sem_vectors import WordVectors, basic_words

from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair
from reader.core.align.stems import article_stems
from reader.core.text.segment import sentences
from tests.core.align.test_weights import make_article

POSTPONED_A = "Officials in Denver postponed the city marathon until next spring because of the storm."
POSTPONED_B = "The storm led Denver officials to delay the city marathon to next spring."
OTHER_A = "Ticket holders will get their money back within a month, organisers said."
# Shares only "Denver" and "storm" with POSTPONED_A: too few stems however close the vectors.
FEW_B = "Denver was hit by the worst storm in a decade."


def pair_of(text_a: str, text_b: str) -> PairContext:
    vocabulary: dict[str, int] = {}
    a, b = make_article("A", text_a), make_article("B", text_b)
    return PairContext.of(
        article_stems(a, sentences(a.text), vocabulary=vocabulary), article_stems(b, sentences(b.text), vocabulary=vocabulary)
    )


def table(*texts: str) -> WordVectors:
    """Every word of ``texts`` as a piece, all with one vector: every sentence alike."""
    pieces = ["[PAD]", "[UNK]", *sorted({w for text in texts for w in basic_words(text)})]
    return WordVectors.of(pieces, np.ones((len(pieces), 2)))


def opposed(text_a: str, text_b: str) -> WordVectors:
    """The words only ``text_a`` has point one way, those only ``text_b`` has another, shared words nowhere."""
    words_a, words_b = set(basic_words(text_a)), set(basic_words(text_b))
    pieces = ["[PAD]", "[UNK]", *sorted(words_a | words_b)]
    vectors = np.array([[p in words_a - words_b, p in words_b - words_a] for p in pieces], dtype=float)
    return WordVectors.of(pieces, vectors)


def matched(pair: PairContext, found: list[PassagePair]) -> list[tuple[int, int]]:
    return [(p.a_first, p.b_first) for p in found]


def test_free_sentences_whose_vectors_agree_are_matched():
    pair = pair_of(POSTPONED_A, POSTPONED_B)
    assert matched(pair, semantic.run(pair, [], table(POSTPONED_A, POSTPONED_B))) == [(0, 0)]


def test_free_sentences_whose_vectors_differ_are_not():
    pair = pair_of(POSTPONED_A, POSTPONED_B)
    assert semantic.run(pair, [], opposed(POSTPONED_A, POSTPONED_B)) == []


def test_vectors_alone_never_match_sentences_sharing_few_stems():
    pair = pair_of(POSTPONED_A, FEW_B)
    assert semantic.run(pair, [], table(POSTPONED_A, FEW_B)) == []


def test_a_free_sentence_gets_a_matched_sentence_as_second_partner_when_its_words_are_exclusive():
    pair = pair_of(" ".join([OTHER_A, POSTPONED_A]), POSTPONED_B)
    taken = [PassagePair(0, 0, 0, 0, 60.0)]  # B's sentence already matched to another of A's
    found = semantic.run(pair, taken, table(OTHER_A, POSTPONED_A, POSTPONED_B))
    assert matched(pair, found) == [(0, 0), (1, 0)]


def test_a_pair_already_matched_is_left_alone():
    pair = pair_of(POSTPONED_A, POSTPONED_B)
    taken = [PassagePair(0, 0, 0, 0, 60.0)]
    assert semantic.run(pair, taken, table(POSTPONED_A, POSTPONED_B)) == taken


def test_without_a_table_nothing_changes(monkeypatch):
    monkeypatch.setattr(semantic, "load_word_vectors", lambda: None)
    pair = pair_of(POSTPONED_A, POSTPONED_B)
    assert semantic.run(pair, []) == []
