"""Finishing the page below while the reader reads, so that PageDown draws lines already made.

A PageDown brings a whole page of new lines into each of the two (linked)
panes, and finishing them through Textual's pipeline (the line's segments,
padding, tint, line filters) is about a third of that key's CPU. Between two
PageDowns the user reads: in that pause the pane finishes the page below into
its kept lines (`FinishedLines`), a few lines per tick of a timer, so a key that
comes meanwhile waits for a few lines at most. A scroll before the page is done
replaces the plan with one for the new page below.

One interval timer per pane, paused when there is nothing to finish: not a
chain of messages (a widget handles the messages already in its queue without
giving way, so the chain would run to its end before a key's handler), nor a
new timer per step (Textual counts the parameters of every new callback it
calls: ~0.1 ms a step).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget

AHEAD_CHUNK = 16  # lines finished per tick: ~1 ms of CPU, all a key may have to wait for
AHEAD_PAUSE = 0.001  # seconds between ticks


class PageAhead:
    """The page-ahead plan of one pane. ``page()`` is the pane's ``(top line, rows, lines)``; ``kept(line)``
    whether a content line is finished already; ``finish(first, end)`` finishes and keeps lines
    ``first``..``end - 1`` as the pane would draw them."""

    def __init__(
        self,
        widget: Widget,
        page: Callable[[], tuple[int, int, int]],
        kept: Callable[[int], bool],
        finish: Callable[[int, int], None],
    ) -> None:
        self._widget = widget
        self._page = page
        self._kept = kept
        self._finish = finish
        self._plan = 0  # one more at every scroll
        self._doing = -1  # the plan whose page is being finished
        self._next = 0  # the next line to look at for it
        self._timer: Timer | None = None

    def plan(self) -> None:
        """After the next frame (the one showing the current page), finish the page below."""
        self._plan += 1
        self._widget.call_after_refresh(self._begin)

    def below(self) -> range:
        """The lines the next PageDown brings into view (it moves by all rows but one)."""
        top, rows, lines = self._page()
        first = top + rows
        return range(min(first, lines), min(first + max(0, rows - 1), lines))

    def _begin(self) -> None:
        if self._doing == self._plan:
            return  # two scrolls before one frame: one page below
        self._doing, self._next = self._plan, self.below().start
        if self._timer is None:
            self._timer = self._widget.set_interval(AHEAD_PAUSE, self._step)
        else:
            self._timer.resume()

    def _step(self) -> None:
        wanted = self.below()
        start = max(self._next, wanted.start)
        while start < wanted.stop and self._kept(start):
            start += 1
        if self._doing != self._plan or start >= wanted.stop:
            # Done, or scrolled since: the newer plan resumes the timer after its frame.
            if self._timer is not None:
                self._timer.pause()
            return
        end = min(start + AHEAD_CHUNK, wanted.stop)
        self._finish(start, end)
        self._next = end
