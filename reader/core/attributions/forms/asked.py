"""The question form: `Asked whether he would run, Priebus said ...`, `..., she said when asked about the plan`.

A sentence-initial (or "when"/"if"-led) "asked" reports a question put to
someone: the cue is "asked", the content the question up to the next comma,
and the source whoever asked it ("asked by a reporter whether ..."), often
nobody named. PolNeAR annotates these as attributions of their own. One
anchored regular expression per cue.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, trim
from reader.core.attributions.sources import previous_token, skip_space
from reader.core.model import Span
from reader.core.text.quotes import Quote, QuoteIndex

# Words "asked" may follow: a subordinator ("when asked"), or a passive auxiliary ("Rubio was asked by ... whether").
_LEAD_WORDS = frozenset({"when", "if", "once", "after", "before", "was", "were", "been", "being", "is", "are", "got", "get"})
# What an asked question opens with, after optional circumstances ("later in the day", "on Monday", "by Ingraham").
_QUESTION = re.compile(r"(?:whether|if|what|why|how|who|whom|when|where|which|about|to)\b", re.I)
_BY = re.compile(
    r"\bby\s+((?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+?)(?=\s+(?:whether|if|what|why|how|who|about|to|on|at|in|during)\b|,)"
)
MAX_CIRCUMSTANCE = 80  # characters between "asked" and the question


def asked(text: str, sentence: Span, cue: Span, quotes: QuoteIndex | None = None) -> Found | None:
    lead = LEADING_CONJUNCTION.match(text, sentence.start, cue.start)
    opening = skip_space(text, lead.end() if lead else sentence.start, cue.start)
    previous = previous_token(text, sentence.start, cue.start).lower()
    if opening != cue.start and previous not in _LEAD_WORDS:
        return None
    if previous in _PASSIVE and quotes is not None and (quoted := _quoted_question(text, cue.end, sentence.end, quotes)):
        return Found(cue, None, quoted.inner, "direct", "asked", "ask", None)  # `Okafor was asked, "Q?"`
    comma = text.find(",", cue.end, sentence.end)
    end = comma if comma >= 0 else sentence.end
    question = _QUESTION.search(text, cue.end, min(end, cue.end + MAX_CIRCUMSTANCE))
    if question is None:
        return None
    content = trim(text, Span(question.start(), end))
    if len(content) == 0:
        return None
    by = _BY.search(text, cue.end, question.end())
    source = Span(by.start(1), by.end(1)) if by is not None else None
    return Found(cue, source, content, "indirect", "asked", "ask", None)


_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are"})


def _quoted_question(text: str, pos: int, end: int, quotes: QuoteIndex) -> Quote | None:
    """The quotation right after a passive "asked" and a comma or colon (`was asked, "Q?"`): the question put."""
    pos = skip_space(text, pos, end)
    if text[pos : pos + 1] not in (",", ":"):
        return None
    return quotes.starting_at(skip_space(text, pos + 1, end))
