"""What the app calls an article on screen: its outlet (source or site), not only its letter."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit

from reader.core.model import Article


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
