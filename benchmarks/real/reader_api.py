"""The few `reader` entry points the real-text benchmarks call.

    analyze(articles)                       reader.core.pipeline.analyze with the CLI's lexicons
    article_from_text(text, article_id)     reader.core.text.loader.article_from_raw_text (as for a .txt file)
    extract_actors(articles)                reader.core.actors.extract_actors
    extract_attributions(article, actors)   reader.core.attributions.extract_attributions
    attribution_forms(article, actors)      the rule form of each attribution ("direct", "indirect-that", ...)
    normalize(text)                         the loader's text normalisation

It also holds `OffsetMap`, which maps offsets between a text and the
normalised copy of it that `reader` works on, so gold spans written against
third-party text can be compared with `reader`'s spans.

Nothing here changes `reader`; the lexicons are the packaged ones plus the
user's files, exactly as the CLI loads them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from reader.core.actors import extract_actors as _extract_actors
from reader.core.attributions import extract_attribution_details as _details
from reader.core.attributions import extract_attributions as _extract_attributions
from reader.core.lexicons import Lexicons, load_lexicons
from reader.core.pipeline import analyze as _analyze
from reader.core.text.loader import article_from_raw_text
from reader.core.text.normalize import normalize_text

__all__ = [
    "Lexicons",
    "OffsetMap",
    "analyze",
    "article_from_text",
    "attribution_forms",
    "extract_actors",
    "extract_attributions",
    "lexicons",
    "normalize",
]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The packaged lexicons plus the user's files, loaded once (as the CLI does)."""
    return load_lexicons()


def analyze(articles: Sequence):
    return _analyze(articles, lexicons())


def extract_actors(articles: Sequence):
    return _extract_actors(articles, lexicons().gazetteer)


def extract_attributions(article, actors: Sequence = ()):
    return _extract_attributions(article, actors, lexicons().verbs)


def attribution_forms(article, actors: Sequence = ()) -> list[tuple[object, str, bool]] | None:
    """(attribution, form, inherited) for each attribution, or None if the package has no such detail."""
    return [(d.attribution, d.form, d.inherited) for d in _details(article, actors, lexicons().verbs)]


def normalize(text: str) -> str:
    return normalize_text(text)


def article_from_text(text: str, article_id: str = "A"):
    """An Article from raw text, as `reader` builds one from a ``.txt`` file (no metadata)."""
    return article_from_raw_text(text, article_id, path=f"<{article_id}>")


_LINE_BREAKS = "\r\u2028\u2029\x85\x0b\x0c"
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[ -/]*[0-~])")


def _invisible(ch: str) -> bool:
    """A character normalisation may drop or turn into a space (never a visible letter)."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Mn", "Zs", "Zl", "Zp") or ch == "\u00ad"


class OffsetMap:
    """Offsets of ``copy`` (normalised, maybe with text removed at the top) in ``original``.

    Normalisation only drops invisible characters, turns odd spaces into
    spaces, joins space runs and composes accents (NFC); the loader may also
    cut furniture (a headline line) off the top. The map walks both texts
    once: equal characters pair up, invisible ones in ``original`` are
    skipped, and a composed character pairs with its decomposed run. Raises
    ValueError if ``copy`` is not such a rewrite of ``original``.
    """

    def __init__(self, original: str, copy: str) -> None:
        self.original, self.copy = original, copy
        self._to_original: list[int] = []  # copy index -> original index
        start = original.find(copy)
        if start >= 0:  # the common case: a verbatim slice
            self._to_original = list(range(start, start + len(copy) + 1))
        else:
            self._to_original = self._walk_from_some_line()
        self._starts = self._to_original[:-1]  # increasing: bisect finds copy offsets of original ones

    def _walk_from_some_line(self) -> list[int]:
        """The walk from the first line start (of the first few) where it succeeds: the loader
        may have cut a headline, caption or credit line off the top."""
        starts = [0]
        pos = self.original.find("\n")
        while pos >= 0 and len(starts) < 12:
            starts.append(pos + 1)
            pos = self.original.find("\n", pos + 1)
        error = None
        for start in starts:
            try:
                return self._walk(start)
            except ValueError as exc:
                error = error or exc
        raise error

    def _walk(self, i: int) -> list[int]:
        original, copy = self.original, self.copy
        out: list[int] = []
        j = 0
        while j < len(copy):
            if i >= len(original):
                raise ValueError(f"copy runs past the original at copy offset {j}")
            a, b = original[i], copy[j]
            if a == "\x1b":  # an ANSI escape sequence, dropped whole
                m = _ANSI.match(original, i)
                i = m.end() if m else i + 1
                continue
            if a == b or (b == " " and _invisible(a) and a != "\n") or (b == "\n" and a in _LINE_BREAKS):
                out.append(i)
                i += 1
                j += 1
                continue
            composed = self._composed(i, b)
            if composed:
                out.append(i)
                i += composed
                j += 1
                continue
            if _invisible(a) or a == "\r":
                i += 1
                continue
            raise ValueError(f"cannot align copy offset {j} ({b!r}) with original offset {i} ({a!r})")
        out.append(i)
        return out

    def _composed(self, i: int, target: str) -> int:
        for k in (2, 3, 4):
            if unicodedata.normalize("NFC", self.original[i : i + k]) == target:
                return k
        return 0

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of copy span [start, end)."""
        if end <= start:
            pos = self._to_original[start]
            return pos, pos
        return self._to_original[start], self._to_original[end - 1] + 1

    def to_copy(self, start: int, end: int) -> tuple[int, int] | None:
        """The copy span of original span [start, end): the copied characters inside it (None if none)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        if lo >= hi:
            return None
        return lo, hi
