"""A country named like a US state: the state among other states, the country with its own words."""

from __future__ import annotations

from reader.core.actors import extract_actors
from tests.core.align.test_weights import make_article


def actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.parent) for a in extract_actors([make_article("A", text)])}


def test_georgia_among_us_states_is_the_state() -> None:
    found = actors("Voters in Georgia and Ohio went to the polls, and the governor of Georgia said turnout was high.")
    assert found["Georgia"] == ("place", "united-states")


def test_georgia_with_its_own_words_stays_the_country() -> None:
    found = actors("Russian troops entered Georgia in 2008, and Georgian officials in Tbilisi protested. Ohio sent aid.")
    assert found["Georgia"] == ("country", None)


def test_georgia_alone_stays_the_country() -> None:
    assert actors("Russian troops entered Georgia in 2008.")["Georgia"] == ("country", None)


def test_a_capital_named_as_a_place_joins_its_district_named_in_full() -> None:
    text = "The president spoke at a bridge in Washington, D.C., on Monday. Traffic in the D.C. area stopped."
    found = {a.id: a for a in extract_actors([make_article("A", text)])}
    assert len(found["washington-dc"].mentions) == 3  # Washington, D.C., D.C.
    assert found["washington-dc"].parent == "united-states"


def test_a_capital_alone_stays_the_capital() -> None:
    found = actors("The president spoke at a bridge in Washington on Monday.")
    assert found["Washington"] == ("place", "united-states")
