"""The merge step (reader/core/align/passes/merge.py): matches in step on both sides are one passage."""

from __future__ import annotations

import pytest

from reader.core.align.pair import PairContext
from reader.core.align.passes import merge
from reader.core.align.select import PassagePair
from reader.core.align.stems import article_stems
from tests.core.align.test_weights import make_article


@pytest.fixture(autouse=True)
def three_a_side(monkeypatch):
    monkeypatch.setattr(merge, "MAX_SENTENCES", 3)


ONE_PARAGRAPH = " ".join(f"Sentence number {k} is here." for k in range(8))


def context(text_a: str = ONE_PARAGRAPH, text_b: str = ONE_PARAGRAPH) -> PairContext:
    a, b = make_article("A", text_a), make_article("B", text_b)
    return PairContext.of(article_stems(a, a.sentences), article_stems(b, b.sentences))


def run(*passages: PassagePair, pair: PairContext | None = None) -> list[tuple[int, int, int, int]]:
    return [(p.a_first, p.a_last, p.b_first, p.b_last) for p in merge.run(pair or context(), list(passages))]


def test_neighbours_on_both_sides_merge():
    assert run(PassagePair(2, 2, 5, 5, 60.0), PassagePair(3, 3, 6, 6, 90.0)) == [(2, 3, 5, 6)]


def test_a_sentence_between_them_on_either_side_keeps_them_apart():
    assert run(PassagePair(2, 2, 5, 5, 60.0), PassagePair(3, 3, 7, 7, 90.0)) == [(2, 2, 5, 5), (3, 3, 7, 7)]
    assert run(PassagePair(2, 2, 5, 5, 60.0), PassagePair(4, 4, 6, 6, 90.0)) == [(2, 2, 5, 5), (4, 4, 6, 6)]


def test_a_passage_grows_to_three_sentences_a_side():
    passages = [PassagePair(k, k, k, k, 100.0) for k in range(7)]
    assert run(*passages) == [(0, 2, 0, 2), (3, 5, 3, 5), (6, 6, 6, 6)]


def test_a_paragraph_break_on_either_side_keeps_them_apart():
    broken = ONE_PARAGRAPH.replace(" Sentence number 3", "\n\nSentence number 3")
    passages = (PassagePair(2, 2, 2, 2, 60.0), PassagePair(3, 3, 3, 3, 90.0))
    assert run(*passages, pair=context(text_b=broken)) == [(2, 2, 2, 2), (3, 3, 3, 3)]
    assert run(*passages, pair=context(text_a=broken)) == [(2, 2, 2, 2), (3, 3, 3, 3)]


def test_two_matches_sharing_a_sentence_with_neighbours_on_the_other_side_are_one_passage():
    # One long sentence of b reports what two adjacent sentences of a report, each matched to it.
    assert run(PassagePair(3, 3, 5, 5, 60.0), PassagePair(4, 4, 5, 5, 80.0)) == [(3, 4, 5, 5)]
    assert run(PassagePair(2, 2, 6, 6, 60.0), PassagePair(2, 2, 5, 5, 80.0)) == [(2, 2, 5, 6)]


def test_a_shared_sentence_with_partners_apart_or_across_a_paragraph_keeps_them_apart():
    assert run(PassagePair(3, 3, 5, 5, 60.0), PassagePair(5, 5, 5, 5, 80.0)) == [(3, 3, 5, 5), (5, 5, 5, 5)]
    broken = ONE_PARAGRAPH.replace(" Sentence number 4", "\n\nSentence number 4")
    passages = (PassagePair(3, 3, 5, 5, 60.0), PassagePair(4, 4, 5, 5, 80.0))
    assert run(*passages, pair=context(text_a=broken)) == [(3, 3, 5, 5), (4, 4, 5, 5)]


def test_a_passage_sharing_a_sentence_grows_to_three_sentences_a_side_at_most():
    passages = [PassagePair(k, k, 0, 0, 60.0) for k in range(5)]
    assert [p[:2] for p in run(*passages)] == [(0, 2), (3, 4)]


def test_when_three_compete_for_the_size_limit_the_earliest_two_join_first():
    # (2-3|7) joins (4|7) (sharing b 7), the union then (4|5-6): by then (4|4) and (4|5-6) can no
    # longer join (b 4-7 is four sentences). Joining (4|4) with (4|5-6) first would give another split.
    passages = [
        PassagePair(2, 2, 3, 3, 92.0),
        PassagePair(2, 3, 7, 7, 80.0),
        PassagePair(4, 4, 4, 4, 73.0),
        PassagePair(4, 4, 5, 6, 54.0),
        PassagePair(4, 4, 7, 7, 60.0),
    ]
    assert run(*passages) == [(2, 2, 3, 3), (2, 4, 5, 7), (4, 4, 4, 4)]


def test_a_joined_passage_that_overlaps_another_on_both_sides_stays_beside_it():
    passages = [PassagePair(0, 1, 0, 0, 52.0), PassagePair(0, 0, 2, 2, 99.0), PassagePair(1, 1, 1, 2, 54.0)]
    assert run(*passages) == [(0, 1, 0, 2), (0, 0, 2, 2)]
