"""The lexical pass (reader/core/align/passes/lexical.py): its gate against pairs that share only the
story's subject words."""

from __future__ import annotations

from reader.core.align.pair import PairContext
from reader.core.align.passes import lexical as align_lexical
from reader.core.align.stems import article_stems
from reader.core.text.segment import sentences
from tests.core.align.passes.test_rare import STORY_A, STORY_B
from tests.core.align.test_weights import make_article

# The court, the company and its drivers are in nearly every sentence of both; these two say different things.
COURT_A = STORY_A[1]
BONUSES_B = "Drivers told the court the company had cut their bonuses twice."


def lexical_pairs() -> set[tuple[int, int]]:
    a = make_article("A", " ".join([*STORY_A, "The court heard that the company often paid its drivers weeks late."]))
    b = make_article("B", " ".join([*STORY_B, BONUSES_B]))
    found = align_lexical.run(PairContext.of(article_stems(a, sentences(a.text)), article_stems(b, sentences(b.text))), [])
    return {(p.a_first, p.b_first) for p in found}


def test_story_words_alone_do_not_make_a_lexical_match():
    assert (STORY_A.index(COURT_A), len(STORY_B)) not in lexical_pairs()


def test_without_the_gate_they_did(monkeypatch):
    monkeypatch.setattr(align_lexical, "TOPIC_COSINE", 0.0)
    assert (STORY_A.index(COURT_A), len(STORY_B)) in lexical_pairs()


def test_short_articles_are_left_to_the_other_gates(monkeypatch):
    # Articles shorter than TOPIC_MIN_SENTENCES skip the gate (here both count as short).
    monkeypatch.setattr(align_lexical, "TOPIC_MIN_SENTENCES", 99)
    monkeypatch.setattr(align_lexical, "TOPIC_COSINE", 1.0)
    assert (STORY_A.index(COURT_A), len(STORY_B)) in lexical_pairs()


# Long documents (`PARTIAL_MIN_PAIRS` sentence pairs): a shared phrase is not a shared claim.
FILLER = [
    "The council met on Tuesday to discuss the budget for the coming year in detail.",
    "Flooding closed three roads near the river after a night of heavy rain.",
]


def phrase_pairs(text_a: str, text_b: str) -> set[tuple[str, str]]:
    a, b = make_article("A", text_a), make_article("B", text_b)
    sa, sb = sentences(a.text), sentences(b.text)
    found = align_lexical.run(PairContext.of(article_stems(a, sa), article_stems(b, sb)), [])
    return {(a.text[sa[p.a_first].start : sa[p.a_first].end], b.text[sb[p.b_first].start : sb[p.b_first].end]) for p in found}


def test_a_phrase_other_sentences_share_too_pairs_nothing_in_long_documents(monkeypatch):
    a = f"{FILLER[0]} The old abbé shrugged his broad shoulders."
    b = f"Caderousse shrugged his broad shoulders. {FILLER[1]} Morrel shrugged his broad shoulders again."
    assert phrase_pairs(a, b)  # short documents: the best partner is taken
    monkeypatch.setattr(align_lexical, "PARTIAL_MIN_PAIRS", 1)
    assert phrase_pairs(a, b) == set()


def test_a_phrase_in_two_sentences_that_say_different_things_pairs_nothing_in_long_documents(monkeypatch):
    a = f"{FILLER[0]} “The ship has gone down, then?” said Morrel in a hoarse voice."
    b = f"“Tell them,” said Morrel in a hoarse voice, “tell them that I am her betrothed.” {FILLER[1]}"
    assert phrase_pairs(a, b)
    monkeypatch.setattr(align_lexical, "PARTIAL_MIN_PAIRS", 1)
    assert phrase_pairs(a, b) == set()
