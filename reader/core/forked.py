"""A list worked out by two processes at once: this one from the front, a forked child from the back."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
P = TypeVar("P")


def map_from_both_ends(
    work: Callable[[T], R],
    items: Sequence[T],
    packing: tuple[Callable[[R], P], Callable[[P], R]] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[R]:
    """``[work(x) for x in items]``: a forked child takes the items from the back while this process does
    ``meanwhile`` (its other work, once) and then takes them from the front, until the two meet.

    A split fixed in advance would have to guess what an item and ``meanwhile`` cost (a wrong guess leaves
    one process idle while the other works); here both end within an item of each other whatever they cost.
    The child is a fork, so ``work`` may be a closure over anything this process holds; only its results
    come back (pickled). ``work`` must be pure as far as the results go (a cache it fills is fine: the
    child's entries are lost, never wrong; but the child is forked before ``meanwhile`` runs, so what
    ``meanwhile`` caches is not there). Where fork is missing, or the child fails in any way, this process
    works out the child's part too (and fails, if at all, as it would without a child). Only a process that
    may fork, with no other thread, should call this (the CLI's).
    ``packing``: (pack, unpack), a compact form of each result for the trip back (plain tuples pickle
    several times faster than dataclasses), with ``unpack(pack(r)) == r``.
    """
    if len(items) < 2 or not may_fork():
        return in_turn(work, items, meanwhile)
    context = multiprocessing.get_context("fork")
    try:
        ends = context.RawArray("q", [0, len(items)])  # [the next item from the front, one past the next from the back]
        lock = context.Lock()
    except (OSError, ImportError):  # no shared memory or no semaphores here (some sandboxes): no child either
        return in_turn(work, items, meanwhile)
    pack = packing[0] if packing is not None else None
    started = start_child(_child_from_back, (work, items, pack, ends, lock, os.getpid()))
    if started is None:
        return in_turn(work, items, meanwhile)
    process, receiver = started
    try:
        if meanwhile is not None:
            meanwhile()
        here = []
        while (k := _take(ends, lock, front=True, alive=lambda: process.exitcode is None)) is not None:
            here.append(work(items[k]))
        there: list[R] | None = None
        try:
            kind, payload = receiver.recv()
            if kind == "done" and len(payload) == len(items) - len(here):
                there = payload if packing is None else [packing[1](p) for p in payload]
        except (EOFError, OSError):
            pass
        if there is None:  # the child failed: its part (all the items this process did not take) is done here
            there = [work(x) for x in items[len(here) :]]
        return here + there
    except BaseException:  # an error or Ctrl-C here: the child's part is of no use now, stopped at once
        process.terminate()
        raise
    finally:
        _end_child(process, receiver)


def may_fork() -> bool:
    """Whether a forked child can help: two cores or more, fork there, and no other thread in this process (a
    fork copies the locks other threads hold, held for good in the child: an import in it could wait forever)."""
    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _take(ends: Any, lock: Any, front: bool, alive: Callable[[], bool]) -> int | None:
    """The index of the next item nobody has taken, from the front or the back; None once the two ends meet,
    or once the other process has died (``alive()`` false while the lock is held: it may have died holding it,
    and a semaphore is never given back by a dead process)."""
    while not lock.acquire(timeout=_LOCK_PATIENCE):
        if not alive():
            return None
    try:
        first: int = ends[0]
        past: int = ends[1]
        if first >= past:
            return None
        if front:
            ends[0] = first + 1
            return first
        ends[1] = past - 1
        return past - 1
    finally:
        lock.release()


# Seconds between looks at whether the other process lives, while the lock is held (it is held for microseconds).
_LOCK_PATIENCE = 0.05


def _child_from_back(
    conn: Connection,
    work: Callable[[T], R],
    items: Sequence[T],
    pack: Callable[[R], object] | None,
    ends: Any,
    lock: Any,
    parent: int,
) -> None:
    def produce() -> None:
        results = []
        # (Orphaned, it stops: a parent that died holding the lock would leave it waiting for good.)
        while (k := _take(ends, lock, front=False, alive=lambda: os.getppid() == parent)) is not None:
            results.append(work(items[k]))
        results.reverse()  # (taken from the back: in the items' order now)
        conn.send(("done", results if pack is None else [pack(r) for r in results]))

    serve_child(conn, produce)


def start_child(
    target: Callable[..., None], args: tuple[Any, ...], name: str = "reader-half", pipe_bytes: int = 0
) -> tuple[BaseProcess, Connection] | None:
    """A forked child running ``target(sender, *args)``, and the end of the pipe it answers on; None if it
    could not be started. ``pipe_bytes``: the pipe made that large where the system allows it (Linux), so that
    a child whose answer fits goes on without waiting for it to be read."""
    context = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # else the child would write a copy of what is buffered
        stream.flush()
    receiver, sender = context.Pipe(duplex=False)
    if pipe_bytes:
        _widen(sender, pipe_bytes)
    process = context.Process(target=target, args=(sender, *args), daemon=True, name=name)
    try:
        process.start()
    except OSError:
        receiver.close()
        return None
    finally:
        sender.close()
    return process, receiver


def _widen(conn: Connection, size: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError):
        pass


def _end_child(process: BaseProcess, receiver: Connection) -> None:
    """The child ended and waited for: never left behind, running or as a zombie."""
    receiver.close()
    process.join(2)
    if process.is_alive():
        process.terminate()
    process.join(5)


def in_turn(work: Callable[[T], R], items: Sequence[T], meanwhile: Callable[[], None] | None = None) -> list[R]:
    """``meanwhile`` (if given), then ``[work(x) for x in items]``, in this process: `map_from_both_ends` without a
    child (in the order `map_from_both_ends` keeps, so that an error is the same one either way)."""
    if meanwhile is not None:
        meanwhile()
    return [work(x) for x in items]


def serve_child(conn: Connection, produce: Callable[[], None]) -> None:
    """The body of a forked worker: ``produce`` sends its results on ``conn``; any error is sent as
    ("failed", None), so that the parent works them out itself and reports the error as it always would."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops this child
    try:
        produce()
    except Exception:
        try:
            conn.send(("failed", None))
        except OSError:
            pass
    finally:
        conn.close()
