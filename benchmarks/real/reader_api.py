"""The few `reader` entry points the real-text benchmarks call, whatever the package layout.

The package is being restructured (flat modules -> ``reader.core.*``). Each
function here imports from the new layout first and falls back to the flat
one, so the scripts in this folder run on either side of the move:

    analyze(articles)                       reader.core.pipeline.analyze      | reader.analysis.analyze
    article_from_text(text, article_id)     reader.core.text.article_from_text | normalise + strip furniture + segment,
                                                                                as reader.loader.load_article does
    extract_actors(articles)                reader.core.actors.extract_actors | reader.actors.extract_actors
    extract_attributions(article, actors)   reader.core.attributions...       | reader.attributions.extract_attributions
    attribution_forms(article, actors)      the rule form of each attribution ("direct", "indirect-that", ...)
                                            when the package exposes it, else None
    normalize(text)                         the loader's text normalisation (reader.normalize.normalize_text)

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

try:  # the new layout
    from reader.core.pipeline import analyze as _analyze
except ImportError:  # the flat layout
    from reader.analysis import analyze as _analyze

try:
    from reader.core.actors import extract_actors as _extract_actors
except ImportError:
    from reader.actors import extract_actors as _extract_actors

try:
    from reader.core.attributions import extract_attributions as _extract_attributions
except ImportError:
    from reader.attributions import extract_attributions as _extract_attributions

try:
    from reader.core.attributions import extract_attribution_details as _details
except ImportError:
    try:
        from reader.attributions import extract_attribution_details as _details
    except ImportError:
        _details = None

try:
    from reader.core.lexicons import Lexicons
except ImportError:
    from reader.lexicons import Lexicons

try:
    from reader.core.lexicons import load_lexicons as _load_lexicons
except ImportError:
    try:
        from reader.lexicons import load_lexicons as _load_lexicons
    except ImportError:
        _load_lexicons = None

try:
    from reader.core.text import article_from_text as _article_from_text
except ImportError:
    _article_from_text = None

try:
    from reader.core.text import normalize_text as _normalize_text
except ImportError:
    try:
        from reader.normalize import normalize_text as _normalize_text
    except ImportError:
        _normalize_text = None

__all__ = [
    "Lexicons", "OffsetMap", "analyze", "article_from_text", "attribution_forms", "extract_actors",
    "extract_attributions", "lexicons", "normalize",
]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The packaged lexicons plus the user's files, loaded once (as the CLI does)."""
    return _load_lexicons() if _load_lexicons is not None else Lexicons()


def analyze(articles: Sequence):
    return _analyze(articles, lexicons())


def extract_actors(articles: Sequence):
    return _extract_actors(articles, lexicons().gazetteer)


def extract_attributions(article, actors: Sequence = ()):
    return _extract_attributions(article, actors, lexicons().verbs)


def attribution_forms(article, actors: Sequence = ()) -> list[tuple[object, str, bool]] | None:
    """(attribution, form, inherited) for each attribution, or None if the package has no such detail."""
    if _details is None:
        return None
    return [(d.attribution, d.form, d.inherited) for d in _details(article, actors, lexicons().verbs)]


def normalize(text: str) -> str:
    if _normalize_text is not None:
        return _normalize_text(text)
    return _article_from_text(text, "A").text  # the new layout may only expose the whole step


def article_from_text(text: str, article_id: str = "A"):
    """An Article from raw text, as `reader` builds one from a ``.txt`` file (no metadata)."""
    if _article_from_text is not None:
        return _article_from_text(text, article_id)
    from reader import segment
    from reader.model import Article
    from reader.normalize import strip_furniture

    body = _normalize_text(text)
    body, furniture = strip_furniture(body)
    paragraphs = segment.paragraphs(body)
    return Article(
        id=article_id,
        path=f"<{article_id}>",
        text=body,
        paragraphs=paragraphs,
        sentences=segment.sentences(body, paragraphs),
        title=furniture.get("headline"),
        caption=furniture.get("caption"),
        credit=furniture.get("credit"),
    )


# --- offsets between a text and its normalised copy -------------------------------------------

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
