"""A scrolling line-API widget's lines as Textual finishes them, kept by the content line they show.

Textual's styles cache keeps finished lines (content plus padding, background,
tint and line filters) by screen row, and a scroll makes every row dirty: `j`
re-finishes all 48 rows of both panes although 47 of them only moved up one
row. Here they are kept by content line, for as long as everything else that
goes into finishing them (size, background colours, line filters, theme) is the
same, so a scroll finishes only the rows that come into view.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

K = TypeVar("K", bound=Hashable)


def look(widget: Widget) -> tuple[Any, ...]:
    """Everything besides a row's content that goes into finishing it: when this changes, no kept row holds."""
    app = widget.app
    return (
        widget.region.size,  # as the styles cache finishes them: the whole width, scrollbar's gutter included
        widget.background_colors,
        widget.rich_style,
        widget.opacity,
        tuple(widget.get_line_filters()),
        app.ansi_theme,
        app.native_ansi_color,
    )


class FinishedRows(Generic[K]):
    """Finished rows of a widget, kept by what they show (a row key), for as long as its `look` holds."""

    def __init__(self, capacity: int, on_new_look: Callable[[], None] | None = None) -> None:
        """``on_new_look`` is called when a frame finds the look changed (focus tint, theme) and drops every
        kept row: rows finished ahead of the reader are gone and must be planned again."""
        self._rows: LRUCache[K, Strip] = LRUCache(capacity)
        self._look: tuple[Any, ...] | None = None
        self._on_new_look = on_new_look

    def __contains__(self, key: K) -> bool:
        """Whether a row is kept as ``key`` (kept for the look it had then: `render` checks the look)."""
        return key in self._rows

    def forget(self, key: K | None = None) -> None:
        """Forget the row kept as ``key`` (its content or decorations changed), or every row."""
        if key is None:
            self._rows.clear()
        else:
            self._rows.discard(key)

    def render(
        self, widget: Widget, crop: Region, row_key: Callable[[int], K], finish: Callable[[Region], list[Strip]]
    ) -> list[Strip]:
        """``widget``'s rows in ``crop``: kept ones by ``row_key(y)``, the others from ``finish(region)``
        (Textual's pipeline, over full-width runs of missing rows)."""
        now = look(widget)
        if now != self._look:
            self._rows.clear()
            changed, self._look = self._look is not None, now
            if changed and self._on_new_look is not None:
                self._on_new_look()
        width = widget.region.size.width
        kept = self._rows
        rows = range(crop.y, crop.bottom)
        keys = [row_key(y) for y in rows]
        missing = [y for y, key in zip(rows, keys) if key not in kept]
        for start, end in _runs(missing):
            for y, strip in zip(range(start, end), finish(Region(0, start, width, end - start))):
                kept[row_key(y)] = strip
        strips = [kept[key] for key in keys]
        if crop.column_span != (0, width):
            x1, x2 = crop.column_span
            strips = [strip.crop(x1, x2) for strip in strips]
        return strips


class FinishedLines(FinishedRows[int]):
    """Finished rows of a scrolling line-API widget, by content line; ``top`` is the content line at row 0."""

    def render_at(self, widget: Widget, crop: Region, top: int) -> list[Strip]:
        """What ``widget.render_lines(crop)`` gives, finishing through Textual only the rows not kept."""

        def finish(region: Region) -> list[Strip]:
            widget._styles_cache.set_dirty(region)  # this row shows another line than when it was finished
            return widget._styles_cache.render_widget(widget, region)

        return self.render(widget, crop, lambda y: top + y, finish)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive rows as ``(start, end)`` pairs: ``[1, 2, 3, 7]`` -> ``[(1, 4), (7, 8)]``."""
    runs: list[tuple[int, int]] = []
    for y in rows:
        if runs and runs[-1][1] == y:
            runs[-1] = (runs[-1][0], y + 1)
        else:
            runs.append((y, y + 1))
    return runs
