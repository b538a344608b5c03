"""Name keys: how two spellings of one name come to compare equal.

A key is a tuple of folded name parts: accents and case folded, possessive
and dots dropped, hyphenated parts split, a final "Jr."/"Sr." dropped, the Arabic article (al-, el-, ad-,
ash- ...) dropped, "Abdel"/"Abdul" split to "abd" + rest, transliteration
variants from the gazetteer's `spellings` mapped to one spelling, and doubled
letters collapsed ("Sissi" = "Sisi", "Mohammed" = "Mohamed"). Keys decide
exact identity; fuzzy merging (rapidfuzz) only ever compares keys.
"""

from __future__ import annotations

import re
import unicodedata

from reader.core.text.tokens import fold

# The Arabic article in its transliterations, dropped from keys: "al-Zahar"
# and "Zahar" are one name. Sun-letter forms ("ad-Din", "ash-Sham") too.
# Name runs may start with one (`actors_patterns`).
ARABIC_ARTICLE_PREFIXES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud")
ARABIC_ARTICLES = frozenset(ARABIC_ARTICLE_PREFIXES)
# Generational suffixes, dropped from the end of keys.
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_SPLIT = re.compile(r"[\s\-‐‑–—]+")
_DROPPED = re.compile(r"['’`.]")
_DOUBLED = re.compile(r"(.)\1+")
_ABD_PREFIXES = ("abdel", "abdul", "abdal", "abdol")


def slug(name: str) -> str:
    """A stable id from a name: folded ASCII, words joined by hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    ascii_name = ascii_name.replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-") or "actor"


def strip_possessive(surface: str) -> str:
    """ "Hamas's" -> "Hamas", "Saudis'" -> "Saudis"."""
    if len(surface) > 2 and surface[-2] in "'’" and surface[-1] in "sS":
        return surface[:-2]
    if len(surface) > 2 and surface[-1] in "'’" and surface[-2] in "sS":
        return surface[:-1]
    return surface


class NameKeyer:
    """Computes name keys with one gazetteer's spelling variants (memoised)."""

    def __init__(self, spellings: dict[str, str]):
        self._spellings = spellings
        self._cache: dict[str, tuple[str, ...]] = {}

    def key(self, surface: str) -> tuple[str, ...]:
        cached = self._cache.get(surface)
        if cached is None:
            cached = self._compute(surface)
            if len(self._cache) < 200_000:
                self._cache[surface] = cached
        return cached

    def _compute(self, surface: str) -> tuple[str, ...]:
        folded = _DROPPED.sub("", fold(strip_possessive(surface)))
        parts: list[str] = []
        for raw in _SPLIT.split(folded):
            if not raw:
                continue
            part = self._spellings.get(raw, raw)
            for prefix in _ABD_PREFIXES:
                if part.startswith(prefix):
                    rest = part[len(prefix) :]
                    parts.append("abd")
                    part = rest
                    break
            if part:
                parts.append(part)
        kept = [p for p in parts if p not in ARABIC_ARTICLES]
        if len(kept) > 1 and kept[-1] in GENERATIONAL_SUFFIXES:
            kept.pop()  # "James R. Clapper Jr." is "James R. Clapper"
        if not kept:
            kept = parts
        return tuple(_DOUBLED.sub(r"\1", self._spellings.get(p, p)) for p in kept)
