"""Choose which two of three or more articles are side by side."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.core.model import Article
from reader.tui.view.names import outlet_name


def pair_prompt(left: Article, right: Article) -> Content:
    return Content.assemble(
        Content.styled(f"{left.id} ↔ {right.id}  ", "bold"),
        Content(left.label),
        Content.styled(f" ({outlet_name(left)})", "italic dim"),
        Content.styled("  |  ", "dim"),
        Content(right.label),
        Content.styled(f" ({outlet_name(right)})", "italic dim"),
    )


class PairPicker(ModalScreen[tuple[str, str] | None]):
    """Every pair of articles; dismisses with ``(left_id, right_id)`` or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, articles: Sequence[Article], current: tuple[str, str]) -> None:
        super().__init__()
        self.articles = tuple(articles)
        self.current = current

    def compose(self) -> ComposeResult:
        options = [
            Option(pair_prompt(left, right), id=f"{left.id}\t{right.id}") for left, right in combinations(self.articles, 2)
        ]
        with Vertical(id="picker-body"):
            yield Static(Content.styled("Which two articles side by side?", "bold"))
            yield OptionList(*options, id="picker-list")

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        try:
            picker.highlighted = picker.get_option_index("\t".join(sorted(self.current)))
        except OptionDoesNotExist:  # ids beyond "Z" do not sort like the list
            picker.highlighted = 0
        picker.focus()

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        left, right = (event.option.id or "").split("\t")
        self.dismiss((left, right))

    def action_cancel(self) -> None:
        self.dismiss(None)
