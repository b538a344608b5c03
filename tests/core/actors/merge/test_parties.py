"""A party's name joins its members' name from the gazetteer ("Republican Party" / "Republicans")."""

from __future__ import annotations

from reader.core.actors import extract_actors
from tests.core.align.test_weights import make_article


def by_name(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in extract_actors([make_article("A", text)])}


def test_party_name_joins_its_members() -> None:
    found = by_name("Republicans in the Senate blocked the bill. The Republican Party said the GOP would not yield.")
    assert "Republican Party" in found["Republicans"]
    assert "Republican Party" not in found


def test_democratic_party_joins_democrats() -> None:
    found = by_name("Democrats cheered. The Democratic Party raised money.")
    assert "Democratic Party" in found["Democrats"]


def test_no_join_without_the_members_named() -> None:
    assert "Democratic Party" in by_name("The Democratic Party raised money.")


def test_a_longer_party_name_stays_apart() -> None:
    found = by_name("Democrats cheered. The Egyptian Social Democratic Party disagreed.")
    assert "Egyptian Social Democratic Party" in found
    assert "Egyptian Social Democratic Party" not in found["Democrats"]
