"""Quotation and speech-verb shapes read on PolNeAR train (one case or a few per rule; the sentences are ours).

Quote marks typed the wrong way round or tripled, a verb closing a sentence after a quotation, subjects that
run across "and", a possessive or a bracket, "another" as a speaker, a colon after a two-word clause, a
coordinated cue whose subject is the first verb's, and a participle between a number and a plural noun.
"""

from __future__ import annotations

import pytest

from reader.core.attributions import extract_attributions
from reader.core.text.build import article_from_text
from reader.core.text.quotes import find_quotes


def _on(text: str, cue: str) -> tuple[str | None, str, str]:
    art = article_from_text(text, "X")
    start = art.text.index(cue)
    for t in extract_attributions(art):
        if t.cue.start == start:
            return (art.slice(t.source) if t.source else None), art.slice(t.cue), art.slice(t.content)
    raise AssertionError(f"no attribution on {cue!r}: {[art.slice(t.cue) for t in extract_attributions(art)]}")


def _cues(text: str) -> list[str]:
    art = article_from_text(text, "X")
    return [art.slice(t.cue) for t in extract_attributions(art)]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a curly opening mark after a comma closes the quotation
        ("“Not this year,“ he said. “Maybe the next.”", "said", ("he", "said", "Not this year")),
        # NYT style: '' quotes holding a single-quoted one close (and open) with '''
        (
            "''My aunt told me, 'Never sell the farm,''' said Mr. Okafor, who grew up there.",
            "said",
            ("Mr. Okafor", "said", "My aunt told me, 'Never sell the farm,'"),
        ),
        ("'''Harvest Moon,''' she replied.", "replied", ("she", "replied", "'Harvest Moon,'")),
        # an ellipsis ends the quotation before the cue
        ('"Well, we will look at many people…" Okafor said.', "said", ("Okafor", "said", "Well, we will look at many people…")),
        # a sentence-final -s verb after a quotation and its subject, or right after the quotation
        ("“Rents have doubled,” the leaflet explains.", "explains", ("the leaflet", "explains", "Rents have doubled")),
        ('"I am a farmer," declares Mira Holt, 41, of Tarrow.', "declares", ("Mira Holt", "declares", "I am a farmer")),
        # subjects joined by "and", or cut after a possessive
        (
            '"The budget is late," Ana Voss and Peter Lind wrote.',
            "wrote",
            ("Ana Voss and Peter Lind", "wrote", "The budget is late"),
        ),
        (
            "The talks will go on, the prime minister's spokesman said.",
            "said",
            ("the prime minister's spokesman", "said", "The talks will go on"),
        ),
        # a quotation before the words leading to the subject, then a closing adjunct
        (
            '"We will not wait," state Sen. Ora Banks (D) said during the hearing.',
            "said",
            ("state Sen. Ora Banks (D)", "said", "We will not wait"),
        ),
        # "another" alone as a speaker
        ('"The roads are closed," tweeted another.', "tweeted", ("another", "tweeted", "The roads are closed")),
        ("Yet another said, “The plan will fail.”", "said", ("another", "said", "The plan will fail.")),
    ],
)
def test_quote_shapes(text: str, cue: str, expected: tuple[str | None, str, str]) -> None:
    source, cue_text, content = _on(text, cue)
    assert (source, cue_text, content.rstrip(".")) == (expected[0], expected[1], expected[2].rstrip("."))


def test_a_party_tag_keeps_its_name_across_a_comma() -> None:
    assert _on("Gov. Ray Dunn (R-OH), said, “We are ready to build.”", "said")[:2] == ("Gov. Ray Dunn (R-OH)", "said")


def test_a_long_bracket_between_subject_and_verb_is_an_aside() -> None:
    text = "Dunn (who has 25 delegates to date) said it is possible to win the nomination."
    assert _on(text, "said") == ("Dunn", "said", "it is possible to win the nomination")


def test_an_abbreviated_year_in_curly_quotes_does_not_hide_that() -> None:
    text = "Rep. Ora Banks (D-Ga.) said in ‘08 that the early vote threw old assumptions into doubt."
    assert _on(text, "said")[2] == "the early vote threw old assumptions into doubt"


def test_a_two_word_clause_before_a_colon_introduces_the_quotation() -> None:
    source, cue, content = _on('The mayor spoke first. Dunn resisted: "Governors cannot suspend the law."', "resisted")
    assert (source, cue, content) == ("Dunn", "resisted:", "Governors cannot suspend the law")
    assert "Photo credit:" not in _cues('Photo credit: "AP"\n\nThe mayor spoke first.')


def test_a_coordinated_cue_takes_the_subject_of_the_first_verb() -> None:
    text = "A month later, he paid a visit to the border town and explained why the farmers were going to vote for him."
    assert _on(text, "explained")[0] == "he"


def test_an_irregular_past_is_the_finite_verb_of_a_trailing_participle() -> None:
    text = 'And then Okafor went fully on the attack, saying, "Is the mayor going to name the problem?"'
    assert _on(text, "saying")[0] == "Okafor"


def test_tripled_marks_make_one_quotation() -> None:
    art = article_from_text("''I said, 'No,''' he recalled. ''Then we left.''", "X")
    quotes = find_quotes(art).quotes
    assert [art.text[q.inner.start : q.inner.end] for q in quotes] == ["I said, 'No,'", "Then we left."]


def test_a_long_unpunctuated_line_stays_cheap() -> None:
    text = "Dunn (" + "word " * 200_000 + ") said, " + "“" + "x " * 1000 + "”"
    art = article_from_text(text, "X")
    extract_attributions(art)  # bounded windows: finishes quickly and does not raise
