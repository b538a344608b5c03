"""Discrepancies (issue 13) as the app shows them: which ones are between the two shown articles, where
each side is, and the decorations that mark them in a pane. No Textual here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.core.model import Analysis, Discrepancy, Passage
from reader.tui.view.highlights import Decoration


def between(analysis: Analysis | None, left_id: str, right_id: str) -> list[Discrepancy]:
    """The discrepancies between the two articles on screen, in either order."""
    if analysis is None:
        return []
    pair = {left_id, right_id}
    return [d for d in analysis.discrepancies if {d.a.article, d.b.article} == pair]


def side_of(d: Discrepancy, article_id: str) -> Passage | None:
    """The span ``d`` marks in ``article_id`` (None: ``d`` is not about that article)."""
    if d.a.article == article_id:
        return d.a
    if d.b.article == article_id:
        return d.b
    return None


def discrepancy_decorations(discrepancies: Iterable[Discrepancy], article_id: str) -> list[Decoration]:
    """Each discrepancy's span in this article, by its own offsets (it may lie outside its match's passages)."""
    found = []
    for d in discrepancies:
        side = side_of(d, article_id)
        if side is not None and side.end > side.start:
            found.append(Decoration(side.start, side.end, "discrepancy"))
    return found


def difference_status(ids: Sequence[str], current: str, summary: str, note: str = "") -> str:
    """``Difference 2 of 5: A: 23 defendants · B: 22 other defendants`` (and the wrap note, if any)."""
    return f"Difference {ids.index(current) + 1} of {len(ids)}: {summary}{note}"
