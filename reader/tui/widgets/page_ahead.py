"""Finishing the page below while the reader reads, so that PageDown draws lines already made.

A PageDown brings a whole page of new lines into each of the two (linked)
panes, and finishing them through Textual's pipeline (the line's segments,
padding, tint, line filters) is about a third of that key's CPU. Between two
PageDowns the user reads: in that pause the pane finishes the page below into
its kept lines (`FinishedLines`), a few lines per turn of the event loop, so a
key that comes meanwhile waits for a few lines at most. A scroll before the
page is done replaces the plan with one for the new page below.

Each turn is a timer rather than a message (`call_later`): a widget handles the
messages waiting in its queue without giving way, so a chain of messages would
run to its end before the key's handler.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.widget import Widget

AHEAD_CHUNK = 8  # lines finished per turn: ~1 ms of CPU, all a key may have to wait for
AHEAD_PAUSE = 0.001  # seconds between turns (Textual's timers take no zero delay)


class PageAhead:
    """The page-ahead plan of one pane. ``finish(first, end)`` finishes (and keeps) content lines
    ``first``..``end - 1`` as the pane would draw them; ``page()`` is the pane's ``(top line, rows, lines)``."""

    def __init__(self, widget: Widget, page: Callable[[], tuple[int, int, int]], finish: Callable[[int, int], None]) -> None:
        self._widget = widget
        self._page = page
        self._finish = finish
        self._plan = 0

    def plan(self) -> None:
        """After the next frame (the one showing the current page), finish the page below."""
        self._plan += 1
        self._widget.call_after_refresh(self._step, self._plan, None)

    def below(self) -> range:
        """The lines the next PageDown brings into view (it moves by all rows but one)."""
        top, rows, lines = self._page()
        first = top + rows
        return range(min(first, lines), min(first + max(0, rows - 1), lines))

    def _step(self, plan: int, start: int | None) -> None:
        if plan != self._plan:
            return  # scrolled again since: the newer plan finishes the new page below
        wanted = self.below()
        start = wanted.start if start is None else start
        end = min(start + AHEAD_CHUNK, wanted.stop)
        if start >= end:
            return
        self._finish(start, end)
        self._widget.set_timer(AHEAD_PAUSE, partial(self._step, plan, end))
