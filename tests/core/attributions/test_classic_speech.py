"""Classic speech cues the parser used to miss (PolNeAR train shapes, issue #10): an opening phrase before an
appositive subject, "asking", a percentage as the subject, a time adverbial between subject and verb, a speech
verb whose colon ends its paragraph (a block quote), an opening participle ("Noting that ..., S said"), a gerund
after a preposition or a dash, a cue opening its sentence ("Said Comey, ..."), "as S put it", "went on", passive
reports ("was said to"), promises with a quoted verb and addressees ("told The Star-Ledger of Newark").
Quote verbs and "quoted as" are in test_quote_verb.py, "called" in test_called_polls.py."""

from __future__ import annotations

import pytest

from reader.core.attributions.subjects import opening_segment


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Still, Tad Devine, a senior adviser to Mr. Sanders, said on Tuesday that the campaign would not mislead voters.",
            ("Tad Devine", "said", "the campaign would not mislead voters"),
        ),
        (
            "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders.",
            ("Senator Harry Reid", "said", "he spoke with Mr. Sanders"),
        ),
        (
            "Separately, Anna Berg, the union's lawyer, said that the strike would go ahead.",
            ("Anna Berg", "said", "the strike would go ahead"),
        ),
    ],
)
def test_an_opening_phrase_before_a_subject_set_off_by_commas(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "segment, opening",
    [
        ("After the vote", True),
        ("Still", True),
        ("Separately", True),
        ("Speaking in Iowa", True),
        ("Alarmed by the unrest in Nevada", True),
        ("Alfred Smith", False),  # a name in -ed
        ("Tad Devine", False),
        ("Kelly", False),  # a name in -ly, not an adverb: lower-case test
    ],
)
def test_opening_segment(segment, opening):
    assert opening_segment(segment) is opening


def test_asking_is_a_request_cue(found):
    text = "Sanders sent a text message to his supporters, asking them not to stage protests inside the hall."
    assert ("Sanders", "asking", "them not to stage protests inside the hall") in found(text)


def test_a_percentage_is_a_subject(found):
    text = "On economic issues, 42% say they are liberal."
    assert found(text) == [("42%", "say", "they are liberal")]


@pytest.mark.parametrize(
    "text, source",
    [
        ("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.", "RNC spokesman Sean Spicer"),
        ("Senator Kim this past week said the party was not in a crisis.", "Senator Kim"),
        ("Senator Kim on Dec. 2 said the party was not in a crisis.", "Senator Kim"),
    ],
)
def test_a_time_adverbial_between_subject_and_verb(found, text, source):
    assert found(text) == [(source, "said", "the party was not in a crisis")]


def test_a_speech_verb_and_colon_ending_a_paragraph_introduce_the_next_one(found):
    text = "The debate went on.\n\nHewitt writes:\n\nThe candidate is weak on this, and he knows it.\n\nNothing more."
    assert found(text) == [("Hewitt", "writes:", "The candidate is weak on this, and he knows it")]


@pytest.mark.parametrize(
    "text",
    [
        "The debate went on.\n\nWatch the ad below:\n\nThe candidate is weak on this.",  # no speech verb
        "The debate went on.\n\nSaid:\n\nThe candidate is weak on this.",  # a label
    ],
)
def test_a_colon_ending_a_paragraph_without_a_speaker_introduces_nothing(found, text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "After saying he was nervous to ask a question, the man hugged the governor.",
            ("the man", "saying", "he was nervous to ask a question"),
        ),
        (
            "While saying that he respects Mrs. Clinton, Sanders kept up his attacks.",
            ("Sanders", "saying", "he respects Mrs. Clinton"),
        ),
    ],
)
def test_a_sentence_opening_with_a_preposition_and_a_participle_of_speech(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # review11b #9: a passive main clause, a subject cut to "the", a greeting
        "After admitting the theft, the suspect was released on bail.",
        "Admitting the theft, the suspect was released on bail.",
        "After admitting the theft, Jones was released on bail.",
        "Before saying goodbye, the coach thanked the fans.",
    ],
)
def test_an_opening_participle_without_a_speaking_subject_reads_nothing(found, text):
    assert [f for f in found(text) if f[1].lower() in ("admitting", "saying")] == []


def test_after_winning_is_no_participle_of_speech(found):
    assert found("After winning the vote, the mayor left the hall.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cruz replied, before adding that children should speak with respect.",
            ("Cruz", "adding", "children should speak with respect"),
        ),
        (
            "He defended the plan by citing a poll of likely voters.",
            ("He", "citing", "a poll of likely voters"),
        ),
    ],
)
def test_a_gerund_of_speech_after_a_preposition_speaks_for_the_subject(found, text, expected):
    assert expected in found(text)


def test_a_gerund_of_speech_after_a_dash(found):
    text = "Wasserman Schultz dismissed the accusations — saying the campaign chose not to accept the same help."
    assert ("Wasserman Schultz", "saying", "the campaign chose not to accept the same help") in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # review11b #7: the content ends at the dash closing the aside; the source is the clause's subject
        ("The striker - citing a knee injury - withdrew from the squad.", ("The striker", "citing", "a knee injury")),
        ("Apple raised its forecast - noting strong iPhone sales.", ("Apple", "noting", "strong iPhone sales")),
    ],
)
def test_a_gerund_of_speech_in_a_dashed_aside(found, text, expected):
    assert found(text) == [expected]


def test_a_position_after_a_dash_is_an_aside(found):
    text = "Rubio and Christie -- seeking breakout performances in the primary -- faced attacks from the others."
    assert [f for f in found(text) if f[1] == "seeking"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"It is a library," said Peter Rice, chairman of Fox Networks Group, noting that old episodes sell.',
            ("Peter Rice", "noting", "old episodes sell"),
        ),
        (
            '"Today we celebrate," McAuliffe said in making his announcement in Richmond, noting that it was a priority.',
            ("McAuliffe", "noting", "it was a priority"),
        ),
    ],
)
def test_a_trailing_participle_shares_the_speaker_of_the_statement_before_it(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Said Comey, "The thought of an error is painful."', ("Comey", "Said", "The thought of an error is painful")),
        (
            'The home was renovated. Said Dorothy Poynter, who grew up with Ali, "We were all so proud of him."',
            ("Dorothy Poynter", "Said", "We were all so proud of him"),
        ),
        ('Continued Stone: "So I think it is a real problem."', ("Stone", "Continued", "So I think it is a real problem")),
    ],
)
def test_a_cue_opening_its_sentence_then_the_speaker_and_a_quotation(found, text, expected):
    assert expected in found(text)


def test_a_cue_opening_its_sentence_without_a_quotation_reads_nothing(found):
    assert found("Said the man.") == []


def test_a_headline_may_end_with_its_speaker_and_cue(found):
    text = "Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.\n\nThe comedian spoke on Monday."
    assert ("Trevor Noah", "Says", "Donald Trump Is Like A Lawyer’s Dumbest Client Ever") in found(text)


def test_a_place_name_ending_a_sentence_is_no_headline_cue(found):
    assert [f for f in found("The ship finally arrived in Port Said.") if f[1] == "Said"] == []


def test_as_someone_put_it(found):
    text = 'As Tom Ridge, a former secretary of homeland security, put it: "The barbarians are inside."'
    assert ("Tom Ridge", "put it", "The barbarians are inside") in [(s, c, t.rstrip(".")) for s, c, t in found(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"This is a lot of nonsense," he went on.', [("he", "went on", "This is a lot of nonsense")]),
        ("As the day went on, Trump offered increasingly strident defenses.", []),
        ("The list of companies goes on, including Microsoft and Walgreens.", []),
    ],
)
def test_went_on_reports_speech_only_around_a_quotation(found, text, expected):
    assert [f for f in found(text) if f[1] == "went on" or f[1] == "goes on"] == expected


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "Party chairman Reince Priebus was said to be furious with Trump.",
            "was said",
            "Party chairman Reince Priebus was said to be furious with Trump",
        ),
        (
            "But Sanders was declared the winner in Rhode Island, and he stayed in the race.",
            "was declared",
            "Sanders was declared the winner in Rhode Island",
        ),
    ],
)
def test_a_passive_report_of_no_one_named(found, text, cue, content):
    assert (None, cue, content) in found(text)


@pytest.mark.parametrize(
    "text, content",
    [
        # review11b #14: any noun phrase declared, not an election's words only
        ("Smith was declared the champion after the bout.", "Smith was declared the champion after the bout"),
        ("The county was declared a disaster area.", "The county was declared a disaster area"),
    ],
)
def test_a_passive_declaring_any_noun_phrase(found, text, content):
    assert found(text) == [(None, "was declared", content)]


@pytest.mark.parametrize(
    "text", ["The deal was announced on Friday.", "It was said in jest.", "The results were announced the next day."]
)
def test_a_passive_without_a_report_frame_reads_nothing(found, text):
    assert found(text) == []


def test_a_time_adverbial_after_a_subject_set_off_by_commas(found):
    text = "Reince Priebus, the GOP chairman, this past week announced the creation of a website."
    assert ("Reince Priebus", "announced", "the creation of a website") in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On the health care page, she vows to “defend the Affordable Care Act against repeal.”",
            ("she", "vows", "to “defend the Affordable Care Act against repeal.”"),
        ),
        (
            'Trump vowed to "bomb the hell" out of the Islamic State.',
            ("Trump", "vowed", 'to "bomb the hell" out of the Islamic State'),
        ),
    ],
)
def test_a_promise_whose_verb_is_quoted(found, text, expected):
    assert expected in found(text)


def test_a_speaker_with_a_role_after_a_quotation_of_several_sentences(found):
    text = '"I am not sure. Ted Cruz scares me," Harry Bond, 30, of Raleigh, who was polled, said in an interview.'
    assert ("Harry Bond", "said in an interview", "I am not sure. Ted Cruz scares me") in found(text)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Whitman told The Star-Ledger of Newark last week she would vote for Clinton.", "told The Star-Ledger of Newark"),
        ('"It is sad," he told Bloomberg News in October.', "told Bloomberg News"),  # a month is no part of the addressee
    ],
)
def test_an_addressee_with_an_of_phrase(found, text, cue):
    assert [f[1] for f in found(text)] == [cue]


@pytest.mark.parametrize(
    "text, expected",
    [
        # review11b #12: a role before the name, or a role alone, speaks after an opening cue
        ('Said coach Bill Belichick, "We have to get better."', ("coach Bill Belichick", "Said", "We have to get better")),
        ('Said one official, "We are not there yet."', ("one official", "Said", "We are not there yet")),
    ],
)
def test_a_cue_opening_its_sentence_then_a_role(found, text, expected):
    assert found(text) == [expected]


def test_a_cue_opening_its_sentence_then_no_one(found):
    assert found('Said it all, "We are done."') == []
