"""Name keys computed in bulk are the keys computed one by one."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.text.names import NameKeyer

PIECES = [
    "al",
    "Al-",
    "el",
    "ash",
    "Abdel",
    "abdul",
    "Abdulla",
    "Jr.",
    "Jr",
    "sr",
    "II",
    "iii",
    "IV",
    "Mohammed",
    "Muhammad",
    "Hussein",
    "Sissi",
    "Sisi",
    "O'Brien",
    "Hamas's",
    "Saudis'",
    "Hamas’s",
    "d’Estaing",
    "`x",
    "U.S.",
    "a.b",
    "Zürich",
    "Çelik",
    "ß",
    "ﬁ",
    "İ",
    "é",
    "e\u0301",
    "\u0301",
    "中国",
    "👨‍👩‍👧",
    "-",
    "‐",
    "–",
    "—",
    "‑",
    " ",
    "  ",
    "\t",
    "\xa0",
    "\u3000",
    "\u2028",
    "\x1c",
    "\n",
    "Ll",
    "aa",
    "Anna",
    "",
    "x",
    "ALL",
    "AP",
    "ℌ",
    "Aal",
    "abbdel",
    "Jrr",
    "xabdel",
]
SURFACES = st.lists(st.sampled_from(PIECES), max_size=6).map("".join) | st.text(max_size=12)
SPELLINGS = st.dictionaries(
    st.sampled_from(["mohammed", "muhammad", "sissi", "hussein", "a.b", "x y", "", "al", "aa", "ll"]),
    st.sampled_from(["muhammad", "sisi", "hussein", "", "x y", "al", "abdel", "aa"]),
    max_size=4,
)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SURFACES, max_size=30), SPELLINGS)
@example(["Abdel Fattah el-Sissi", "Mohammed Morsi", "James R. Clapper Jr.", "Al", "Hamas's", "U.S."], {"mohammed": "muhammad"})
def test_keys_in_bulk_are_the_keys_one_by_one(surfaces: list[str], spellings: dict[str, str]) -> None:
    one_by_one = NameKeyer(spellings)
    assert NameKeyer(spellings).keys(surfaces) == [one_by_one._compute(s) for s in surfaces]
    # with some keys already known
    keyer = NameKeyer(spellings)
    for surface in surfaces[::2]:
        keyer.key(surface)
    assert keyer.keys(surfaces) == [one_by_one.key(s) for s in surfaces]
