"""Per-pair alignment context (reader/core/align/pair.py, candidates.py): the shortcuts taken for
speed give what the plain definitions give."""

from __future__ import annotations

import random

import numpy as np
import pytest

from reader.core.align import candidates
from reader.core.align.candidates import candidate_arrays
from reader.core.align.pair import PairContext
from reader.core.align.stems import SentenceStems, article_stems, stem_dice
from reader.core.model import Article
from reader.core.text.segment import sentences
from tests.core.align.passes.test_rare import STORY_A, STORY_B
from tests.core.align.test_weights import make_article

# Story words common to most sentences, and rarer ones each found in a few.
_COMMON = "court drivers company ruling union judge".split()
_RARE = [a + b for a in ("ka", "lo", "mi", "ra", "te", "su") for b in ("vondel", "pirrat", "gostem", "hulbar")]


def _random_text(rng: random.Random, count: int) -> str:
    return " ".join(
        " ".join(rng.choices(_COMMON, k=rng.randint(2, 6)) + rng.choices(_RARE, k=rng.randint(1, 4))).capitalize() + "."
        for _ in range(count)
    )


def _stems(article: Article, vocabulary: dict[str, int] | None = None):
    return article_stems(article, sentences(article.text), vocabulary=vocabulary)


def candidate_pairs(a: SentenceStems, b: SentenceStems) -> list[tuple[int, int]]:
    """`candidate_arrays`' pairs as a list, in order of i then j."""
    found = candidate_arrays(a, b)
    return list(zip(found.a.tolist(), found.b.tolist()))


@pytest.mark.parametrize("shared_vocabulary", [False, True])
def test_linkable_candidates_are_those_the_exact_sum_links(shared_vocabulary: bool) -> None:
    rng = random.Random(7)
    texts = [" ".join(STORY_A), " ".join(STORY_B)] + [_random_text(rng, 60) for _ in range(3)]
    articles = [make_article(f"a{k}", text) for k, text in enumerate(texts)]
    # As `align` builds them: every article's stems through one vocabulary (postings kept per article).
    vocabulary: dict[str, int] = {}
    shared = [_stems(article, vocabulary) for article in articles]
    linked = unlinked = 0
    for x, left in enumerate(articles):
        for y, right in enumerate(articles):
            pair = PairContext.of(shared[x], shared[y]) if shared_vocabulary else PairContext.of(_stems(left), _stems(right))
            exactly_linked = []
            for i, j in pair.candidates:
                exact = pair.rarity.may_link(pair.a.sets[i], pair.b.sets[j])
                linked, unlinked = linked + exact, unlinked + (not exact)
                if exact:
                    exactly_linked.append((i, j))
            # The passes that require the link visit these alone, in the candidates' order.
            assert pair.linkable == tuple(exactly_linked)
    assert linked and unlinked


def test_shared_vocabulary_gives_the_same_candidates() -> None:
    rng = random.Random(11)
    articles = [make_article(f"a{k}", _random_text(rng, 80)) for k in range(3)]
    vocabulary: dict[str, int] = {}
    shared = [_stems(article, vocabulary) for article in articles]
    for x in range(3):
        for y in range(3):
            if x != y:
                alone = candidate_pairs(_stems(articles[x]), _stems(articles[y]))
                assert candidate_pairs(shared[x], shared[y]) == alone


@pytest.mark.parametrize("block", [1, 7, 64])
def test_joining_a_block_of_sentences_at_a_time_gives_the_same_candidates(monkeypatch, block: int) -> None:
    rng = random.Random(5)
    a, b = (_stems(make_article(name, _random_text(rng, 120))) for name in "ab")
    whole = candidate_arrays(a, b)
    monkeypatch.setattr(candidates, "JOIN_BLOCK", block)
    in_blocks = candidate_arrays(a, b)
    assert len(whole.a) > 100
    assert whole.a.tolist() == in_blocks.a.tolist()
    assert whole.b.tolist() == in_blocks.b.tolist()
    assert whole.links_bound.tolist() == in_blocks.links_bound.tolist()


def test_candidates_count_every_stem_their_sentences_share_rare_or_common() -> None:
    rng = random.Random(3)
    # 150 sentences a side: the story words, in most sentences, are over the cap of rare stems.
    a, b = (_stems(make_article(name, _random_text(rng, 150))) for name in "ab")
    found = candidate_arrays(a, b)
    exact = [len(a.sets[i] & b.sets[j]) for i, j in zip(found.a.tolist(), found.b.tolist())]
    assert found.shared.tolist() == exact
    assert max(exact) > 4  # common stems counted too: rare ones alone are at most 4 a sentence here


@pytest.mark.parametrize("dice", [0.0, 0.25, 0.4, 0.5, 1.0])
def test_sharing_keeps_the_candidates_whose_stem_dice_reaches_the_floor(dice: float) -> None:
    rng = random.Random(4)
    a, b = (_stems(make_article(name, _random_text(rng, 150))) for name in "ab")
    pair = PairContext.of(a, b)
    expected = [(i, j) for i, j in pair.candidates if stem_dice(a.sets[i], b.sets[j]) >= dice]
    assert pair.sharing(dice) == expected
    assert 0 < len(expected) or dice == 1.0


def test_candidates_and_linkable_are_read_from_the_arrays_and_restricted_together() -> None:
    a, b = (_stems(make_article(name, " ".join(story))) for name, story in (("a", STORY_A), ("b", STORY_B)))
    whole = PairContext.of(a, b)
    assert whole.candidates == list(zip(whole.arrays.a.tolist(), whole.arrays.b.tolist()))
    assert len(whole.linkable) > 2
    # Keep the candidates that are not linkable, and one that is.
    keep = np.array([c not in whole.linkable or c == whole.linkable[1] for c in whole.candidates])
    part = whole.restricted(keep)
    kept = [c for c, k in zip(whole.candidates, keep.tolist()) if k]
    assert part.candidates == kept
    assert part.linkable == (whole.linkable[1],)
    assert part.sharing(0.0) == kept  # what the lexical pass reads, restricted too
    assert whole.restricted(np.zeros(len(whole.candidates), dtype=bool)).linkable == ()


def test_stem_sentences_are_read_from_the_postings_as_asked() -> None:
    rng = random.Random(6)
    vocabulary: dict[str, int] = {}
    a, b = (_stems(make_article(name, _random_text(rng, 50)), vocabulary) for name in "ab")
    candidate_arrays(a, b)  # b's postings are built after a's, under ids a did not have
    for stems in (a, b):
        holding = candidates.stem_sentences(stems)
        every = set().union(*stems.sets)
        for stem in sorted(every):
            assert holding[stem] == {k for k, sentence in enumerate(stems.sets) if stem in sentence}
        assert len(holding) == len(every)
