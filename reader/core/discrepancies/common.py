"""What every discrepancy finder sees of one match, and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.core.model import Article, Attribution, DiscrepancyPlace, Match, Passage, Severity, Span
from reader.core.text.tokens import Token, tokenize

# A passage longer than this is looked at only up to here: work per match stays bounded.
MAX_PASSAGE = 3000


Mention3 = tuple[int, int, str]  # (start, end, Actor.id)


class Side:
    """One side of a match: the article, the passage, its words, whom it credits, which actors it names.

    The words are tokenised on first use: most passages are dismissed by a cheap
    look at their raw text (no digit, no negation, no quotation).
    """

    __slots__ = ("_credits", "_find_credits", "_find_mentions", "_mentions", "_raw", "_tokens", "article", "passage")

    def __init__(
        self,
        article: Article,
        passage: Passage,
        credits: tuple[Attribution, ...] | Callable[[Passage], tuple[Attribution, ...]] = (),
        mentions: tuple[Mention3, ...] | Callable[[Passage], tuple[Mention3, ...]] = (),
    ) -> None:
        """``credits`` and ``mentions`` may be given, or functions of the passage that find them on first use."""
        self.article = article
        self.passage = passage
        self._credits = credits if isinstance(credits, tuple) else None
        self._find_credits = None if isinstance(credits, tuple) else credits
        self._mentions = mentions if isinstance(mentions, tuple) else None
        self._find_mentions = None if isinstance(mentions, tuple) else mentions
        self._tokens: list[Token] | None = None
        self._raw: str | None = None

    @property
    def credits(self) -> tuple[Attribution, ...]:
        """The attributions crediting the passage."""
        if self._credits is None:
            self._credits = self._find_credits(self.passage) if self._find_credits is not None else ()
        return self._credits

    @property
    def mentions(self) -> tuple[Mention3, ...]:
        """(start, end, Actor.id) of the actor mentions inside the passage."""
        if self._mentions is None:
            self._mentions = self._find_mentions(self.passage) if self._find_mentions is not None else ()
        return self._mentions

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            end = min(self.passage.end, self.passage.start + MAX_PASSAGE)
            self._tokens = tokenize(self.article.text, self.passage.start, end)
        return self._tokens

    @property
    def raw(self) -> str:
        """The passage's text (up to `MAX_PASSAGE` characters)."""
        if self._raw is None:
            self._raw = self.article.text[self.passage.start : min(self.passage.end, self.passage.start + MAX_PASSAGE)]
        return self._raw

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def slice(self, span: Span) -> str:
        return self.article.text[span.start : span.end]


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
    place: DiscrepancyPlace = "match"  # set where the finding is filed: "elsewhere" by `find`


def placed(found: Found, place: DiscrepancyPlace) -> Found:
    """``found`` filed at ``place``: `dataclasses.replace` without its checks (this runs for every finding beside
    a match, 17,000 of them on two documents thick with numbers)."""
    return Found(found.kind, found.a, found.b, found.summary, found.severity, found.detail, place)


def sided_found(pair: Pair, spans: dict[str, Span], texts: dict[str, str], severity: Severity, detail: str) -> Found:
    """An attribution finding from each side's span and words, keyed by side id, in the pair's order."""
    a, b = pair.a.id, pair.b.id
    return Found("attribution", spans[a], spans[b], f"{a}: {texts[a]} · {b}: {texts[b]}", severity, detail)


def clip(text: str, limit: int = 70) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def summary(pair: Pair, a_text: str, b_text: str) -> str:
    """``A: 23 defendants · B: 22 defendants``."""
    return f"{pair.a.id}: {clip(a_text)} · {pair.b.id}: {clip(b_text)}"


# A final s that is no plural ending ("caucus", "congress", "crisis"): cut, "caucus" would not meet its plural
# ("caucu" / "caucus" from "caucuses"). (A plural in -es of a word in -is, "crises", still does not meet it.)
_NO_PLURAL = ("us", "ss", "is")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to pair "defendants" with "defendant", "injured" with "injures", "caucuses" with
    "caucus", "companies" with "company" and "denied" with "denies"."""
    if word.endswith(_NO_PLURAL):
        return word
    if word.endswith(("ies", "ied")) and len(word) >= 6:
        return word[:-3] + "y"  # "companies", "denied", "carried", "studies"
    for suffix in ("es", "s", "ed", "ing"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in ".,;:!?\"“”‘’'()[]{}—–-/"})


def rough_words(text: str) -> set[str]:
    """The lower-cased words of ``text``, split at spaces and punctuation (fast, for a first look)."""
    return set(text.lower().translate(_PUNCTUATION_TO_SPACE).split())


def nearest_match(between: Sequence[Match], start_a: int, start_b: int) -> Match:
    """The match of ``between`` (at least one) closest to both positions: the one to list a finding under."""
    return min(between, key=lambda m: abs(m.a.start - start_a) + abs(m.b.start - start_b))
