"""Evidence weights (reader/align_weights.py): names count as about one word,
attribution framing counts little, and the weighted gate keeps sentences that
merely share a source phrase apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.matches import align
from reader.core.align.passes import lexical as align_lexical
from reader.core.align.stems import STEM_LENGTH, article_stems, stem_dice
from reader.core.align.weights import FRAME_WEIGHT, framing_words, shared_content, stem_weights, weighted_dice
from reader.core.model import Article
from reader.core.text.build import article_from_text
from reader.core.text.tokens import fold, words


def weights_of(sentence: str) -> dict[str, float]:
    raw = words(sentence)
    return stem_weights(raw, [fold(w) for w in raw], STEM_LENGTH)


def make_article(article_id: str, text: str) -> Article:
    return article_from_text(text, article_id)


def test_a_titled_name_counts_as_one_word():
    weights = weights_of("Foreign Minister Olga Vance said the grain harvest failed.")
    assert [weights[s] for s in ("forei", "minis", "olga", "vance")] == [0.25] * 4
    assert weights["grain"] == weights["harve"] == weights["faile"] == 1.0
    assert "said" not in weights  # a stopword


def test_connectors_join_one_name():
    weights = weights_of("Aid from the International Committee of the Red Cross arrived.")
    assert {weights[s] for s in ("inter", "commi", "red", "cross")} == {0.25}
    assert weights["aid"] == weights["arriv"] == 1.0


def test_names_separated_by_ordinary_words_stay_apart():
    weights = weights_of("Talks between Hamas and Egypt collapsed in Cairo.")
    assert weights["hamas"] == weights["egypt"] == weights["cairo"] == 1.0


def test_reporting_verbs_and_source_nouns_count_little():
    weights = weights_of("A spokesperson denied that the port had closed.")
    assert weights["spoke"] == weights["denie"] == FRAME_WEIGHT
    assert weights["port"] == weights["close"] == 1.0
    assert {"denied", "warned", "told", "spokesperson", "according"} <= framing_words()


def test_positions_are_content_not_framing():
    # "supports", "plans" are attribution cues (cue_class stance/intention) but say what the claim is:
    # discounting them cost two BASIL dev claims when they joined the cue lexicon.
    assert not {"supports", "opposed", "plans", "expected", "wants", "knows"} & framing_words()
    # Cue forms added for attributions that are also a claim's words ("Sestak was offered a post").
    assert not {"offered", "offer", "considered", "seen", "posted", "post"} & framing_words()
    weights = weights_of("The senator opposed the plan.")
    assert weights["oppos"] == 1.0


def test_a_stem_that_is_also_plain_content_keeps_full_weight():
    weights = weights_of("Workers at Port Authority Vale said the port closed.")
    assert weights["port"] == 1.0 and weights["autho"] == pytest.approx(1 / 3)


def test_capitals_without_case_information_are_not_names():
    assert set(weights_of("FOREIGN MINISTER OLGA VANCE SAID THE HARVEST FAILED.").values()) == {1.0}
    # A title-case heading: nearly every word capitalised.
    assert set(weights_of("Tram Extension Wins Council Vote After Long Debate").values()) == {1.0}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbBéÉ zZ'-.,\"\n0123ßİ")), max_size=200))
def test_weights_cover_exactly_the_sentence_stems(text):
    article = make_article("A", text)
    stems = article_stems(article, article.sentences)
    for index, sentence in enumerate(stems.stems):
        weights = stems.weights(index)
        assert set(weights) == set(sentence)
        assert all(0 < w <= 1 for w in weights.values())


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(st.sampled_from("abcdefgh"), st.floats(0.05, 1.0), max_size=6),
    st.dictionaries(st.sampled_from("abcdefgh"), st.floats(0.05, 1.0), max_size=6),
)
def test_weighted_dice_is_a_symmetric_share(a, b):
    value = weighted_dice(a, b)
    assert 0 <= value <= 1 + 1e-9
    assert value == pytest.approx(weighted_dice(b, a))
    if a:
        assert weighted_dice(a, a) == pytest.approx(1)
    # With every weight 1 it is the plain stem Dice.
    ones_a, ones_b = dict.fromkeys(a, 1.0), dict.fromkeys(b, 1.0)
    if a or b:
        assert weighted_dice(ones_a, ones_b) == pytest.approx(stem_dice(frozenset(a), frozenset(b)))
    assert shared_content(ones_a, ones_b) == len(a.keys() & b.keys())
    assert shared_content(a, b) == sum(1 for s in a.keys() & b.keys() if a[s] == b[s] == 1.0)


# --- the hazard this module exists for --------------------------------------------

SAME_SOURCE_A = (
    "Foreign Minister Olga Vance, a lawyer for the International Committee of the Red Cross, "
    "said that grain exports had fallen sharply in the northern provinces."
)
SAME_SOURCE_B = (
    "Foreign Minister Olga Vance, a lawyer for the International Committee of the Red Cross, "
    "warned that fishing boats were stuck in the northern harbour."
)


def test_sentences_sharing_only_a_source_phrase_are_not_matched(monkeypatch):
    a, b = make_article("A", SAME_SOURCE_A), make_article("B", SAME_SOURCE_B)
    assert align([a, b]) == ((), ())
    # Without the weighted gates the shared source phrase alone would pair them.
    monkeypatch.setattr(align_lexical, "MIN_WEIGHTED_DICE", 0.0)
    monkeypatch.setattr(align_lexical, "MIN_SHARED_CONTENT", 0)
    (match,), _ = align([a, b])
    assert match.score >= align_lexical.MATCH_THRESHOLD


def test_the_same_claim_by_the_same_source_is_matched():
    a = make_article("A", SAME_SOURCE_A)
    b = make_article(
        "B",
        "Grain exports from the northern provinces have fallen sharply, according to Foreign Minister "
        "Olga Vance of the International Committee of the Red Cross.",
    )
    (match,), _ = align([a, b])
    assert match.kind == "paraphrase"
