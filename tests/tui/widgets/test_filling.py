"""A long option list is filled a few hundred rows per turn of the event loop; a short one at once."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.widgets.option_list import Option

from reader.tui.widgets.sidebar.filling import ROWS_PER_TURN, SidebarList, fill_in_turns


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield SidebarList("old")


def prompts(options: SidebarList) -> list[str]:
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
            options = app.query_one(SidebarList)
            done: list[str] = []
            fill_in_turns(options, rows(3, "s"), Option("none"), lambda: done.append("short"))
            assert prompts(options) == ["s0", "s1", "s2"] and done == ["short"]
            fill_in_turns(options, rows(0, "e"), Option("none"))
            assert prompts(options) == ["none"]

            wanted = [f"a{k}" for k in range(ROWS_PER_TURN * 2 + 5)]
            made.clear()
            fill_in_turns(options, rows(len(wanted), "a"), Option("none"), lambda: done.append("a"))
            # One turn's rows so far, and shown: none of the list's old rows stay.
            assert len(made) == ROWS_PER_TURN and prompts(options) == wanted[:ROWS_PER_TURN]
            seen = []
            while "a" not in done:  # each turn adds its rows to those shown
                await pilot.pause()
                shown = prompts(options)
                assert shown == wanted[: len(shown)]
                seen.append(len(shown))
            assert seen[-1] == len(wanted) and options.filling is None

            made.clear()
            fill_in_turns(options, rows(ROWS_PER_TURN * 2 + 5, "x"), Option("none"), lambda: done.append("x"))
            fill_in_turns(options, rows(ROWS_PER_TURN + 1, "b"), Option("none"), lambda: done.append("b"))
            assert prompts(options) == [f"b{k}" for k in range(ROWS_PER_TURN)]
            for _ in range(20):
                await pilot.pause()
            assert prompts(options) == [f"b{k}" for k in range(ROWS_PER_TURN + 1)] and done[-1] == "b"
            assert "x" not in done  # superseded: never finished
            assert len(made) == 2 * ROWS_PER_TURN + 1  # and not built further

    asyncio.run(main())
