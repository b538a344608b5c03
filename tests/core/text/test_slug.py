"""Actor ids from names (reader.core.text.names.slug): the fast path for plain names gives what the general one does."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text.names import slug


def _general(name: str) -> str:
    """The slug as the general rule makes it: fold to ASCII, runs of anything but letters and digits to one hyphen."""
    folded = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.replace("'", "").replace("’", "")).strip("-") or "actor"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lata Pagoho", "lata-pagoho"),
        ("G7", "g7"),
        ("O'Neil Smith", "oneil-smith"),
        ("A  B", "a-b"),
        (" Ab ", "ab"),
        ("Al-Masri", "al-masri"),
        ("U.S. Army", "u-s-army"),
        ("José Núñez", "jose-nunez"),
        ("", "actor"),
        ("'", "actor"),
    ],
)
def test_slug_of_names_plain_and_not(name: str, expected: str) -> None:
    assert slug(name) == expected == _general(name)


@given(st.text(alphabet="aZ9 '-.\t", max_size=12))
def test_slug_of_ascii_names_is_the_general_rule_s(name: str) -> None:
    assert slug(name) == _general(name)
