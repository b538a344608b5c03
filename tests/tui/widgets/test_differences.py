"""The Differences list, driven through a small test app and the Pilot."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from textual.app import ComposeResult

from reader.core.model import Analysis, Article, Discrepancy, Match, Passage
from reader.core.pipeline import analyze
from reader.core.text.loader import load_articles
from reader.tui.widgets.differences import NOTHING, DifferencesList, discrepancy_prompt, grouped
from tests.tui.widgets.conftest import StyledApp

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "discrepancies"
COURT = analyze(load_articles([FIXTURES / "court_a.txt", FIXTURES / "court_b.txt"]))


class ListApp(StyledApp):
    def __init__(self, analysis: Analysis | None) -> None:
        super().__init__()
        self.analysis = analysis
        self.picked: list[DifferencesList.DiscrepancyPicked] = []

    def compose(self) -> ComposeResult:
        yield DifferencesList(self.analysis, id="differences")

    def on_differences_list_discrepancy_picked(self, event: DifferencesList.DiscrepancyPicked) -> None:
        self.picked.append(event)


def run(coro) -> None:
    asyncio.run(coro)


def rows(widget: DifferencesList) -> list[str]:
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


def test_rows_are_grouped_under_their_passage_and_enter_posts_the_pick() -> None:
    async def scenario() -> None:
        app = ListApp(COURT)
        async with app.run_test(size=(60, 30)) as pilot:
            widget = app.query_one(DifferencesList)
            shown = rows(widget)
            groups = grouped(COURT)
            assert len(shown) == len(groups) + len(COURT.discrepancies)
            assert shown[0].startswith("Passage 1 · A ↔ B")
            assert "23 defendants" in shown[1] and "number" in shown[1]
            assert widget.ordered_ids() == [d.id for d in COURT.discrepancies]
            widget.focus()
            await pilot.press("down", "enter")
            await pilot.pause()
            assert app.picked, "picking a row posts DiscrepancyPicked"
            first = app.picked[-1]
            assert first.discrepancy_id in widget.ordered_ids()
            assert first.match_id == next(d.match for d in COURT.discrepancies if d.id == first.discrepancy_id)
            assert widget.selected == first.discrepancy_id
            assert str(widget.get_option(first.discrepancy_id).prompt).startswith("● ")

    run(scenario())


def test_step_walks_and_wraps_and_show_discrepancy_posts_nothing() -> None:
    async def scenario() -> None:
        app = ListApp(COURT)
        async with app.run_test(size=(60, 30)) as pilot:
            widget = app.query_one(DifferencesList)
            ids = widget.ordered_ids()
            assert widget.step(None) == ids[0] and widget.step(None, forward=False) == ids[-1]
            assert widget.step(ids[0]) == ids[1] and widget.step(ids[-1]) == ids[0]
            assert widget.step(ids[0], forward=False) == ids[-1]
            widget.show_discrepancy(ids[2])
            await pilot.pause()
            assert widget.highlighted == widget.get_option_index(ids[2])
            assert app.picked == []

    run(scenario())


def test_show_pair_narrows_and_an_empty_list_says_so() -> None:
    async def scenario() -> None:
        app = ListApp(COURT)
        async with app.run_test(size=(60, 20)) as pilot:
            widget = app.query_one(DifferencesList)
            widget.show_pair("A", "C")
            await pilot.pause()
            assert rows(widget) == [NOTHING] and widget.step(None) is None
            widget.show_pair("B", "A")
            await pilot.pause()
            assert len(widget.ordered_ids()) == len(COURT.discrepancies)

    run(scenario())


def test_article_text_is_never_markup() -> None:
    text_a = "The court fined [b]23 defendants[/b] [/] on Saturday for insulting the judiciary in the case."
    text_b = "The court fined [b]22 defendants[/b] [/] on Saturday for insulting the judiciary in the case."
    articles = (Article("A", "a.txt", text_a), Article("B", "b.txt", text_b))
    match = Match("m1", Passage("A", 0, len(text_a)), Passage("B", 0, len(text_b)), 95.0, "verbatim")
    d = Discrepancy("d1", "number", "m1", Passage("A", 19, 32), Passage("B", 19, 32), "A: [/] 23 · B: [b]22", "high")
    analysis = Analysis(articles=articles, matches=(match,), discrepancies=(d,))
    assert "A: [/] 23 · B: [b]22" in str(discrepancy_prompt(d))

    async def scenario() -> None:
        app = ListApp(analysis)
        async with app.run_test(size=(70, 10)) as pilot:
            await pilot.pause()
            shown = rows(app.query_one(DifferencesList))
            assert "[b]23 defendants" in shown[0] and "[/] 23" in shown[1]

    run(scenario())


def test_a_discrepancy_outside_its_passage_says_where_it_is() -> None:
    d = Discrepancy("d1", "number", "m1", Passage("A", 0, 7), Passage("B", 0, 9), "A: Tuesday · B: Wednesday", "medium")
    assert "elsewhere" not in str(discrepancy_prompt(d)) and "next to it" not in str(discrepancy_prompt(d))
    assert str(discrepancy_prompt(replace(d, place="elsewhere"))).startswith("  number · elsewhere")
    assert "quote · next to it" in str(discrepancy_prompt(replace(d, kind="quote", place="beside")))


def test_set_analysis_after_mount_replaces_the_placeholder() -> None:
    async def scenario() -> None:
        app = ListApp(None)
        async with app.run_test(size=(60, 20)) as pilot:
            widget = app.query_one(DifferencesList)
            assert rows(widget) == ["Analysing…"]
            widget.set_analysis(COURT)
            await pilot.pause()
            assert len(widget.ordered_ids()) == len(COURT.discrepancies)

    run(scenario())
