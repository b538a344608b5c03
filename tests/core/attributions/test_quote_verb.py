"""An unlisted -ed verb beside a quotation (`forms/quote_verb.py`), and an outlet quoting someone as saying
(`forms/quoted_as.py`): the readings, and the scare quotes, titles and passives that are none (review11b #1-#3,
#13, #21). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"It is the only bill with bipartisan support," Toomey fumed on Tuesday.',
            ("Toomey", "fumed", "It is the only bill with bipartisan support"),
        ),
        (
            'Hillary Clinton cracked, "I\'m a progressive who gets things done."',
            ("Hillary Clinton", "cracked", "I'm a progressive who gets things done"),
        ),
        ('"The way I see it," she elaborated, "no one questioned him."', ("she", "elaborated", "The way I see it")),
        ('But "it is over," Smith scoffed.', ("Smith", "scoffed", "it is over")),
        ('Smith quipped, "Not bad," and left.', ("Smith", "quipped", "Not bad")),
        # a role before the name after the verb
        ('"It is a fraud," scoffed prosecutor Ann Lee.', ("prosecutor Ann Lee", "scoffed", "It is a fraud")),
    ],
)
def test_an_unlisted_verb_beside_a_quotation_is_a_cue(found, text, expected):
    assert expected in found(text)


def test_an_unlisted_verb_after_a_question_that_ends_its_sentence(found):
    text = 'It was late. "Would it be negotiable?" Hannity pressed.'
    assert ("Hannity", "pressed", "Would it be negotiable?") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        'He said it would pass if tougher measures were not deployed, "or homes will burn."',
        'The law can be applied, "when people make false statements."',
    ],
)
def test_a_passive_before_a_quotation_is_no_cue(found, text):
    assert [f for f in found(text) if f[1] in ("deployed", "applied")] == []


@pytest.mark.parametrize(
    "text",
    [
        'Police arrested, "without incident," a 23-year-old man on Tuesday.',
        'Shares jumped, "a sign of strength," on Tuesday.',
        'The stock plunged, "as expected," after the report.',
        'The quarterback completed, "by my count," 30 passes.',
        'The team struggled, "no other word for it," in the second half.',
    ],
)
def test_a_scare_quote_set_off_by_commas_is_no_speech(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'After "Frozen," Disney invested in sequels.',
        'In "Avatar," Cameron used new cameras.',
        'Like "Frozen," the sequel earned $1 billion.',
    ],
)
def test_a_quoted_title_after_a_preposition_is_no_speech(found, text):
    assert found(text) == []


def test_an_outlet_quoting_someone_as_saying(found):
    text = "The Post quoted another unnamed GOP official as saying that Lewandowski was not opposed by Manafort."
    assert ("The Post", "quoted", "Lewandowski was not opposed by Manafort") in found(text)


def test_quoted_as_saying_in_the_passive_stays_the_multiword_cue(found):
    assert found("He was quoted as saying the deal was dead.") == [("He", "was quoted as saying", "the deal was dead")]


@pytest.mark.parametrize(
    "text",
    [
        "He was quoted by the BBC as saying the plant was safe.",
        "Musk, quoted by Bloomberg as saying the factory would open in May, declined further comment.",
    ],
)
def test_the_one_quoted_by_an_outlet_is_not_the_one_quoting(found, text):
    assert [f for f in found(text) if f[1] == "quoted"] == []


@pytest.mark.parametrize(
    "text",
    [
        # A contracted auxiliary: "he’s nominated" is a passive, not a speaker's verb (BASIL disc pair, a wrong
        # "relayed source" discrepancy came of it).
        "He said that if he’s nominated, “I’d like to beat him straight up,” not on the basis of the birth issue.",
        "They’re convinced, “This is the year,” the coach said.",
        # A subordinate clause's subject: the quotation is the main clause's.
        "When Smith arrived, “We are ready,” the coach said.",
        "Because the board objected, “The deal is off,” a spokesman said.",
    ],
)
def test_a_verb_in_a_passive_or_a_subordinate_clause_is_no_speaker_of_the_quotation(found, text):
    cues = [cue for _, cue, _ in found(text)]
    assert not {"nominated", "convinced", "arrived", "objected"} & set(cues)
