"""Analysis and search indexing in child processes, so the app's own process keeps its GIL.

In a thread, the analysis holds the GIL through long C calls (rapidfuzz,
numpy) and a key could wait seconds for the screen. A child process started
with the *spawn* context (no fork of a process that has threads) runs the
work and sends back, through a pipe, progress messages and then the result.
The app reads the pipe in a thread worker: ``recv`` waits without the GIL,
and the unpickling of the result is Python code that yields the GIL every few
milliseconds, so keys go on being answered while a big analysis lands.

Quitting terminates the children at once (``cancel``); the reading thread then
sees the pipe close and ends.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from textual import work
from textual.app import App

from reader.core.model import Analysis, Article
from reader.tui import trace
from reader.tui.children import LexiconFiles, Report, analysis_child, built, index_child, unpacked_result, whole
from reader.tui.leave import can_leave_at_once, leave_now
from reader.tui.packing import pack_all
from reader.tui.view.wrap import forget_offers

if TYPE_CHECKING:
    from reader.core.lexicons import Lexicons
    from reader.core.search import SearchIndex

# Below this much text the analysis takes less time than starting a child process (~1 s of imports).
PROCESSES_FROM_CHARS = 200_000


def analyze(articles: Sequence[Article], lexicons: Lexicons | None = None) -> Analysis:
    """The analysis, for a run in a thread of this process (``processes=False``; tests replace this).

    The pipeline is imported here, not at the top: its imports (numpy,
    rapidfuzz, the lexicons) cost ~0.4 s that the first screen need not wait for.
    """
    from reader.core.pipeline import analyze as run_pipeline

    return run_pipeline(whole(articles), lexicons)


def settle_garbage_collector() -> None:
    """Keep the objects alive now out of future collections: the articles and modules (at start), the
    widgets (after the first frame), the analysis and the index (millions of objects, when they land).

    Python's full collection walks every live object: with two 1 MB articles on
    screen that was a 200-400 ms freeze, every few dozen keys, while the
    analysis ran. They live as long as the app, so scanning them again finds
    nothing to free.
    """
    gc.freeze()


STAGE_WORDS = {"align": "finding shared passages", "actors": "finding actors", "attributions": "finding attributions"}


def analysis_progress(article_count: int, stage: str, found: Mapping[str, int]) -> str:
    """``Analysing 2 articles: finding actors (17 shared passages so far)…``"""
    counts = [f"{n} {'shared passages' if what == 'matches' else what}" for what, n in found.items()]
    so_far = f" ({', '.join(counts)} so far)" if counts else ""
    return f"Analysing {article_count} articles: {STAGE_WORDS.get(stage, stage)}{so_far}…"


_stderr_lock = threading.Lock()


@contextmanager
def real_stderr() -> Iterator[None]:
    """The process's own stderr while a child starts.

    Starting the first child also starts multiprocessing's resource tracker,
    which hands it ``sys.stderr.fileno()``; a running Textual app has replaced
    ``sys.stderr`` with a capture whose file number is not a real one.
    """
    with _stderr_lock:
        captured, sys.stderr = sys.stderr, sys.__stderr__ or sys.stderr
        try:
            yield
        finally:
            sys.stderr = captured


class ChildJob:
    """One child process running ``target(conn, *args)``, and the pipe its reports come through."""

    def __init__(self, target: Callable[..., None], *args: object) -> None:
        import multiprocessing  # here: the first frame need not wait for it

        context = multiprocessing.get_context("spawn")
        self._reports, sender = context.Pipe(duplex=False)
        # Daemonic: if the app dies without cancelling, the interpreter's exit still ends the child.
        self.process = context.Process(target=target, args=(sender, *args), daemon=True, name="reader-" + target.__name__)
        with real_stderr():
            self.process.start()
        sender.close()  # only the child writes: its end closing (exit, kill) ends `reports`

    def reports(self) -> Iterator[Report]:
        """The child's reports as they come (the result's articles unpacked); ends when the child is done or
        killed."""
        try:
            while True:
                try:
                    report = self._reports.recv()
                except (EOFError, OSError):
                    return
                if report[0] == "done":
                    report = ("done", unpacked_result(report[1]))
                yield report
                if report[0] != "stage":
                    return
        finally:
            self.wait(5)  # reaped, not left a zombie

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the child to be reaped; whether it was.

        `Process.join` returns as soon as the child's sentinel closes, which the kernel does a moment
        before the exit can be collected, so one `join` may still leave `is_alive()` true.
        """
        deadline = time.monotonic() + timeout
        while self.process.exitcode is None and time.monotonic() < deadline:
            self.process.join(timeout=max(0.0, min(0.05, deadline - time.monotonic())))
        return self.process.exitcode is not None

    def cancel(self, wait: float = 1) -> None:
        """Kill the child now (the app is quitting) and reap it within ``wait`` seconds; safe to call twice
        or after it ended."""
        if self.process.is_alive():
            self.process.kill()
        if wait:
            self.wait(wait)


class BackgroundWork(App[None]):
    """The app's side of the background work: start it after the first frame, show its progress, hand over
    the results (`analysis_ready`, `index_ready`), and kill it on quit.

    A base class of `ReaderApp` (which provides ``articles``, ``lexicons``, ``set_status`` and the two
    ``*_ready`` methods).
    """

    articles: tuple[Article, ...]
    lexicons: Lexicons | LexiconFiles | None
    processes: bool

    def __init__(self) -> None:
        super().__init__()
        self._jobs: list[ChildJob] = []
        self._jobs_lock = threading.Lock()  # a child being started is in `_jobs` before `q` reaps them

    def set_status(self, message: str) -> None:
        raise NotImplementedError

    def analysis_ready(self, analysis: Analysis) -> None:
        raise NotImplementedError

    def index_ready(self, index: SearchIndex) -> None:
        raise NotImplementedError

    def adopt_segmented(self, articles: Sequence[Article]) -> None:
        """The same articles back from a child, with their sentences (the app loads them without)."""
        if [(a.id, a.text) for a in articles] == [(a.id, a.text) for a in self.articles]:
            self.articles = tuple(articles)

    def _start_background(self) -> None:
        trace.mark("background")
        forget_offers()  # wraps made ahead for panes that turned out another width
        settle_garbage_collector()  # the first frame's widgets, styles and caches stay (collection resumes next)
        self._analyse()
        self._index()

    # -- background work ------------------------------------------------------

    # No arguments and a fixed description: Textual names a worker after the repr
    # of its arguments, which for megabytes of article text costs seconds.
    @work(thread=True, exit_on_error=False, group="analysis", description="analysis")
    def _analyse(self) -> None:
        if not self.processes:
            try:
                analysis = analyze(self.articles, built(self.lexicons))
            except Exception as error:  # the app stays a usable plain reader
                self.call_from_thread(self.set_status, f"Analysis failed: {error}")
            else:
                settle_garbage_collector()
                self.call_from_thread(self.analysis_ready, analysis)
            return
        job = self._start(analysis_child, pack_all(self.articles), self.lexicons)
        for report in job.reports():
            if report[0] == "stage":
                self.call_from_thread(self.set_status, analysis_progress(len(self.articles), report[1], report[2]))
            elif report[0] == "done":
                settle_garbage_collector()
                self.call_from_thread(self.analysis_ready, report[1])
            else:
                self.call_from_thread(self.set_status, f"Analysis failed: {report[1]}")

    @work(thread=True, exit_on_error=False, group="index", description="search index")
    def _index(self) -> None:
        if not self.processes:
            from reader.core.search import SearchIndex

            index = SearchIndex.build(whole(self.articles))
        else:
            job = self._start(index_child, pack_all(self.articles))
            done = [report[1] for report in job.reports() if report[0] == "done"]
            if not done:
                return
            index = done[0]
        settle_garbage_collector()
        self.call_from_thread(self.index_ready, index)

    _quitting = False

    def _start(self, target: Callable[..., None], *args: object) -> ChildJob:
        # Held from the start of the child until it is in `_jobs`: `ChildJob` returns only once the child
        # has read its arguments (up to a second), and a `q` in that window would otherwise miss it, leaving
        # a child that outlives the app (`os._exit` skips multiprocessing's own exit handler).
        with self._jobs_lock:
            job = ChildJob(target, *args)  # returns once the child has read its arguments
            trace.mark(f"started {target.__name__}")
            self._jobs.append(job)
            if self._quitting:  # `q` came while it started: its result would be thrown away
                job.cancel()
        return job

    def cancel_background(self, wait: float = 1) -> None:
        """Kill the analysis and indexing processes (quitting: their results would be thrown away).

        ``wait=0`` (on `q`, before the terminal is given back) kills those started, without blocking;
        ``wait > 0`` also waits for a child being started to be in `_jobs`, then kills and reaps them all.
        """
        self._quitting = True
        if not wait:
            for job in list(self._jobs):
                job.cancel(0)
            return
        with self._jobs_lock:
            for job in self._jobs:
                job.cancel(wait)

    quit_at_once = False
    """`q` gives the terminal back and ends the process at once (`reader.tui.leave`); set by the `reader`
    command, not in tests, where Textual's own exit runs."""

    async def action_quit(self) -> None:
        # Killed now, reaped later (on unmount, by the thread reading their reports, or by init once this
        # process has ended): the screen need not wait for the kernel.
        trace.mark("quit")
        self.cancel_background(wait=0)
        if self.quit_at_once and not self.is_headless and can_leave_at_once(self._driver):
            leave_now(self._driver, then=self.cancel_background)  # returns only if it could not
        await super().action_quit()

    def on_unmount(self) -> None:
        self.cancel_background()
