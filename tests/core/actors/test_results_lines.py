"""Names in results lines and runs cut before titles (reader/core/actors/find)."""

from __future__ import annotations

from reader.core.actors import extract_actors
from tests.core.align.test_weights import make_article


def kinds(text: str) -> dict[str, str]:
    return {actor.name: actor.kind for actor in extract_actors([make_article("A", text)])}


def test_a_side_followed_by_its_score_is_a_team() -> None:
    found = kinds("Hove: Sussex 363 (W. Athey 111, V. Drakes 52), Lancashire 197-8 (W. Hegg 54).\n\nFeyenoord 2 Vitesse 1\n")
    assert found["Sussex"] == "organization"
    assert found["Lancashire"] == "organization"
    assert found["Feyenoord"] == "organization"
    assert found.get("V. Drakes") != "organization"  # a player and his runs


def test_a_number_after_a_model_name_makes_no_team() -> None:
    assert "Boeing" not in kinds("The airline said a Boeing 737 landed safely.")


def test_a_title_between_a_body_and_a_person_splits_them() -> None:
    found = kinds("The challenge came from Wisconsin Republican Party Chairman Reince Priebus on Monday.")
    assert found.get("Reince Priebus") == "person"
    assert found.get("Wisconsin Republican Party") == "organization"


def test_a_generational_suffix_stays_in_the_name() -> None:
    found = kinds("James R. Clapper Jr., the director, spoke. Mr. Clapper said it was lawful.")
    assert "James R. Clapper Jr." in found


def test_a_listed_place_name_with_a_score_is_a_side() -> None:
    found = kinds("Chester-le-Street: Glamorgan 259 and 207 (A. Dale 69), Durham 114 (S. Watkin 4-28) and 81-3.\n")
    assert found["Glamorgan"] == "organization"
    assert found["Durham"] == "organization"


def test_initials_and_a_surname_make_a_person() -> None:
    found = kinds("To bat: R. Croft, D. Cork, A. Mullally.\n\nAt Colchester: Gloucestershire 280 (A. Symonds 52).\n")
    assert found["D. Cork"] == "person"
    assert found["A. Symonds"] == "person"


def test_the_sides_of_a_fixture_are_teams() -> None:
    found = kinds("At Cardiff: Kent 128-1 (M. Walker 59) v Northamptonshire.\n\nIn Bergen: Brann (Norway) 2 Hibernians 1\n")
    assert found["Northamptonshire"] == "organization"
    assert found["Brann"] == "organization"


def test_no_cut_inside_a_post_or_a_body() -> None:
    found = kinds("On Monday, the NSW State Emergency Service said roads were shut, and Labour Cabinet Secretary Ann Mole spoke.")
    assert "NSW State Emergency Service" in found
    assert "Labour Cabinet" not in found


def test_the_second_side_after_the_first_score_is_a_team() -> None:
    # "3 Vitesse" is a score then a side, not a model number then its name ("Boeing 737 MAX")
    found = kinds("Results on Sunday.\n\nFeyenoord 3 Vitesse 2 (halftime 1-0)\n\nNijmegen 0 Breda 1\n")
    assert found["Vitesse"] == "organization"
    assert found["Breda"] == "organization"


def test_a_league_table_row_names_a_side() -> None:
    table = "Standings:\n\nVolendam 3 1 2 0 3 2 5\n\nHeracles 3 0 1 2 1 3 1\n\nPeter Vermeer 10 2 35 3\n"
    found = kinds(table + "\nVolendam won again on Saturday.\n")
    assert found["Volendam"] == "organization"
    assert found["Heracles"] == "organization"
    assert found.get("Peter Vermeer") == "person"  # a given name and a surname: a player's figures


def test_a_fixture_list_in_capitals_names_sides() -> None:
    found = kinds("Games on Friday:\n\nKANSAS CITY AT DETROIT\n\nMILWAUKEE AT TORONTO\n")
    assert found["KANSAS CITY"] == "organization"  # "AT" is no place preposition here
    assert found["DETROIT"] == "organization"
    assert found["MILWAUKEE"] == "organization"


def test_a_players_position_after_a_name_makes_it_a_side() -> None:
    found = kinds("Coach Peter Hale praised 20-year-old Norwich striker Keith Morrow after the match.")
    assert found["Norwich"] == "organization"
    assert found["Keith Morrow"] == "person"


def test_a_surname_after_weak_prepositions_still_joins_its_person() -> None:
    # "to Delmont", "in Delmont's favor": prepositions as often governing a person; "Delmont" names no place
    text = (
        "Senator Arlo Delmont spoke on Monday. The polls swung in Delmont's favor. "
        "Advisers to Delmont said the race was close. Delmont said he was pleased. Delmont left early."
    )
    actors = {a.name: a for a in extract_actors([make_article("A", text)])}
    assert "Delmont" not in actors
    assert actors["Arlo Delmont"].kind == "person"
    assert "Delmont" in actors["Arlo Delmont"].aliases


def test_a_side_beaten_with_the_is_a_team() -> None:
    found = kinds("Tony Clark homered as the Detroit Tigers beat the Voyagers 6-2 on Friday.")
    assert found["Voyagers"] == "organization"


def test_a_versus_before_a_line_break_still_makes_sides_and_a_sum_after_a_name_makes_no_side() -> None:
    """The literal each results-line pattern needs is looked for before the pattern: "v " at the end of
    the line before still counts; "paid Mara Lind 300" has a number after the name but nothing opens a side."""
    found = kinds("Kent 108 v \nEssex 20 for 3.\n")
    assert found["Kent"] == found["Essex"] == "organization"
    assert kinds("He paid Mara Lind 300 dollars.")["Mara Lind"] == "person"
