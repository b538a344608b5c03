"""Scroll views that repaint their scrollbars only when their own size changes."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


class SteadyScrollbars(ScrollView):
    """A ScrollView that sits out layouts which do not resize it.

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
