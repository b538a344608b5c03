"""Where the shown articles disagree (issue 13): the `d` / `D` walk, picking a discrepancy in the sidebar,
and painting every discrepancy's spans in the panes.

A base class of `ReaderApp`, kept apart from the pairs, walks and search it builds on.
"""

from __future__ import annotations

from textual import on
from textual.app import App

from reader.core.model import Analysis, Discrepancy
from reader.tui.view.differences import (
    between,
    difference_status,
    discrepancy_decorations,
    picked_decorations,
    place_status,
    side_of,
)
from reader.tui.view.names import lettered
from reader.tui.view.pairing import wrap_note
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.differences import DifferencesList
from reader.tui.widgets.side_by_side import place_side_by_side, reading_row
from reader.tui.widgets.sidebar import Sidebar
from reader.tui.widgets.sidebar.differences_tab import DifferencesTab


class DifferenceWalk(App[None]):
    """`d` / `D`, the Differences tab's picks and the discrepancy spans; ``ReaderApp`` provides the state."""

    analysis: Analysis | None
    pair_ids: tuple[str, str]
    picked_elsewhere: str | None = None
    """The walked-to (or picked) discrepancy found outside any shared passage: no pair is selected for it,
    so its two spans are marked as the current place in the panes."""

    def pane(self, side: str) -> ArticlePane:
        raise NotImplementedError

    def set_status(self, message: str) -> None:
        raise NotImplementedError

    def select_match(self, match_id: str | None, *, anchor: ArticlePane | None = None) -> None:
        raise NotImplementedError

    def paint_differences(self) -> None:
        """Mark the disagreeing words of the two shown articles, by their own offsets (and the picked one's)."""
        shown = between(self.analysis, *self.pair_ids)
        for side in ("left", "right"):
            pane = self.pane(side)
            if pane.article is not None:
                pane.set_decorations("differences", discrepancy_decorations(shown, pane.article.id))
        self.paint_picked()

    def paint_picked(self) -> None:
        """Mark the picked elsewhere discrepancy's two spans as the current place: only the panes' "picked"
        layer changes, so picking or forgetting it neither recomputes nor repaints the other discrepancies."""
        picked = self.picked_elsewhere
        shown = set(self.pair_ids)
        analysis = self.analysis
        found = (
            [d for d in analysis.discrepancies if d.id == picked and {d.a.article, d.b.article} == shown]
            if analysis and picked
            else []
        )
        for side in ("left", "right"):
            pane = self.pane(side)
            if pane.article is not None:
                pane.set_decorations("picked", picked_decorations(found[0] if found else None, pane.article.id))

    def forget_elsewhere(self) -> None:
        """A pair got selected: the discrepancy outside the passages is no longer the current place."""
        if self.picked_elsewhere is not None:
            self.picked_elsewhere = None
            self.paint_picked()

    def action_step_difference(self, forward: bool) -> None:
        """`d` / `D`: the next or previous discrepancy of the Differences list, wrapping round."""
        if self.analysis is None:
            self.notify("The analysis is still running.", severity="warning")
            return
        listed = self.query_one(DifferencesTab)
        ids = listed.ordered_ids()
        if not ids:
            left, right = (self.analysis.article(article_id) for article_id in self.pair_ids)
            self.set_status(f"No differences found between {lettered(left)} and {lettered(right)}.")
            return
        current = listed.selected
        target = listed.step(current, forward)
        if target is not None:
            before = ids.index(current) if current in ids else None
            self.show_discrepancy(target, wrap_note(before, ids.index(target), forward))

    def show_discrepancy(self, discrepancy_id: str, note: str = "") -> None:
        """Select the discrepancy's passage, line both panes up on its spans and say what differs.

        One found in sentences no shared passage pairs (`place` "elsewhere") is only listed under the nearest
        passage: no pair is selected for it, and its own two spans are marked instead."""
        analysis = self.analysis
        found = [d for d in analysis.discrepancies if d.id == discrepancy_id] if analysis else []
        if analysis is None or not found:
            return
        d = found[0]
        self.query_one(Sidebar).show_discrepancy(d.id)
        if d.place == "elsewhere":
            self.select_match(None)
            self.picked_elsewhere = d.id
            self.paint_picked()
        else:
            self.select_match(d.match)
        self._line_up(d)
        ids = self.query_one(DifferencesTab).ordered_ids()
        where = place_status(analysis, d)
        if d.id in ids:
            self.set_status(difference_status(ids, d.id, d.summary, note, where))
        else:
            self.set_status(f"Difference: {d.summary}" + (f" · {where}" if where else ""))

    def _line_up(self, d: Discrepancy) -> None:
        left, right = (side_of(d, article_id) for article_id in self.pair_ids)
        if left is not None and right is not None:
            left_pane, right_pane = self.pane("left"), self.pane("right")
            place_side_by_side(left_pane, left.start, right_pane, right.start, reading_row(left_pane))

    @on(DifferencesList.DiscrepancyPicked)
    def _discrepancy_picked(self, event: DifferencesList.DiscrepancyPicked) -> None:
        self.show_discrepancy(event.discrepancy_id)
