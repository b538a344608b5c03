"""The merge step (reader/core/align/passes/merge.py): matches in step on both sides are one passage."""

from __future__ import annotations

import pytest

from reader.core.align.pair import PairContext
from reader.core.align.passes import merge
from reader.core.align.select import PassagePair


@pytest.fixture(autouse=True)
def three_a_side(monkeypatch):
    monkeypatch.setattr(merge, "MAX_SENTENCES", 3)


def run(*passages: PassagePair) -> list[tuple[int, int, int, int]]:
    context = PairContext.__new__(PairContext)  # the merge step reads only the passages
    return [(p.a_first, p.a_last, p.b_first, p.b_last) for p in merge.run(context, list(passages))]


def test_neighbours_on_both_sides_merge():
    assert run(PassagePair(2, 2, 5, 5, 60.0), PassagePair(3, 3, 6, 6, 90.0)) == [(2, 3, 5, 6)]


def test_a_sentence_between_them_on_either_side_keeps_them_apart():
    assert run(PassagePair(2, 2, 5, 5, 60.0), PassagePair(3, 3, 7, 7, 90.0)) == [(2, 2, 5, 5), (3, 3, 7, 7)]
    assert run(PassagePair(2, 2, 5, 5, 60.0), PassagePair(4, 4, 6, 6, 90.0)) == [(2, 2, 5, 5), (4, 4, 6, 6)]


def test_a_passage_grows_to_three_sentences_a_side():
    passages = [PassagePair(k, k, k, k, 100.0) for k in range(7)]
    assert run(*passages) == [(0, 2, 0, 2), (3, 5, 3, 5), (6, 6, 6, 6)]
