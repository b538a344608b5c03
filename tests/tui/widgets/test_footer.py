"""ReaderFooter draws what Textual's Footer draws, and keeps its keys while what they show stays the same."""

from __future__ import annotations

import asyncio
import re

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from reader.tui.widgets.footer import ReaderFooter


class Box(Widget, can_focus=True):
    DEFAULT_CSS = "Box { height: 3; }"


class Boxed(Box):
    BINDINGS = [Binding("x", "cut", "Cut"), Binding("y", "app.bell", "Hidden", show=False)]


class Host(App[None]):
    BINDINGS = [Binding("a", "app.bell", "Apple"), Binding("b", "nothing", "Banana"), Binding("c", "cherry", "Cherry")]

    def __init__(self, footer: type[Footer], compact: bool = False) -> None:
        super().__init__()
        self.footer, self.compact = footer, compact

    def compose(self) -> ComposeResult:
        yield Box(id="one")
        yield Box(id="two")
        yield Boxed(id="three")
        yield self.footer(compact=self.compact)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "nothing" else True  # None: shown greyed out


def screens(footer: type[Footer], compact: bool = False) -> list[str]:
    """The screen (SVG, ids made equal) after each focus change: one, two, three, one."""

    async def main() -> list[str]:
        app = Host(footer, compact)
        shots = []
        async with app.run_test(size=(80, 12)) as pilot:
            for box in ("one", "two", "three", "one"):
                app.query_one(f"#{box}").focus()
                await pilot.pause()
                await pilot.pause()
                shots.append(re.sub(r"terminal-\d+", "terminal", app.export_screenshot()))
                classes = {key.description: sorted(key.classes) for key in app.query(FooterKey)}
                shots.append(repr(classes))
        return shots

    return asyncio.run(main())


def test_it_draws_what_textuals_footer_draws() -> None:
    assert screens(ReaderFooter) == screens(Footer)
    assert screens(ReaderFooter, compact=True) == screens(Footer, compact=True)


def test_keys_stay_mounted_until_what_they_show_changes() -> None:
    async def main() -> None:
        app = Host(ReaderFooter)
        async with app.run_test(size=(80, 12)) as pilot:
            footer = app.query_one(ReaderFooter)

            async def keys_after_focus(box: str) -> list[FooterKey]:
                app.query_one(f"#{box}").focus()
                await pilot.pause()
                await pilot.pause()
                return list(footer.query(FooterKey))

            first = await keys_after_focus("one")
            assert [key.description for key in first] == ["Apple", "Banana", "Cherry", "palette"]
            assert await keys_after_focus("two") == first  # same keys: the very same widgets
            third = await keys_after_focus("three")
            assert [key.description for key in third] == ["Cut", "Apple", "Banana", "Cherry", "palette"]
            assert not set(third) & set(first)
            footer.compact = True
            await pilot.pause()
            await pilot.pause()
            assert list(footer.query(FooterKey)) == third  # Textual's Footer binds its keys to `compact`
            assert all(key.has_class("-compact") for key in third)
            assert await keys_after_focus("one") != first  # composed anew, compact, by the next change

    asyncio.run(main())
