"""A scrolling line-API widget's lines as Textual finishes them, kept by the content line they show.

Textual's styles cache keeps finished lines (content plus padding, background,
tint and line filters) by screen row, and a scroll makes every row dirty: `j`
re-finishes all 48 rows of both panes although 47 of them only moved up one
row. Here they are kept by content line, for as long as everything else that
goes into finishing them (size, background colours, line filters, theme) is the
same, so a scroll finishes only the rows that come into view.
"""

from __future__ import annotations

from typing import Any

from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class FinishedLines:
    """Finished rows of ``widget``, by content line; ``top`` is the content line at row 0."""

    def __init__(self, capacity: int) -> None:
        self._lines: LRUCache[int, Strip] = LRUCache(capacity)
        self._key: tuple[Any, ...] | None = None

    def forget(self, line: int | None = None) -> None:
        """Forget ``line`` (its content or decorations changed), or every line."""
        if line is None:
            self._lines.clear()
        else:
            self._lines.discard(line)

    def render(self, widget: Widget, crop: Region, top: int) -> list[Strip]:
        """What ``widget.render_lines(crop)`` gives, finishing through Textual only the rows not kept."""
        app = widget.app
        size = widget.region.size  # as the styles cache finishes them: the whole width, scrollbar's gutter included
        width = size.width
        key = (size, widget.background_colors, tuple(widget.get_line_filters()), app.ansi_theme, widget.opacity)
        if key != self._key:
            self._lines.clear()
            self._key = key
        lines = self._lines
        rows = range(crop.y, crop.bottom)
        missing = [y for y in rows if top + y not in lines]
        for start, end in _runs(missing):
            region = Region(0, start, width, end - start)
            widget._styles_cache.set_dirty(region)  # this row shows another line than when it was finished
            for y, strip in zip(range(start, end), widget._styles_cache.render_widget(widget, region)):
                lines[top + y] = strip
        strips = [lines[top + y] for y in rows]
        if crop.column_span != (0, width):
            x1, x2 = crop.column_span
            strips = [strip.crop(x1, x2) for strip in strips]
        return strips


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive rows as ``(start, end)`` pairs: ``[1, 2, 3, 7]`` -> ``[(1, 4), (7, 8)]``."""
    runs: list[tuple[int, int]] = []
    for y in rows:
        if runs and runs[-1][1] == y:
            runs[-1] = (runs[-1][0], y + 1)
        else:
            runs.append((y, y + 1))
    return runs
