"""A lone surname joins the one person whose name ends in it (reader/core/actors/merge/surnames.py)."""

from __future__ import annotations

from reader.core.actors import extract_actors
from reader.core.actors.find.scan import Candidate, GazetteerHit
from reader.core.actors.merge.state import group_by_key
from reader.core.actors.merge.surnames import _first_named
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def test_a_lone_surname_spelt_a_little_otherwise_joins_the_one_full_name_among_many() -> None:
    others = " ".join(f"Dorota Kowal{chr(97 + n % 26)}{chr(97 + n // 26)}ski met them." for n in range(300))
    text = f"Hisham Barakat, the prosecutor, spoke on Monday. {others} Barakatz said the court would sit."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    barakat = next(actor for actor in actors if actor.name == "Hisham Barakat")
    assert len(barakat.mentions) == 2


def test_a_shared_surname_goes_mention_by_mention_to_the_person_last_named() -> None:
    first = (
        "Former President Bill Clinton called Sestak in June. Clinton offered him a post. "
        "Sestak had backed Hillary Clinton in 2008. Clinton said she would run again."
    )
    second = "Bill Clinton spoke to the congressman twice. Clinton made no offer."
    actors = extract_actors([make_article("A", first), make_article("B", second)], load_gazetteer())
    bill = next(actor for actor in actors if actor.name == "Bill Clinton")
    hillary = next(actor for actor in actors if actor.name == "Hillary Clinton")
    assert len(bill.mentions) == 4  # his full names and the two uses of "Clinton" after them
    assert [m.start for m in hillary.mentions] == [first.index("Hillary"), first.rindex("Clinton")]


def test_a_person_named_in_passing_does_not_take_the_surname_over() -> None:
    text = (
        "Bill Clinton called Sestak in June. Clinton offered him a post. "
        "Sestak had backed Hillary Clinton's run in 2008. Clinton said the talks were informal. "
        "Sestak said he met Mr. Clinton twice."
    )
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    bill = next(actor for actor in actors if actor.name == "Bill Clinton")
    assert len(bill.mentions) == 4


def test_a_title_before_a_shared_surname_picks_the_person_of_that_title_or_gender() -> None:
    text = (
        "President Bill Clinton met Hillary Clinton's aides. Mrs. Clinton was away. "
        "Hillary Clinton spoke later. President Clinton left; Mr. Clinton did not return."
    )
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    bill = next(actor for actor in actors if actor.name == "Bill Clinton")
    hillary = next(actor for actor in actors if actor.name == "Hillary Clinton")
    assert len(bill.mentions) == 3
    assert len(hillary.mentions) == 3


def test_a_shared_surname_goes_to_the_person_its_own_article_named() -> None:
    first = "Mary Cheney criticised her sister. Mary Cheney wrote on Facebook. Cheney later relented."
    second = "Liz Cheney answered her sister. Liz Cheney spoke on Friday. Cheney said she was right."
    actors = {a.name: a for a in extract_actors([make_article("A", first), make_article("B", second)], load_gazetteer())}
    assert "Cheney" not in actors
    assert [m.article for m in actors["Mary Cheney"].mentions] == ["A", "A", "A"]
    assert [m.article for m in actors["Liz Cheney"].mentions] == ["B", "B", "B"]


def test_a_shared_surname_stays_alone_when_two_people_are_named_last_together() -> None:
    text = "Ahmed Hassan and Mohamed Hassan met on Monday. Hassan said the talks went well."
    actors = {a.name: a for a in extract_actors([make_article("A", text)], load_gazetteer())}
    assert len(actors["Hassan"].mentions) == 1


def test_past_its_paragraph_a_shared_surname_stays_with_the_person_the_article_is_about() -> None:
    text = (
        "Choi Dong-hyun lost the mayoral race on Wednesday.\n\n"
        "The vote was called after Choi Dong-wook resigned as mayor.\n\n"
        "Choi conceded defeat shortly before midnight."
    )
    actors = {a.name: a for a in extract_actors([make_article("A", text)], load_gazetteer())}
    assert len(actors["Choi Dong-hyun"].mentions) == 2
    assert len(actors["Choi Dong-wook"].mentions) == 1


def test_a_name_inside_anothers_clause_leaves_the_surname_to_the_sentences_subject() -> None:
    text = (
        "The delegation was led by Abdul-Karim al-Wazir, who secured the release of Faisal al-Wazir, "
        "a commander. Al-Wazir called the deal a first step."
    )
    actors = {a.name: a for a in extract_actors([make_article("A", text)], load_gazetteer())}
    assert len(actors["Abdul-Karim al-Wazir"].mentions) == 2


def test_a_title_points_back_to_a_person_already_named() -> None:
    # Self-written fixture: the singer is named only later, as a modifier; "Mr. Jackson" before that is
    # the man the article opened with, though only the singer's gender is known from his given name.
    text = (
        "Jesse L. Jackson Jr., the former representative, pleaded guilty on Wednesday. Prosecutors said "
        "Mr. Jackson used the money.\n\nHe bought a Michael Jackson fedora."
    )
    actors = {a.name: a for a in extract_actors([make_article("A", text)], load_gazetteer())}
    assert len(actors["Jesse L. Jackson Jr."].mentions) == 2
    assert len(actors["Michael Jackson"].mentions) == 1


def test_where_each_full_name_is_first_written_in_each_article() -> None:
    """`_first_named`: a name written once, a name written several times in two articles, a lone word (not a
    full name) and a gazetteer hit with a space."""
    once = Candidate(0, 40, 51, "Mara Lindqvist", ("mara", "lindqvist"), 2, False, {"person": 1})
    often = [
        Candidate(1, 90, 99, "Ola Berg", ("ola", "berg"), 2, False, {}),
        Candidate(1, 12, 21, "Ola Berg", ("ola", "berg"), 2, False, {}),
        Candidate(0, 70, 79, "Ola Berg", ("ola", "berg"), 2, False, {}),
    ]
    lone = Candidate(0, 5, 9, "Berg", ("berg",), 1, True, {})
    groups = group_by_key([once, *often, lone])
    hits = [GazetteerHit(1, 300, 310, "joe-biden", "Joe Biden"), GazetteerHit(1, 200, 210, "joe-biden", "Joe Biden")]
    assert dict(_first_named(groups, hits)) == {
        ("group", 0): {0: 40},
        ("group", 1): {1: 12, 0: 70},
        ("entry", "joe-biden"): {1: 200},
    }
