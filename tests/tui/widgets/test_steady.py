"""SteadyScrollbars overrides one private ScrollView method (these tests fail the day Textual changes it), and its
scrollbar keeps finished rows: they must be what Textual's own scrollbar draws."""

from __future__ import annotations

import asyncio
import inspect

from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar

from reader.tui.widgets.steady import KeptScrollBar, SteadyScrollbars


def test_the_overridden_method_still_exists_with_the_same_signature() -> None:
    method = getattr(ScrollView, "_size_updated", None)
    assert method is not None, "Textual renamed ScrollView._size_updated: rework SteadyScrollbars"
    parameters = list(inspect.signature(method).parameters)
    assert parameters == ["self", "size", "virtual_size", "container_size", "layout"]
    assert list(inspect.signature(SteadyScrollbars._size_updated).parameters) == parameters


class Probe(SteadyScrollbars):
    def __init__(self) -> None:
        super().__init__()
        self.virtual_size = Size(10, 100)


def test_a_layout_that_does_not_resize_it_is_sat_out_and_a_resize_is_not() -> None:
    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield Probe()

    async def main() -> None:
        app = Host()
        async with app.run_test(size=(40, 10)) as pilot:
            probe = app.query_one(Probe)
            size = probe.size
            # Same size: nothing to do (Textual's own method would report a change and repaint the scrollbars).
            assert probe._size_updated(size, Size(10, 999), size) is False
            await pilot.resize_terminal(30, 8)
            await pilot.pause()
            assert probe.size != size and probe.virtual_size.height == 100

    asyncio.run(main())


class Tall(SteadyScrollbars):
    DEFAULT_CSS = "Tall { scrollbar-size-vertical: 1; overflow-y: scroll; }"

    def __init__(self) -> None:
        super().__init__()
        self.virtual_size = Size(10, 1000)


def textual_rows(bar: ScrollBar) -> list[list[Segment]]:
    """The bar's rows as Textual's own ScrollBar draws them, from scratch."""
    bar.refresh()
    return [list(strip) for strip in ScrollBar.render_lines(bar, bar.size.region)]


def test_the_kept_scrollbar_draws_what_textual_draws_at_every_position_and_look() -> None:
    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield Tall()

    async def main() -> None:
        app = Host()
        async with app.run_test(size=(40, 24)) as pilot:
            view = app.query_one(Tall)
            bar = view.vertical_scrollbar
            assert isinstance(bar, KeptScrollBar) and bar.display
            for y in [0, 1, 2, 3, 5, 8, 13, 40, 41, 42, 100, 500, 977, 3, 0]:
                view.scroll_to(y=y, animate=False, immediate=True)
                await pilot.pause()
                kept = [list(strip) for strip in bar.render_lines(bar.size.region)]
                assert kept == textual_rows(bar), y
            bar.mouse_over = True  # another look: other colours
            await pilot.pause()
            assert [list(strip) for strip in bar.render_lines(bar.size.region)] == textual_rows(bar)
            part = Region(0, 5, 1, 7)
            assert [list(s) for s in bar.render_lines(part)] == textual_rows(bar)[5:12]

    asyncio.run(main())
