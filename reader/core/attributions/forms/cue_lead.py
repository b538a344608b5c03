"""What may stand between a verb cue and its content: a statement ("said in a statement that") and adverbials of
time, medium or manner ("said on Tuesday that", "told CNN on Sunday that", "said again, however, that"), which
`verb_cue` reads past. Each pattern is tried only after a word it can open with (`lead_after`, `statement_after`).
"""

from __future__ import annotations

import re

from reader.core.text.tokens import MONTH, WEEKDAY

# Adverbials between a cue and its content ("said in a statement on Tuesday that").
_LEAD = re.compile(
    r"(?:\s*,?\s*(?:in\s+an?\s+(?:statement|interview|press\s+release|press\s+conference|speech|address|post|tweet|op-ed)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
    r"|on\s+" + WEEKDAY + r"|(?:last|this|earlier|late|early)\s+(?:week|month|year|night|morning|evening|\w+day)"
    r"|" + WEEKDAY + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|in\s+" + MONTH + r"(?:\s+\d{4})?"
    r"|yesterday|today|earlier|later|again|also|publicly|repeatedly|on\s+(?:Twitter|X|Facebook|Telegram|television)"
    r"|on\s+(?:[A-Z][\w'’.-]*|CNN|ABC|NBC|CBS|MSNBC)(?:\s+[A-Z][\w'’.-]*){0,3}(?=\s+(?:that|he|she|they|it|we|i|the)\b)"
    r"|however\s*,)(?![\w'’-]))+"
)  # whole words only: "argued against" is no "again"
_STATEMENT = re.compile(r"\s*,?\s*in\s+an?\s+(?:statement|interview|press\s+release)\b")
# The word after a cue, past blanks and a comma. Every form of `_LEAD` opens with one of `_LEAD_WORDS` (a weekday
# or a word of its alternatives) followed by no letter, and `_STATEMENT` with "in": after any other word (nearly
# every cue: "said that", "told reporters") neither pattern is tried, where each tried its alternatives at once.
_WORD_AFTER = re.compile(r"\s*,?\s*([A-Za-z]*)")
_LEAD_WORDS = frozenset(
    """in on last this earlier late early later yesterday today again also publicly repeatedly however Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday""".split()
)


def word_after(text: str, pos: int) -> str:
    """The word after ``pos`` past blanks and a comma (letters only; "" when none)."""
    return _WORD_AFTER.match(text, pos).group(1)  # type: ignore[union-attr]  # (every part of it may be empty)


def statement_after(text: str, pos: int, word: str | None = None) -> re.Match[str] | None:
    """`_STATEMENT.match(text, pos)` ("said in a statement"); ``word``: `_WORD_AFTER`'s at ``pos``, when known."""
    word = word_after(text, pos) if word is None else word
    return _STATEMENT.match(text, pos) if word == "in" else None


def lead_after(text: str, pos: int, word: str | None = None) -> re.Match[str] | None:
    """`_LEAD.match(text, pos)` (the adverbials after a cue); ``word``: `_WORD_AFTER`'s at ``pos``, when known."""
    word = word_after(text, pos) if word is None else word
    return _LEAD.match(text, pos) if word in _LEAD_WORDS else None
