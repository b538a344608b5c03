"""Articles packed for the trip to a child process: a few strings and two arrays instead of ~25,000 Spans.

Pickling a 1 MB article as it is (a dataclass per paragraph and sentence)
takes ~35 ms of the app's CPU, twice per article (the analysis and the search
index each get a copy), in the seconds when the first keys come in. Packed,
it takes about a millisecond, and the child rebuilds the same `Article`.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from reader.core.model import Article, Span

SPAN_FIELDS = ("paragraphs", "sentences")


@dataclass(frozen=True, slots=True)
class PackedArticle:
    fields: dict[str, Any]  # every field of the Article but its spans
    spans: dict[str, array]  # "paragraphs", "sentences": start, end, start, end, ...


def pack(article: Article) -> PackedArticle:
    fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name not in SPAN_FIELDS}
    spans = {name: array("q", [n for span in getattr(article, name) for n in (span.start, span.end)]) for name in SPAN_FIELDS}
    return PackedArticle(fields, spans)


def unpack(packed: PackedArticle | Article) -> Article:
    """The article again (an `Article` passes as it is)."""
    if isinstance(packed, Article):
        return packed
    spans = {name: _spans(flat) for name, flat in packed.spans.items()}
    return Article(**packed.fields, **spans)


def _spans(flat: Sequence[int]) -> tuple[Span, ...]:
    return tuple(Span(start, end) for start, end in zip(flat[::2], flat[1::2]))


def pack_all(articles: Iterable[Article]) -> tuple[PackedArticle, ...]:
    return tuple(pack(article) for article in articles)


def unpack_all(articles: Iterable[PackedArticle | Article]) -> tuple[Article, ...]:
    return tuple(unpack(article) for article in articles)
