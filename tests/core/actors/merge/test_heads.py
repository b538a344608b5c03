"""Organisations named short after their full names (reader/core/actors/merge/heads.py)."""

from __future__ import annotations

from reader.core.actors import extract_actors
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def _holders(actors, surface, text):
    return {actor.id for actor in actors for m in actor.mentions if text[m.start : m.end] == surface}


def test_a_country_before_a_body_and_its_last_word_alone_are_the_body() -> None:
    text = (
        "The U.S. Supreme Court heard the case on Monday. The Supreme Court ruled in June. "
        "Critics of the Court said the ruling went too far."
    )
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    held = (
        _holders(actors, "U.S. Supreme Court", text) | _holders(actors, "Supreme Court", text) | _holders(actors, "Court", text)
    )
    assert len(held) == 1


def test_the_head_before_of_or_on_names_the_body() -> None:
    text = "The House Select Committee on Benghazi met on Tuesday. The Committee will call more witnesses, its staff said."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert len(_holders(actors, "House Select Committee on Benghazi", text) | _holders(actors, "Committee", text)) == 1


def test_a_short_name_two_bodies_end_in_stays_alone() -> None:
    text = "The Senate Finance Committee and the House Budget Committee met on Tuesday. The Committee said nothing."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert not _holders(actors, "Committee", text) & _holders(actors, "Senate Finance Committee", text)
    assert not _holders(actors, "Committee", text) & _holders(actors, "House Budget Committee", text)


def test_a_body_of_a_state_is_not_the_body_of_its_short_name() -> None:
    text = "The Wisconsin Supreme Court ruled on Monday. Critics of the Supreme Court said it erred."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    assert not _holders(actors, "Supreme Court", text) & _holders(actors, "Wisconsin Supreme Court", text)


def test_a_place_named_like_a_gazetteer_city_without_city_is_that_city() -> None:
    text = "The mayor of New York City spoke. The show was produced in New York, and New Yorkers watched it."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    city = next(actor for actor in actors if actor.id == "new-york-city")
    assert [text[m.start : m.end] for m in city.mentions] == ["New York City", "New York", "New Yorkers"]


def test_the_state_stays_apart_when_the_articles_say_state() -> None:
    text = "The mayor of New York City spoke. Voters across New York State went to the polls in New York."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    city = next(actor for actor in actors if actor.id == "new-york-city")
    assert [text[m.start : m.end] for m in city.mentions] == ["New York City"]


def test_the_magazine_is_not_a_new_yorker() -> None:
    text = "The New Yorker reported on Monday that a New Yorker had won the lottery in New York City."
    found = {actor.id: actor for actor in extract_actors([make_article("A", text)], load_gazetteer())}
    assert found["the-new-yorker"].kind == "media"
    assert len(found["new-york-city"].mentions) == 2
