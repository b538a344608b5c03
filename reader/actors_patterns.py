"""The regular expressions that find runs of name words in text."""

from __future__ import annotations

import re
from functools import lru_cache

HYPHENS = "-‐‑"
# Lower-case words inside an organisation's name: "Council for Human Rights", "Bank of England".
CONNECTORS = ("of", "for", "on", "the")
_ARTICLE_PREFIX = r"(?:al|el|ad|ar|as|ash|at|az|an|ul|ud)[" + HYPHENS + "]"


@lru_cache(maxsize=1)
def _uppercase_class() -> str:
    """A regex character class of every upper- and title-case letter of the BMP."""
    ranges: list[str] = []
    first = last = -2
    for code in range(0x10000):
        if chr(code).isupper() or chr(code).istitle():
            if code == last + 1:
                last = code
                continue
            if first >= 0:
                ranges.append(_char_range(first, last))
            first = last = code
    ranges.append(_char_range(first, last))
    return "[" + "".join(ranges) + "]"


def _char_range(first: int, last: int) -> str:
    return re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"


@lru_cache(maxsize=8)
def run_patterns(particles: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of name words, one name word or particle) for a particle list."""
    upper = _uppercase_class()
    word = (
        rf"(?:{upper}(?:\.{upper})+\.?"
        rf"|{upper}[^\W_]*(?:['’][^\W_]+)*(?:[{HYPHENS}][^\W_]+(?:['’][^\W_]+)*)*)"
    )
    spaced = "|".join(sorted((re.escape(p) for p in particles), key=len, reverse=True)) or "(?!)"
    one = rf"(?:{_ARTICLE_PREFIX})?{word}|\b(?:{spaced}|{'|'.join(CONNECTORS)})\b"
    run = (
        rf"(?<![^\W_])(?:{_ARTICLE_PREFIX})?{word}"
        rf"(?:[ \t](?:(?:{spaced})[ \t]){{0,2}}(?:{_ARTICLE_PREFIX})?{word})*"
    )
    return re.compile(run), re.compile(one)
