"""Actors on unseen articles: organisations' kinds, acronyms and short forms, where names begin and end."""

from __future__ import annotations

import pytest

from reader.core.actors import extract_actors
from reader.core.actors.find.discover import is_acronym
from reader.core.model import Actor, Article
from reader.core.text.segment import paragraphs, sentences


def article(text: str, article_id: str = "A") -> Article:
    paras = paragraphs(text)
    return Article(id=article_id, path=f"{article_id}.txt", text=text, paragraphs=paras, sentences=sentences(text, paras))


def actors_of(*texts: str) -> list[Actor]:
    return list(extract_actors([article(t, chr(65 + n)) for n, t in enumerate(texts)]))


def by_name(actors: list[Actor]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def holder(actors: list[Actor], texts: tuple[str, ...], surface: str) -> Actor | None:
    """The actor with a mention that reads ``surface``."""
    by_id = {chr(65 + n): t for n, t in enumerate(texts)}
    for actor in actors:
        if any(by_id[m.article][m.start : m.end] == surface for m in actor.mentions):
            return actor
    return None


# -- "Long Name (ACRONYM)" and short forms ----------------------------------------------------


def test_acronym_in_brackets_names_the_same_organisation_in_every_article():
    texts = (
        (
            "Pilots at Skyjet are represented by the Baltic Aviators Guild (BAG), which called a strike. "
            "BAG said talks had failed."
        ),
        "The BAG has rejected the offer.",
    )
    actors = actors_of(*texts)
    guild = holder(actors, texts, "Baltic Aviators Guild")
    assert guild is not None and guild.kind == "organization"
    assert "BAG" in guild.aliases
    assert {m.article for m in guild.mentions} == {"A", "B"}


def test_acronym_defined_after_a_gazetteer_name_joins_its_entry():
    texts = ("Leaders of the Muslim Brotherhood (MB) met in London. The MB denied the report.",)
    actors = actors_of(*texts)
    assert holder(actors, texts, "MB").id == "muslim-brotherhood"


def test_party_label_after_a_politician_is_no_acronym_of_theirs():
    texts = ("Senator Maria Costa (D-NY) said the bill would pass. Costa said so again on Friday.",)
    actors = actors_of(*texts)
    costa = holder(actors, texts, "Maria Costa")
    assert costa.kind == "person" and "D-NY" not in costa.aliases
    assert "D-NY" not in by_name(actors)


def test_bare_acronym_joins_the_one_outlet_whose_name_it_opens():
    texts = (
        "Prices rose, the newspaper WAZ Ruhr reported on Monday.",
        "The figures were first published by WAZ, which cited two sources.",
    )
    actors = actors_of(*texts)
    outlet = holder(actors, texts, "WAZ Ruhr")
    assert outlet.kind == "media" and "WAZ" in outlet.aliases


def test_surname_is_not_short_for_the_family_firm():
    texts = (
        (
            "Omar Haddad, who runs the logistics firm Haddad Shipping, said the port was full. "
            "Haddad said waiting times had doubled."
        ),
    )
    actors = actors_of(*texts)
    assert holder(actors, texts, "Haddad Shipping").kind == "organization"
    assert holder(actors, texts, "Haddad") is holder(actors, texts, "Omar Haddad")
    assert holder(actors, texts, "Haddad") is not holder(actors, texts, "Haddad Shipping")


def test_names_that_spell_their_country_two_ways_are_one():
    texts = (
        "The U.S. Geological Survey put the magnitude at 6.1.",
        "The United States Geological Survey said the quake was shallow.",
    )
    actors = actors_of(*texts)
    survey = holder(actors, texts, "U.S. Geological Survey")
    assert survey is holder(actors, texts, "United States Geological Survey")
    assert survey.kind == "organization" and survey.parent == "united-states"


# -- kind evidence ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Talks stalled at the budget carrier Skyjet on Sunday.", "Skyjet", "organization"),
        ("Travellers were stranded when Skyjet, the budget airline, cancelled flights.", "Skyjet", "organization"),
        ("The strike was called by the Havenwerk union on Monday.", "Havenwerk", "organization"),
        ("Shares in Skyjet fell 4 percent on Friday.", "Skyjet", "organization"),
        ("On Friday Skyjet's shares fell sharply.", "Skyjet", "organization"),
        ("Skyjet chief executive Mara Lind denied the claim.", "Skyjet", "organization"),
        ("Skyjet chief executive Mara Lind denied the claim.", "Mara Lind", "person"),
        ("Most pilots are members of the NLV and want a deal.", "NLV", "organization"),
        ("QTC said in a statement that no jobs would go.", "QTC", "organization"),
        ("In the valley, Valmora employs 4,000 people.", "Valmora", "organization"),
        ("The dispute at Maasdam Container Terminals entered a second week.", "Maasdam Container Terminals", "organization"),
        ("Output at Northern Ridge Copper was not affected, the company said.", "Northern Ridge Copper", "organization"),
        ("An adobe wall collapsed in the village of Tarma, killing two.", "Tarma", "place"),
        ("People were treated in hospitals in Arequipa and Huancayo overnight.", "Huancayo", "place"),
        ("ANTWERP, May 2 (Wirenews) — Dockers stopped work on Tuesday.", "Wirenews", "media"),
        ("ANTWERP, May 2 (Wirenews) — Dockers stopped work on Tuesday.", "ANTWERP", "place"),
    ],
)
def test_context_gives_an_unknown_name_its_kind(text, name, kind):
    found = {a.name: a.kind for a in actors_of(text)}
    assert found.get(name) == kind, found


def test_a_lone_unknown_word_without_evidence_is_never_a_person():
    actors = by_name(actors_of("Officials discussed Zembla on Monday. The plan for Zembla came up again."))
    assert actors["Zembla"].kind == "other"


def test_acronym_rules():
    assert all(map(is_acronym, ["MCT", "VNO-NCW", "G7", "AT&T"]))
    assert not any(map(is_acronym, ["D-NY", "Nordair", "ROTTERDAM", "A", "Mct"]))


# -- where names begin and end ------------------------------------------------------------------


def test_a_name_is_not_cut_at_a_common_first_word():
    texts = (
        (
            "Port of Antwerp Authority spokesman Luc Peeters said 40 ships were waiting. "
            "Mining company Southern Ridge Copper said its mine was safe."
        ),
    )
    actors = by_name(actors_of(*texts))
    assert actors["Port of Antwerp Authority"].kind == "organization"
    assert actors["Southern Ridge Copper"].kind == "organization"
    assert actors["Luc Peeters"].kind == "person"
    assert not {"Port", "Mining", "Ridge Copper", "Antwerp Authority"} & set(actors)


def test_a_place_word_before_of_is_the_head_of_the_place_that_follows():
    texts = ("Thousands of dockworkers at the Port of Antwerp walked out.",)
    actors = actors_of(*texts)
    assert holder(actors, texts, "Antwerp").kind == "place"
    assert "Port" not in by_name(actors)


def test_the_post_before_a_title_is_not_part_of_the_name():
    texts = ("Trade Minister Ines Moreau said the deal was close. Moreau later left for Paris.",)
    actors = actors_of(*texts)
    moreau = holder(actors, texts, "Ines Moreau")
    assert moreau.name == "Ines Moreau" and moreau.kind == "person"
    assert "Moreau" in moreau.aliases


def test_sentence_opening_plurals_and_lone_suffix_words_are_not_actors():
    text = "Traders said prices had risen. Economists warned of a slowdown. Terminal operators lost money. Mining stocks fell."
    assert actors_of(text) == []
