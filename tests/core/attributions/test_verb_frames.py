"""Verb frames PolNeAR annotates that no cue word carries alone (issue 10, session 10): a clause introducing a
quotation after a colon, and the other frames below."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Mark Mahaney, an analyst at RBC, agreed: "They have a great brand."',
            ("Mark Mahaney", "agreed:", "They have a great brand"),
        ),
        (
            'The Brookings Institution had this to say about the plan: "Families at the top would gain more."',
            ("The Brookings Institution", "had this to say about the plan:", "Families at the top would gain more"),
        ),
    ],
)
def test_a_clause_before_a_colon_introduces_the_quotation(text, expected, found):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'At 10:30 a.m. the senator had this to say about it: "We will win."',
            ("the senator", "had this to say about it:", "We will win"),
        ),
        (
            "Clinton’s campaign manager had this to say about it: “We will win.”",
            ("Clinton’s campaign manager", "had this to say about it:", "We will win"),
        ),
    ],
)
def test_a_clock_time_or_an_apostrophe_before_the_colon_is_no_obstacle(text, expected, found):
    assert found(text) == [expected]


def test_a_block_quote_in_the_next_paragraph_is_the_colon_clause_content(found):
    text = 'Title\n\nPresident Clinton released the following statement:\n\n"Hillary and I offer our condolences."'
    assert found(text) == [("President Clinton", "released the following statement:", "Hillary and I offer our condolences")]


@pytest.mark.parametrize(
    "text",
    [
        'For example: "We made a terrible mistake."',  # a label, no clause
        'From Josh Feldman writing at Mediaite: "The host was angry."',  # an excerpt's byline
        'A new musical opens tonight, by Variety\'s Gordon Cox: "Hamilton will ride its wave."',
    ],
)
def test_a_label_or_byline_before_a_colon_is_no_speaker(text, found):
    assert found(text) == []


def test_a_quotation_with_its_own_cue_is_not_the_colon_clause_content(found):
    text = 'He ticked through the code of conduct the family embodied: "Civility was assumed," he said.'
    assert [f[1] for f in found(text)] == ["said"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Most Republicans agreed they had no real recourse.", ("Most Republicans", "agreed", "they had no real recourse")),
        ("Anderson largely agreed with McLenny on the outreach.", ("Anderson", "agreed", "with McLenny on the outreach")),
        ("Anderson agreed on Marco Rubio's plan.", ("Anderson", "agreed", "on Marco Rubio's plan")),
    ],
)
def test_agreed_states_a_shared_position_or_a_belief(text, expected, found):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Prospective physicians could agree to work in the public sector.",  # hypothetical
        "He won't agree with the nominee on trade.",  # negated
        "Mrs. Clinton agreed to the terms.",  # an agreement to a thing ("agreed to keep ...": position_frame)
        "The two sets of figures agree.",
        "The two sides agreed on Oct. 3 to exchange prisoners.",  # a date, then an undertaking
        "The two sides agreed on March 3 to exchange prisoners.",
    ],
)
def test_agreed_without_an_agreement_stated_is_no_attribution(text, found):
    assert found(text) == []


def test_an_agreement_inside_what_someone_said_is_that_statement(found):
    assert found("He said he agrees with the plan.") == [("He", "said", "he agrees with the plan")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The union, which endorsed Hillary Clinton in November, is liberal.",
            ("The union", "endorsed", "Hillary Clinton in November"),
        ),
        (
            "The order came after a request by The Washington Post, which argued that the bid made the files public.",
            ("The Washington Post", "argued", "the bid made the files public"),
        ),
    ],
)
def test_a_non_restrictive_which_clause_speaks_for_its_antecedent(text, expected, found):
    assert expected in found(text)


def test_a_restrictive_which_is_no_attribution(found):
    assert found("Protesters wore shirts which read Animal liberation now.") == []  # what the shirts say


@pytest.mark.parametrize(
    "text, source",
    [
        ("They fought a rear-guard action against the Congress, which wants to limit the Fed's powers.", "the Congress"),
        ("They joined Pelosi, who wants to limit the Fed's powers.", "Pelosi"),  # not "joined Pelosi"
        ("They fought Pelosi, who wants to limit the Fed's powers.", "Pelosi"),  # an irregular past, no -ed
        ("They wrote to Pelosi, who wants to limit the Fed's powers.", "Pelosi"),  # "to Pelosi": no verb kept
    ],
)
def test_a_non_restrictive_clause_states_its_antecedents_position_whatever_the_pronoun(text, source, found):
    assert [f[0] for f in found(text)] == [source]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Bush tried to project an air of inevitability.", ("Mr. Bush", "project", "an air of inevitability")),
        ("Trump also attempted to portray her as weak.", ("Trump", "portray", "her as weak")),
        ("The senator begins to argue that the bill fails.", ("The senator", "argue", "the bill fails")),
        (
            "Caucus-goers were slightly more likely to say they preferred Clinton.",
            ("Caucus-goers", "say", "they preferred Clinton"),
        ),
    ],
)
def test_the_subjects_own_infinitive_is_its_statement(text, expected, found):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The program is meant to confirm new judges.",  # no one's own infinitive
        "She wants to say something.",  # an intention, read apart
    ],
)
def test_other_infinitives_stay_out(text, found):
    assert [f for f in found(text) if f[1] in ("confirm", "say")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lynch calls North Carolina her home state.", ("Lynch", "calls", "North Carolina her home state")),
        ("Tensions flare after Sanders calls Clinton unqualified;", ("Sanders", "calls", "Clinton unqualified")),
        ('Carson called that report Friday a "boldfaced lie."', ("Carson", "called", 'report Friday a "boldfaced lie."')),
        ('Jeff Weaver called that "beyond preposterous."', ("Jeff Weaver", "called", '"beyond preposterous."')),
        ("The senator called the plan reckless.", ("The senator", "called", "the plan reckless")),
    ],
)
def test_called_with_an_object_and_what_it_is_called(text, expected, found):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A warm-up band called Sophistafunk got the crowd to dance.",  # a name
        "He said she should call Compaq's chief right away.",  # a phone call
        "The mayor called him the next day.",  # a phone call
    ],
)
def test_a_name_or_a_phone_call_is_no_judgement(text, found):
    assert [f for f in found(text) if f[1].startswith("call")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Donald Trump has delivered a defense of "New York values," saying the city embodied the heart of America.',
            ("Donald Trump", "saying", "the city embodied the heart of America"),
        ),
        (
            "Mr. Trump called it ''a disgrace,'' blaming Michael R. Bloomberg.",
            ("Mr. Trump", "blaming", "Michael R. Bloomberg"),
        ),
    ],
)
def test_a_participle_after_a_comma_inside_a_closing_quote_speaks_for_the_subject(text, expected, found):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Noting that only Sen. Mark Kirk voted with Democrats, Tester said the odds were long.",
            ("Tester", "Noting", "only Sen. Mark Kirk voted with Democrats"),
        ),
        (
            "Recognizing the daylight between them, Trump's inner circle believes that the nominee has earned it.",
            ("Trump's inner circle", "Recognizing", "the daylight between them"),
        ),
    ],
)
def test_an_opening_participle_of_speech_speaks_for_the_main_subject(text, expected, found):
    assert expected in found(text)


def test_the_main_clause_cue_after_an_opening_participle_is_kept(found):
    text = "Recognizing the daylight between them, Trump's inner circle believes that the nominee has earned it."
    assert ("Trump's inner circle", "believes", "the nominee has earned it") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Writing for a Los Angeles Times panel, Mark Barabak said Pence won.",  # a byline
        "Expecting thousands for a protest, Mr. Burke said he was ready.",  # an intention
    ],
)
def test_a_byline_or_an_intention_opening_is_no_attribution(text, found):
    assert [f for f in found(text) if f[1] in ("Writing", "Expecting")] == []
