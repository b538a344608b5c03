"""Two article panes side by side: lining a pair up on one row, and linked scrolling."""

from __future__ import annotations

from collections.abc import Sequence

from reader.tui.view.pairing import ShownPair, follow_anchor
from reader.tui.widgets.article_pane import ArticlePane


def place_side_by_side(
    left: ArticlePane, left_offset: int, right: ArticlePane, right_offset: int, row: int, *, keep: ArticlePane | None = None
) -> None:
    """Scroll both panes so the two offsets are drawn on the same screen row.

    ``row`` is where we would like them; near the start or end of an article
    a pane cannot scroll that far, so the row moves to one both can reach.
    With ``keep``, that pane stays where it is and the other lines up with it.
    """
    placed = ((left, left_offset), (right, right_offset))
    if keep is None:
        highest = min(pane.line_of(offset) for pane, offset in placed)  # rows above: scroll_y >= 0
        lowest = max(pane.line_of(offset) - pane.max_scroll_y for pane, offset in placed)
        row = max(lowest, min(row, highest))
    for pane, offset in placed:
        if pane is not keep:
            pane.place(offset, row)


def reading_row(pane: ArticlePane) -> int:
    """Where a passage we jump to is put: a few rows down, so the lines before it give context."""
    return min(3, pane.scrollable_content_region.height // 4)


def line_up_pair(left: ArticlePane, right: ArticlePane, pair: ShownPair, anchor: ArticlePane | None = None) -> None:
    """Both sides of ``pair`` on one row: the reading row, or where ``anchor``'s side already is."""
    if anchor is None:
        row = reading_row(left)
    else:
        row = left.row_of(pair.left.start) if anchor is left else right.row_of(pair.right.start)
    place_side_by_side(left, pair.left.start, right, pair.right.start, row, keep=anchor)


def follow(source: ArticlePane, target: ArticlePane, pairs: Sequence[ShownPair]) -> None:
    """Linked scrolling: ``target`` keeps the pair nearest above ``source``'s top line level with it."""
    anchor = follow_anchor(pairs, source.side, max(source.top_offset(), source.top_line_end() - 1))
    if anchor is None:
        target.scroll_to_line(source.top_line, quiet=True)
    else:
        target.place(anchor.target, source.row_of(anchor.source), quiet=True)
