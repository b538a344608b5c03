"""Gazetteer people found by the last part of their names (reader/core/actors/merge/people.py)."""

from __future__ import annotations

from pathlib import Path

from reader.core.actors import extract_actors
from reader.core.actors.merge.people import gazetteer_people
from reader.core.lexicons.gazetteer import load_gazetteer
from tests.core.align.test_weights import make_article


def test_a_close_spelling_of_a_gazetteer_surname_is_a_candidate() -> None:
    gazetteer = load_gazetteer()
    people = gazetteer_people(gazetteer)
    found = {entry for entry, _key in people.candidates("morsy")}  # "Morsi", "Mursi": 0.92 by Jaro-Winkler
    assert "mohamed-morsi" in found
    assert gazetteer_people(gazetteer) is people  # indexed once per gazetteer


def test_a_discovered_name_joins_a_user_gazetteer_person_among_many(tmp_path: Path) -> None:
    lines = ["actors:"]
    for n in range(2000):  # many people sharing the initial of the surname
        lines.append(f"  - {{id: p{n}, name: Person{n} Sample{n}, kind: person}}")
    lines.append("  - {id: tatiana-ivanova, name: Tatiana Ivanova, kind: person}")
    path = tmp_path / "actors.yaml"
    path.write_text("\n".join(lines) + "\n")
    gazetteer = load_gazetteer(path)
    text = "Tatiana Ivanowa, the mayor, spoke on Monday. Ivanowa said the bridge would open."
    actors = extract_actors([make_article("A", text)], gazetteer)
    assert any(actor.id == "tatiana-ivanova" for actor in actors)
