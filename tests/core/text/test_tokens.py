"""Tokenising with offsets and per-word folding."""

from __future__ import annotations

import pytest

from reader.core.text.tokens import STOPWORDS, Token, content_words, fold, tokenize


def words(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last week,when Egypt", ["last", "week", "when", "Egypt"]),
        ("Egypt’s army", ["Egypt’s", "army"]),
        ("Hamas's wing", ["Hamas's", "wing"]),
        ("President El-Sisi", ["President", "El-Sisi"]),
        ("figure Mahmoud al-Zahar came", ["figure", "Mahmoud", "al-Zahar", "came"]),
        ("it cost $1,688.", ["it", "cost", "1,688"]),
        ("up 3.5% today", ["up", "3.5", "today"]),
        ("the U.S. and e.g. Rafah", ["the", "U.S", "and", "e.g", "Rafah"]),
        ("Hamas said.The talks", ["Hamas", "said", "The", "talks"]),
        ("the “Sinai Province”, which", ["the", "Sinai", "Province", "which"]),
        ("F-16 jets in the '90s", ["F-16", "jets", "in", "the", "90s"]),
        ("El‑Sisi", ["El‑Sisi"]),  # non-breaking hyphen
        ("שָׁלוֹם עולם", ["שָׁלוֹם", "עולם"]),  # Hebrew points stay inside the word
        ("snake_case", ["snake", "case"]),
        ("-- — ... [bold] [/]", ["bold"]),
    ],
)
def test_tokenize_words(text, expected):
    assert words(text) == expected


def test_tokens_carry_folded_norms_and_offsets():
    text = "Egypt’s CAFÉ"
    tokens = tokenize(text)
    assert tokens == [Token("egypt's", 0, 7), Token("cafe", 8, 12)]
    assert tokens[1].span.slice(text) == "CAFÉ"


def test_tokenize_a_range_keeps_offsets_into_the_whole_text():
    text = "Hamas denied the charge."
    tokens = tokenize(text, 6, 16)
    assert [(t.norm, t.start, t.end) for t in tokens] == [("denied", 6, 12), ("the", 13, 16)]


def test_tokenize_never_yields_empty_tokens():
    text = "  ,,, ’’ -- \u0301\u0301 '-' . 5 a"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["5", "a"]
    assert all(t.end > t.start and t.norm for t in tokens)


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Hamas", "hamas"),
        ("Egypt’s", "egypt's"),
        ("Egypt‘s", "egypt's"),
        ("Café", "cafe"),
        ("El‐Sisi", "el-sisi"),
        ("Straße", "strasse"),
        ("ÉGYPTE", "egypte"),
    ],
)
def test_fold(word, folded):
    assert fold(word) == folded


def test_fold_of_marks_only_is_not_empty():
    assert fold("\u0301") == "\u0301"


def test_content_words_drop_stopwords_and_single_letters():
    tokens = tokenize("But Hamas said a deal was in the U.S. plan")
    assert [t.norm for t in content_words(tokens)] == ["hamas", "deal", "u.s", "plan"]
    assert "said" in STOPWORDS and "the" in STOPWORDS
