"""Scroll views whose scrollbars cost little: repainted only when their own size changes, and finished
(styles, line filters) once per look of a row rather than at every scroll."""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.strip import Strip

from reader.tui.widgets.finished_lines import FinishedRows

# Distinct rows a vertical scrollbar shows: the track above and below, the thumb, and the eighth-cell
# glyphs at its ends (8 each), in each of its three looks (normal, hovered, dragged).
KEPT_ROWS = 64


class KeptScrollBar(ScrollBar):
    """A vertical scrollbar that finishes each distinct row once.

    Textual draws a scrollbar as a Rich renderable through its whole pipeline
    (render, split into lines, styles cache, line filters) at every scroll:
    ~3 ms for a 48-row bar, as much as the text of a pane. A bar has only a
    few distinct rows; they are kept by what they show (`ScrollBarRender.render_bar`'s
    segment for that row), and rows not seen yet come from Textual's pipeline.
    """

    def __init__(self, vertical: bool = True, name: str | None = None, *, thickness: int = 1) -> None:
        super().__init__(vertical, name, thickness=thickness)
        self._rows: FinishedRows[Segment] = FinishedRows(KEPT_ROWS)

    def render_lines(self, crop: Region) -> list[Strip]:
        bar = self.render()
        if not self.vertical or not isinstance(bar, ScrollBarRender) or not isinstance(bar.style, Style):
            return super().render_lines(crop)
        rows = self._bar_rows(bar, self.region.size)
        return self._rows.render(self, crop, rows.__getitem__, super().render_lines)

    @staticmethod
    def _bar_rows(bar: ScrollBarRender, size: Size) -> list[Segment]:
        """Each row's segment, as ``bar`` draws them at ``size`` (its ``__rich_console__``, for a vertical bar)."""
        style = bar.style
        assert isinstance(style, Style)
        segments = bar.render_bar(
            size=size.height,
            window_size=bar.window_size,
            virtual_size=bar.virtual_size,
            position=bar.position,
            thickness=size.width,
            vertical=True,
            back_color=style.bgcolor or Color.parse("#555555"),
            bar_color=style.color or Color.parse("bright_magenta"),
        )
        return list(segments.segments)


class SteadyScrollbars(ScrollView):
    """A ScrollView that sits out layouts which do not resize it, with a `KeptScrollBar`.

    Textual's ScrollView compares the compositor's idea of its virtual size
    with its own (they never agree for a line-API widget) and so repaints its
    scrollbars after every layout anywhere on screen. That repaint lands in a
    frame of its own, one frame after the one a key caused: `n` (which updates
    the sidebar's detail view, a layout) cost two frames instead of one.
    """

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        if size == self._size:
            return False
        return super()._size_updated(size, virtual_size, container_size, layout)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """As Textual's `Widget.vertical_scrollbar` (created when first asked for), a `KeptScrollBar`."""
        if self._vertical_scrollbar is None:
            self._vertical_scrollbar = KeptScrollBar(vertical=True, name="vertical", thickness=self.scrollbar_size_vertical)
            self._vertical_scrollbar.display = False
            self.app._start_widget(self, self._vertical_scrollbar)
        return self._vertical_scrollbar
