"""Garbage collection waits while a key is turned into a frame, and never stays off."""

from __future__ import annotations

import asyncio
import gc

from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp


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
