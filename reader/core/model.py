"""The data model shared by every layer of `reader`.

Everything here is an immutable dataclass. Every span is a pair of Python
string offsets ``(start, end)`` (end exclusive) into ``Article.text``, the
normalised body that the user sees. Nothing in this module (nor anywhere in
the analysis core) imports Textual.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

MatchKind = Literal["verbatim", "paraphrase"]
ActorKind = Literal["person", "organization", "country", "group", "media", "place", "other"]
ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "group", "media", "place", "other")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into one article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[Span]:
    """``spans`` sorted, with overlapping or touching ones joined into one."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1].end:
            if end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, end)
        else:
            merged.append(Span(start, end))
    return merged


@dataclass(frozen=True, slots=True)
class Article:
    """One loaded article: its body text, metadata and segmentation."""

    id: str  # short, unique within one run: "A", "B", ... in command-line order
    path: str
    text: str  # the normalised body; every offset in the program indexes this
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    # Scraped furniture kept out of the body: photo captions, credits.
    caption: str | None = None
    credit: str | None = None
    # Things the loader did that the user should hear about (e.g. "decoded as cp1252").
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # The stages find "the sentence holding offset x" by bisection over these spans, which is
        # right only when they are in text order and apart, as the segmenter makes them.
        for name, spans in (("sentences", self.sentences), ("paragraphs", self.paragraphs)):
            if any(a.end > b.start for a, b in itertools.pairwise(spans)):
                raise ValueError(f"article {self.id}: {name} must be in text order and must not overlap")

    @property
    def label(self) -> str:
        """A human label: the title, else the file name."""
        if self.title:
            return self.title
        return self.path.rsplit("/", 1)[-1]

    @property
    def display_name(self) -> str:
        """The outlet, for panes, reports and JSON: the source (a web page's site name), else the
        URL's host ("bbc.com"), else the file name without its extension ("nyt" for nyt.txt)."""
        if self.source:
            return self.source
        if self.url:
            try:
                host = urlsplit(self.url).hostname if "://" in self.url else None
            except ValueError:  # "http://[::1" and other malformed addresses
                host = None
            if host:
                return host.removeprefix("www.")
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1].strip("<>")
        stem, dot, _ = name.rpartition(".")
        return stem if dot and stem else name or self.id

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Passage:
    """A span inside a named article (a match side, a mention, a search hit)."""

    article: str  # Article.id
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(frozen=True, slots=True)
class SharedRun:
    """A run of words that both sides of a match share, as spans in each article."""

    a: Span
    b: Span


@dataclass(frozen=True, slots=True)
class Match:
    """Two passages, one in each of two articles, that report the same thing."""

    id: str
    a: Passage
    b: Passage
    score: float  # 0..100
    kind: MatchKind
    shared: tuple[SharedRun, ...] = ()
    cluster: str | None = None  # Cluster.id when three or more articles are loaded


@dataclass(frozen=True, slots=True)
class Cluster:
    """Passages in several articles that all report the same thing."""

    id: str
    members: tuple[Passage, ...]

    @property
    def article_count(self) -> int:
        return len({m.article for m in self.members})


@dataclass(frozen=True, slots=True)
class Mention:
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    parent: str | None = None  # Actor.id of e.g. the state a ministry belongs to
    from_gazetteer: bool = False


MentionEntry = tuple[int, int, str]  # (start, end, Actor.id): one mention, as span lookups index it


def mentions_by_article(actors: Iterable[Actor]) -> dict[str, list[MentionEntry]]:
    """(start, end, Actor.id) of every mention of ``actors``, by article id, each list sorted.

    Built once per analysis and handed to each article's stage, not filtered out of every actor's mentions
    again for each article (with twenty articles, every mention read twenty times).
    """
    by_article: dict[str, list[MentionEntry]] = {}
    for actor in actors:
        for m in actor.mentions:
            found = by_article.get(m.article)
            if found is None:
                found = by_article[m.article] = []
            found.append((m.start, m.end, actor.id))
    for found in by_article.values():
        found.sort()
    return by_article


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who (source) says (cue) what (content), in one article."""

    id: str
    article: str
    cue: Span
    content: Span
    kind: str  # direct | indirect | mixed | according-to | object | ...
    anonymous: bool
    source: Span | None = None
    source_actor: str | None = None  # Actor.id when the source resolves to one
    cue_class: str | None = None  # say | report | reveal | claim | accuse | deny | confirm | warn | ask ...


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: str
    start: int  # the sentence (or passage) holding the match
    end: int
    score: float  # 0..100
    matched: tuple[Span, ...] = ()  # the words that matched, inside [start, end)


DiscrepancyKind = Literal["number", "attribution", "quote", "polarity", "name"]
DISCREPANCY_KINDS: tuple[str, ...] = ("number", "attribution", "quote", "polarity", "name")
Severity = Literal["high", "medium", "low"]
DiscrepancyPlace = Literal["match", "beside", "elsewhere"]


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """Where two sides of one match disagree: a number, a source, a quote's words, a negation, a name.

    ``a`` and ``b`` are the disagreeing words in each article (inside or next to
    the match's passages); ``summary`` says it in one line ("A: 23 defendants · B:
    22 defendants"); ``detail`` refines the kind ("different", "close",
    "credited vs fact", ...).
    """

    id: str
    kind: DiscrepancyKind
    match: str  # Match.id
    a: Passage
    b: Passage
    summary: str
    severity: Severity
    detail: str = ""
    cluster: str | None = None  # the match's Cluster.id when three or more articles are loaded
    # Where the two sides were found: "match" (the match's passages, or a claim's source just outside them),
    # "beside" (a sentence next to the match the alignment left unpaired), "elsewhere" (sentences no match pairs;
    # ``match`` is then the match nearest to both, the one it is listed under).
    place: DiscrepancyPlace = "match"


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything `reader` knows about a set of articles."""

    articles: tuple[Article, ...]
    matches: tuple[Match, ...] = ()
    clusters: tuple[Cluster, ...] = ()
    actors: tuple[Actor, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def text_of(self, passage: Passage | Mention) -> str:
        return self.article(passage.article).text[passage.start : passage.end]
