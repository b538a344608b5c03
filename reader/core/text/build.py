"""An `Article` over a text held in memory: the one place paragraphs and sentences are attached."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from reader.core.model import Article
from reader.core.text import segment

_SENTENCES_NOW: ContextVar[bool] = ContextVar("sentences_now", default=True)


@contextmanager
def sentences_later() -> Iterator[None]:
    """Articles built inside come without sentences; `with_sentences` adds them (the same ones) later.

    The app shows the text first and segments in its analysis process: two
    1 MB articles take ~0.2 s of CPU to split into sentences.
    """
    token = _SENTENCES_NOW.set(False)
    try:
        yield
    finally:
        _SENTENCES_NOW.reset(token)


def with_sentences(article: Article) -> Article:
    """``article`` with its sentences (as `article_from_text` would segment them), if it has none."""
    if article.sentences:
        return article
    return dataclasses.replace(article, sentences=segment.sentences(article.text, article.paragraphs))


def article_from_text(text: str, article_id: str = "A", path: str | None = None, **metadata: Any) -> Article:
    """``text`` as given (already normalised), segmented into paragraphs and sentences.

    ``metadata`` are the other `Article` fields (title, source, caption, notes, ...).
    The path defaults to ``<id>.txt``: a name to show, not a file that is read.
    """
    paragraphs = segment.paragraphs(text)
    return Article(
        id=article_id,
        path=path if path is not None else f"{article_id}.txt",
        text=text,
        paragraphs=paragraphs,
        sentences=segment.sentences(text, paragraphs) if _SENTENCES_NOW.get() else (),
        **metadata,
    )
