"""Shortcuts taken for speed read what the full reading reads: the tail of a source window, the " to " test before
`CARRIED_ON`, the first words after a cue, a content's first word."""

from __future__ import annotations

import pytest

from reader.core.attributions.cue_words import CARRIED_ON, carried_on, tokens_back
from reader.core.attributions.extract import _has_words
from reader.core.attributions.forms.clauses import with_quote_before
from reader.core.attributions.forms.dash_cue import _DASH_NAME, dash_name_matches
from reader.core.attributions.forms.poll_cue import _POLL, poll_matches
from reader.core.attributions.forms.quote_verb import _quoting_sentences
from reader.core.attributions.forms.subject_span import relative_subject
from reader.core.attributions.sources import (
    MEDIUM_REACH,
    TIME_BEFORE_CUE,
    TOKEN,
    _subject_in,
    _subject_of,
    first_words,
    phrase_after,
    time_before_cue,
    words,
)
from reader.core.lexicons.verbs import load_reporting_verbs
from reader.core.model import Span
from reader.core.text import segment
from reader.core.text.build import article_from_text
from reader.core.text.holding import literal_starts, sentences_holding
from reader.core.text.quotes import find_quotes

_SOURCES = (
    "After a long and winding day of talks in the capital, Egyptian journalist Ashraf Abu Al-Houl said. "
    "Meanwhile the National Civil Defense Institute (INDECI) of the Republic of Peru and its many partners said. "
    "In the end, Sen. Mitch McConnell, the majority leader from the great state of Kentucky, has also repeatedly said. "
    "Later that week, a senior adviser to Mr. Sanders who asked not to be named because he was not authorised told. "
    "In a statement released by the committee on Tuesday evening, Trump on Twitter on Air Force One said. "
    "Far from the capital, in a small town, the Council on Foreign Relations and the Club for Growth both argued. "
    "Of the many voters who turned out in the rain on Tuesday, 47% of the respondents in the poll say. "
    "And when asked about it later, James R. Clapper Jr. (the director of national intelligence) conceded. "
    "Late that night the Federal Energy Regulatory Commission of the United States and its Inspector General warned. "
    "Once_upon_a_time_there_was_an_underscore_run_that_is_no_token_at_all_and_it_goes_on_and_on_and_on He said."
)


def _whole_window(window: str, cut: bool) -> tuple[tuple[int, int] | None, str]:
    """`_subject_in` with every token of the window read (what it did before it read the tail first)."""
    time = TIME_BEFORE_CUE.search(window)
    toks = words(window, 0, time.start() if time else len(window))
    return _subject_of(window, toks[1:] if toks and cut else toks, load_reporting_verbs())[0]


@pytest.mark.parametrize("cut", [True, False])
def test_the_tail_of_a_window_reads_as_the_whole_window(cut: bool) -> None:
    verbs = load_reporting_verbs()
    read_in_tail = read_again = 0
    for end in range(1, len(_SOURCES) + 1):
        for width in (60, 90, 120):
            window = _SOURCES[max(0, end - width) : end]
            assert _subject_in(window, cut, verbs) == _whole_window(window, cut)
            tail = window.rfind(" ", 0, len(window) - 40)
            if tail > 0 and len(words(window, tail, len(window))) >= MEDIUM_REACH:
                reach = _subject_of(window, words(window, tail, len(window)), verbs)[1]
                read_in_tail += reach >= 1
                read_again += reach < 1
    assert read_in_tail > 500 and read_again > 50  # both ways are taken


def test_a_phrase_longer_than_the_tail_is_read_whole() -> None:
    window = "as the very long-winded and much-quoted Federal Energy Regulatory Commission of the United States "
    verbs = load_reporting_verbs()
    tail = window.rfind(" ", 0, len(window) - 40)
    assert _subject_of(window, words(window, tail, len(window)), verbs)[1] < 1  # the tail alone would cut the phrase
    found, status = _subject_in(window, True, verbs)
    assert status == "np" and found is not None
    assert window[found[0] : found[1]] == "much-quoted Federal Energy Regulatory Commission of the United States"


def test_carried_on_finds_what_the_pattern_finds() -> None:
    text = (
        "Gowdy went on to call it. He was quick to\tadd it. She took to Facebook to blast him. They tried  to\n"
        "say it. It began To portray. Trump is more likely to say. So to say, tomato, into, went on to"
    )
    hits = 0
    for pos in range(len(text) + 1):
        for start in (0, max(0, pos - 12)):
            expected = CARRIED_ON.search(text, max(start, pos - 40), pos)
            got = carried_on(text, start, pos)
            assert (got.span() if got else None) == (expected.span() if expected else None)
            hits += expected is not None
    assert hits >= 8


def test_first_words_are_the_first_of_all_words() -> None:
    text = "  U.S. officials, 1,500 of them - said: it's over. "
    for start in range(len(text)):
        for count in (1, 2, 8):
            assert first_words(text, start, len(text), count) == [m.span() for m in TOKEN.finditer(text, start)][:count]


def test_phrase_after_reads_titles_and_stops_at_clause_words() -> None:
    text = "according to Ms. Leon, the vote was close. according to Mr. . according to the report that"
    first = text.index("to Ms.") + 2
    assert text[phrase_after(text, first, len(text)).start : phrase_after(text, first, len(text)).end] == "Ms. Leon"
    second = text.index("to Mr.") + 2
    found = phrase_after(text, second, text.index(" . according") + 2)
    assert found is not None and text[found.start : found.end] == "Mr"  # a dot with nothing after it ends the phrase
    third = text.index("to the report") + 2
    found = phrase_after(text, third, len(text))
    assert found is not None and text[found.start : found.end] == "the report"


@pytest.mark.parametrize(
    ("content", "says_something"),
    [
        ("Trump won", True),
        ("  hello", True),
        ("éclair", True),
        ("3.5/10", True),
        ("@Milbank", False),
        ("nyti.ms/2a", False),
        ("https://example.com", False),
        (") .", False),
        ("word_with_underscore", True),
        ("#tag words", True),
    ],
)
def test_has_words_with_and_without_the_first_word_shortcut(content: str, says_something: bool) -> None:
    text = f"x {content}"
    assert _has_words(text, Span(2, len(text))) is says_something


_POLLS = (
    "In a CNN poll released Monday, Clinton led. Trump leads in a Gallup survey. Within a poll; xin a poll, "
    "_in a poll, 9in a poll, éin a poll, (in the latest NBC News/Wall Street Journal poll), in polls, in a survey of "
    "voters, In survey, in\ta\nnew poll. spin a poll. in In a poll in a poll-tested new poll in a  poll  about x, in a "
    "poll  for them, in one of 6 A.B.C./D&E-F polls, in a poll"
)


def test_poll_matches_are_the_pattern_s_matches() -> None:
    assert len(list(poll_matches(_POLLS))) >= 8
    for cut in range(len(_POLLS)):
        for piece in (_POLLS[cut:], _POLLS[:cut]):
            assert [m.span() for m in poll_matches(piece)] == [m.span() for m in _POLL.finditer(piece)]
    long_run = "in a " + "x " * 600 + "in a new poll"  # no barrier for 1,200 characters before "poll"
    assert [m.span() for m in poll_matches(long_run)] == [m.span() for m in _POLL.finditer(long_run)] != []


def test_literal_starts_finds_every_start_of_every_literal() -> None:
    text = "issued, issuing; reissued. released-releasing support from support of supports of endorsements of"
    literals = ("issued", "issuing", "released", "releasing", "support from ", "support of ", "endorsements of ", "none")
    found = literal_starts(text, literals)
    for literal in literals:
        assert found[literal] == [at for at in range(len(text)) if text.startswith(literal, at)]
    assert found["issued"] == [0, 19] and found["none"] == []


def test_dash_name_matches_are_the_pattern_s_matches() -> None:
    text = (
        '"He represents our greatest shame." ― Sonya Herridge\n"Q" — Paul Ryan (@SpeakerRyan), \'x\'-Ann Lee. "a" \t–\t'
        'Bob O’Brien Jr, ”-” - Al Bo\n"x"--Ed "y" - - Tom, well-known "z" -Al Gore'
    )
    assert len(list(dash_name_matches(text))) >= 5
    for cut in range(len(text)):
        for piece in (text[cut:], text[:cut]):
            assert [m.span() for m in dash_name_matches(piece)] == [m.span() for m in _DASH_NAME.finditer(piece)]


def test_quoting_sentences_hold_every_sentence_with_a_quotation_to_read() -> None:
    text = (
        'He left. "Why?" Trump said. "It is over," she said.  "Fine." \t He said so. No quote here. '
        "''Two apostrophes,'' he recalled. A \"scare\" quote. Nothing. \"Open to the end"
    )
    art = article_from_text(text, "X")
    quotes = find_quotes(art)
    sentences = segment.sentences(art.text)
    read = [k for k, s in enumerate(sentences) if quotes.within(with_quote_before(art.text, s, quotes))]
    assert len(read) >= 5
    picked = _quoting_sentences(art.text, sentences, quotes)
    assert set(read) <= set(picked) and picked == sorted(picked)
    assert len(picked) < len(sentences)  # the sentences with no quotation near are left out


def test_tokens_back_are_the_last_tokens_of_the_window() -> None:
    text = "The U.S. officials' 1,500-word report, released   Tuesday -- a  long one,\tsaid: it's (over). x" * 2
    for pos in range(len(text) + 1):
        for start in (0, max(0, pos - 30)):
            for count in (1, 2, 4):
                for window in (60, 80):
                    whole = [m.span() for m in TOKEN.finditer(text, max(start, pos - window), pos)][-count:]
                    assert tokens_back(text, start, pos, count, window) == whole


def test_sentences_holding_a_mark_are_the_sentences_a_search_finds_it_in() -> None:
    text = "Note: one. Two: three: four. No mark here. Last one:"
    sentences = segment.sentences(text)
    held = list(sentences_holding(text, sentences, literals=(":",)))
    assert held == [k for k, s in enumerate(sentences) if text.find(":", s.start, s.end) >= 0]
    assert len(held) == 3 and len(sentences) == 4


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Writers who might agree with the comments said no.", "the comments", "Writers"),
        ("The committee probing the attacks requested files.", "the attacks", "The committee"),
        ("The committee and the attacks requested files.", "the attacks", None),  # neither "who" nor "ing" before
    ],
)
def test_relative_subject_with_and_without_a_clause_word_before(text: str, phrase: str, subject: str | None) -> None:
    start = text.index(phrase)
    found = relative_subject(text, Span(0, len(text)), Span(start, start + len(phrase)), load_reporting_verbs(), None)
    assert (text[found.start : found.end] if found is not None else None) == subject


def test_time_before_cue_is_the_pattern_s_search() -> None:
    text = (
        "A poll released on Tuesday has also  The group earlier Monday night strongly The firm last week The Post "
        "in May The paper in 2015 further The aide yesterday The court today repeatedly again The judge on Sept. 12 "
        "The mayor late Friday evening quickly The firm released last month The family The ally Thursday\nThe x July    "
    )
    matched = 0
    for end in range(len(text) + 1):
        for width in (40, 120):
            window = text[max(0, end - width) : end]
            expected = TIME_BEFORE_CUE.search(window)
            found = time_before_cue(window)
            assert (found.span() if found else None) == (expected.span() if expected else None)
            matched += expected is not None
    assert matched >= 20
    assert time_before_cue("") is None and time_before_cue(" \n ") is None  # blanks alone: no time
