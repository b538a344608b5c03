"""Analysis and indexing in child processes: results arrive, progress is shown, quitting kills them."""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import os
import threading
import time
from pathlib import Path

import pytest
from textual.widgets import Static

from reader.core.pipeline import analyze
from reader.core.text.loader import load_articles
from reader.tui import background, children
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


class SlowJob:
    """A `ChildJob` whose start takes until ``go`` is set (a child reading its arguments)."""

    started = threading.Event()
    go = threading.Event()

    def __init__(self, target: object, *args: object) -> None:
        SlowJob.started.set()
        SlowJob.go.wait(5)
        self.cancelled: list[float] = []

    def cancel(self, wait: float = 1) -> None:
        self.cancelled.append(wait)


def test_a_quit_while_a_child_starts_still_kills_and_reaps_it(monkeypatch) -> None:
    """`q` (cancel without waiting, then with) in the window where the child is started but not yet in
    `_jobs`: the reaping waits for it, so no child outlives the app."""
    monkeypatch.setattr(background, "ChildJob", SlowJob)
    SlowJob.started.clear()
    SlowJob.go.clear()
    app = ReaderApp([A, B], processes=True)
    jobs: list[SlowJob] = []
    starting = threading.Thread(target=lambda: jobs.append(app._start(analysis_child)))
    starting.start()
    assert SlowJob.started.wait(5)
    app.cancel_background(wait=0)  # on `q`: does not block on the child being started
    threading.Timer(0.2, SlowJob.go.set).start()
    app.cancel_background(wait=1)  # after the terminal is back: waits for it, then reaps it
    assert [bool(job.cancelled) for job in app._jobs] == [True]  # before the process would end (`os._exit`)
    starting.join(5)
    assert jobs == app._jobs


class GonePipe:
    def __init__(self) -> None:
        self.closed = False

    def send(self, report: object) -> None:
        raise BrokenPipeError

    def close(self) -> None:
        self.closed = True


def test_a_child_whose_app_is_gone_ends_quietly() -> None:
    conn = GonePipe()

    def work() -> None:
        conn.send(("stage", "align", {}))  # a progress report, after the app quit

    children._run(conn, work)  # type: ignore[arg-type]
    children._run(conn, lambda: "done")  # type: ignore[arg-type]
    assert conn.closed


def _niceness_before_and_after() -> tuple[int, int]:
    before = os.getpriority(os.PRIO_PROCESS, 0)
    children.second_in_line()
    return before, os.getpriority(os.PRIO_PROCESS, 0)


def test_a_child_goes_second_in_line_behind_the_app() -> None:
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        before, after = pool.submit(_niceness_before_and_after).result(timeout=60)
    assert before == os.getpriority(os.PRIO_PROCESS, 0)  # a child starts with the app's priority
    assert after == min(19, before + children.CHILD_NICENESS)


class Lowered(Exception):
    pass


@pytest.mark.parametrize("target", [children.analysis_child, children.index_child])
def test_a_child_lowers_its_priority_before_any_work(monkeypatch, target) -> None:
    """Before its imports (~0.5 s of CPU while the first keys come in) and before it reads its articles."""

    def lowered() -> None:
        raise Lowered

    monkeypatch.setattr(children, "second_in_line", lowered)
    conn = GonePipe()
    args = (conn, None, None) if target is children.analysis_child else (conn, None)
    with pytest.raises(Lowered):
        target(*args)
    assert not conn.closed
