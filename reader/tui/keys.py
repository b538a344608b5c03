"""Every key the reader app answers to (the help screen and the Footer are built from these)."""

from __future__ import annotations

from textual.binding import Binding

APP_BINDINGS: list[Binding] = [
    Binding("n", "step(True)", "Next"),
    Binding("N", "step(False)", "Prev"),
    Binding("right_square_bracket", "step(True)", "Next", show=False),
    Binding("left_square_bracket", "step(False)", "Prev", show=False),
    Binding("slash", "search", "Search"),
    Binding("l", "toggle_link", "Link scroll"),
    Binding("s", "toggle_sidebar", "Sidebar"),
    Binding("greater_than_sign", "resize_sidebar(True)", "Widen the sidebar", show=False),
    Binding("less_than_sign", "resize_sidebar(False)", "Narrow the sidebar", show=False),
    Binding("i", "toggle_legend", "Legend", show=False),
    Binding("u", "walk_unique", "Walk what only one article says", show=False),
    Binding("y", "copy", "Copy", show=False),
    Binding("e", "export", "Export report", show=False),
    Binding("p", "pick_pair", "Pair"),
    Binding("ctrl+left", "cycle_article(-1)", "Prev article", show=False),
    Binding("ctrl+right", "cycle_article(1)", "Next article", show=False),
    *(Binding(str(n), f"show_article({n})", f"Article {n}", show=False) for n in range(1, 10)),
    # Priority: otherwise the focused pane or list would take tab for its own focus chain.
    Binding("tab", "cycle_focus(1)", "Focus", show=False, priority=True),
    Binding("shift+tab", "cycle_focus(-1)", "Focus back", show=False, priority=True),
    Binding("escape", "close", "Close", show=False),
    Binding("question_mark", "help", "Help"),
    Binding("q", "quit", "Quit"),
    # As in every terminal program (Textual's default only tells you to press ctrl+q).
    Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    # Where the sides differ (issue 13). Last, so that in an 80-column Footer it is d that is cut, not help and quit.
    Binding("d", "step_difference(True)", "Next diff"),
    Binding("D", "step_difference(False)", "Prev diff", show=False),
]

# Actions that choose among articles: with only two loaded they do nothing, so they are hidden.
PICKING_ACTIONS = ("pick_pair", "cycle_article", "show_article")


def needs_three_articles(action: str) -> bool:
    """``action`` is a name (``show_article``) or a binding's action string (``show_article(3)``)."""
    return action.split("(", 1)[0] in PICKING_ACTIONS


def usable_bindings(bindings: list[Binding], article_count: int) -> list[Binding]:
    """The bindings that do something with ``article_count`` articles loaded."""
    return [b for b in bindings if article_count >= 3 or not needs_three_articles(b.action)]
