"""Numbers: the two sides of a match give different quantities for the same thing.

Quantities pair by what they are (money with money of a compatible currency,
a percentage with a percentage, a weekday with a weekday) and, for counts, by
what they count ("23 defendants" with "22 other defendants", not with "15
years"). Equal quantities pair first and are dropped, however they are written
("30,000 Egyptian pounds" / "30,000 pounds", "1 million" / "one million" /
"1m"); what pairs after that is reported as *close* (within rounding, or a
hedged "about" figure within 5%) or *different*.
"""

from __future__ import annotations

from reader.core.discrepancies.common import Found, Pair, Side, stem, summary
from reader.core.discrepancies.quantities import Quantity, quantities
from reader.core.model import Passage, Severity

# Categories compared with each other even when a side has several: the value says what it is.
_BY_CATEGORY = frozenset({"money", "percent", "age", "weekday", "date", "year", "time", "tally", "duration"})
GENERIC = frozenset(stem(w) for w in "people persons men women children times others members cases things ones".split())
_CONTEXT_NEEDED = {"money": 1, "age": 1}
_NAMES = {"weekday": "day", "date": "date", "year": "year", "time": "time", "tally": "vote"}


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.category != b.category:
        return False
    if a.category == "money":
        assert a.currency is not None and b.currency is not None
        return a.currency[0] == b.currency[0] and (
            a.currency[1] is None or b.currency[1] is None or a.currency[1] == b.currency[1]
        )
    if a.category == "count":
        if a.noun is not None and a.noun == b.noun:
            # "people", "times" count anything: the words around must agree too ("killing 247 people").
            return a.noun not in GENERIC or len(a.context & b.context) >= 2
        return a.noun is not None and b.noun is not None and bool(a.context & b.context) and a.noun in b.context | {b.noun}
    return True


def _equal(a: Quantity, b: Quantity) -> bool:
    if isinstance(a.value, str) or isinstance(b.value, str):
        return a.value == b.value
    return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value))


def compare(a: Quantity, b: Quantity) -> str:
    """``equal``, ``close`` (within rounding, or a hedged figure within 5%) or ``different``.

    A bound holds the other figure ("more than $10,000" / "$10,977"), and a figure its writer rounded
    ("nearly $44 million", "$15 million") is the other one rounded ($43,885,310; $14,959,450): both
    are the same quantity written differently, so ``equal``.
    """
    if _equal(a, b):
        return "equal"
    if isinstance(a.value, str) or isinstance(b.value, str) or a.category in ("weekday", "date", "year", "time"):
        return "different"
    if _within_bound(a, b) or _within_bound(b, a):
        return "equal"
    low, high = sorted((abs(a.value), abs(b.value)))
    if high == 0:
        return "equal"
    if _written_rounded(a, b) or _written_rounded(b, a):
        return "equal"
    gap = (high - low) / high
    if gap <= 0.01 or ((a.approximate or b.approximate) and gap <= 0.05) or _rounds_to(a.value, b.value):
        return "close"
    return "different"


def _within_bound(bound: Quantity, other: Quantity) -> bool:
    """Whether ``other`` lies inside the bound ``bound`` sets ("over 300" holds 313.89)."""
    assert not isinstance(bound.value, str) and not isinstance(other.value, str)
    if bound.bound is None or other.bound is not None:
        return False
    return other.value >= bound.value if bound.bound == "min" else other.value <= bound.value


def _written_rounded(rough: Quantity, exact: Quantity) -> bool:
    """Whether ``rough``, hedged or written with "million" and the like, is ``exact`` rounded at its last digit."""
    assert not isinstance(rough.value, str) and not isinstance(exact.value, str)
    if not (rough.rounded or rough.approximate) or exact.rounded or exact.approximate or rough.bound is not None:
        return False  # a bound the other figure lies outside ("up to 300" / 313) is not a rounding
    return _rounds_to(rough.value, exact.value)


def _rounds_to(x: float, y: float) -> bool:
    """Whether the rounder of the two is the other rounded ("1.5 million" for 1,480,000)."""
    for rough, exact in ((x, y), (y, x)):
        if rough == 0 or not float(rough).is_integer() or rough % 100:
            continue  # (a whole figure ends in two zeros or more exactly when it is a multiple of 100: most do not)
        digits = len(str(int(abs(rough)))) - len(str(int(abs(rough))).rstrip("0"))
        if digits >= 2 and round(exact, -digits) == rough:
            return True
    return False


def _need(a: Quantity, b: Quantity, need: int) -> int:
    """Context words two amounts must share: one more when one is over three times the other (then it is
    more likely another amount of the same story: "earned $141 million" / "earned nearly $10 million in fees")."""
    if a.category == "money" and not isinstance(a.value, str) and not isinstance(b.value, str):
        low, high = sorted((abs(a.value), abs(b.value)))
        if low and high / low > 3:
            return need + 1
    return need


def _dates_alike(a: Quantity, b: Quantity) -> bool:
    return a.category == b.category == "weekday" and a.noun is not None and a.noun == b.noun


def _pairs(left: list[Quantity], right: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Equal compatible quantities pair first (and drop out), then the rest in order of position."""
    right = list(right)
    unequal = []
    for q in left:
        twin = next((k for k, r in enumerate(right) if _compatible(q, r) and _equal(q, r)), None)
        if twin is None:
            unequal.append(q)
        else:
            del right[twin]
    left = unequal
    paired = []
    for q in left:
        candidates = [r for r in right if _compatible(q, r)]
        if q.category == "count" or q.category not in _BY_CATEGORY:
            candidates = [r for r in candidates if r.noun == q.noun] or candidates
        else:
            # A date, a percentage, a duration says nothing of what it is about: the words around it must
            # agree ("won 52% of the vote" / "won 48% of the vote", not "24 percent fewer drinks" / "a 20% tax").
            need = _CONTEXT_NEEDED.get(q.category, 2)
            # A day dating the same word on both sides ("published Saturday" / "an article published Sunday")
            # is the day of one thing, whatever else is around it.
            candidates = [r for r in candidates if len(r.context & q.context) >= _need(q, r, need) or _dates_alike(q, r)]
            # The one whose words agree most ("paid $43 million in federal taxes" / "paid nearly $44 million in
            # federal income taxes", not "earned $141 million and paid"); the first of those.
            candidates.sort(key=lambda r: -len(r.context & q.context))
        if candidates:
            paired.append((q, candidates[0]))
            right.remove(candidates[0])
    return paired


def quantities_of(side: Side, canonical: dict[str, str], known: dict[Passage, list[Quantity]] | None = None) -> list[Quantity]:
    """The quantities of one side's passage; ``known`` keeps them by passage (a passage recurs across matches)."""
    if known is not None and (found := known.get(side.passage)) is not None:
        return found
    found = quantities(side.text, side.tokens, canonical)
    if known is not None:
        known[side.passage] = found
    return found


def find_numbers(pair: Pair, canonical: dict[str, str], known: dict[Passage, list[Quantity]] | None = None) -> list[Found]:
    """Quantities the two sides give differently; ``known`` caches each passage's quantities (same ``canonical``)."""
    left = quantities_of(pair.a, canonical, known)
    if not left:
        return []
    right = quantities_of(pair.b, canonical, known)
    if not right:
        return []
    found = []
    for qa, qb in _pairs(left, right):
        verdict = compare(qa, qb)
        severity: Severity
        if verdict == "equal":
            continue
        if verdict == "close":
            severity = "low"
        elif isinstance(qa.value, str) or isinstance(qb.value, str) or qa.category in _NAMES:
            severity = "medium"
        else:
            low, high = sorted((abs(qa.value), abs(qb.value)))
            severity = "high" if high and (high - low) / high >= 0.1 else "medium"
        found.append(
            Found(
                "number",
                qa.span,
                qb.span,
                summary(pair, pair.a.slice(qa.span), pair.b.slice(qb.span)),
                severity,
                f"{verdict} {qa.category}",
            )
        )
    return found
