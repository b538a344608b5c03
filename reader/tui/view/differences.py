"""Discrepancies (issue 13) as the app shows them: which ones are between the two shown articles, where
each side is, and the decorations that mark them in a pane. No Textual here."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from reader.core.model import Analysis, Article, Discrepancy, Passage
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


def picked_decorations(picked: Discrepancy | None, article_id: str) -> list[Decoration]:
    """The ``picked`` discrepancy's span in this article as the current place (an `elsewhere` one, which no
    selected pair shows); nothing without one."""
    side = side_of(picked, article_id) if picked is not None else None
    return [Decoration(side.start, side.end, "current")] if side is not None and side.end > side.start else []


def paragraph_of(article: Article, offset: int) -> int:
    """The number (from 1) of the paragraph holding ``offset``; 1 for an article without paragraphs."""
    return max(1, bisect_right(article.paragraphs, offset, key=lambda p: p.start))


def where_each_side_is(analysis: Analysis, d: Discrepancy) -> str:
    """``A paragraph 6, B paragraph 2``: where the two sides of ``d`` are, in each article."""
    return ", ".join(f"{s.article} paragraph {paragraph_of(analysis.article(s.article), s.start)}" for s in (d.a, d.b))


def place_note(analysis: Analysis, d: Discrepancy) -> str:
    """Where ``d`` was found when that is not inside the passage it is listed under (`Discrepancy.place`),
    without the paragraphs (`where_each_side_is` says those): ``not in a shared passage (listed under
    passage 2, the nearest)`` or ``next to passage 2``; "" inside."""
    if d.place == "match":
        return ""
    number = next((n for n, m in enumerate(analysis.matches, 1) if m.id == d.match), 0)
    if d.place == "beside":
        return f"next to passage {number}"
    return f"not in a shared passage (listed under passage {number}, the nearest)"


def place_status(analysis: Analysis, d: Discrepancy) -> str:
    """The status bar's `place_note` with `where_each_side_is`: ``next to passage 2: A paragraph 6, B
    paragraph 2``; "" for a discrepancy inside its passage."""
    note = place_note(analysis, d)
    return f"{note}: {where_each_side_is(analysis, d)}" if note else ""


def difference_status(ids: Sequence[str], current: str, summary: str, note: str = "", where: str = "") -> str:
    """``Difference 2 of 5: A: 23 defendants · B: 22 other defendants`` (where it was found, when not inside
    its passage, and the wrap note, if any)."""
    placed = f" · {where}" if where else ""
    return f"Difference {ids.index(current) + 1} of {len(ids)}: {summary}{placed}{note}"
