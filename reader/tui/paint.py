"""Painting the app's state onto the two panes: pairs, the selected pair, mentions, hits, the current place.

Each function sets one or two of a pane's decoration layers (see
`ArticlePane.set_decorations`), so a change repaints only what it touches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.model import Actor, SearchHit
from reader.tui.view.highlights import hit_decorations, mention_decorations, pair_decorations, selected_decorations
from reader.tui.view.pairing import ShownPair
from reader.tui.view.walk import Walk
from reader.tui.widgets.article_pane import ArticlePane


def paint_pairs(panes: Iterable[ArticlePane], pairs: Sequence[ShownPair]) -> None:
    for pane in panes:
        if pane.article is not None:
            pane.set_decorations("pairs", pair_decorations(pane.article.text, pairs, pane.side))


def paint_selected(panes: Iterable[ArticlePane], pair: ShownPair | None) -> None:
    for pane in panes:
        chosen = [pair] if pair is not None else []
        pane.set_decorations("selected", selected_decorations(chosen, pane.side, pair.id if pair else None))


def paint_walk(panes: Iterable[ArticlePane], actor: Actor | None, hits: Iterable[SearchHit], walk: Walk) -> None:
    """The actor's mentions, the search hits, and the place `n` stopped at."""
    hits = tuple(hits)
    for pane in panes:
        if pane.article is None:
            continue
        pane.set_decorations("mentions", mention_decorations(actor, pane.article.id))
        pane.set_decorations("hits", hit_decorations(hits, pane.article.id))
        pane.set_decorations("current", walk.decorations(pane.article.id))
