"""The fused-sentence pass (reader/core/align/passes/fused.py): a sentence that reports what
two sentences of the other article report gets a match with each."""

from __future__ import annotations

import math
from collections import Counter

from reader.core.align.pair import PairRarity
from reader.core.align.passes import fused as align_fused
from reader.core.align.passes import multi as align_multi
from tests.core.align.passes.test_context import matched_texts

APPEAL_A = "Zuma Rides said on Tuesday that it would appeal against the labour court ruling."
FARES_A = "She warned that higher fares for passengers and fewer cars on the road would follow."
FUSED_B = (
    "Zuma Rides will appeal against the labour court ruling, its advocate said, warning "
    "that passengers would face higher fares and fewer cars on the road."
)
FILLER_A = [
    "A labour court in Nairobi ruled that drivers working for Zuma Rides are employees of the company.",
    "The judge said the company controlled prices, routes and ratings.",
    "The drivers' union welcomed the judgment and called it historic.",
]
FILLER_B = [
    "Drivers for Zuma Rides are employees rather than contractors, a labour court in Nairobi ruled.",
    "According to the judge, the company controlled prices, routes and ratings.",
    "The union of drivers called the judgment historic.",
]


def test_a_fused_sentence_is_matched_with_both_halves_even_when_they_are_apart():
    a = " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], FILLER_A[2], FARES_A])
    b = " ".join([FILLER_B[0], FILLER_B[1], FUSED_B, FILLER_B[2]])
    pairs = matched_texts(a, b)
    assert (APPEAL_A, FUSED_B) in pairs
    assert (FARES_A, FUSED_B) in pairs


def test_without_the_pass_one_half_is_left_out(monkeypatch):
    monkeypatch.setattr(align_fused, "MIN_CONTAINED", 2.0)
    monkeypatch.setattr(align_fused, "MIN_REMAINDER_SHARED", 99)
    monkeypatch.setattr(align_multi, "STRONG_COSINE", 2.0)  # the many-to-many pass finds this one too
    a = " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], FILLER_A[2], FARES_A])
    b = " ".join([FILLER_B[0], FILLER_B[1], FUSED_B, FILLER_B[2]])
    pairs = matched_texts(a, b)
    assert sum(right == FUSED_B for _, right in pairs) == 1


def test_a_sentence_is_not_fused_in_on_words_the_first_match_explains():
    # Repeats the appeal in other words but adds nothing the fused sentence says besides it.
    repeat_a = "The company confirmed it would appeal against the ruling of the labour court."
    a = " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], repeat_a])
    b = " ".join([FILLER_B[0], FILLER_B[1], FUSED_B])
    pairs = matched_texts(a, b)
    assert sum(right == FUSED_B for _, right in pairs) == 1


def _rarity(shared: list[str], own_a: list[str], own_b: list[str]) -> PairRarity:
    """The first shared stem found in these two sentences only, the others in 5 sentences of each article,
    every unshared stem once: 40 sentences in all."""
    counts_a = Counter({stem: 5 for stem in shared[1:]} | {shared[0]: 1} | dict.fromkeys(own_a, 1))
    counts_b = Counter({stem: 5 for stem in shared[1:]} | {shared[0]: 1} | dict.fromkeys(own_b, 1))
    idf = {stem: math.log(40 / (counts_a[stem] + counts_b[stem])) for stem in counts_a.keys() | counts_b.keys()}
    return PairRarity(counts_a, counts_b, idf)


def test_many_shared_story_words_and_one_exclusive_fuse_a_sentence_in_despite_a_low_cosine():
    # A long sentence's second claim in the story's own words: a low rarity cosine, little
    # of the free sentence contained, but four stems shared besides what the first match explains.
    shared = ["bridge", "speech", "key", "capital"]
    own_a = [f"a{k}" for k in range(10)]
    own_b = [f"b{k}" for k in range(10)]
    free = dict.fromkeys(shared + own_a, 1.0)
    remainder = dict.fromkeys(shared + own_b, 1.0)
    rarity = _rarity(shared, own_a, own_b)
    assert rarity.cosine(free, remainder) < align_fused.MIN_RARE_COSINE
    assert rarity.contained(free, remainder) < align_fused.MIN_CONTAINED
    assert align_fused._score(free, remainder, free, remainder, rarity) is not None
    # One shared stem fewer is not enough.
    three = {stem: w for stem, w in free.items() if stem != "capital"}
    assert align_fused._score(three, remainder, three, remainder, rarity) is None


def test_shared_names_alone_do_not_fuse_a_sentence_in():
    # Two two-word names found in these two sentences only: four shared stems, exclusive,
    # but each at half weight (`reader.core.align.weights`), and nothing else shared.
    names = ["olga", "vance", "port", "elena"]
    own_a = [f"a{k}" for k in range(30)]
    own_b = [f"b{k}" for k in range(30)]
    counts = Counter(dict.fromkeys(names + own_a + own_b, 1))
    rarity = PairRarity(counts, counts, {stem: math.log(120 / 2) for stem in counts})
    free = dict.fromkeys(names, 0.5) | dict.fromkeys(own_a, 1.0)
    remainder = dict.fromkeys(names, 0.5) | dict.fromkeys(own_b, 1.0)
    assert rarity.exclusive_links(free, remainder) >= align_fused.MIN_EXCLUSIVE_LINKS
    assert align_fused._score(free, remainder, free, remainder, rarity) is None
    # One of them a plain word at full weight, and the pair fuses in.
    free["elena"] = remainder["elena"] = 1.0
    assert align_fused._score(free, remainder, free, remainder, rarity) is not None
