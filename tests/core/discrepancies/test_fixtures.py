"""The Morsi-like and earthquake cases of issue 13, as self-written fixtures (tests/fixtures/discrepancies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Analysis
from reader.core.pipeline import analyze
from reader.core.text.build import article_from_text
from reader.core.text.loader import load_articles

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "discrepancies"


@pytest.fixture(scope="module")
def court() -> Analysis:
    return analyze(load_articles([FIXTURES / "court_a.txt", FIXTURES / "court_b.txt"]))


@pytest.fixture(scope="module")
def quake() -> Analysis:
    return analyze(load_articles([FIXTURES / "quake_a.txt", FIXTURES / "quake_b.txt"]))


def pairs(analysis: Analysis, kind: str) -> list[tuple[str, str]]:
    return [(analysis.text_of(d.a), analysis.text_of(d.b)) for d in analysis.discrepancies if d.kind == kind]


def test_every_listed_number_is_found(court, quake):
    assert ("23 defendants", "22 other defendants") in pairs(court, "number")
    assert ("1 million pounds", "two million pounds") in pairs(court, "number")
    assert ("about $1,688", "about $1,680") in pairs(court, "number")
    assert ("247 people", "241 people") in pairs(quake, "number")
    assert ("11 aftershocks", "470 aftershocks") in pairs(quake, "number")


def test_close_and_different_numbers_are_told_apart(court):
    by_text = {court.text_of(d.a): d for d in court.discrepancies if d.kind == "number"}
    assert by_text["about $1,688"].detail == "close money" and by_text["about $1,688"].severity == "low"
    assert by_text["1 million pounds"].detail == "different money" and by_text["1 million pounds"].severity == "high"
    assert by_text["23 defendants"].summary == "A: 23 defendants · B: 22 other defendants"


def test_equal_amounts_written_differently_are_not_reported(court):
    texts = [court.text_of(d.a) + " " + court.text_of(d.b) for d in court.discrepancies]
    assert not any("30,000" in text for text in texts)
    assert not any("12,000" in text for text in texts)


def test_no_one_injured_against_two_injured_is_polarity(quake):
    assert ("no one was injured", "two people were injured") in pairs(quake, "polarity")


def test_denied_against_admitted_is_polarity(quake):
    assert any("denied" in a and "admitted" in b for a, b in pairs(quake, "polarity"))


def test_fact_against_credited_to_police(court):
    found = [d for d in court.discrepancies if d.kind == "attribution"]
    assert len(found) == 1
    assert court.text_of(found[0].b) == "police said"
    assert found[0].detail == "credited vs fact"
    assert "stated as fact" in found[0].summary and "credited to police" in found[0].summary


def test_the_same_lawyer_quoted_in_different_words(court):
    quotes = [d for d in court.discrepancies if d.kind == "quote"]
    assert len(quotes) == 1
    assert "political" in court.text_of(quotes[0].a) and "whole" in court.text_of(quotes[0].a)
    assert "entire" in court.text_of(quotes[0].b)
    assert "whole → entire" in quotes[0].detail


def test_nothing_else_is_reported(court, quake):
    assert len(court.discrepancies) == 5
    assert len(quake.discrepancies) == 4
    assert [d.id for d in court.discrepancies] == [f"d{n}" for n in range(1, 6)]


def test_a_cluster_of_three_is_compared_pair_by_pair():
    texts = [(FIXTURES / f"court_{side}.txt").read_text(encoding="utf-8") for side in "ab"]
    third = texts[1].replace("22 other defendants", "21 other defendants").replace("Wire B", "Wire C")
    articles = [article_from_text(text, article_id, f"{article_id}.txt") for text, article_id in zip([*texts, third], "ABC")]
    analysis = analyze(articles)
    counts = {
        (d.a.article, d.b.article, analysis.text_of(d.a), analysis.text_of(d.b))
        for d in analysis.discrepancies
        if d.kind == "number" and "defendants" in analysis.text_of(d.a)
    }
    assert ("A", "B", "23 defendants", "22 other defendants") in counts
    assert ("A", "C", "23 defendants", "21 other defendants") in counts
    assert ("B", "C", "22 other defendants", "21 other defendants") in counts
    assert all(d.cluster is not None for d in analysis.discrepancies if d.kind == "number")
