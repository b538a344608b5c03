"""The help screen: every key the app answers to, in one table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """Lists ``(keys, what they do)`` rows; any of escape, ? or q closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close", show=False),
        Binding("question_mark", "dismiss", "Close", show=False),
        Binding("q", "dismiss", "Close", show=False),
    ]

    def __init__(self, rows: Sequence[tuple[str, str]], legend: Content | None = None) -> None:
        super().__init__()
        self.rows = tuple(rows)
        self.legend = legend

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for keys, description in self.rows:
            table.add_row(Text(keys), Text(description))
        with VerticalScroll(id="help-body"):
            if self.legend is not None:
                yield Static(Text("Highlights", style="bold"), id="help-legend-title")
                yield Static(self.legend, id="help-legend")
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(table, id="help-table")
            yield Static(Text("escape, ? or q closes this help", style="italic"), id="help-hint")


# Keys handled by Textual's own scroll bindings or the mouse, which no BINDINGS list names.
BUILT_IN_KEYS = (
    ("↑ ↓", "Scroll a line; in a sidebar list, move the cursor (enter picks)"),
    ("← →", "In the sidebar: the previous / next tab"),
    ("PgUp PgDn", "Scroll a page"),
    ("Home End", "Top / bottom of the article"),
    ("mouse wheel", "Scroll; click a coloured passage to select its pair"),
    ("ctrl+p", "Command palette: actors, shared passages, sentences"),
)


def binding_rows(app: App, bindings: Iterable[Binding | tuple]) -> list[tuple[str, str]]:
    """One row per action: its keys joined (``n / ]``), in first-seen order; built-in keys last."""
    keys_of: dict[str, list[str]] = {}
    described: dict[str, str] = {}
    for binding in bindings:
        if not isinstance(binding, Binding):
            continue
        # "show_article(1)" ... "show_article(9)" read as one row: "1 … 9".
        action = binding.action.split("(")[0] if binding.action.startswith("show_article") else binding.action
        keys_of.setdefault(action, []).append(app.get_key_display(binding))
        described.setdefault(action, binding.description)
    rows = []
    for action, keys in keys_of.items():
        shown = f"{keys[0]} … {keys[-1]}" if len(keys) > 3 else " / ".join(keys)
        description = "Put article N in the focused pane" if action == "show_article" else described[action]
        rows.append((shown, description))
    return rows + list(BUILT_IN_KEYS)
