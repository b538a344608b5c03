"""Positions held, not statements: beliefs, intentions and stances are attributions of their own cue class.

"Trump wants to build a wall", "most voters think ...", "Clinton opposed the war": readers weigh
them like statements, so they are attributions, but their `cue_class` (belief, intention, stance)
keeps them apart from what was said. Inside someone else's statement a position is part of it.
"""

from __future__ import annotations

import pytest

from reader.core.attributions import extract_attributions
from reader.core.model import Article
from reader.core.text import segment


def article(text: str) -> Article:
    paras = segment.paragraphs(text)
    return Article(id="X", path="", text=text, paragraphs=paras, sentences=segment.sentences(text, paras))


def found(text: str) -> list[tuple[str | None, str, str, str | None]]:
    art = article(text)
    return [
        (art.slice(t.source) if t.source else None, art.slice(t.cue), art.slice(t.content), t.cue_class)
        for t in extract_attributions(art)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump wants to build a wall on the border.", ("Trump", "wants", "to build a wall on the border", "intention")),
        ("Democrats hope that turnout will be high.", ("Democrats", "hope", "turnout will be high", "intention")),
        ("The senator plans to visit Ohio.", ("The senator", "plans", "to visit Ohio", "intention")),
        ("An executive sought to put a donor in touch with the ambassador.", None),  # an attempt, no position
        ("Trump thinks he can win Michigan.", ("Trump", "thinks", "he can win Michigan", "belief")),
        ("She doesn’t think Clinton can win.", ("She", "think", "Clinton can win", "belief")),
        ("Some believe he could replicate it.", ("Some", "believe", "he could replicate it", "belief")),
        (
            "Most voters feel the country is on the wrong track.",
            ("Most voters", "feel", "the country is on the wrong track", "belief"),
        ),
        ("Trump supports a ban on new arrivals.", ("Trump", "supports", "a ban on new arrivals", "stance")),
        ("Clinton opposed the Iraq war.", ("Clinton", "opposed", "the Iraq war", "stance")),
    ],
)
def test_positions_are_attributions_of_their_own_class(text, expected):
    got = found(text)
    if expected is None:
        assert got == []
    else:
        assert got == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The plan has broad support among voters.",  # nouns
        "His supporters backed away from the claim.",  # a phrasal verb, no position
        "The vain hope that voters will forget is gone.",
    ],
)
def test_nouns_and_phrasal_verbs_are_no_positions(text):
    assert [f for f in found(text) if f[3] in ("belief", "intention", "stance")] == []


def test_a_position_inside_a_statement_is_part_of_it():
    assert found("Trump said he wants to build a wall.") == [("Trump", "said", "he wants to build a wall", "say")]


def test_position_words_do_not_break_a_subject():
    text = "Lagos State's commissioner for physical planning, Abimbola Oyelaran, said the plan was approved."
    assert found(text)[0][:2] == ("Lagos State's commissioner for physical planning, Abimbola Oyelaran", "said")


def test_a_position_read_across_a_statement_leaves_the_statement_whole():
    text = "Chief negotiator Petra Visser said workers had sought a job guarantee but were offered nothing."
    assert found(text) == [
        ("Chief negotiator Petra Visser", "said", "workers had sought a job guarantee but were offered nothing", "say")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The billionaire made the case that the career is a litany of collapses.",
            ("The billionaire", "made the case", "the career is a litany of collapses", "say"),
        ),
        ("Republicans took issue with the ruling.", ("Republicans", "took issue with", "the ruling", "accuse")),
        ("Scholars are raising questions about his candor.", ("Scholars", "raising questions about", "his candor", "express")),
    ],
)
def test_light_verb_cues(text, expected):
    assert found(text) == [expected]


def test_a_position_noun_after_a_verb_is_no_position_cue():
    # "plans" is no intention of her own here, but releasing plans is a light verb of speech (issue 10, session 9)
    assert found("She also released plans to bring junior members into leadership roles.") == [
        ("She", "released plans", "to bring junior members into leadership roles", "say")
    ]


@pytest.mark.parametrize(
    "text, source",
    [
        ("Editorial writers who might agree with the comments swiftly said they were out of line.", "Editorial writers"),
        ("The committee probing the attacks requested that she appear.", "The committee"),
        ("A handful of Democrats who had backed Mr. Ryan vowed to press on.", "Democrats"),
    ],
)
def test_the_subject_before_a_restrictive_clause_speaks(text, source):
    assert [f[0] for f in found(text)] == [source]


def test_a_pronoun_after_a_dash_is_its_sentences_subject():
    from reader.core.model import Actor, Mention

    text = (
        "Senator Paul Ruiz said on Monday that the bill would pass.\n\n"
        "Former Rep. Asa Hutchinson, who led the review, appeared to ease off on the call -- "
        "he said it is important for every school to have one."
    )
    art = article(text)

    def actor(actor_id, name):
        spans = [Mention("X", i, i + len(name)) for i in range(len(text)) if text.startswith(name, i)]
        return Actor(actor_id, name, "person", mentions=tuple(spans))

    actors = (actor("ruiz", "Paul Ruiz"), actor("hutchinson", "Asa Hutchinson"))
    said = [t for t in extract_attributions(art, actors) if t.source and art.slice(t.source) == "he"]
    assert [t.source_actor for t in said] == ["hutchinson"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump is expected to deliver a victory speech tonight.",
            (None, "is expected", "Trump is expected to deliver a victory speech tonight", "belief"),
        ),
        ("Clinton allies fear the toll is rising.", ("Clinton allies", "fear", "the toll is rising", "belief")),
        ("Most oppose defunding Planned Parenthood.", ("Most", "oppose", "defunding Planned Parenthood", "stance")),
    ],
)
def test_expectations_fears_and_quantified_positions(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell.",
        "Q: But this is like the Trump moment, right?",
        "Contributing: Brittney Bennett and Greg Toppo, USA TODAY.",
    ],
)
def test_colon_labels_and_rolls_of_names_are_no_speakers(text):
    assert found(text) == []


def test_a_group_backing_someone_takes_a_stance():
    text = "A constellation of super PACs backing Mr. Cruz began March with more than $20 million."
    assert found(text) == [("PACs", "backing", "Mr. Cruz", "stance")]
    assert found("He spent the day opposing the bill.") == []


def test_a_pronoun_subject_keeps_pointing_back_past_the_person_it_names():
    from reader.core.model import Actor, Mention

    text = "Sisi said the project was vital. He thanked President Xi Jinping, who he said had followed the talks."
    art = article(text)

    def actor(actor_id, name):
        spans = [Mention("X", i, i + len(name)) for i in range(len(text)) if text.startswith(name, i)]
        return Actor(actor_id, name, "person", mentions=tuple(spans))

    actors = (actor("sisi", "Sisi"), actor("xi", "Xi Jinping"))
    said = [t for t in extract_attributions(art, actors) if art.slice(t.source) == "he"]
    assert [t.source_actor for t in said] == ["sisi"]
