"""Analysis and indexing in child processes: results arrive, progress is shown, quitting kills them."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from textual.widgets import Static

from reader.core.pipeline import analyze
from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp
from reader.tui.background import ChildJob, analysis_child, analysis_progress

SEED = Path(__file__).resolve().parents[2] / "articles"
A, B = load_articles([SEED])


def test_the_child_reports_each_stage_then_the_same_analysis_as_in_process() -> None:
    job = ChildJob(analysis_child, (A, B), None)
    reports = list(job.reports())
    assert [r[1] for r in reports[:-1]] == ["align", "actors", "attributions"]
    assert reports[1][2] == {"matches": len(reports[-1][1].matches)}
    assert reports[-1][0] == "done" and reports[-1][1].matches == analyze((A, B)).matches
    assert job.wait(5)


def test_progress_says_the_stage_and_what_was_found() -> None:
    assert analysis_progress(2, "align", {}) == "Analysing 2 articles: finding shared passages…"
    assert analysis_progress(2, "actors", {"matches": 17}) == "Analysing 2 articles: finding actors (17 shared passages so far)…"


def test_the_app_gets_its_analysis_and_index_from_child_processes() -> None:
    async def main() -> None:
        app = ReaderApp((A, B), processes=True)
        async with app.run_test(size=(120, 30)) as pilot:
            deadline = time.monotonic() + 60
            while (app.analysis is None or app.search_index is None) and time.monotonic() < deadline:
                await pilot.pause(0.05)
            assert app.analysis is not None and app.search_index is not None
            assert "shared passages" in str(app.query_one("#status", Static).render())
            for job in app._jobs:  # they end on their own once they have sent their result
                assert job.wait(30)  # niced children exit slowly on a loaded machine

    asyncio.run(main())


def test_quitting_during_the_analysis_kills_the_children_at_once() -> None:
    async def main() -> list[ChildJob]:
        app = ReaderApp((A, B), processes=True)
        async with app.run_test(size=(120, 30)) as pilot:
            while len(app._jobs) < 2:
                await pilot.pause(0.01)
            jobs = list(app._jobs)
            start = time.monotonic()
            await pilot.press("ctrl+c")
        assert time.monotonic() - start < 5
        return jobs

    jobs = asyncio.run(main())
    assert all(job.wait(5) for job in jobs)  # killed: reaped within moments


def test_articles_loaded_without_sentences_get_them_back_with_the_same_analysis() -> None:
    from reader.core.text.build import sentences_later, with_sentences

    with sentences_later():
        bare = load_articles([SEED])
    assert all(not article.sentences for article in bare) and [with_sentences(a) for a in bare] == [A, B]

    async def main() -> None:
        app = ReaderApp(bare, processes=True)
        async with app.run_test(size=(120, 30)) as pilot:
            deadline = time.monotonic() + 60
            while (app.analysis is None or app.search_index is None) and time.monotonic() < deadline:
                await pilot.pause(0.05)
            assert app.analysis is not None and app.analysis.matches == analyze((A, B)).matches
            assert app.articles == (A, B)  # adopted from the children, sentences and all
            for job in app._jobs:
                assert job.wait(30)

    asyncio.run(main())
