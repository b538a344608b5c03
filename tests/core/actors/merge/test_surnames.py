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
