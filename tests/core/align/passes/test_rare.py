"""The rare-word pass (reader/core/align/passes/rare.py): free sentences sharing words that
no other sentence pair shares are matched; shared story words are not enough."""

from __future__ import annotations

import pytest

from reader.core.align.pair import PairContext
from reader.core.align.passes import rare as align_rare
from reader.core.align.select import PassagePair
from reader.core.align.stems import article_stems
from reader.core.text.segment import sentences
from tests.core.align.passes.test_context import matched_texts
from tests.core.align.test_weights import make_article

# One story told twice: the drivers, the company and the court are in most
# sentences of both, so sharing them says little.
STORY_A = [
    "A labour court ruled on Tuesday that drivers working for the ride-hailing company Zuma Rides are employees.",
    "The court said the company controlled fares, routes and ratings so closely that drivers ran no business of their own.",
    "The case was brought by 41 drivers who said the company had removed them from the app without a hearing.",
    "The company denied the drivers' allegations of unfair dismissal and said most drivers valued their freedom.",
    "Drivers have gone on strike three times since 2022 over commission rates, the drivers' union said.",
]
STORY_B = [
    "Thousands of ride-hailing drivers could soon be entitled to a minimum wage after the labour court ruled against Zuma Rides.",
    "The judge found that the company set prices and chose which trips drivers could see, so the court treated them as staff.",
    "Forty-one drivers brought the case after the company switched off their accounts, court papers show.",
    "Zuma Rides has denied the allegation.",
    "The union said drivers would keep pressing the company over the commission it takes from each fare.",
]
DENIAL_A, DENIAL_B = STORY_A[3], STORY_B[3]


def test_a_rewrite_sharing_a_word_no_other_pair_shares_is_matched():
    pairs = matched_texts(" ".join(STORY_A), " ".join(STORY_B))
    assert (DENIAL_A, DENIAL_B) in pairs


def test_it_is_the_rare_word_pass_that_finds_it(monkeypatch):
    monkeypatch.setattr(align_rare, "MIN_EXCLUSIVE_LINKS", 99.0)
    pairs = matched_texts(" ".join(STORY_A), " ".join(STORY_B))
    assert (DENIAL_A, DENIAL_B) not in pairs


def test_an_identical_short_sentence_made_of_a_name_is_matched():
    a = "Tigist Alemu won the Valencia Marathon on Sunday in a course record. Kenyan Ruth Chepkoech was second. Ethiopian Almaz Tesfaye was third."
    b = "Tigist Alemu set a course record to win in Valencia on Sunday. Ethiopian Almaz Tesfaye was third. Kenyan Ruth Chepkoech finished second."
    pairs = matched_texts(a, b)
    assert ("Ethiopian Almaz Tesfaye was third.", "Ethiopian Almaz Tesfaye was third.") in pairs


def test_sentences_sharing_only_the_story_words_stay_apart():
    # Both mention the court, the company and its drivers; what each says differs.
    extra_a = "The court heard that the company often paid its drivers weeks late."
    extra_b = "Drivers told the court the company had cut their bonuses twice."
    pairs = matched_texts(" ".join([*STORY_A, extra_a]), " ".join([*STORY_B, extra_b]))
    assert (DENIAL_A, DENIAL_B) in pairs
    assert all(left != extra_a for left, _ in pairs)


@pytest.mark.parametrize("taken", ["a", "b"])
def test_only_free_sentences_are_paired(taken):
    a = make_article("A", " ".join(STORY_A))
    b = make_article("B", " ".join(STORY_B))
    stems_a = article_stems(a, sentences(a.text))
    stems_b = article_stems(b, sentences(b.text))
    # Sentence 3 of one side is already in a (made-up) match with sentence 0 of the other.
    held = [PassagePair(3, 3, 0, 0, 90.0)] if taken == "a" else [PassagePair(0, 0, 3, 3, 90.0)]
    whole = PairContext.of(stems_a, stems_b)
    pair = whole.restricted((whole.arrays.a == 3) & (whole.arrays.b == 3))
    # Free, the two sentences would be paired: it is the match held that keeps them apart.
    assert pair.linkable == ((3, 3),)
    assert [(p.a_first, p.b_first) for p in align_rare.run(pair, [])] == [(3, 3)]
    found = align_rare.run(pair, held)
    assert found == held
