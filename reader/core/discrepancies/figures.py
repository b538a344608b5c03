"""Evidence that a credited claim and an uncredited sentence are one claim: a figure both give.

Used by the attribution finder when the alignment pairs two sentences only
loosely: "Mr. Bush said his average federal tax rate was 36 percent" / "Bush
paid an effective tax rate of roughly 36 percent" share little wording but the
figure, and a figure of two digits or more is specific to its claim.
"""

from __future__ import annotations

from reader.core.discrepancies.common import Side
from reader.core.model import Attribution, Span
from reader.core.text.tokens import tokenize

_POSSESSIVES = frozenset("his her its their my our".split())
MIN_DIGITS = 2  # "2" or "three" may count anything; "36" or "1.5" hardly


def is_figure(word: str) -> bool:
    """A figure of two digits or more ("36", "1.5", "43,350"): "two weeks" says little of which claim."""
    return sum(c.isdigit() for c in word) >= MIN_DIGITS


def _figures(text: str, start: int, end: int) -> set[str]:
    return {t.norm for t in tokenize(text, start, end) if is_figure(t.norm)}


def shares_figure(credited: Side, content: Span, fact: Side) -> bool:
    """Whether the credited content and the other side's passage give one figure of two digits or more."""
    mine = _figures(credited.text, content.start, content.end)
    return bool(mine) and bool(mine & _figures(fact.text, fact.passage.start, fact.passage.end))


def about_itself(side: Side, t: Attribution, reach: int = 3) -> bool:
    """Whether the source speaks of itself: a possessive opens the content ("said his rate was ...")."""
    words = tokenize(side.text, t.content.start, t.content.end)[:reach]
    return any(w.norm in _POSSESSIVES for w in words)
