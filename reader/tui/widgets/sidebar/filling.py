"""The sidebar's option lists, and a long list's rows built a few hundred per turn of the event loop.

When the analysis of two 1 MB articles lands, the Attributions tab has ~8,000
rows (each a `Content` of cue, source and quote): built in one go, that was
the biggest part of a ~0.5 s stretch in which no key got its frame. The first
ROWS_PER_TURN rows replace the list's old ones at once (a short list is
filled just as before); each later turn adds the next ones. So the list never
shows rows of an earlier build, and every row shown can be picked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.widgets.steady import SteadyScrollbars

ROWS_PER_TURN = 400
TURN_GAP = 0.001  # seconds
# j / k move the cursor in every sidebar list (SidebarList here, DifferencesTab).
LIST_KEYS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]


class SidebarList(OptionList, SteadyScrollbars):
    """An option list that also moves with j / k, and can be filled in turns (`fill_in_turns`)."""

    BINDINGS = LIST_KEYS

    # Rows on one line, no border, a stable scrollbar gutter: reader.tcss, as for DifferencesList.
    DEFAULT_CSS = """
    SidebarList {
        height: 1fr;
        max-height: 100%;
    }
    """

    filling: object | None = None
    """The token of the fill under way (None: none); a newer `fill_in_turns` replaces it, which stops the older."""


def fill_in_turns(target: SidebarList, rows: Iterable[Option], empty: Option, then: Callable[[], None] | None = None) -> None:
    """Give ``target`` the options ``rows`` (``empty`` if there are none), then call ``then``; a newer fill of
    the same list supersedes one still under way. The first turn runs now: when this returns, the list
    holds the first ROWS_PER_TURN rows (or all of them), none of what it held before."""
    token = object()
    target.filling = token
    pending = iter(rows)
    first = True

    def step() -> None:
        nonlocal first
        if target.filling is not token or not target.is_attached:
            return
        chunk = list(islice(pending, ROWS_PER_TURN))
        if first:
            target.set_options(chunk or [empty])
            first = False
        elif chunk:
            target.add_options(chunk)
        if len(chunk) == ROWS_PER_TURN:
            # A timer, not `call_later`: a callback queued to the list runs straight after this one, without
            # the event loop getting to the app's keys and the screen's refresh in between.
            target.set_timer(TURN_GAP, step)
            return
        target.filling = None
        if then is not None:
            then()

    step()
