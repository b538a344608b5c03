"""Quote drift: the same speaker's quote in different words, and what is not drift."""

from __future__ import annotations


def test_one_word_changed(analyse, found):
    analysis = analyse(
        'Obama asked: "What have you guys been debating, John?" The crowd laughed loudly at that.',
        'Obama asked: "What have you guys been doing, John?" The crowd laughed loudly at that.',
    )
    ((a, b, d),) = found(analysis, "quote")
    assert "debating" in a and "doing" in b and d.detail == "debating → doing" and d.severity == "low"


def test_a_word_dropped_in_the_middle(analyse, found):
    analysis = analyse(
        '"With all due respect, that\'s just a bunch of malarkey," Biden said during the debate.',
        '"With all due respect, that\'s a bunch of malarkey," Biden said during the debate.',
    )
    ((a, b, d),) = found(analysis, "quote")
    assert d.detail == "just → —"


def test_quoting_more_of_the_sentence_is_not_drift(analyse, found):
    analysis = analyse(
        '"We will keep fighting for working families in every state," Pelosi said on Wednesday.',
        '"We will keep fighting for working families," Pelosi said on Wednesday.',
    )
    assert found(analysis, "quote") == []


def test_contractions_and_case_are_not_drift(analyse, found):
    analysis = analyse(
        '"They are followers of a failed idea," the mayor said of his rivals on Sunday.',
        '"they\'re followers of a failed idea," the mayor said of his rivals on Sunday.',
    )
    assert found(analysis, "quote") == []


def test_a_paraphrase_against_a_quote_is_not_quote_drift(analyse, found):
    analysis = analyse(
        '"We will not raise taxes on the middle class this year," the governor said on Monday.',
        "The governor said on Monday that he would not raise taxes on the middle class this year.",
    )
    assert found(analysis, "quote") == []


def test_different_speakers_are_not_compared(analyse, found):
    analysis = analyse(
        '"The plan will cut costs for every family in the state," said Governor Anna Berg.',
        '"The plan will raise costs for every family in the state," said Senator Tom Hale.',
    )
    assert found(analysis, "quote") == []


def test_a_quote_in_the_sentence_after_the_match_is_compared(analyse, found):
    analysis = analyse(
        "The adviser told reporters that failure to pass the tax deal would raise the risk of a recession sharply. "
        "Markets fell on the news.",
        "The adviser told reporters that failure to pass the tax deal would raise the risk of a recession sharply. "
        '"To pass this bill in the next weeks would raise the risk of a recession," he said.',
    )
    polarity = [d for _, _, d in found(analysis, "polarity")]
    assert polarity and polarity[0].detail.endswith("next to the shared passage")
