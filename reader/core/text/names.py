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
from operator import itemgetter

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
_MARKED = re.compile("[\n'’]")  # a newline, or a possessive `strip_possessive` may drop: keyed one by one
_POSSESSIVE_MARK = re.compile("['’]")
_ABD_PREFIXES = ("abdel", "abdul", "abdal", "abdol")
# `keys` in bulk: after folding, the characters `_DROPPED` drops go, and those `_SPLIT` splits on become spaces
# (`_drop_and_split`: one `str.replace` each is ~20x faster on a large text than `str.translate`).
_DROPPED_CHARACTERS = "'’`."
_SPLIT_CHARACTERS = "-‐‑–—"
# Name parts `_compute` does more with than collapse their doubled letters (with `_ABD_PREFIXES` and spellings).
_SPECIAL_PARTS = ARABIC_ARTICLES | GENERATIONAL_SUFFIXES
_ABD = re.compile(r"abd[aeuo]l\S*")  # the `_ABD_PREFIXES`
_FIRST_GROUP = itemgetter(1)  # as a `re.sub` replacement, r"\1" without expanding a template per match
_MAX_KEPT = 200_000  # name keys kept per keyer
_BLOCK = 1024  # lines `_plain_lines` checks at once
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """A stable id from a name: folded ASCII, words joined by hyphens."""
    if name.isascii():  # NFKD and the ASCII encoding leave it as it is; its case folds as `lower` does
        ascii_name = name.lower().replace("'", "")
        if ascii_name.replace(" ", "").isalnum() and "  " not in ascii_name and ascii_name.strip(" ") == ascii_name:
            return ascii_name.replace(" ", "-")  # words of letters and digits one space apart (most names)
    else:
        ascii_name = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
        ascii_name = ascii_name.replace("'", "").replace("’", "")
    return _NOT_SLUG.sub("-", ascii_name).strip("-") or "actor"


def strip_possessive(surface: str) -> str:
    """ "Hamas's" -> "Hamas", "Saudis'" -> "Saudis"."""
    if len(surface) > 2 and surface[-2] in "'’" and surface[-1] in "sS":
        return surface[:-2]
    if len(surface) > 2 and surface[-1] in "'’" and surface[-2] in "sS":
        return surface[:-1]
    return surface


def _marked_lines(text: str) -> set[int]:
    """The numbers of the lines of ``text`` with a mark `_MARKED` finds (a possessive), counted in one pass."""
    marked: set[int] = set()
    line = at = 0
    for match in _POSSESSIVE_MARK.finditer(text):
        line += text.count("\n", at, match.start())
        at = match.start()
        marked.add(line)
    return marked


def _plain_lines(lines: list[str], special: set[str]) -> list[str | None]:
    """Each line's parts joined by single spaces (the key's text), or None when a part is ``special``;
    by blocks of lines, most of which are that already and hold no special part."""
    out: list[str | None] = []
    for at in range(0, len(lines), _BLOCK):
        block = lines[at : at + _BLOCK]
        joined = " ".join(block)
        words = joined.split()
        if special.isdisjoint(words) and joined == " ".join(words):  # (an empty line makes two spaces)
            out.extend(block)
            continue
        for line in block:
            parts = line.split()
            out.append(" ".join(parts) if special.isdisjoint(parts) else None)
    return out


def _drop_and_split(text: str) -> str:
    for character in _DROPPED_CHARACTERS:
        if character in text:
            text = text.replace(character, "")
    for character in _SPLIT_CHARACTERS:
        if character in text:
            text = text.replace(character, " ")
    return text


class NameKeyer:
    """Computes name keys with one gazetteer's spelling variants (memoised)."""

    def __init__(self, spellings: dict[str, str]):
        self._spellings = spellings
        self._cache: dict[str, tuple[str, ...]] = {}
        self._marks: set[str] | None = None  # `_special_parts` without the "Abdel..." ones
        self._spaced: bool | None = None

    def key(self, surface: str) -> tuple[str, ...]:
        cached = self._cache.get(surface)
        if cached is None:
            cached = self._compute(surface)
            if len(self._cache) < _MAX_KEPT:
                self._cache[surface] = cached
        return cached

    @property
    def spaced(self) -> bool:
        """Whether a key may have a part with a space in it, or an empty part (a spelling variant maps a
        part to one): then " " does not join keys' parts unambiguously (`key_text`)."""
        if self._spaced is None:
            self._spaced = any(not value or len(value.split()) != 1 for value in self._spellings.values())
        return self._spaced

    def key_text(self, key: tuple[str, ...]) -> str:
        """``key`` as one string, its parts joined by spaces (escaped when `spaced`): a different string
        for every key."""
        if not self.spaced:
            return " ".join(key)
        return " ".join([p.replace("%", "%25").replace(" ", "%20") or "%00" for p in key])

    def key_of_text(self, text: str) -> tuple[str, ...]:
        """The key `key_text` made ``text`` of."""
        if not self.spaced:
            return tuple(text.split(" ")) if text else ()
        return tuple(p.replace("%00", "").replace("%20", " ").replace("%25", "%") for p in text.split(" ")) if text else ()

    def keys(self, surfaces: list[str]) -> list[tuple[str, ...]]:
        """``[self.key(s) for s in surfaces]``, computed in bulk (`key_texts`), not memoised."""
        return list(map(self.key_of_text, self.key_texts(surfaces)))

    def key_texts(self, surfaces: list[str]) -> list[str]:
        """``[self.key_text(self.key(s)) for s in surfaces]``, computed in bulk (a gazetteer's 100,000 forms,
        issue 15) and not memoised (the gazetteer keeps them).

        The surfaces `_compute` only folds, splits and collapses (no possessive, spelling variant,
        article, "Abdel" or "Jr." in them) are done all at once, on their text joined by newlines;
        the others one by one.
        """
        if self.spaced:
            return [self.key_text(self.key(s)) for s in surfaces]
        cache = self._cache
        text = "\n".join(surfaces)
        if text.count("\n") != len(surfaces) - 1:  # a surface with a newline
            return [" ".join(self.key(s)) for s in surfaces]
        found: list[str | None] = [None] * len(surfaces)
        bulk = range(len(surfaces))
        if cache:
            found = [None if key is None else " ".join(key) for key in map(cache.get, surfaces)]
            bulk = [n for n, key in enumerate(found) if key is None]  # type: ignore[assignment]
            text = "\n".join([surfaces[n] for n in bulk])
        if not bulk:
            return [" ".join(self.key(s)) for s in surfaces]  # (all known)
        if text.isascii():
            text = text.lower()  # `fold` of ASCII
        else:
            text = "\n".join([s.lower() if s.isascii() else fold(s) for s in (surfaces[n] for n in bulk)])
        text = _DOUBLED.sub(_FIRST_GROUP, _drop_and_split(text))
        lines = text.split("\n")
        if len(lines) != len(bulk):  # (folding made or took a line break)
            return [" ".join(self.key(s)) for s in surfaces]
        keys = _plain_lines(lines, self._special_parts(text))
        if len(bulk) == len(found):
            found = keys
        else:
            for n, key in zip(bulk, keys, strict=True):
                found[n] = key
        for n in _marked_lines("\n".join(surfaces)):  # a possessive `strip_possessive` may drop
            found[n] = None
        return [" ".join(self.key(surfaces[n])) if key is None else key for n, key in enumerate(found)]

    def _special_parts(self, text: str) -> set[str]:
        """Parts that, in ``text`` (names folded, split and collapsed, one a line), may have been an article,
        a generational suffix, "Abdel..." or a spelling variant before their doubled letters were collapsed:
        the names with one are keyed one by one."""
        if self._marks is None:
            self._marks = {_DOUBLED.sub(_FIRST_GROUP, p) for p in (*_SPECIAL_PARTS, *self._spellings)}
        return self._marks.union(_ABD.findall(text))  # "abdel...": a literal prefix, a fast search

    def _compute(self, surface: str) -> tuple[str, ...]:
        if surface.isalpha() and surface.isascii():
            # ASCII letters (most name words): no possessive, nothing to drop, nothing to split, and
            # `fold` lowers; the same part as the general way, without its three regex calls
            raws = [surface.lower()]
        else:
            raws = _SPLIT.split(_DROPPED.sub("", fold(strip_possessive(surface))))
        parts: list[str] = []
        for raw in raws:
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
        # (`_FIRST_GROUP` is r"\1" without `re` expanding a template: three times faster on a short part)
        return tuple(_DOUBLED.sub(_FIRST_GROUP, self._spellings.get(p, p)) for p in kept)
