"""Ask where to write the markdown report (`e`)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

DEFAULT_NAME = "reader-report.md"


class ExportScreen(ModalScreen[str | None]):
    """One input with a file name (relative to the current directory); dismisses with it, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", show=False)]

    def __init__(self, default: str = DEFAULT_NAME) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="export-body"):
            yield Static(Content.styled("Write the markdown report to", "bold"))
            yield Input(self.default, id="export-path", select_on_focus=False)
            yield Static(Content.styled("enter writes it · escape cancels", "italic dim"))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
