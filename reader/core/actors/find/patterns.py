"""The regular expressions that find runs of name words in text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from reader.core.lexicons.built_cache import code_fingerprint
from reader.core.lexicons.kept_patterns import kept_patterns
from reader.core.text.names import ARABIC_ARTICLE_PREFIXES

_BUILT_BY = ("reader.core.actors.find.patterns", "reader.core.text.names")  # the code that writes the run patterns

HYPHENS = "-‐‑"
# Lower-case words inside an organisation's name: "Council for Human Rights", "Bank of England",
# "Employment and Labour Relations Court", "Hygiene & Tropical Medicine".
CONNECTORS = ("of", "for", "on", "the", "and", "&")
_ARTICLE_PREFIX = "(?:" + "|".join(ARABIC_ARTICLE_PREFIXES) + ")[" + HYPHENS + "]"


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
    """(a run of name words from its first capital, one name word or particle) for a particle list.

    A run starts at a capital with no letter or digit before it, or at a
    lower-case Arabic article ("al-Zahar") that `run_start` finds in front of
    such a capital. The run pattern opens with a character class of capitals,
    so that the regex engine skips to the next candidate in its fast loop
    instead of trying the whole pattern at every position (a third of the
    scan); the "nothing before it" test looks two characters back once the
    capital is taken. With `run_start` it finds what ``reference_run_pattern`` does.
    """
    # Kept on disk between runs (`kept_patterns`): the class of capitals and the compiling of its thirteen copies
    # were a tenth of the actors stage on a 3,000-sentence pair. The key holds what the patterns are made of: the
    # particles, the Unicode data the class reads and the code that writes them.
    key = " ".join(["actors-run", unicodedata.unidata_version, code_fingerprint(_BUILT_BY), *sorted(particles)])
    run, one = kept_patterns(key, lambda: _run_pattern_texts(particles))
    return run, one


def _run_pattern_texts(particles: frozenset[str]) -> list[tuple[str, int]]:
    upper = _uppercase_class()
    word = _word(upper)
    spaced = _spaced(particles)
    words = "|".join(re.escape(c) for c in CONNECTORS if c.isalpha())
    one = rf"(?:{_ARTICLE_PREFIX})?{word}|\b(?:{spaced}|{words})\b|&"
    # The first capital is looked for with a class of two ranges (the ASCII capitals and every character past
    # ASCII), which the engine tests in a few steps where the class of every capital takes a table look-up at
    # each character of the text; a look-behind then keeps the capitals only.
    run = rf"{_CAPITALS_AND_MORE}(?<={upper})(?<![^\W_].){_word_after_capital(upper)}{_run_more_words(particles, upper)}"
    return [(run, 0), (one, 0)]


def run_spans(run_re: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of name words in ``text``, for a pattern from `run_patterns`."""
    for match in run_re.finditer(text):
        start, end = match.span()
        if start and text[start - 1] in HYPHENS:
            start = run_start(text, start)
        yield start, end


def run_start(text: str, start: int) -> int:
    """Where a run whose first capital is at ``start`` begins: at an Arabic article before it, if any.

    "al-Zahar" is a run from the "a" when no letter or digit comes before the
    article; the rest of it is the run from "Z", which ends where it would.
    """
    if start < 3 or text[start - 1] not in HYPHENS:
        return start
    for article in ARABIC_ARTICLE_PREFIXES:
        begin = start - 1 - len(article)
        if begin >= 0 and text.startswith(article, begin) and (begin == 0 or not text[begin - 1].isalnum()):
            return begin
    return start


def reference_run_pattern(particles: frozenset[str]) -> re.Pattern[str]:
    """The run pattern as first written: slower, kept so that tests can check `run_patterns` against it."""
    upper = _uppercase_class()
    spaced = _spaced(particles)
    return re.compile(rf"(?<![^\W_])(?:{_ARTICLE_PREFIX})?{_word(upper)}{_more_words(spaced, _word(upper))}")


# A middle initial ("Eric H. Holder") or "St." ("St. Louis") keeps its dot when a capitalised word follows;
# "Jr." and "Sr." keep theirs always ("James R. Clapper Jr.").
_DOTTED = r"(?:(?:t|aint)?\.(?=[ \t]{upper}[^\W_])|(?<=[JS])r\.(?![^\W_]))"


def _word(upper: str) -> str:
    dotted = _DOTTED.format(upper=upper)
    return rf"(?:{upper}(?:\.{upper})+\.?|{upper}{dotted}|{upper}[^\W_]*(?:['’][^\W_]+)*(?:[{HYPHENS}][^\W_]+(?:['’][^\W_]+)*)*)"


def _word_after_capital(upper: str) -> str:
    """`_word` once its first capital is taken (the same alternatives, in the same order). The first two
    need a dot next, or the "t"/"aint" of "St."/"Saint", or the "r" of "Jr."/"Sr.": a look-ahead for those
    letters skips both at most capitals, where the engine would set each up and see it fail."""
    dotted = _DOTTED.format(upper=upper)
    return rf"(?:(?=[.tar])(?:(?:\.{upper})+\.?|{dotted})|[^\W_]*(?:['’][^\W_]+)*(?:[{HYPHENS}][^\W_]+(?:['’][^\W_]+)*)*)"


# What the first capital of a run is looked for with: every capital is in it (`_uppercase_class` reads the BMP)
_CAPITALS_AND_MORE = "[A-Z\u0080-\uffff]"


def _run_more_words(particles: frozenset[str], upper: str) -> str:
    """`_more_words` for the run pattern: the same words, matched the same way. A word after the blank opens
    with a particle, an Arabic article or a capital: a look-ahead for their first letters ends most runs
    at the blank; the particles' ``{0,2}`` is written as two nested optional groups (the same tries, in the
    same order), which the engine runs without its general repeat."""
    openers = sorted({p[0] for p in particles if p} | {a[0] for a in ARABIC_ARTICLE_PREFIXES})
    particle = rf"(?:{_spaced(particles)})[ \t]"
    word = rf"{upper}{_word_after_capital(upper)}"  # `_word`: its three alternatives share the capital
    guard = rf"(?=[{''.join(map(re.escape, openers))}]|{upper})"
    return rf"(?:[ \t]{guard}(?:{particle}(?:{particle})?)?(?:{_ARTICLE_PREFIX})?{word})*"


def _spaced(particles: frozenset[str]) -> str:
    return "|".join(sorted((re.escape(p) for p in particles), key=len, reverse=True)) or "(?!)"


def _more_words(spaced: str, word: str) -> str:
    return rf"(?:[ \t](?:(?:{spaced})[ \t]){{0,2}}(?:{_ARTICLE_PREFIX})?{word})*"


# A player's position after a side's name: "Norwich striker Keith O'Neill", "Surrey all-rounder Adam Hollioake"
SPORTS_ROLE = re.compile(
    r"(?:['’]s?)? (?:captain|coach|manager|striker|forward|defender|midfielder|goalkeeper|batsman|bowler|pitcher|"
    r"shortstop|skipper|playmaker|winger|fly-half|scrum-half|all-rounder|outfielder|catcher|infielder|quarterback|"
    r"wicketkeeper|reliever|fullback|full-back|centre-back|sweeper)\b"
)
# A side beaten or met, named with "the": "beat the Angels", "a 25-23 victory over the Saracens"
BEATEN_THE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|blanked|edged|routed|downed|trounced|swept|whipped|thrashed|"
    r"(?:victory|victories|win|wins|loss|losses) (?:over|against|to)|lost to|drew with|draw with) the $"
)
# A North American broadcaster's call sign: K or W and three letters, maybe a band ("KTVI", "WBUR-FM")
CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT|CD|LP))?")
