"""The page below is finished while the reader reads: PageDown then draws kept lines, the same as fresh ones."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.app import ComposeResult

from reader.core.text.loader import load_articles
from reader.tui.view.highlights import Decoration
from reader.tui.widgets import page_ahead
from reader.tui.widgets.article_pane import ArticlePane
from reader.tui.widgets.page_ahead import AHEAD_CHUNK, PageAhead
from tests.tui.widgets.conftest import StyledApp

SEED = Path(__file__).resolve().parents[3] / "articles"
A, _ = load_articles([SEED])


class PaneApp(StyledApp):
    def compose(self) -> ComposeResult:
        yield ArticlePane(A, id="pane")


def kept(pane: ArticlePane, lines: range) -> list[int]:
    return [line for line in lines if line in pane._finished._rows]


def drawn(pane: ArticlePane) -> list:
    region = pane.region
    return [list(strip) for strip in pane.render_lines(region.reset_offset)]


async def paged_down(pilot, decorations: tuple[Decoration, ...] = ()) -> ArticlePane:
    """The pane, focused, painted with ``decorations``, after one PageDown and the pause that follows it."""
    pane = pilot.app.query_one(ArticlePane)
    pane.focus()
    pane.set_decorations("pairs", decorations)
    await pilot.pause()
    await pilot.press("pagedown")
    await pilot.pause()
    return pane


def test_after_a_page_down_the_page_below_is_kept_before_the_next_key(monkeypatch) -> None:
    monkeypatch.setattr(page_ahead, "AHEAD_CHUNK", 4)  # the seed article is short: a page of 11 lines, 3 ticks

    async def scenario() -> None:
        async with PaneApp().run_test(size=(70, 14)) as pilot:
            pane = await paged_down(pilot)
            below = pane._page_ahead.below()
            rows = pane.scrollable_content_region.height
            assert below == range(pane.top_line + rows, pane.top_line + 2 * rows - 1)
            assert len(below) > page_ahead.AHEAD_CHUNK  # finished over several ticks
            assert kept(pane, below) == list(below)
            await pilot.press("pagedown")
            assert pane.top_line == below.start - 1  # the page that was finished ahead is the one shown

    asyncio.run(scenario())


def test_lines_finished_ahead_are_drawn_exactly_as_lines_finished_on_screen() -> None:
    async def scenario() -> None:
        async with PaneApp().run_test(size=(70, 14)) as pilot:
            pane = await paged_down(pilot, (Decoration(400, 900, "pair-1"), Decoration(500, 520, "paraphrase")))
            await pilot.press("pagedown")
            ahead = drawn(pane)
            pane._finished.forget()
            assert drawn(pane) == ahead

    asyncio.run(scenario())


class Ticker:
    """A stand-in for the pane: runs what comes after the next frame when told, and ticks the timer by hand."""

    def __init__(self) -> None:
        self.after_frame: list = []
        self.tick = None
        self.running = False

    def call_after_refresh(self, callback) -> None:
        self.after_frame.append(callback)

    def set_interval(self, interval: float, callback):
        assert interval > 0
        self.tick, self.running = callback, True
        return self

    def pause(self) -> None:
        self.running = False

    def resume(self) -> None:
        self.running = True

    def frame(self) -> None:
        while self.after_frame:
            self.after_frame.pop(0)()

    def idle(self) -> None:
        while self.running:
            self.tick()


def test_a_scroll_before_the_page_is_done_replaces_the_plan() -> None:
    """A key meanwhile stops the old page; the page below the new position is finished after its frame."""
    finished: list[tuple[int, int]] = []
    page = [0, 20, 1000]  # top line, rows, lines
    pane = Ticker()
    ahead = PageAhead(pane, lambda: (page[0], page[1], page[2]), lambda line: False, lambda a, b: finished.append((a, b)))  # type: ignore[arg-type]
    ahead.plan()
    pane.frame()
    pane.tick()
    assert finished == [(20, 20 + AHEAD_CHUNK)]
    page[0] = 5
    ahead.plan()  # the key: no more of the old page, not even before its frame
    pane.tick()
    assert not pane.running and len(finished) == 1
    pane.frame()
    pane.idle()
    assert finished[1][0] == 25 and finished[-1][1] == 44  # the page below top line 5: lines 25-43
    assert all(end - first <= AHEAD_CHUNK for first, end in finished)


def test_lines_kept_already_are_not_finished_again() -> None:
    """After `j` the page below moved by one line: only that line is finished."""
    finished: list[tuple[int, int]] = []
    kept = set(range(20, 39))
    pane = Ticker()
    ahead = PageAhead(pane, lambda: (1, 20, 1000), kept.__contains__, lambda a, b: finished.append((a, b)))  # type: ignore[arg-type]
    ahead.plan()
    pane.frame()
    pane.idle()
    assert finished == [(39, 40)]


def test_nothing_is_finished_past_the_end_of_the_text() -> None:
    finished: list[tuple[int, int]] = []
    pane = Ticker()
    ahead = PageAhead(pane, lambda: (90, 20, 100), lambda line: False, lambda a, b: finished.append((a, b)))  # type: ignore[arg-type]
    ahead.plan()
    pane.frame()
    pane.idle()
    assert ahead.below() == range(100, 100)
    assert finished == []


def test_a_new_look_plans_the_page_below_again() -> None:
    # review11b #10: moving the focus changes the tint, the next frame drops every kept line, the page below too
    async def scenario() -> None:
        async with PaneApp().run_test(size=(70, 14)) as pilot:
            pane = await paged_down(pilot)
            below = pane._page_ahead.below()
            assert kept(pane, below) == list(below)
            pane.blur()
            await pilot.pause()
            await pilot.pause()
            assert kept(pane, below) == list(below)

    asyncio.run(scenario())
