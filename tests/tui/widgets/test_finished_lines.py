"""The article pane keeps its finished lines by text line: what it draws must be what Textual draws afresh."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widget import Widget

from reader.core.text.build import article_from_text
from reader.tui.view.highlights import DISCREPANCY_HUE, MENTION_HUE, PAIR_HUES, Decoration
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.finished_lines import _runs

CSS_PATH = Path(__file__).resolve().parents[3] / "reader" / "tui" / "reader.tcss"

TEXT = "\n\n".join(f"Paragraph {n}: the minister said the talks would go on, and the council voted again." for n in range(300))


def drawn(pane: ArticlePane, crop: Region | None = None) -> list[list[object]]:
    return [list(strip) for strip in pane.render_lines(crop or pane.size.region)]


def afresh(pane: ArticlePane, crop: Region | None = None) -> list[list[object]]:
    """Textual's own drawing of the pane, nothing kept."""
    pane._styles_cache.clear()
    return [list(strip) for strip in Widget.render_lines(pane, crop or pane.size.region)]


class TwoPanes(App[None]):
    CSS_PATH = CSS_PATH

    def get_theme_variable_defaults(self) -> dict[str, str]:
        hues = {f"pair-{n}": hue for n, hue in enumerate(PAIR_HUES, start=1)}
        return hues | {"mention": MENTION_HUE, "discrepancy": DISCREPANCY_HUE}

    def compose(self) -> ComposeResult:
        yield ArticlePane(article_from_text(TEXT, "A"), id="one")
        yield ArticlePane(article_from_text(TEXT, "B"), id="two")


def test_scrolls_focus_decorations_and_resizes_draw_what_textual_draws() -> None:
    async def main() -> None:
        app = TwoPanes()
        async with app.run_test(size=(80, 30)) as pilot:
            pane = app.query_one("#one", ArticlePane)
            pane.focus()
            await pilot.pause()
            for step in ("j", "j", "pagedown", "j", "k", "pagedown", "pagedown", "k", "b", "g"):
                await pilot.press(step)
                await pilot.pause()
                assert drawn(pane) == afresh(pane), step
            pane.set_decorations("pairs", [Decoration(0, 40, "pair-1"), Decoration(300, 330, "pair-2")])
            await pilot.pause()
            assert drawn(pane) == afresh(pane)
            app.query_one("#two", ArticlePane).focus()  # the focus tint goes: every line looks different
            await pilot.pause()
            assert drawn(pane) == afresh(pane)
            part = Region(3, 2, 20, 5)
            assert drawn(pane, part) == afresh(pane, part)
            await pilot.resize_terminal(60, 20)
            await pilot.pause()
            assert drawn(pane) == afresh(pane)

    asyncio.run(main())


def test_runs_of_rows() -> None:
    assert _runs([]) == []
    assert _runs([1, 2, 3, 7]) == [(1, 4), (7, 8)]
    assert _runs([0, 2, 4]) == [(0, 1), (2, 3), (4, 5)]
