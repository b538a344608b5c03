"""Speech verbs and quotations the reader missed on PolNeAR train (issue 10, session 14): each test is one pattern,
in sentences written for it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The riots have left 62 percent of voters saying the city is growing less safe.",
            ("voters", "saying", "the city is growing less safe"),
        ),
        (
            "Both women spoke – Okafor saying she was “very pleased” with the vote.",
            ("Okafor", "saying", "she was “very pleased” with the vote"),
        ),
        ("The share of voters saying “the tax is fair” fell by 12 points.", ("voters", "saying", "the tax is fair")),
    ],
)
def test_saying_after_its_speakers_before_a_clause_is_a_cue(text, expected, found):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is an old saying that the sea gives and takes.",  # an adjective before: the noun "saying"
        "She was busy saying goodbye to the guests when he came in.",  # no clause after it
    ],
)
def test_saying_as_a_noun_or_without_a_clause_is_no_cue(text, found):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, source",
    [
        ("The committee has a mandate to look into the bids, current and former officials said.", "current and former officials"),
        ("The guard pushed a photographer away from the stage, she and another reporter said.", "she and another reporter"),
        ("The plan is dead, the mayor and her deputy said.", "the mayor and her deputy"),
        ("“The plan is dead,” the mayor and her deputy said.", "the mayor and her deputy"),
    ],
)
def test_two_subjects_joined_by_and_after_the_claim_speak_together(text, source, found):
    assert [f[:2] for f in found(text)] == [(source, "said")]


def test_a_relative_clause_with_two_subjects_is_no_trailing_cue(found):
    assert found("It was a charge she and her lawyer denied.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The county had too few polling places, the lawsuit alleges.",
            ("the lawsuit", "alleges", "The county had too few polling places"),
        ),
        (
            "The governor is a careful manager, the editorial board writes.",
            ("the editorial board", "writes", "The governor is a careful manager"),
        ),
    ],
)
def test_an_s_verb_after_the_n_closing_a_claim_is_a_verb(text, expected, found):
    assert found(text) == [expected]


def test_an_s_noun_closing_a_list_is_no_cue(found):
    assert [f[1] for f in found("He rejected the budget, the schedule and the plans.")] == ["rejected"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“She asked me, ‘Where do we go now?’” Lindqvist said.",
            ("Lindqvist", "said", "She asked me, ‘Where do we go now?’"),
        ),
        (
            "''She asked me, 'Where do we go now?''' Lindqvist said.",
            ("Lindqvist", "said", "She asked me, 'Where do we go now?'"),
        ),
    ],
)
def test_a_quotation_ending_in_a_question_inside_it_is_the_cue_s_content(text, expected, found):
    assert found(text) == [expected]


def test_a_paragraph_opening_with_a_closing_mark_and_an_ellipsis_opens_a_quotation(found):
    text = "” … the party is not what it was,” she said in March."
    assert found(text) == [("she", "said", "… the party is not what it was")]


def test_a_preposition_in_ing_opens_no_clause_before_the_speaker(found):
    text = "“What can we do to help?” Renteria told reporters during Tuesday’s conference call."
    assert [f[:1] + f[2:] for f in found(text)] == [("Renteria", "What can we do to help?")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Okafor at the time said she’d asked her staff to look into it.",
            ("Okafor", "said", "she’d asked her staff to look into it"),
        ),
        (
            "When Okafor a month later announced 300 new jobs, workers cheered.",
            ("Okafor", "announced", "300 new jobs"),
        ),
    ],
)
def test_a_time_between_the_speaker_and_the_verb_is_no_part_of_the_speaker(text, expected, found):
    assert found(text)[0][:2] == expected[:2]
    assert found(text)[0][2].startswith(expected[2])


def test_a_pronoun_with_would_or_had_is_a_subject(found):
    assert ("she’d", "asked", "her staff to look into it") in found("Okafor said she’d asked her staff to look into it.")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Okafor has said for weeks she's the only candidate who can win.",
            ("Okafor", "said", "she's the only candidate who can win"),
        ),
        ("Hansen said in politics it takes patience to build trust.", ("Hansen", "said", "it takes patience to build trust")),
        (
            'Okafor wrote in both letters she was "deeply sorry" for the delay.',
            ("Okafor", "wrote", 'she was "deeply sorry" for the delay'),
        ),
    ],
)
def test_a_short_phrase_between_the_verb_and_a_pronoun_clause(text, expected, found):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The agency will not treat Census replies with more care than they have shown before.",
        "Hansen said at the rally in Ohio, where she was greeted by fans.",
    ],
)
def test_a_phrase_holding_a_clause_word_or_a_comma_is_no_lead(text, found):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We will rebuild the bridge by spring,” From said.", ("From", "said", "We will rebuild the bridge by spring")),
        ("“The budget will pass this year,” Will wrote.", ("Will", "wrote", "The budget will pass this year")),
        ("The budget will pass this year, Will wrote.", ("Will", "wrote", "The budget will pass this year")),
    ],
)
def test_a_name_that_is_also_a_modal_or_a_preposition_speaks_after_a_quotation(text, expected, found):
    assert found(text) == [expected]


def test_a_title_case_word_after_a_quoted_name_stays_no_name(found):
    assert [f[0] for f in found("‘Time’ Just Announced Its ‘Person Of The Year’.")] != ["Just"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He's said he gets his ideas from a novel.", ("He", "said", "he gets his ideas from a novel")),
        ("While she’s said she’ll fight on, the party wants a deal.", ("she", "said", "she’ll fight on")),
    ],
)
def test_a_pronoun_with_has_contracted_says(text, expected, found):
    got = found(text)
    assert got[0][:2] == expected[:2] and got[0][2].startswith(expected[2])


def test_a_pronoun_with_is_contracted_before_found_is_a_passive(found):
    assert found("When he's found, he'll be taken to court.") == []


def test_a_claim_then_the_speaker_a_time_a_place_and_a_participle(found):
    text = "The plan is a mess, Hansen said Tuesday in Oslo, noting the cost would double."
    assert found(text) == [
        ("Hansen", "said", "The plan is a mess"),
        ("Hansen", "noting", "the cost would double"),
    ]


def test_a_to_infinitive_before_a_participle_is_what_was_pledged(found):
    text = "Germany has pledged to bolster its army, reversing decades of restraint."
    assert [f[:2] for f in found(text)] == [("Germany", "pledged")]
    assert found(text)[0][2].startswith("to bolster its army")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hansen denounced the remarks and warned of the cost a trade war would have.",
            ("Hansen", "warned of", "the cost a trade war would have"),
        ),
        (
            "Okafor praised his faith and argued for nominating a mayor who can win.",
            ("Okafor", "argued for", "nominating a mayor who can win"),
        ),
        ("The prophet wrote of living under his reign.", ("The prophet", "wrote of", "living under his reign")),
    ],
)
def test_a_verb_of_speech_with_its_preposition_takes_an_object(text, expected, found):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He took on the project even though he was warned against doing so.",
        "The case was referred to the police in July.",
    ],
)
def test_a_passive_of_a_verb_with_its_preposition_has_no_speaker(text, found):
    assert found(text) == []


def test_a_lower_case_verb_of_speech_ends_the_source_of_a_later_cue(found):
    text = (
        "Okafor, whose coalition includes young people and renters, said closed primaries -- those open only to "
        "members -- deny many voters the right to vote."
    )
    got = found(text)
    assert got[0][:2] == ("Okafor", "said")
    assert all(f[0] != "said closed primaries" for f in got)
    assert found("Edward Said said the plan was dead.") == [("Edward Said", "said", "the plan was dead")]


def test_writes_about_in_a_description_of_the_speaker_is_no_cue(found):
    text = "Dana Ruiz, a law professor who writes about the high court, said, “This is not funny anymore.”"
    assert found(text) == [("Dana Ruiz", "said", "This is not funny anymore")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Okafor is also asking the council to release the file.", ("Okafor", "asking", "the council to release the file")),
        ("Okafor is now calling the mayor the “worst in history.”", ("Okafor", "calling", "the mayor the “worst in history.”")),
    ],
)
def test_a_progressive_with_an_adverb_in_it_is_a_verb(text, expected, found):
    assert found(text) == [expected]


def test_a_progressive_adjective_is_no_cue(found):
    assert found("It is really troubling that the budget failed.") == []


@pytest.mark.parametrize(
    "text, question",
    [
        (
            "Okafor was asked, “What is the most dangerous place you have been to?”",
            "What is the most dangerous place you have been to?",
        ),
        ("In an interview, Okafor was asked: “Would you run again?”", "Would you run again?"),
    ],
)
def test_a_quoted_question_after_was_asked_is_put_by_no_one_named(text, question, found):
    assert (None, "asked", question) in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Washington Post columnist Ann Ruiz, in an attempt to draw attention to the lack of press conferences, "
            "wrote, “The candidate answered seven questions.”",
            ("Washington Post columnist Ann Ruiz", "wrote", "The candidate answered seven questions"),
        ),
        (
            "Polk County Chairman Will Rogers, for example, said the visit would earn the party free coverage.",
            ("Polk County Chairman Will Rogers", "said", "the visit would earn the party free coverage"),
        ),
    ],
)
def test_a_capitalised_word_in_a_role_before_an_aside_is_no_verb(text, expected, found):
    assert found(text) == [expected]


def test_stated_takes_what_was_stated_as_its_object(found):
    text = "Sen. Ann Ruiz also stated her intention to vote for Okafor on Wednesday."
    assert found(text) == [("Sen. Ann Ruiz", "stated", "her intention to vote for Okafor on Wednesday")]
    assert found("The plan was stated in the memo.") == []


def test_saying_after_a_time_keeps_no_reading_of_its_own(found):
    text = "Okafor sent a series of tweets early Friday saying that the mayor had shown bad judgment."
    assert all(f[0] != "tweets" for f in found(text))


def test_the_finite_auxiliaries_after_saying_are_the_lexicon_s_auxiliaries():
    from reader.core.attributions.cue_words import AUXILIARIES
    from reader.core.attributions.gerund_speakers import _CLAUSE_VERBS

    assert _CLAUSE_VERBS == AUXILIARIES - {"being", "be", "been"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He argued for years that the tax was unfair.", ("He", "argued", "the tax was unfair")),
        (
            "Officials in the city warned about midnight that the storm was coming.",
            ("Officials in the city", "warned", "the storm was coming"),
        ),
    ],
)
def test_a_preposition_before_a_duration_or_a_time_is_not_the_cues(text, expected, found):
    # review14b: "argued for years" is "argued" + a duration; the phrasal cue read "years that ..." as its object.
    assert expected in found(text)
