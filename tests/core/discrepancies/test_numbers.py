"""Quantities: what they are worth, what they count, and when two of them disagree."""

from __future__ import annotations

import pytest

from reader.core.discrepancies.numbers import compare
from reader.core.discrepancies.quantities import Quantity, quantities
from reader.core.text.tokens import tokenize


def read(text: str) -> list[Quantity]:
    return quantities(text, tokenize(text))


def one(text: str) -> Quantity:
    (found,) = read(text)
    return found


@pytest.mark.parametrize("text", ["1 million people", "one million people", "1m people", "a million people", "1,000,000 people"])
def test_a_million_written_five_ways_is_one_value(text):
    assert one(text).value == 1_000_000 and one(text).noun == "people"


def test_money_knows_its_currency():
    assert one("$1,688").currency == ("dollar", None)
    assert one("US$5").currency == ("dollar", "us")
    assert one("30,000 Egyptian pounds").currency == ("pound", "egyptian")
    assert one("£30").currency == ("pound", None)
    assert one("about €2 billion").approximate


def test_counts_pair_by_the_noun_past_other_and_more():
    assert one("22 other defendants").noun == one("23 defendants").noun == "defendant"
    assert one("five more people").noun == "people"


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("45%", "percent", 45),
        ("12.5 per cent", "percent", 12.5),
        ("30 percent", "percent", 30),
        ("a 45-year-old man", "age", 45),
        ("aged 45", "age", 45),
        ("45 years old", "age", 45),
        ("for 15 years", "duration", 15 * 8760),
        ("3 days", "duration", 72),
        ("Tuesday", "weekday", 1),
        ("Dec. 6", "date", 1206),
        ("6 December", "date", 1206),
        ("3 p.m.", "time", 900),
        ("10:30 a.m.", "time", 630),
        ("in 2012", "year", 2012),
        ("a 396-9 vote", "tally", "396-9"),
        ("twenty-three men", "count", 23),
    ],
)
def test_categories(text, category, value):
    q = one(text)
    assert (q.category, q.value) == (category, value)


def test_a_rank_is_not_a_quantity():
    assert read("the No. 2 position") == []


def test_hedges_make_a_figure_approximate_and_join_its_span():
    text = "at least 247 people"
    q = one(text)
    assert q.approximate and text[q.span.start : q.span.end] == "at least 247 people"


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("30,000 Egyptian pounds", "30,000 pounds", "equal"),
        ("1 million pounds", "one million pounds", "equal"),
        ("$1,688", "about $1,680", "close"),
        # A figure written rounded ("million", a hedge) that is the other one rounded: the same quantity.
        ("1.5 million people", "1,480,000 people", "equal"),
        ("nearly $44 million", "$43,885,310", "equal"),
        ("$15 million", "$14,959,450", "equal"),
        ("over $10,000", "$10,977.74", "equal"),
        ("more than 300 people", "313 people", "equal"),
        ("up to 300 people", "313 people", "close"),
        ("$43 million", "$43,885,310", "different"),
        ("$43,000", "$43,350", "close"),
        ("$5,587.75", "$5,687.75", "different"),
        ("247 people", "241 people", "different"),
        ("11 aftershocks", "470 aftershocks", "different"),
        ("Tuesday", "Wednesday", "different"),
    ],
)
def test_compare(a, b, verdict):
    assert compare(one(a), one(b)) == verdict


def test_different_currencies_or_nouns_do_not_pair(analyse, found):
    analysis = analyse(
        "The ministry said the bridge cost 40 million dollars and employed 300 workers last year.",
        "The ministry said the bridge cost 40 million euros and employed 300 engineers last year.",
    )
    assert found(analysis, "number") == []


def test_a_weekday_disagreement(analyse, found):
    analysis = analyse(
        "The House passed the resolution on Tuesday by a wide margin after a short debate.",
        "The House passed the resolution on Wednesday by a wide margin after a short debate.",
    )
    assert [(a, b) for a, b, _ in found(analysis, "number")] == [("Tuesday", "Wednesday")]


def test_percentages_ages_and_durations(analyse, found):
    analysis = analyse(
        "The 61-year-old opposition leader won 52% of the vote and was jailed for 5 years in 2009.",
        "The 62-year-old opposition leader won 48% of the vote and was jailed for 5 years in 2009.",
    )
    got = {(a, b) for a, b, _ in found(analysis, "number")}
    assert got == {("61-year-old", "62-year-old"), ("52%", "48%")}


def test_a_day_dating_the_same_word_is_compared(analyse, found):
    # The same interview, published on different days by the two accounts; little else around the days agrees.
    analysis = analyse(
        "Judge Rosa Delgado criticised the candidate in remarks to The Boston Herald published Saturday.",
        "Judge Rosa Delgado criticised the candidate, the Boston Herald said in an article published Sunday.",
    )
    ((a, b, d),) = found(analysis, "number")
    assert (a, b) == ("Saturday", "Sunday") and d.detail.startswith("different weekday")


def test_days_dating_different_words_are_not_compared(analyse, found):
    analysis = analyse(
        "Judge Rosa Delgado criticised the candidate in remarks to The Boston Herald published Saturday.",
        "Judge Rosa Delgado criticised the candidate, the Boston Herald said after she spoke Sunday.",
    )
    assert found(analysis, "number") == []


def test_days_dating_the_same_saying_are_compared(analyse, found):
    # One interview, dated by a speaking word on each side ("said on Thursday" / "in an interview Friday").
    analysis = analyse(
        "Mayor Ines Park said on Thursday that the flooded river bridge would reopen within two weeks.",
        "The flooded river bridge would reopen within two weeks, Mayor Ines Park said in an interview Friday.",
    )
    ((a, b, d),) = found(analysis, "number")
    assert (a, b) == ("Thursday", "Friday") and d.detail.startswith("different weekday")


def test_a_part_of_a_whole_counts_what_the_whole_counts():
    part, whole = read("About 340 of its 600 pilots are members of the union.")
    assert (part.value, part.noun) == (340, one("about 340 pilots").noun)
    assert whole.value == 600 and whole.noun != part.noun  # the whole is no count of pilots to compare with


def test_a_part_and_its_whole_are_not_a_disagreement(analyse, found):
    result = analyse(
        "About 340 of its 600 pilots are union members and would strike on Tuesday, the airline said.",
        "About 340 pilots are union members and would strike on Tuesday, the airline said.",
    )
    assert not found(result, "number")
