"""What every discrepancy finder sees of one match, and what it returns."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import Article, Attribution, Match, Passage, Severity, Span
from reader.core.text.tokens import Token, tokenize

# A passage longer than this is looked at only up to here: work per match stays bounded.
MAX_PASSAGE = 3000


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a match: the article, the passage, its words, whom it credits, which actors it names."""

    article: Article
    passage: Passage
    tokens: list[Token]
    credits: tuple[Attribution, ...]
    mentions: tuple[tuple[int, int, str], ...]  # (start, end, Actor.id) inside the passage

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def slice(self, span: Span) -> str:
        return self.article.text[span.start : span.end]


def make_side(
    article: Article, passage: Passage, credits: tuple[Attribution, ...], mentions: tuple[tuple[int, int, str], ...]
) -> Side:
    end = min(passage.end, passage.start + MAX_PASSAGE)
    return Side(article, passage, tokenize(article.text, passage.start, end), credits, mentions)


@dataclass(frozen=True, slots=True)
class Pair:
    match: Match
    a: Side
    b: Side


@dataclass(frozen=True, slots=True)
class Found:
    """A discrepancy before it gets its id: spans in side a's and side b's article."""

    kind: str
    a: Span
    b: Span
    summary: str
    severity: Severity
    detail: str = ""


def clip(text: str, limit: int = 70) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def summary(pair: Pair, a_text: str, b_text: str) -> str:
    """``A: 23 defendants · B: 22 defendants``."""
    return f"{pair.a.id}: {clip(a_text)} · {pair.b.id}: {clip(b_text)}"


def stem(word: str) -> str:
    """A crude stem, enough to pair "defendants" with "defendant" and "injured" with "injures"."""
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
