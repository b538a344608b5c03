"""The pairs of sentences the alignment has put side by side, for the finders that look elsewhere."""

from __future__ import annotations

import re
from itertools import islice

from reader.core.discrepancies.pairing import matches_by_pair, paired_sentences, sentence_starts, sentences_holding
from reader.core.model import Match, Passage
from reader.core.text.build import article_from_text


def test_every_sentence_a_match_spans_is_paired():
    a = article_from_text("One. Two here. Three.", "A")
    b = article_from_text("Uno. Dos.", "B")
    starts_a, starts_b = sentence_starts(a), sentence_starts(b)
    assert starts_a == [0, 5, 15] and starts_b == [0, 5]
    two_sentences = Match("m1", Passage("A", 0, 14), Passage("B", 5, 9), 80.0, "paraphrase")
    assert paired_sentences([two_sentences], starts_a, starts_b) == {(0, 1), (1, 1)}


def test_matches_are_grouped_by_their_two_articles_and_strangers_left_out():
    a, b = article_from_text("One.", "A"), article_from_text("Uno.", "B")
    m1 = Match("m1", Passage("A", 0, 4), Passage("B", 0, 4), 90.0, "verbatim")
    m2 = Match("m2", Passage("A", 0, 4), Passage("C", 0, 4), 90.0, "verbatim")
    assert matches_by_pair([a, b], [m1, m2]) == {("A", "B"): [m1]}


def test_sentences_holding_a_pattern_or_a_literal_are_found_in_one_scan():
    article = article_from_text("It cost $5. Nothing here. He left on Monday. Then 12 homes and $3 more.", "A")
    assert list(sentences_holding(article, re.compile(r"Monday"))) == [2]
    assert list(sentences_holding(article, re.compile(r"\d\s+[a-z]"), ("$",))) == [0, 3]
    assert list(sentences_holding(article)) == []


def test_sentences_holding_are_read_only_as_far_as_asked_and_in_order():
    text = " ".join(f"Item {n} costs {'$' if n % 3 else ''}{n % 7} dollars. No figure." for n in range(300)) + " Sold 4 homes."
    article = article_from_text(text, "A")
    pattern, literals = re.compile(r"\d\s+[a-z]"), ("$", "dollar", "ll")
    positions = [hit.start() for hit in pattern.finditer(text)]
    positions += [k for literal in literals for k in range(len(text)) if text.startswith(literal, k)]
    every = [n for n, s in enumerate(article.sentences) if any(s.start <= p < s.end for p in positions)]
    found = sentences_holding(article, pattern, literals)
    assert list(islice(found, 3)) == every[:3]  # a caller that stops early stops the scan there
    assert list(found) == every[3:] and len(every) == 301 and len(article.sentences) == 601
