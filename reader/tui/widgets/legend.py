"""A one-line key to the highlight styles, shown under the panes (`i`) and in the help.

Each sample is drawn with the same theme colours and text styles as the
panes' component classes in reader.tcss, so the key matches the screen.
Underline means one thing only: an actor's mention (a double underline: where the sides differ).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

SAMPLES: tuple[tuple[str, str, str], ...] = (
    # (sample, its style, what it means)
    ("passage", "on $pair-1 38%", "shared, a colour per pair"),
    ("words", "italic on $pair-2 38%", "said differently (italic)"),
    ("pair", "bold reverse", "selected"),
    ("differ", "bold underline2 on $discrepancy 75%", "where they differ (d)"),
    ("name", "bold underline on $mention 70%", "actor mention"),
    ("hit", "bold on $accent 60%", "search hit"),
)


def legend_content() -> Content:
    parts: list[str | tuple[str, str]] = []
    for index, (sample, style, meaning) in enumerate(SAMPLES):
        if index:
            parts.append(("  ·  ", "dim"))
        parts += [(f" {sample} ", style), " ", (meaning, "$text-muted")]
    return Content.assemble(*parts)


class Legend(Static):
    """The key to the highlights; hidden until `i`."""

    DEFAULT_CSS = """
    Legend {
        height: 1;
        padding: 0 1;
        background: $surface;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        display: none;
        &.-shown {
            display: block;
        }
    }
    """

    def on_mount(self) -> None:
        self.update(legend_content())
