"""Plain text of what is on screen, for the clipboard (`y`): a pair with its outlets, or one passage."""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.model import Article, Passage
from reader.tui.view.names import lettered
from reader.tui.view.pairing import ShownPair


def _quoted(articles: Mapping[str, Article], passage: Passage) -> str:
    article = articles[passage.article]
    return f"{lettered(article)}:\n{article.text[passage.start : passage.end].strip()}"


def pair_text(articles: Mapping[str, Article], pair: ShownPair) -> str:
    """Both sides of a shared passage, each under its outlet, with the score and kind."""
    match = pair.match
    header = f"Shared passage ({match.kind}, score {match.score:.0f})"
    return "\n\n".join([header, _quoted(articles, pair.left), _quoted(articles, pair.right)]) + "\n"


def passage_text(articles: Mapping[str, Article], passage: Passage) -> str:
    return _quoted(articles, passage) + "\n"
