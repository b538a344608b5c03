"""Words with their offsets, folded for comparison.

Alignment, search and actor discovery all compare words while reporting
spans in the original text, so tokenising keeps offsets and folding (case,
accents, curly quotes) happens per token, never on the whole text: folding a
string can change its length and would shift every offset after it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from reader.core.model import Span

# A figure's digits: with thousands commas ("1,500", "12,000,000") or without; a fraction, a unit or a multiplier
# is the caller's. Quantities, alignment terms and attribution tokens read figures with this one pattern.
DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
# The letter-and-digit pieces of a word: "El-Sisi" -> "El", "Sisi" (neither touches another letter or digit).
WORD_PARTS = re.compile(r"[^\W_]+")
# In a word token, a comma between two digits (no space) is inside the number: thousands ("1,500") and the
# European decimal comma ("3,5 million", "1.500,50") alike.
DIGIT_COMMA = r"(?<=\d),\d+"
# A day of the week, one spelling for every pattern that reads one ("said on Monday", "Clinton on Tuesday said").
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"


def _combining_marks_class() -> str:
    """A regex class of the Basic Multilingual Plane's combining marks.

    Python's ``\\w`` excludes them, so without this Hebrew points, Arabic
    vowel marks and Indic vowel signs would cut words in two.
    """
    ranges: list[str] = []
    start = None
    for code in range(0x10001):
        is_mark = code < 0x10000 and unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    return "[" + "".join(ranges) + "]"


_MARKS = _combining_marks_class()
_RUN = rf"[^\W_]+(?:{_MARKS}+[^\W_]*)*"  # letters/digits, each with any combining marks
_JOINER = (
    r"(?:['’‘\-\u2010\u2011]"  # inner apostrophe or hyphen: "Egypt’s", "El-Sisi", "al-Zahar"
    r"|(?<=\d)[.,](?=\d)"  # a dot or comma between digits: "1,688", "3.5"
    r"|(?<=\b[^\W\d_])\.(?=[^\W\d_]\b))"  # a dot between single letters: "U.S.A", "e.g"
)
# A comma between letters ("week,when") and a sentence's full stop split words.
_WORD = re.compile(rf"{_RUN}(?:{_JOINER}{_RUN})*")
_FOLD_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-"})

STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t said says say told according
    """.split()
)


class Token(NamedTuple):
    """A word: its folded form and its offsets into the text.

    A NamedTuple rather than a frozen dataclass: tokenising a 1 MB document
    builds ~200,000 of these, and tuple construction is several times cheaper.
    """

    norm: str  # folded form used for comparison
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case-fold, strip accents and unify apostrophes/dashes of one word."""
    if word.isascii():
        return word.lower()  # the same result: ASCII has no marks, and its case folding is lower()
    lowered = word.translate(_FOLD_PUNCTUATION).casefold()
    decomposed = unicodedata.normalize("NFKD", lowered)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    # A word made only of marks would fold to nothing; keep it comparable instead.
    return folded or lowered


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]`` with offsets into ``text``.

    A long range is put together from pieces cut at white space (see `_Chunks`):
    the stages tokenise overlapping passages of the same article again and
    again (a match's passages, then each discrepancy finder's look at them).
    """
    if end is None:
        end = len(text)
    if end - start < 2 * CHUNK:
        return _scan(text, start, end)
    return _chunks_of(text).tokens(start, end)


def _scan(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``, found by `_WORD` from ``start``.

    Offsets come from ``str.find`` after each word: the characters the
    regex skipped between two words hold no letter or digit, and every word
    starts with one, so the next occurrence of a word is where it was matched.
    """
    out: list[Token] = []
    append = out.append
    find = text.find
    new = tuple.__new__
    pos = start
    for word in _WORD.findall(text, start, end):
        pos = find(word, pos)
        append(new(Token, (fold(word), pos, pos + len(word))))
        pos += len(word)
    return out


CHUNK = 512  # characters a cached piece of an article's words (about 90 words)


class _Chunks:
    """An article's words in pieces cut at white space, each tokenised on first use.

    Cutting at a white-space character changes no word: no word or joiner
    holds one, and the regex's look-behinds and look-aheads only look at the
    characters beside a joiner, inside the word. So the words of a range are
    the words up to the first cut in it, the cached pieces, and the words after
    the last cut: the same list `_scan` gives over the whole range.
    """

    __slots__ = ("bounds", "pieces", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        bounds: list[int] = []
        for k in range(0, len(text), CHUNK):
            found = _SPACE.search(text, max(k, bounds[-1] + 1 if bounds else 0), k + CHUNK)
            if found is not None:
                bounds.append(found.start())
        self.bounds = bounds
        self.pieces: dict[int, list[Token]] = {}

    def tokens(self, start: int, end: int) -> list[Token]:
        bounds = self.bounds
        first = bisect_left(bounds, start)
        last = bisect_right(bounds, end) - 1
        if first >= last:
            return _scan(self.text, start, end)
        out = _scan(self.text, start, bounds[first])
        pieces = self.pieces
        for k in range(first, last):
            piece = pieces.get(k)
            if piece is None:
                piece = pieces[k] = _scan(self.text, bounds[k], bounds[k + 1])
            out.extend(piece)
        out.extend(_scan(self.text, bounds[last], end))
        return out


_SPACE = re.compile(r"\s")


@lru_cache(maxsize=16)  # articles whose pieces are kept; a text's hash is computed once and kept by Python
def _chunks_of(text: str) -> _Chunks:
    return _Chunks(text)


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words of ``text[start:end]``, unfolded and without offsets: the fast path for bulk comparison."""
    return _WORD.findall(text, start, len(text) if end is None else end)


def content_words(tokens: list[Token]) -> list[Token]:
    """Tokens that carry meaning: not stopwords, not one-letter."""
    return [t for t in tokens if len(t.norm) > 1 and t.norm not in STOPWORDS]


def folded_words(plain: list[str]) -> list[str]:
    """``[fold(word) for word in plain]``, for `words` output: a sentence in ASCII (most are) is
    lowered in one piece, which is what `fold` does to each ASCII word (the words hold no space)."""
    joined = " ".join(plain)
    if not joined.isascii():
        return [fold(word) for word in plain]
    return joined.lower().split(" ") if plain else []
