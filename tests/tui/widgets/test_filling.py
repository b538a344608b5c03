"""A long option list is filled a few hundred rows per turn of the event loop; a short one at once."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.widgets.sidebar.filling import ROWS_PER_TURN, fill_in_turns


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield OptionList("old")


def prompts(options: OptionList) -> list[str]:
    return [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]


def test_short_lists_at_once_long_ones_in_turns_and_the_newest_fill_wins() -> None:
    made: list[int] = []

    def rows(n: int, tag: str):  # type: ignore[no-untyped-def]
        for k in range(n):
            made.append(k)
            yield Option(f"{tag}{k}", id=f"{tag}{k}")

    async def main() -> None:
        app = Host()
        async with app.run_test() as pilot:
            options = app.query_one(OptionList)
            done: list[str] = []
            fill_in_turns(options, rows(3, "s"), Option("none"), lambda: done.append("short"))
            assert prompts(options) == ["s0", "s1", "s2"] and done == ["short"]
            fill_in_turns(options, rows(0, "e"), Option("none"))
            assert prompts(options) == ["none"]

            made.clear()
            fill_in_turns(options, rows(ROWS_PER_TURN * 2 + 5, "a"), Option("none"), lambda: done.append("a"))
            assert len(made) == ROWS_PER_TURN and prompts(options) == ["none"]  # one turn's rows so far
            fill_in_turns(options, rows(ROWS_PER_TURN + 1, "b"), Option("none"), lambda: done.append("b"))
            for _ in range(20):
                await pilot.pause()
            assert prompts(options) == [f"b{k}" for k in range(ROWS_PER_TURN + 1)] and done[-1] == "b"
            assert "a" not in done  # superseded: never set
            assert len(made) == 2 * ROWS_PER_TURN + 1  # and not built further

    asyncio.run(main())
