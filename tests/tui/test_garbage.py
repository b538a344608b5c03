"""Garbage collection waits while a key is turned into a frame, and never stays off."""

from __future__ import annotations

import asyncio
import gc

from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp
from tests.tui.driving import until


def test_collection_is_back_on_after_each_key() -> None:
    async def main() -> None:
        app = ReaderApp(load_articles(["articles"]), processes=False, remember=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            for key in ("j", "pagedown", "x"):  # x: bound to nothing, so no frame follows
                await pilot.press(key)
                await pilot.pause(0.05)
                assert gc.isenabled(), key

    asyncio.run(main())


def test_the_attributions_rows_are_frozen_once_the_fill_has_built_them_all(monkeypatch) -> None:
    """The rows of a long Attributions list are built over several turns: the freeze must come after the last."""
    import reader.tui.app as app_module
    from reader.tui.widgets.sidebar import filling

    monkeypatch.setattr(filling, "ROWS_PER_TURN", 2)
    frozen: list[tuple[bool, int]] = []  # at each of the app's freezes: whether a fill was under way, rows shown

    async def main() -> None:
        app = ReaderApp(load_articles(["articles"]), processes=False, remember=False)

        def settle() -> None:
            rows = app.query_one("#attributions-list", filling.SidebarList)
            frozen.append((rows.filling is not None, rows.option_count))

        monkeypatch.setattr(app_module, "settle_garbage_collector", settle)
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.analysis is not None and bool(frozen), 300)
            assert app.analysis is not None and len(app.analysis.attributions) > 2
            rows = app.query_one("#attributions-list", filling.SidebarList)
            assert rows.filling is None and frozen == [(False, rows.option_count)]

    asyncio.run(main())


def test_only_the_first_fill_of_the_sidebar_is_frozen(monkeypatch) -> None:
    """A frozen object is never collected: rows of a later build (another pair shown, another width) become
    garbage at the build after, so freezing them each time would keep every old row for good."""
    import reader.tui.app as app_module
    from reader.tui.widgets.sidebar import Sidebar

    settled: list[int] = []
    filled: list[int] = []

    async def main() -> None:
        app = ReaderApp(load_articles(["articles"]), processes=False, remember=False)
        monkeypatch.setattr(app_module, "settle_garbage_collector", lambda: settled.append(len(filled)))
        original = Sidebar._attributions_filled

        def counted(sidebar: Sidebar) -> None:
            filled.append(1)
            original(sidebar)

        monkeypatch.setattr(Sidebar, "_attributions_filled", counted)
        async with app.run_test(size=(120, 40)) as pilot:
            await until(pilot, lambda: app.analysis is not None and bool(settled), 300)
            assert settled == [1]
            app.set_pair(*reversed(app.pair_ids))  # the lists are built again for the pair shown the other way
            await until(pilot, lambda: len(filled) > 1, turns=100)
            await pilot.pause(0.05)
            assert len(filled) == 2 and settled == [1]

    asyncio.run(main())
