"""Cues of acts PolNeAR train annotates at least three times in four (issue 10): attacks ("railed against",
"lashed out at", "chided"), stances ("balked at", "distanced himself from", "pushed for"), mentions
("referenced", "retweeted", "spoke of"), thanks and credit, orders, signals, grumbling; and a cue gerund of speech
after "before"/"after"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr. Trump has railed against the Trans-Pacific Partnership.",
            ("Mr. Trump", "railed against", "the Trans-Pacific Partnership", "accuse"),
        ),
        (
            "Trump lashed out at Khan on Twitter.",
            ("Trump", "lashed out at", "Khan on Twitter", "accuse"),
        ),
        ("Rubio chided the moderators for their questions.", ("Rubio", "chided", "the moderators for their questions", "accuse")),
        (
            "Bolton distanced himself from the NeverTrump movement.",
            ("Bolton", "distanced himself from", "the NeverTrump movement", "stance"),
        ),
        ("The union has pushed for a higher minimum wage.", ("The union", "pushed for", "a higher minimum wage", "stance")),
        (
            "Gowdy referenced a 2015 inspector general's report.",
            ("Gowdy", "referenced", "a 2015 inspector general's report", "mention"),
        ),
        ("Scarborough retweeted the message.", ("Scarborough", "retweeted", "the message", "mention")),
        ("Sanders spoke of a political revolution.", ("Sanders", "spoke of", "a political revolution", "mention")),
        ("Trump joked about his hands.", ("Trump", "joked about", "his hands", "mention")),
        ("The campaign played down the poll.", ("The campaign", "played down", "the poll", "deny")),
        (
            "Trump thanked his parents and his children.",
            ("Trump", "thanked", "his parents and his children", "praise"),
        ),
        (
            "The campaign has credited Ivanka Trump with inspiring the proposal.",
            ("The campaign", "credited", "Ivanka Trump with inspiring the proposal", "praise"),
        ),
        (
            "A federal judge has ordered the release of internal Trump University documents.",
            ("A federal judge", "ordered", "the release of internal Trump University documents", "ask"),
        ),
        (
            "Clinton also signaled that she is girding for a fight.",
            ("Clinton", "signaled", "she is girding for a fight", "express"),
        ),
        ("Kasich groused that the debate rules were unfair.", ("Kasich", "groused", "the debate rules were unfair", "say")),
    ],
)
def test_acts_polnear_annotates_as_attributions(text, expected, classed):
    assert classed(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He has come out against the plan.", ("He", "come out against", "the plan", "stance")),
        ("He commends the staff.", ("He", "commends", "the staff", "praise")),
        ("She lauds the plan.", ("She", "lauds", "the plan", "praise")),
        ("The minister chides the opposition.", ("The minister", "chides", "the opposition", "accuse")),
        (
            "The company distances itself from the remarks.",
            ("The company", "distances itself from", "the remarks", "stance"),
        ),
        (
            "The party is distancing themselves from the candidate.",
            ("The party", "distancing themselves from", "the candidate", "stance"),
        ),
        ("The union is pushing for a raise.", ("The union", "pushing for", "a raise", "stance")),
        ("She came out in favour of the bill.", ("She", "came out in favour of", "the bill", "stance")),
        ("She credits her mother with her success.", ("She", "credits", "her mother with her success", "praise")),
        ("The company signals that prices will rise.", ("The company", "signals", "prices will rise", "express")),
        ("The judge ordered police to leave.", ("The judge", "ordered", "police to leave", "ask")),
        ("The court ordered that the files be released.", ("The court", "ordered", "the files be released", "ask")),
        ("Obama ordered a review of the program.", ("Obama", "ordered", "a review of the program", "ask")),
    ],
)
def test_every_form_of_an_act_verb_is_a_cue(text, expected, classed):
    assert classed(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The judge ordered.",
        "The airline ordered 50 new jets from Boeing.",  # a purchase, not an order
        "He ordered a pizza.",
        "The company ordered new equipment for its plants.",
        "Tax credits rose last year.",  # a plural noun before its verb
        "Mixed signals came from the White House.",
        "The vote recounts were slow.",
        "Families get tax credits for children.",
        "Thanks to the rain, the fire went out.",  # a preposition
        "It signals the arrival of a new phase.",  # a sign, nobody speaks
        "Collins' endorsement may signal an opening for Trump.",
        "Shares of Boeing fell after reporting a loss in the third quarter.",  # cannot speak
        "The bank's profit fell after reporting rules changed.",
    ],
)
def test_the_noun_and_purchase_readings_of_act_verbs_are_no_attribution(text, classed):
    assert classed(text) == []


def test_the_new_acts_credit_no_claim_in_the_discrepancy_finders(classed):
    from reader.core.discrepancies.attribution import CREDITING

    classes = {c for *_, c in classed("Rubio chided the moderators. Trump thanked his parents. A judge ordered a review.")}
    assert classes == {"accuse", "praise", "ask"}
    assert not classes & CREDITING


def test_orders_and_championed_causes_stay_content_for_alignment_other_acts_frame():
    from reader.core.align.weights import framing_words

    assert not {"ordered", "championed"} & framing_words()
    assert {"thanked", "retweeted", "chided"} <= framing_words()  # like "praised", "mentioned", "criticized"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sheppard presented a message about healing before explaining why she stands behind Clinton.",
            ("Sheppard", "explaining", "why she stands behind Clinton"),
        ),
        (
            "Carson spoke to the AP on Wednesday after hinting that personnel changes could come.",
            ("Carson", "hinting", "personnel changes could come"),
        ),
    ],
)
def test_a_cue_gerund_before_or_after_is_the_subjects_statement(text, expected, found):
    assert found(text) == [expected]


def test_a_position_gerund_after_before_is_a_condition_not_a_stance(found):
    text = "Lawmakers will read the bill twice before backing the president's plan."
    assert found(text, lambda f: f[1] == "backing") == []
