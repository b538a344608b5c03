"""Days given for one organisation's act in sentences the alignment did not pair (`days`).

Every text here is a self-written fixture, not real reporting.
"""

from __future__ import annotations

A_VOTE = (
    "Farm groups have lobbied for a new subsidy scheme since the spring.\n\n"
    "The Senate resolution on crop insurance passed Tuesday was written by Sen. Ada Brill and rushed through"
    " under a special rule.\n\n"
    "Growers in the plains states said the money would come too late for this harvest."
)
B_VOTE = (
    "Growers said the money would come too late for this harvest, according to a survey.\n\n"
    "On Thursday, the Senate voted 61-38 on a measure that extends crop insurance to dairy farms and orchards.\n\n"
    "Farm groups have lobbied for a new subsidy scheme since the spring."
)


def _days(found, analysis):
    return [(a, b) for a, b, d in found(analysis, "number") if d.detail.startswith("different weekday")]


def test_an_organisation_dated_on_different_days_is_found(analyse, found):
    analysis = analyse(A_VOTE, B_VOTE)
    assert _days(found, analysis) == [("Tuesday", "Thursday")]
    (d,) = [d for d in analysis.discrepancies if d.detail.startswith("different weekday")]
    assert "Senate" in d.summary and "Tuesday" in d.summary and "Thursday" in d.summary


def test_the_same_day_is_no_discrepancy(analyse, found):
    assert _days(found, analyse(A_VOTE, B_VOTE.replace("Thursday", "Tuesday"))) == []


def test_a_person_dated_on_two_days_is_two_acts(analyse, found):
    # A person refuses, speaks and writes on several days: no one event.
    a = "Growers are angry.\n\nBut Ms. Brill on Tuesday refused to step down despite loud calls from party leaders to quit the race."
    b = "Growers are angry.\n\nBut Brill rebuffed calls late Monday to step aside and let another candidate run for the seat."
    assert _days(found, analyse(a, b)) == []


def test_an_organisation_dated_twice_in_one_article_is_not_read(analyse, found):
    a = A_VOTE + "\n\nThe Senate meets again on Thursday to take up the dairy rules."
    assert _days(found, analyse(a, B_VOTE)) == []


def test_a_day_of_speaking_or_inside_quotes_is_not_the_event(analyse, found):
    said = A_VOTE.replace("passed Tuesday was", "was described by the Senate leader, who said Tuesday it")
    assert _days(found, analyse(said, B_VOTE)) == []
    quoted = B_VOTE.replace(
        "On Thursday, the Senate voted 61-38 on a measure",
        '"On Thursday, the Senate voted 61-38 on a measure',
    ).replace("orchards.", 'orchards," Brill said.')
    assert _days(found, analyse(A_VOTE, quoted)) == []


def test_a_day_after_the_name_only_when_it_opens_the_sentence(analyse, found):
    # "In a memo to members Saturday ... the Senate" dates the memo, not what the Senate did.
    late = B_VOTE.replace(
        "On Thursday, the Senate voted 61-38 on a measure",
        "In a memo to farm members Thursday, aides said the Senate voted 61-38 on a measure",
    )
    assert _days(found, analyse(A_VOTE, late)) == []


def test_a_name_inside_another_phrase_is_not_the_one_dated(analyse, found):
    # The Senate is what someone defends here, not who acted on Thursday.
    inside = B_VOTE.replace(
        "On Thursday, the Senate voted 61-38 on a measure",
        "Ms. Holm rose to defend the Senate measure on Thursday, a bill",
    )
    assert _days(found, analyse(A_VOTE, inside)) == []
