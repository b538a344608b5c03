"""Quotations of an article as spans, including quotes that run over paragraphs.

News style continues a long quote into the next paragraph by leaving the
paragraph's quote open and opening the next paragraph with a fresh quote mark;
only the last paragraph closes it. A quote left open at a paragraph end whose
next paragraph does not open with a quote mark is closed at the paragraph end
(scraped text loses closing marks often enough that this must not swallow the
rest of the article).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.model import Article, Span

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARKS = OPENING + CLOSING + STRAIGHT
# Two apostrophes stand for a straight double quote in some archives (''Like this,'' she said).
DOUBLED = "''"
# A quotation inside one closes or opens with it in the same archives: ''I said, 'No,''' he recalled.
TRIPLED = "'''"
_QUOTE_MARK = re.compile(f"{TRIPLED}|{DOUBLED}|[{QUOTE_MARKS}]")


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted text: ``outer`` includes the marks, ``inner`` is what was said."""

    outer: Span
    inner: Span
    paragraphs: int  # how many paragraphs the quote runs over


class QuoteIndex:
    """The quotes of one article, searchable by position."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = quotes
        self._starts = [q.outer.start for q in quotes]
        self._ends = [q.outer.end for q in quotes]

    def starting_at(self, pos: int) -> Quote | None:
        i = bisect.bisect_left(self._starts, pos)
        if i < len(self.quotes) and self._starts[i] == pos:
            return self.quotes[i]
        return None

    def ending_at(self, pos: int) -> Quote | None:
        """The quote whose closing mark ends exactly at ``pos``."""
        i = bisect.bisect_left(self._ends, pos)
        if i < len(self.quotes) and self._ends[i] == pos:
            return self.quotes[i]
        return None

    def enclosing(self, pos: int) -> Quote | None:
        """The quote whose inner text holds ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.quotes[i].inner.start <= pos < self.quotes[i].inner.end:
            return self.quotes[i]
        return None

    def within(self, span: Span) -> list[Quote]:
        i = bisect.bisect_left(self._starts, span.start)
        found = []
        while i < len(self.quotes) and self._starts[i] < span.end:
            found.append(self.quotes[i])
            i += 1
        return found


# The quotes of the last few articles asked about, by the article object's identity: attributions and
# three discrepancy finders ask for one article's quotes, and a key made of the article's text and
# paragraphs would hash every paragraph on every look-up. The article is held with its quotes, so its id
# cannot be reused while the entry lives.
RECENT = 8
_recent: dict[int, tuple[Article, QuoteIndex]] = {}


def find_quotes(article: Article) -> QuoteIndex:
    """The article's quotations, found once per article object (the last `RECENT` are kept)."""
    held = _recent.get(id(article))
    if held is not None and held[0] is article:
        return held[1]
    index = _scan(article.text, article.paragraphs or (Span(0, len(article.text)),))
    _recent[id(article)] = (article, index)
    while len(_recent) > RECENT:
        try:
            del _recent[next(iter(_recent))]  # the oldest (threads may race here: a lost entry is found again)
        except (KeyError, StopIteration, RuntimeError):
            break
    return index


def _scan(text: str, paragraphs: tuple[Span, ...]) -> QuoteIndex:
    quotes: list[Quote] = []
    open_at: int | None = None  # position of the opening mark of the quote in progress
    width = 1  # length of its opening mark
    para_count = 0
    previous_end = 0
    for para in paragraphs:
        if open_at is not None:
            if para.start < len(text) and text[para.start] in OPENING + STRAIGHT:
                para_count += 1
                pos = para.start + 1  # the continuation mark re-opens, it does not close
            elif text.startswith(DOUBLED, para.start):
                para_count += 1
                pos = para.start + 2
            else:
                quotes.append(_quote(open_at, previous_end, previous_end, para_count, width))
                open_at = None
                pos = para.start
        else:
            pos = para.start
        for m in _QUOTE_MARK.finditer(text, pos, para.end):
            i, ch = m.start(), m.group()
            if ch == TRIPLED:  # the doubled mark and the single one of the quotation inside it
                if open_at is None:
                    open_at, para_count, width = i, 1, 2
                else:
                    quotes.append(_quote(open_at, i + 1, i + 3, para_count, width))
                    open_at = None
                continue
            if open_at is None:
                if ch in OPENING or ch == STRAIGHT or ch == DOUBLED or _placed_as_opener(text, i, para.start):
                    open_at, para_count, width = i, 1, len(ch)
            elif ch in CLOSING or ch == STRAIGHT or ch == DOUBLED or _placed_as_closer(text, i, para.end):
                quotes.append(_quote(open_at, i, i + len(ch), para_count, width))
                open_at = None
        previous_end = para.end
    if open_at is not None:
        quotes.append(_quote(open_at, previous_end, previous_end, para_count, width))
    return QuoteIndex(quotes)


# Typed or converted the wrong way round ('here,“ said X', '”Yes,” she said'): a curly mark is read by
# where it stands. English nests single quotes inside double ones, so a double opening mark inside an
# open quote, right after a word or punctuation and before a space, closes it.
def _placed_as_closer(text: str, i: int, end: int) -> bool:
    return i > 0 and not text[i - 1].isspace() and (i + 1 >= end or text[i + 1].isspace())


def _placed_as_opener(text: str, i: int, start: int) -> bool:
    if i == start and text.startswith(_ELLIPSES, i + 1):
        return True  # `” … they are not like him,” she said`: an excerpt opening a paragraph, a closing mark before it
    return (i == start or text[i - 1].isspace()) and i + 1 < len(text) and not text[i + 1].isspace()


_ELLIPSES = (" …", "…", " ...", "...")


def _quote(open_at: int, inner_end: int, outer_end: int, paragraphs: int, width: int = 1) -> Quote:
    return Quote(Span(open_at, outer_end), Span(open_at + width, max(open_at + width, inner_end)), paragraphs)
