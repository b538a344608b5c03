"""Speech cues of the last stretch of issue #10 (PolNeAR train shapes): a show's title in NYT-style '' marks
between the verb and "that", and a role between the relative pronoun and the source of `what S called "Q"`."""

from __future__ import annotations

import pytest

from reader.core.attributions.subjects import opening_segment


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr. Khan said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife.",
            ("Mr. Khan", "said", "Mr. Trump had shown disrespect to his wife"),
        ),
        (
            "Ms. Berg said on the show ''This Week'' on Sunday that the strike would go ahead.",
            ("Ms. Berg", "said", "the strike would go ahead"),
        ),
    ],
)
def test_a_title_in_double_apostrophes_before_that(found, text, expected):
    assert expected in found(text)


def test_quotation_marks_are_no_words_but_words_still_count(found):
    # eleven words before "that": too far for a "that" of the cue, with or without marks
    text = "Ms. Berg said on one of the many shows ''This Week'' aired on a Sunday that the strike went ahead."
    assert ("Ms. Berg", "said", "the strike went ahead") not in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The strategy led to what aide Kevin Phillips called “the beginning of a new Republican era” in his book.",
            ("Kevin Phillips", "called", "the beginning of a new Republican era"),
        ),
        (
            'In a clip that U.S. District Judge Michael W. Mosman called "distasteful," Santilli spoke of Clinton.',
            ("District Judge Michael W. Mosman", "called", "distasteful"),
        ),
    ],
)
def test_a_role_between_the_relative_pronoun_and_the_source_of_called(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Researchers hope to harness that power for what’s today typically called “regenerative medicine.”",
        "They met in that room of what’s now called “the Situation Room.”",
    ],
)
def test_no_relative_reading_across_a_preposition_or_a_contraction(found, text):
    assert [f for f in found(text) if f[1] == "called"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "O’Malley reminded viewers that he doesn’t support it.",
            ("O’Malley", "reminded viewers", "he doesn’t support it"),
        ),
        (
            "Gowdy’s office assured the American people that all of the claims in the suit are false.",
            ("Gowdy’s office", "assured the American people", "all of the claims in the suit are false"),
        ),
        (
            "She assured a crowd of tearful female supporters that they had made 18 million cracks.",
            ("She", "assured a crowd of tearful female supporters", "they had made 18 million cracks"),
        ),
    ],
)
def test_remind_and_assure_name_whom_they_address_before_that(found, text, expected):
    assert expected in found(text)


def test_remind_without_that_keeps_no_addressee(found):
    # "reminded Americans of his policy": no "that", so no addressee is read into the cue
    got = found("Trump reminded Americans of his policy to cut off the source of ISIS’ wealth.")
    assert got == []  # nothing at all: "of his policy" is no statement (and no "reminded Americans" cue)


@pytest.mark.parametrize(
    "text, source",
    [
        (
            '"It would be a stretch," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.',
            "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies",
        ),
        (
            "Neera Tanden of the Center for American Progress said the deal was weak.",
            "Neera Tanden of the Center for American Progress",
        ),
        ("Clinton on Tuesday said the deal was weak.", "Clinton"),  # a day after "on" is a time, not a name
    ],
)
def test_for_and_on_inside_a_name_stay_in_the_source(found, text, source):
    assert source in [s for s, cue, _ in found(text) if cue in ("said", "wrote")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In April, Trump called Ford’s plans to open a $1.6 billion assembly plant in Mexico “an absolute disgrace.”",
            ("Trump", "called", "Ford’s plans to open a $1.6 billion assembly plant in Mexico “an absolute disgrace.”"),
        ),
        (
            'Reince Priebus called Clinton\'s remarks on 9/11 a "new low."',
            ("Reince Priebus", "called", 'Clinton\'s remarks on 9/11 a "new low."'),
        ),
    ],
)
def test_called_object_with_an_apostrophe_or_a_decimal_before_a_quoted_name(found, text, expected):
    assert expected in found(text)


def test_called_object_holding_another_called_is_a_phone_call(found):
    text = "She called Sanders after Tuesday night's primaries to congratulate him on what she called “an extraordinary run.”"
    assert [f for f in found(text) if f[1] == "called" and f[2].startswith("Sanders")] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Lori Bernstein held up a sign saying "Jews Against Trump."',
            ("a sign", "saying", "Jews Against Trump"),
        ),
        (
            'The listing was replaced by a message that said, "Sorry, the item is no longer in the system."',
            ("a message", "said", "Sorry, the item is no longer in the system"),
        ),
        ('Aubrey Pelletier hoisted a sign that read "15%!"', ("a sign", "read", "15%!")),
        (
            "Police receive 911 calls saying shots have been fired inside the center.",
            ("911 calls", "saying", "shots have been fired inside the center"),
        ),
    ],
)
def test_what_a_written_thing_says(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text, source",
    [
        ('Trump issued a statement saying that Scalia was "a remarkable person."', "Trump"),  # the issuer is the source
        ("The statement said the talks had failed.", "The statement"),  # a subject, read as before
    ],
)
def test_a_written_thing_with_an_author_or_as_subject_keeps_its_reading(found, text, source):
    assert [s for s, cue, _ in found(text) if cue in ("said", "saying")] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "A protester wore a shirt that read “Animal liberation now.”",  # a slogan on a shirt: PolNeAR leaves it out
        "They carried a sign that read the names of the dead.",  # "read" only with a quotation
    ],
)
def test_no_written_reading_for_a_shirt_or_a_read_without_a_quotation(found, text):
    assert [f for f in found(text) if f[1] == "read"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "And on Tuesday, Kevin Brady, chairman of the committee, said that Republicans might include a delay.",
            ("Kevin Brady", "said", "Republicans might include a delay"),
        ),
        (
            "But after the vote, Anna Berg, the union's lawyer, said that the strike would go ahead.",
            ("Anna Berg", "said", "the strike would go ahead"),
        ),
    ],
)
def test_a_conjunction_before_an_opening_phrase(found, text, expected):
    assert expected in found(text)


def test_a_conjunction_alone_is_no_opening_phrase():
    assert opening_segment("And on Tuesday") is True
    assert opening_segment("But Kevin Brady") is False


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Guns are “the ultimate public health crisis,” Howard Dean, the former governor of Vermont, said to a "
            "cheering crowd on Tuesday.",
            ("Howard Dean", "said", "the ultimate public health crisis"),
        ),
        (
            '"It remains a great one to consider," Richard Hasen, a law professor at the University of California at '
            "Irvine, wrote last week after the court's action.",
            ("Richard Hasen", "wrote", "It remains a great one to consider"),
        ),
    ],
)
def test_only_an_audience_or_a_time_after_the_cue_of_a_subject_with_an_aside(found, text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "As reported by Western Journalism, investigators found over 2,200 emails on the server.",
            ("Western Journalism", "reported", "investigators found over 2,200 emails on the server"),
        ),
        (
            "The PAC started reserving ad time this week, as first reported by the New York Times on Tuesday.",
            ("the New York Times", "reported", "The PAC started reserving ad time this week"),
        ),
    ],
)
def test_as_reported_by_reads_like_according_to(found, text, expected):
    assert expected in found(text)


def test_reported_by_without_as_is_no_according_to(found):
    # "the poll reported by CNN": a reduced relative, no "as": not read as an according-to
    got = found("Exit polls reported by CNN showed a close race.")
    assert [f for f in got if f[0] == "CNN"] == []


def test_a_thousands_comma_is_no_comma_before_the_quotation(found):
    text = "Canova wrote to his 20,000 Twitter followers, “It’s time to end her political career for good.”"
    assert ("Canova", "wrote", "It’s time to end her political career for good") in found(text)
