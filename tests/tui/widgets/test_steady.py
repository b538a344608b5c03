"""SteadyScrollbars overrides one private ScrollView method: these tests fail the day Textual changes it."""

from __future__ import annotations

import asyncio
import inspect

from textual.app import App, ComposeResult
from textual.geometry import Size
from textual.scroll_view import ScrollView

from reader.tui.widgets.steady import SteadyScrollbars


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
