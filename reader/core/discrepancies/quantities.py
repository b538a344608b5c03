"""Quantities written in a passage: counts, money, percentages, ages, durations, dates and times.

Each quantity keeps its value in one comparable form ("1 million", "one million"
and "1m" are all 1e6; "$1,688" is 1688 dollars), whether it is hedged ("about",
"nearly"), and what it counts: the words after it ("23 other defendants" ->
defendants), so that two reports' quantities pair by meaning, not by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.core.discrepancies.common import stem
from reader.core.lexicons.paraphrases import MULTIPLIERS, NUMBER_WORDS
from reader.core.model import Span
from reader.core.text.tokens import DIGITS, STOPWORDS, Token

Category = str  # count | money | percent | age | duration | time | date | weekday | year | tally

_NUMBER = re.compile(rf"(?:{DIGITS})(?:\.\d+)?")
_SUFFIXED = re.compile(r"(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn)")
_AGE = re.compile(r"(\d+)-years?-old")
_TALLY = re.compile(r"\d+-\d+")
_TENS = {w: v for w, v in NUMBER_WORDS.items() if v >= 20}
WORD_MULTIPLIERS = {w: v for w, v in MULTIPLIERS.items() if len(w) > 2} | {"hundred": 100, "dozen": 12}
LOWER_BOUNDS = frozenset("over more least above exceeding".split())
UPPER_BOUNDS = frozenset("under less fewer most".split())
APPROXIMATE = frozenset(
    "about around nearly almost roughly approximately some over under estimated least up close more less fewer than".split()
)
# Words between a number and the noun it counts: "23 other defendants", "five more people".
_SKIP = frozenset("other more additional further extra new another total of the than a an".split())
CURRENCY_SYMBOLS = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}
CURRENCY_WORDS = {
    "dollar": "dollar",
    "dollars": "dollar",
    "pound": "pound",
    "pounds": "pound",
    "euro": "euro",
    "euros": "euro",
    "yen": "yen",
    "rupee": "rupee",
    "rupees": "rupee",
    "pence": "penny",
    "cents": "cent",
    "francs": "franc",
    "yuan": "yuan",
    "riyals": "riyal",
    "dinars": "dinar",
}
DURATIONS = frozenset("second minute hour day week month year decade century".split())
_DURATION_NOUNS = DURATIONS | {"years"}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_CLOCK = frozenset({"a.m", "p.m", "am", "pm"})
TRIGGER_WORDS = _TRIGGERS = frozenset(NUMBER_WORDS) | frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(WORD_MULTIPLIERS)


@dataclass(frozen=True, slots=True)
class Quantity:
    category: Category
    value: float | str
    span: Span  # the number with its hedge, currency and noun: "about $1,680", "22 other defendants"
    approximate: bool = False
    currency: tuple[str, str | None] | None = None  # (family, country): ("pound", "egyptian")
    noun: str | None = None  # stem of what it counts
    context: frozenset[str] = frozenset()  # stems of the words around it
    # "min" after "more than", "over", "at least"; "max" after "up to", "under", "less than": a bound, not a value.
    bound: str | None = None
    rounded: bool = False  # written with a multiplier word ("$44 million", "2bn"): a figure rounded by its writer


def _word_value(norm: str) -> float | None:
    if norm in NUMBER_WORDS:
        return float(NUMBER_WORDS[norm])
    if "-" in norm:
        tens, _, unit = norm.partition("-")
        if tens in _TENS and unit in NUMBER_WORDS and NUMBER_WORDS[unit] < 10:
            return float(_TENS[tens] + NUMBER_WORDS[unit])
    return None


def _may_start(norm: str) -> bool:
    """Whether a quantity may start at a word: a digit, a trigger word, a hyphen ("twenty-two"), "a"/"an" ("a million")."""
    return norm[:1].isdigit() or norm in _TRIGGERS or "-" in norm or norm in ("a", "an")


# `_may_start` of each word seen, kept: a passage's words are mostly words seen before (a word list, no text).
_STARTS: dict[str, bool] = {}
_MAX_STARTS = 200_000


def _start_indices(tokens: list[Token]) -> list[int]:
    """The indices of the words a quantity may start at (`_may_start`), each word's answer looked up."""
    starts = _STARTS
    if len(starts) > _MAX_STARTS:
        starts.clear()
    out = []
    for k, t in enumerate(tokens):
        may = starts.get(t.norm)
        if may is None:
            may = starts[t.norm] = _may_start(t.norm)
        if may:
            out.append(k)
    return out


def quantities(text: str, tokens: list[Token], canonical: dict[str, str] | None = None) -> list[Quantity]:
    """The quantities written in ``tokens`` (words of ``text``), in order."""
    canonical = canonical or {}
    found: list[Quantity] = []
    i = 0
    for k in _start_indices(tokens):  # (`_quantity_at` is asked only here: most words start none)
        if k < i:
            continue  # inside the quantity before
        i = first = k
        quantity, i = _quantity_at(text, tokens, i, canonical)
        if quantity is not None:
            if not quantity.context and quantity.category != "count":  # (a count's is worked out already, the same)
                q = quantity  # with the words around it (a direct call: `dataclasses.replace` is slow)
                quantity = Quantity(
                    q.category,
                    q.value,
                    q.span,
                    q.approximate,
                    q.currency,
                    q.noun,
                    _context(tokens, first, i, canonical),
                    q.bound,
                    q.rounded,
                )
            found.append(quantity)
    return _parts_of_wholes(text, found)


# "340 of its 600 pilots": the first figure counts the pilots, the second their whole.
_PART_OF = re.compile(r"\s+of\s+(?:(?:its|the|their|his|her|our|all|some)\s+)?")
WHOLE = "whole of "  # prefix of a whole's noun, so "600 pilots" in "340 of its 600 pilots" meets no "600 pilots"


def _parts_of_wholes(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give a part ("340 of its 600 pilots") the noun of its whole, and mark the whole as one: read alone, the
    whole is a count of the noun, and "about 340 pilots" in the other article is not a different count of it."""
    for k in range(len(found) - 1):
        part, whole = found[k], found[k + 1]
        if (
            part.category == "count"
            and whole.category == "count"
            and part.noun is None
            and whole.noun is not None
            and _PART_OF.fullmatch(text, part.span.end, whole.span.start)
        ):
            found[k] = replace(part, noun=whole.noun)  # (rare: `replace`'s cost does not matter here)
            found[k + 1] = replace(whole, noun=WHOLE + whole.noun)
    return found


_DAY_WORDS = frozenset("on last this next late early".split())
# Words of speaking: a day dating any of them dates when the source spoke ("said in an interview Tuesday" /
# "said on Monday" give two days for one saying).
SPEAKING = "speaking"
_SPEAKING_WORDS = frozenset(
    "said says say saying told tells tell spoke speaks interview statement remarks speech announced announces"
    " testified testifies".split()
)


def _dated(tokens: list[Token], i: int, canonical: dict[str, str]) -> str | None:
    """The word a weekday dates, right before it past "on", "last" and the like: "published Saturday" -> publish;
    any word of speaking -> `SPEAKING`. Kept as the weekday's `noun`."""
    k = i - 1
    while k >= 0 and tokens[k].norm in _DAY_WORDS:
        k -= 1
    if k < 0 or tokens[k].end < tokens[i].start - 40:
        return None
    if tokens[k].norm in _SPEAKING_WORDS:
        return SPEAKING  # (before the stopword test: "said" is one)
    if not tokens[k].norm.isalpha() or tokens[k].norm in STOPWORDS:
        return None
    return stem(canonical.get(tokens[k].norm, tokens[k].norm))


_NOT_CONTEXT = STOPWORDS | _SKIP | APPROXIMATE


def _context(tokens: list[Token], start: int, end: int, canonical: dict[str, str]) -> frozenset[str]:
    """The stems of the two words before ``tokens[start:end]`` and the three after, content words only."""
    found = set()
    for near in (tokens[max(0, start - 2) : start], tokens[end : end + 3]):
        for t in near:
            w = t.norm
            if w not in _NOT_CONTEXT and w.isalpha():
                found.add(stem(canonical.get(w, w)))
    return frozenset(found)


def _quantity_at(text: str, tokens: list[Token], i: int, canonical: dict[str, str]) -> tuple[Quantity | None, int]:
    token = tokens[i]
    norm = token.norm  # (a word a quantity may start at: `quantities` asks only at those, `_start_indices`)
    previous = tokens[i - 1].norm if i else ""
    if norm in WEEKDAYS:
        return Quantity("weekday", float(WEEKDAYS[norm]), token.span, noun=_dated(tokens, i, canonical)), i + 1
    if norm in MONTHS and text[token.start].isupper():
        date = _date(tokens, i)
        if date.value % 100 or (len(norm) > 3 and norm != "march"):
            after = i + 1 if date.span.end == token.end else i + 2
            return date, after
    if "-" in norm:  # (both patterns hold a hyphen: most figures are spared the two regex calls)
        if match := _AGE.fullmatch(norm):
            return Quantity("age", float(match.group(1)), token.span, noun="age"), i + 1
        if _TALLY.fullmatch(norm) and not norm.startswith("0"):
            return Quantity("tally", norm, token.span, noun="tally"), i + 1
    value: float | None = None
    rounded = False
    if _NUMBER.fullmatch(norm):
        value = float(norm.replace(",", ""))
    elif match := _SUFFIXED.fullmatch(norm):
        value = float(match.group(1)) * MULTIPLIERS[match.group(2)]
        rounded = True
    elif (word := _word_value(norm)) is not None:
        value = word
    elif norm in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].norm in WORD_MULTIPLIERS:
        value = 1.0
    if value is None or (i + 1 < len(tokens) and tokens[i + 1].norm in MONTHS and text[tokens[i + 1].start].isupper()):
        return None, i + 1
    if (
        previous in ("no", "number")
        and i
        and "." in text[tokens[i - 1].end : token.start]
        or text[token.start - 1 : token.start] == "#"
    ):
        return None, i + 1  # a rank ("the No. 2 position"), not a quantity
    start, j = token.start, i + 1
    # Hedges before: "about", "more than", "at least", "up to".
    k = i - 1
    approximate = False
    hedges: list[str] = []
    while (
        k >= 0
        and k >= i - 2
        and (
            tokens[k].norm in APPROXIMATE
            or (tokens[k].norm == "at" and tokens[k + 1].norm in ("least", "most"))
            or (tokens[k].norm == "to" and k and tokens[k - 1].norm == "up")
            or (tokens[k].norm == "up" and tokens[k + 1].norm == "to")
        )
    ):
        approximate = True
        hedges.append(tokens[k].norm)
        start = tokens[k].start
        k -= 1
    bound = "min" if LOWER_BOUNDS.intersection(hedges) else "max" if UPPER_BOUNDS.intersection(hedges) or "up" in hedges else None
    currency: tuple[str, str | None] | None = None
    symbol = text[token.start - 1 : token.start] if token.start else ""
    if symbol in CURRENCY_SYMBOLS:
        country = "us" if text[max(0, token.start - 3) : token.start - 1].upper() == "US" else None
        currency = (CURRENCY_SYMBOLS[symbol], country)
        start = min(start, token.start - 1 - (2 if country else 0))
    while j < len(tokens) and tokens[j].norm in WORD_MULTIPLIERS and tokens[j].start - tokens[j - 1].end <= 2:
        value *= WORD_MULTIPLIERS[tokens[j].norm]
        rounded = rounded or WORD_MULTIPLIERS[tokens[j].norm] >= 1000
        j += 1
    end = tokens[j - 1].end
    # Clock times: "3 p.m.", "10:30 a.m."
    if j < len(tokens) and text[end : end + 1] == ":" and _NUMBER.fullmatch(tokens[j].norm) and tokens[j].start == end + 1:
        value = value * 60 + float(tokens[j].norm)
        end, j = tokens[j].end, j + 1
        if j < len(tokens) and tokens[j].norm in _CLOCK:
            value += 720 if tokens[j].norm.startswith("p") and value < 720 else 0
            end, j = tokens[j].end, j + 1
        return Quantity("time", value, Span(start, end), approximate), j
    if j < len(tokens) and tokens[j].norm in _CLOCK and value <= 12:
        minutes = value * 60 + (720 if tokens[j].norm.startswith("p") and value < 12 else 0)
        return Quantity("time", minutes, Span(start, tokens[j].end), approximate), j + 1
    if previous == "aged" or (j + 1 < len(tokens) and tokens[j].norm in ("year", "years") and tokens[j + 1].norm == "old"):
        span_end = tokens[j + 1].end if previous != "aged" else end
        return Quantity("age", value, Span(start, span_end), approximate, noun="age"), j + (0 if previous == "aged" else 2)
    if text[end : end + 1] == "%" or (j < len(tokens) and tokens[j].norm in ("percent", "pct")):
        span_end = end + 1 if text[end : end + 1] == "%" else tokens[j].end
        j += 0 if text[end : end + 1] == "%" else 1
        return Quantity("percent", value, Span(start, span_end), approximate, noun="percent", bound=bound), j
    if j + 1 < len(tokens) and tokens[j].norm == "per" and tokens[j + 1].norm == "cent":
        return Quantity("percent", value, Span(start, tokens[j + 1].end), approximate, noun="percent"), j + 2
    # Currency words after: "30,000 pounds", "30,000 Egyptian pounds", "2 million US dollars".
    for width in (1, 2):
        if j + width - 1 < len(tokens) and tokens[j + width - 1].norm in CURRENCY_WORDS:
            country = tokens[j].norm if width == 2 else None
            family = CURRENCY_WORDS[tokens[j + width - 1].norm]
            if currency is None or currency[0] == family:
                currency = (family, country or (currency[1] if currency else None))
                end, j = tokens[j + width - 1].end, j + width
            break
    if currency is not None:
        return Quantity("money", value, Span(start, end), approximate, currency, bound=bound, rounded=rounded), j
    if (
        value.is_integer()
        and 1900 <= value <= 2100
        and "," not in norm
        and (
            j >= len(tokens)
            or not tokens[j].norm.isalpha()
            or tokens[j].norm in STOPWORDS
            or any(c in ",.;:)" for c in text[end : tokens[j].start])
        )
    ):
        return Quantity("year", value, token.span), j
    # What it counts: the first content word after, past "other", "more".
    noun_at = j
    while noun_at < len(tokens) and noun_at < j + 3 and tokens[noun_at].norm in _SKIP:
        noun_at += 1
    noun = None
    if noun_at < len(tokens) and tokens[noun_at].norm.isalpha() and tokens[noun_at].norm not in STOPWORDS:
        if tokens[noun_at].start - end <= 20 and "," not in text[end : tokens[noun_at].start]:
            noun = tokens[noun_at].norm
            end = tokens[noun_at].end
            j = noun_at + 1
    if noun is not None and (unit := stem(noun)) in _DURATION_NOUNS:
        return Quantity("duration", value * _unit(unit), Span(start, end), approximate, noun="duration"), j
    key = stem(canonical.get(noun, noun)) if noun else None
    context = _context(tokens, i, j, canonical)
    return Quantity("count", value, Span(start, end), approximate, None, key, context, bound, rounded), j


def _unit(word: str) -> float:
    return {"second": 1 / 3600, "minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760}.get(
        word, {"decade": 87600, "century": 876000}.get(word, 1)
    )


def _date(tokens: list[Token], i: int) -> Quantity:
    """ "Dec. 6", "6 December", "December" alone: (month * 100 + day) as the value."""
    month = MONTHS[tokens[i].norm]
    start, end, day = tokens[i].start, tokens[i].end, 0
    if i + 1 < len(tokens) and tokens[i + 1].norm.isdigit() and int(tokens[i + 1].norm) <= 31:
        day, end = int(tokens[i + 1].norm), tokens[i + 1].end
    elif i and tokens[i - 1].norm.isdigit() and int(tokens[i - 1].norm) <= 31:
        day, start = int(tokens[i - 1].norm), tokens[i - 1].start
    return Quantity("date", float(month * 100 + day), Span(start, end))
