"""`reader.core.text.holding`: where literals stand, and which sentences hold them."""

from __future__ import annotations

import re

from reader.core.text import segment
from reader.core.text.holding import literal_starts, occurrences, sentences_holding

TEXT = "On Monday: 12 dead. No figure here. On Friday, $5 million: paid. Tuesday and Tuesday again."


def test_occurrences_overlap_and_come_in_order() -> None:
    assert list(occurrences("aaaa", "aa")) == [0, 1, 2]
    assert list(occurrences("abc", "x")) == []


def test_literal_starts_finds_literals_that_share_a_prefix_in_one_pass() -> None:
    found = literal_starts("issued a statement, released a report, issue", ["issued", "issue", "released", "missing"])
    assert found == {"issued": [0], "issue": [0, 39], "released": [20], "missing": []}


def test_sentences_holding_a_pattern_or_literals_each_once_in_order() -> None:
    sentences = segment.sentences(TEXT)
    weekday = re.compile(r"\b(?:Monday|Tuesday|Friday)\b")
    by_pattern = list(sentences_holding(TEXT, sentences, weekday))
    assert by_pattern == [0, 2, 3]  # sentence 3 holds two: listed once
    by_both = list(sentences_holding(TEXT, sentences, re.compile(r"\d+ dead"), ("$", ":")))
    assert by_both == [k for k, s in enumerate(sentences) if any(m in TEXT[s.start : s.end] for m in ("dead", "$", ":"))]
    starts = [s.start for s in sentences]
    assert list(sentences_holding(TEXT, sentences, literals=(":",), starts=starts)) == [0, 2]


def test_a_mark_between_sentences_belongs_to_none() -> None:
    text = "One.  Two."
    sentences = segment.sentences(text)
    assert list(sentences_holding(text, sentences, literals=("  ",))) == []


def test_literal_starts_groups_the_same_literals_once_and_takes_lists_too() -> None:
    from reader.core.text.holding import _stems

    text = "issued a statement, then issuing another; releasing it. Released."
    literals = ("issued", "issuing", "releasing", "Released", "issued")
    first = literal_starts(text, literals)
    assert first == literal_starts(text, list(literals))  # a list is grouped as its tuple
    assert first == {"issued": [0], "issuing": [25], "releasing": [42], "Released": [56]}
    assert _stems(literals) == (("issu", ("issued", "issuing")), ("releasing", ("releasing",)), ("Released", ("Released",)))
    assert _stems.cache_info().hits >= 1
