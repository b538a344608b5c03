"""`NameKeyer._compute`'s ASCII-letters path gives the key the general path gives."""

from __future__ import annotations

import random
import re

from reader.core.text.names import _DOUBLED, _DROPPED, _SPLIT, ARABIC_ARTICLES, GENERATIONAL_SUFFIXES, NameKeyer, strip_possessive
from reader.core.text.tokens import fold


def _reference(keyer: NameKeyer, spellings: dict[str, str], surface: str) -> tuple[str, ...]:
    """`_compute` as it was, every surface the general way."""
    folded = _DROPPED.sub("", fold(strip_possessive(surface)))
    parts: list[str] = []
    for raw in _SPLIT.split(folded):
        if not raw:
            continue
        part = spellings.get(raw, raw)
        for prefix in ("abdel", "abdul", "abdal", "abdol"):
            if part.startswith(prefix):
                parts.append("abd")
                part = part[len(prefix) :]
                break
        if part:
            parts.append(part)
    kept = [p for p in parts if p not in ARABIC_ARTICLES]
    if len(kept) > 1 and kept[-1] in GENERATIONAL_SUFFIXES:
        kept.pop()
    if not kept:
        kept = parts
    return tuple(_DOUBLED.sub(r"\1", spellings.get(p, p)) for p in kept)


def test_fast_keys_are_the_general_keys() -> None:
    spellings = {"mohammed": "muhammad", "mohamed": "muhammad", "sisi": "sissi", "abdel": "abd", "al": "el"}
    keyer = NameKeyer(spellings)
    rng = random.Random(3)
    words = ["Al", "AL", "Jr", "Abdelaziz", "Abdul", "Mohammed", "MOHAMED", "Sissi", "Aaron", "Lloyd", "Zz", "x", "Sisi"]
    words += ["".join(rng.choice("abdelmosuiAL") for _ in range(rng.randrange(1, 9))) for _ in range(2000)]
    for word in words:
        assert re.fullmatch("[A-Za-z]+", word)
        assert keyer._compute(word) == _reference(keyer, spellings, word), word
    for surface in ("Hamas's", "al-Zahar", "James R. Clapper Jr.", "Mohammed  Morsi", "Sissi’", "Élodie"):
        assert keyer._compute(surface) == _reference(keyer, spellings, surface)
