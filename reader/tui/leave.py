"""Quitting at once: the terminal is given back first, then the process ends.

Textual's own way out takes ~200 ms before the screen goes, and longer before
the process ends: it joins its input thread, which waits in
``select(0.1)`` twice (the second time with nothing registered, a plain
0.1 s sleep), then unmounts every widget, and only then leaves the alternate
screen. Nothing in that is needed when the user quits the app: it never has
anything left to write (settings and exported reports are written when they
are made; the clipboard and the frames go through the driver's writer, which
is drained below), and the analysis children are killed before (and reaped after the terminal is back,
so that none outlives the process).

So `q` (and ctrl+c) put the terminal back with the driver's own
``stop_application_mode`` (minus the input thread's join), wait for the writer thread to have written it,
and end the process with ``os._exit``. Only for the app as the `reader`
command runs it, in a real terminal: tests and embedders keep Textual's exit.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from reader.tui import trace


def can_leave_at_once(driver: Any) -> bool:
    """Whether ``driver`` is a terminal driver this module knows how to put back (Textual's Linux driver)."""
    return all(hasattr(driver, name) for name in ("stop_application_mode", "exit_event", "_key_thread", "_writer_thread"))


def give_terminal_back(driver: Any) -> None:
    """The driver's own ``stop_application_mode`` (modes off, input flushed, terminal attributes, the normal
    screen and the cursor back), without waiting for its input thread; written and flushed when this returns.

    The input thread's join is the slow part (two ``select(0.1)``): with no thread to join, Textual's
    ``disable_input`` still turns the mouse off and flushes the keys typed meanwhile (``tcflush``), which
    would otherwise reach the user's shell. The thread is then told to stop; ``os._exit`` ends it anyway.
    """
    driver._key_thread = None
    driver.stop_application_mode()
    driver.exit_event.set()  # `disable_input` clears it after its (skipped) join: the input thread stops reading
    writer = driver._writer_thread
    if writer is not None:
        writer.stop()  # everything queued before (the last frame, a copy to the clipboard) is written, then this
        driver._writer_thread = None


def leave_now(driver: Any, code: int = 0, then: Callable[[], object] = lambda: None) -> None:
    """Give the terminal back, call ``then`` (reap the killed children: the screen need not wait for them,
    but the process should not end before them), and end the process with ``code``. Returns only if the
    terminal could not be given back (the caller then exits as Textual does)."""
    try:
        give_terminal_back(driver)
    except Exception:  # noqa: BLE001 - Textual's own exit puts it back
        return
    try:
        then()
        reap_children()
    finally:
        _end(code)


def reap_children(wait: float = 1) -> None:
    """Kill and reap every child this process started with multiprocessing: ``os._exit`` skips
    multiprocessing's exit handler, and a child left running would print onto the user's shell."""
    multiprocessing = sys.modules.get("multiprocessing")  # not imported: no child was ever started
    if multiprocessing is None:
        return
    for child in multiprocessing.active_children():
        child.kill()
        child.join(wait)


def _end(code: int) -> None:
    try:
        trace.finish()
        for stream in (sys.__stdout__, sys.__stderr__):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
    finally:
        os._exit(code)  # always: the terminal is given back, and Textual's own exit would fail without its writer
