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

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.lexicons import Lexicons
    from reader.core.model import Article

CHILD_NICENESS = 5

# What a child sends: ("stage", name, counts so far), then ("done", result) or ("error", one line).
Report = tuple[Any, ...]


def analysis_child(conn: Connection, articles: Sequence[Article], lexicons: Lexicons | None) -> None:
    """In the child: analyse, telling each stage as it starts."""
    from reader.core.pipeline import analyze  # here: the app's own start-up need not import the pipeline

    def progress(stage: str, found: Mapping[str, int]) -> None:
        conn.send(("stage", stage, dict(found)))

    _run(conn, lambda: analyze(articles, lexicons, progress))


def index_child(conn: Connection, articles: Sequence[Article]) -> None:
    """In the child: build the search index."""
    from reader.core.search import SearchIndex

    _run(conn, lambda: SearchIndex.build(articles))


def _run(conn: Connection, work: Callable[[], object]) -> None:
    # Second in line for the CPU: on a busy machine the app's own process, answering keys, goes first.
    os.nice(CHILD_NICENESS)
    try:
        result = work()
    except Exception as error:  # the app stays a plain reader and says why
        conn.send(("error", f"{type(error).__name__}: {error}"))
    else:
        conn.send(("done", result))
    finally:
        conn.close()


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
        context = multiprocessing.get_context("spawn")
        self._reports, sender = context.Pipe(duplex=False)
        # Daemonic: if the app dies without cancelling, the interpreter's exit still ends the child.
        self.process = context.Process(target=target, args=(sender, *args), daemon=True, name="reader-" + target.__name__)
        with real_stderr():
            self.process.start()
        sender.close()  # only the child writes: its end closing (exit, kill) ends `reports`

    def reports(self) -> Iterator[Report]:
        """The child's reports as they come; ends when the child is done or killed."""
        try:
            while True:
                try:
                    report = self._reports.recv()
                except (EOFError, OSError):
                    return
                yield report
                if report[0] != "stage":
                    return
        finally:
            self.process.join(timeout=5)  # reaped, not left a zombie

    def cancel(self) -> None:
        """Kill the child now (the app is quitting); safe to call twice or after it ended."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=1)
