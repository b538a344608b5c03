"""How wide the sidebar is, and whether it shows, for a terminal width: pure arithmetic the app applies."""

from __future__ import annotations

from dataclasses import dataclass

SIDEBAR_SHARE = 0.35  # of the terminal's width, by default: 42 columns at 120, rows of 40 (30+ characters of text)
SHARE_LIMITS = (0.2, 0.6)
SHARE_STEP = 0.05
MIN_CELLS = 30  # a row needs this much to say anything (actor name and counts, a cue and some content)
AUTO_HIDE_BELOW = 100  # columns: below this the articles need the room, so the sidebar starts hidden


@dataclass(frozen=True, slots=True)
class SidebarLayout:
    shown: bool
    cells: int
    over_panes: bool  # too narrow to share the width: drawn over the articles (docked right)


def sidebar_layout(width: int, share: float, wanted: bool | None) -> SidebarLayout:
    """``wanted``: the user's toggle (None: not toggled, so shown from AUTO_HIDE_BELOW columns)."""
    shown = width >= AUTO_HIDE_BELOW if wanted is None else wanted
    narrow = width < AUTO_HIDE_BELOW
    cells = max(MIN_CELLS, round(width * clamp_share(share)))
    if narrow:
        cells = max(MIN_CELLS, round(width * 0.75))
    return SidebarLayout(shown, min(cells, width), narrow)


def clamp_share(share: float) -> float:
    low, high = SHARE_LIMITS
    return min(high, max(low, share))


def step_share(share: float, wider: bool) -> float:
    return round(clamp_share(share + (SHARE_STEP if wider else -SHARE_STEP)), 2)


def pane_text_widths(columns: int, share: float, wanted: bool | None = None) -> tuple[int, int]:
    """The cells of text per line in the left and right article panes of a terminal ``columns`` wide (two
    articles or more), as the app's stylesheet lays them out: the sidebar's cells when it shares the width,
    the rest split in two columns (the right one takes an odd cell), each less its padding and scrollbar."""
    layout = sidebar_layout(columns, share, wanted)
    rest = columns - (layout.cells if layout.shown and not layout.over_panes else 0)
    left = rest // 2
    return max(1, left - PANE_CHROME), max(1, rest - left - PANE_CHROME)


PANE_CHROME = 3  # an article pane's cells that are not text: padding 0 1 and a scrollbar of 1 (reader.tcss)
