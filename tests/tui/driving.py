"""Driving the app in a test: one wait until something is ready, one run of a scenario once the analysis is in."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from reader.tui.app import ReaderApp


async def until(pilot, ready: Callable[[], bool], turns: int = 200) -> None:
    """Let the app run until ``ready()`` (at most ``turns`` pauses of 20 ms)."""
    for _ in range(turns):
        if ready():
            return
        await pilot.pause(0.02)


def drive(articles, scenario: Callable, size: tuple[int, int] = (160, 40), turns: int = 200, **options: Any) -> None:
    """Run ``scenario(app, pilot)`` once the app (``options`` as `ReaderApp` takes them; no worker processes)
    has its analysis and search index, or after ``turns`` pauses of 20 ms."""

    async def main() -> None:
        app = ReaderApp(articles, processes=False, **options)
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: app.analysis is not None and app.search_index is not None, turns)
            await pilot.pause()
            await scenario(app, pilot)

    asyncio.run(main())
