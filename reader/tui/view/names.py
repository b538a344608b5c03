"""What the app calls an article on screen: its outlet (source or site), not only its letter."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import urlsplit

from reader.core.model import Analysis, Article


def outlet_name(article: Article) -> str:
    """``Article.display_name`` when the loader provides one; else the source, the URL's host, the file stem, the id."""
    name = getattr(article, "display_name", None)
    if name:
        return str(name)
    if article.source:
        return article.source
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return PurePath(article.path).stem or article.id


def lettered(article: Article) -> str:
    """``A (Reuters)``: the letter the sidebar and status use, with the outlet."""
    return f"{article.id} ({outlet_name(article)})"


def analysis_summary(analysis: Analysis, articles: Sequence[Article], pair: tuple[Article, Article], shown: int) -> str:
    """``8 shared passages between A (Reuters) and B (AP) · 17 across 3 articles · 40 actors`` (``shown``: the
    shared passages between the ``pair`` of articles on screen)."""
    actors = f"{len(analysis.actors)} actors"
    if len(articles) == 1:
        return f"One article, nothing to compare · {actors}"
    here = f"{shown} shared passages between {lettered(pair[0])} and {lettered(pair[1])}"
    if len(articles) == 2:
        return f"{here} · {actors}"
    return f"{here} · {len(analysis.matches)} across {len(articles)} articles · {actors}"
