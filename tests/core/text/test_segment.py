"""Paragraph and sentence segmentation: one test per rule, then the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Span
from reader.core.text.loader import load_articles
from reader.core.text.segment import paragraphs, sentences

SEEDS = str(Path(__file__).resolve().parents[3] / "articles")


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


# --- paragraphs --------------------------------------------------------------------


def test_paragraphs_are_separated_by_blank_lines_and_keep_single_newlines():
    text = "First line\nstill first.\n\nSecond.\n \t \nThird."
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["First line\nstill first.", "Second.", "Third."]


def test_paragraphs_are_trimmed_and_never_empty():
    text = "\n\n  One.  \n\n\n\n   \n\nTwo.\n\n"
    spans = paragraphs(text)
    assert [text[p.start : p.end] for p in spans] == ["One.", "Two."]


def test_no_paragraphs_in_blank_text():
    assert paragraphs("") == ()
    assert paragraphs(" \n\n \t\n") == ()
    assert sentences(" \n\n ") == ()


# --- sentence boundaries -----------------------------------------------------------


def test_plain_sentences():
    assert split("Hamas denied it. Egypt insisted! Who is right? Nobody knows.") == [
        "Hamas denied it.",
        "Egypt insisted!",
        "Who is right?",
        "Nobody knows.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Mrs. Jones and Dr. Brown.",
        "Gen. Sisi and Sen. Warren spoke.",
        "The talks began on Jan. 5 and ended on Feb. 2 in Cairo.",
        "Officials in the U.S. State Department declined to comment.",
        "Gaza, e.g. Rafah, and Sinai, i.e. El-Arish, were named.",
        "He met J. K. Rowling in London.",
        "See No. 5 on the list.",
        "The meeting starts at 5 p.m. local time.",
    ],
)
def test_abbreviations_initials_and_acronyms_do_not_end_a_sentence(text):
    assert split(text) == [text]


def test_dotted_acronym_ends_a_sentence_before_a_sentence_opener():
    assert split("The envoy flew to the U.S. The talks failed.") == ["The envoy flew to the U.S.", "The talks failed."]


def test_ordinary_words_that_look_like_abbreviations_still_end_sentences():
    assert split("The answer was no. The talks ended.") == ["The answer was no.", "The talks ended."]
    assert split("He wrote a lot etc. Then he left.") == ["He wrote a lot etc.", "Then he left."]


@pytest.mark.parametrize(
    "text",
    [
        "It cost $1,688 in total.",
        "Prices rose 3.5% last year.",
        "Growth was 0.5 percent, down from 1.25 percent.",
        "He was paid $2.5 million.",
    ],
)
def test_decimals_and_money_do_not_end_a_sentence(text):
    assert split(text) == [text]


def test_quote_ending_a_sentence_then_next_sentence():
    text = 'The delegation "did not show a will to cooperate." The report said so.'
    assert split(text) == ['The delegation "did not show a will to cooperate."', "The report said so."]
    curly = "He said “we refuse.” Egypt replied."
    assert split(curly) == ["He said “we refuse.”", "Egypt replied."]


def test_question_in_quotes_followed_by_lowercase_stays_one_sentence():
    assert split('"Are you sure?" he asked. She was.') == ['"Are you sure?" he asked.', "She was."]
    assert split("“Why now?” asked one official.") == ["“Why now?” asked one official."]


def test_sentence_starting_with_a_quote_or_a_digit():
    assert split('He left. "We are done," she said.') == ["He left.", '"We are done," she said.']
    assert split("It began in 2014. 2015 was worse.") == ["It began in 2014.", "2015 was worse."]


def test_dashes_do_not_end_a_sentence():
    assert split("The deal -- signed in 2015 -- failed. Hamas denied it.") == [
        "The deal -- signed in 2015 -- failed.",
        "Hamas denied it.",
    ]
    assert split("The deal — signed in 2015 — failed.") == ["The deal — signed in 2015 — failed."]


def test_missing_space_after_a_comma_is_not_a_boundary():
    text = "The latest example came last week,when Egypt accused Hamas."
    assert split(text) == [text]


def test_missing_space_after_a_full_stop_before_a_capital_is_a_boundary():
    assert split("Hamas said.The talks failed.") == ["Hamas said.", "The talks failed."]
    assert split("Really?Yes.") == ["Really?", "Yes."]


@pytest.mark.parametrize("text", ["The U.S.A team won.", "Fruit, e.g.apples, sold well.", "Visit ynetnews.com today."])
def test_glued_dots_inside_acronyms_and_names_are_not_boundaries(text):
    assert split(text) == [text]


def test_line_without_terminal_punctuation_ends_a_sentence():
    text = "Hamas terrorist in Gaza\nA reconciliation attempt has failed."
    assert split(text) == ["Hamas terrorist in Gaza", "A reconciliation attempt has failed."]


def test_line_with_terminal_punctuation_then_newline_ends_a_sentence():
    assert split('A will to cooperate."\nThe report said.') == ['A will to cooperate."', "The report said."]


def test_hard_wrapped_lines_continue_the_sentence():
    assert split("The report said that Egypt\nviews the PA as the only side.") == [
        "The report said that Egypt\nviews the PA as the only side."
    ]
    assert split("Hamas, under pressure,\nIran and Egypt agreed.") == ["Hamas, under pressure,\nIran and Egypt agreed."]


def test_list_markers_do_not_become_sentences():
    assert split("1. The first point\n2. The second point") == ["1. The first point", "2. The second point"]


def test_ellipses():
    assert split("He paused... then left.") == ["He paused... then left."]
    assert split("He waited... Then he left.") == ["He waited...", "Then he left."]
    assert split("He waited… Then he left.") == ["He waited…", "Then he left."]


def test_caseless_scripts_split_after_terminal_punctuation():
    assert split("שלום עולם. מה נשמע?") == ["שלום עולם.", "מה נשמע?"]


def test_sentences_never_cross_paragraphs():
    text = "This paragraph has no full stop\n\nThis one does. And another"
    paras = paragraphs(text)
    spans = sentences(text, paras)
    assert [text[s.start : s.end] for s in spans] == [
        "This paragraph has no full stop",
        "This one does.",
        "And another",
    ]
    assert all(any(p.contains(s) for p in paras) for s in spans)


def test_sentences_are_trimmed_and_not_empty():
    text = "  One.   Two.  \n  Three.  "
    spans = sentences(text)
    assert [text[s.start : s.end] for s in spans] == ["One.", "Two.", "Three."]
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)


def test_sentences_default_to_the_texts_own_paragraphs():
    text = "One. Two.\n\nThree."
    assert sentences(text) == sentences(text, paragraphs(text))
    assert sentences(text) == (Span(0, 4), Span(5, 9), Span(11, 17))


def test_long_punctuation_runs_and_dotted_chains_stay_linear():
    text = "a." * 50_000 + " " + ". " * 50_000 + "x" * 1000 + "."
    spans = sentences(text)
    assert spans and all(text[s.start : s.end].strip() for s in spans)


# --- the seeds ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    return {article.id: article for article in load_articles([SEEDS])}


def test_seed_sentence_counts(seeds):
    assert len(seeds["A"].paragraphs) == 7
    assert len(seeds["A"].sentences) == 12
    assert len(seeds["B"].paragraphs) == 11
    assert len(seeds["B"].sentences) == 13


def test_seed_a_specific_sentences(seeds):
    texts = [seeds["A"].slice(s) for s in seeds["A"].sentences]
    assert texts[2] == (
        "According to the report, Egyptian authorities presented to Hamas evidence of Hamas's "
        "involvement in Sinai incidents, with a view to setting up a joint investigation, "
        '"but the Hamas delegation did not show a will to cooperate."'
    )
    assert texts[3].startswith("The report said that Egypt views the Palestinian Authority")
    assert texts[4] == (
        "Hamas, under pressure from Egypt's demolition of Sinai-Gaza tunnels, is keen on "
        "achieving both goals to avoid a collapse of its economy."
    )
    assert (
        texts[-1] == "The military wing is also investing heavily in digging a network of tunnels for future use against Israel."
    )


def test_seed_b_specific_sentences(seeds):
    texts = [seeds["B"].slice(s) for s in seeds["B"].sentences]
    assert (
        texts[0]
        == "A reconciliation attempt between Hamas and Egypt has failed miserably, according to media reports in Egypt on Tuesday."
    )
    assert texts[7] == (
        "The latest example of this came last week,when Egypt accused Hamas of involvement, along with "
        "the outlawed Muslim Brotherhood, in last year's killing of the country's top prosecutor, Hisham Barakat."
    )
    assert texts[-2:] == [
        "Egyptian sources revealed that Hamas terrorists had provided the weapons for the lethal attacks "
        "in El-Arish through one of its smuggling tunnels.",
        "Hamas denied the charge.",
    ]


def test_a_possessive_before_the_full_stop_ends_the_sentence():
    # The "s" after an apostrophe is no initial like the "K." of "J. K. Rowling".
    assert split("It was a priority of Mr. Obama’s. Republicans opposed it.") == [
        "It was a priority of Mr. Obama’s.",
        "Republicans opposed it.",
    ]
    assert split("The crown was Louis XVIII.'s. He knew it.") == ["The crown was Louis XVIII.'s.", "He knew it."]
