"""A lone surname joins the one person whose name ends in it (reader/core/actors/merge/surnames.py)."""

from __future__ import annotations

from reader.core.actors import extract_actors
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def test_a_lone_surname_spelt_a_little_otherwise_joins_the_one_full_name_among_many() -> None:
    others = " ".join(f"Dorota Kowal{chr(97 + n % 26)}{chr(97 + n // 26)}ski met them." for n in range(300))
    text = f"Hisham Barakat, the prosecutor, spoke on Monday. {others} Barakatz said the court would sit."
    actors = extract_actors([make_article("A", text)], load_gazetteer())
    barakat = next(actor for actor in actors if actor.name == "Hisham Barakat")
    assert len(barakat.mentions) == 2


def test_a_shared_surname_goes_to_the_person_each_article_introduced_first() -> None:
    first = (
        "Former President Bill Clinton called Sestak in June. Clinton offered him a post. "
        "Sestak had backed Hillary Clinton in 2008. Clinton said the talks were informal."
    )
    second = "Bill Clinton spoke to the congressman twice. Clinton made no offer."
    actors = extract_actors([make_article("A", first), make_article("B", second)], load_gazetteer())
    bill = next(actor for actor in actors if actor.name == "Bill Clinton")
    assert len(bill.mentions) == 5  # a surname is one name: all its uses go to Bill


def test_a_shared_surname_stays_alone_when_the_articles_open_with_different_people() -> None:
    first = "Mary Cheney criticised her sister. Mary Cheney wrote on Facebook. Cheney later relented."
    second = "Liz Cheney answered her sister. Liz Cheney spoke on Friday. Cheney said she was right."
    actors = extract_actors([make_article("A", first), make_article("B", second)], load_gazetteer())
    assert any(actor.name == "Cheney" for actor in actors)
