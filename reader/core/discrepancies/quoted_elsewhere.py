"""A quotation the alignment pairs better, word for word, elsewhere is no drift.

A speaker may say two things alike ("We've got a big challenge" in an
interview, "We've got a real challenge" later); the alignment can pair one
outlet's first quote with both of the other's. When the words one side quotes
around the change stand, in that order, in a passage of the other article that
a better-scored match pairs with the same words, the weaker pairing is of two
different sayings, not of one quoted two ways. (A better pairing that differs
is kept: it is the one the drift is reported on.)
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.discrepancies.common import Pair, Side
from reader.core.model import Passage, Span
from reader.core.text.tokens import tokenize

MIN_WORDS = 4  # fewer words in a row than this may stand anywhere by chance

# (the match's side, a span on it, the match's score) -> the other side's passages of better-scored matches there
Better = Callable[[Passage, Span, float], list[Passage]]


def _words(side_text: str, start: int, end: int) -> str:
    return f" {' '.join(t.norm for t in tokenize(side_text, start, end))} "


def _verbatim(side: Side, span: Span, other: Side, better: Better, score: float) -> bool:
    words = _words(side.text, span.start, span.end)
    if words.count(" ") - 1 < MIN_WORDS:
        return False
    return any(words in _words(other.text, p.start, p.end) for p in better(side.passage, span, score))


def paired_better(pair: Pair, a_span: Span, b_span: Span, better: Better | None) -> bool:
    """Whether either side's changed words stand as they are in the other article, in a passage a
    better-scored match pairs with them."""
    if better is None:
        return False
    score = pair.match.score
    return _verbatim(pair.a, a_span, pair.b, better, score) or _verbatim(pair.b, b_span, pair.a, better, score)
