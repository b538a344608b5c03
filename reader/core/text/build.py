"""An `Article` over a text held in memory: the one place paragraphs and sentences are attached."""

from __future__ import annotations

from typing import Any

from reader.core.model import Article
from reader.core.text import segment


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
        sentences=segment.sentences(text, paragraphs),
        **metadata,
    )
