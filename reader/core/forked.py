"""A list worked out in two halves at once: one here, one in a forked child process."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
P = TypeVar("P")


def map_in_halves(
    work: Callable[[T], R],
    items: Sequence[T],
    share: float = 0.5,
    packing: tuple[Callable[[R], P], Callable[[P], R]] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[R]:
    """``[work(x) for x in items]``: the last ``1 - share`` of the items in a forked child, the rest here, at once.

    The same list, sooner on two cores: the child is a fork, so ``work`` may be a
    closure over anything this process holds; only its results come back (pickled).
    ``work`` must be pure as far as the results go (a cache it fills is fine: the
    child's entries are lost, never wrong). Where fork is missing, or the child fails
    in any way, this process works out the child's part too (and fails, if at all,
    as it would without a child). Only a process that may fork should call this (the CLI's).
    ``packing``: (pack, unpack), a compact form of each result for the trip back (plain tuples
    pickle several times faster than dataclasses), with ``unpack(pack(r)) == r``.
    ``meanwhile``: other work of this process, done once after its share of the items, while the child
    may still be at work on the rest (without a child: after all the items).
    """
    cut = int(len(items) * share)
    if not 0 < cut < len(items) or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return in_turn(work, items, meanwhile)
    pack = packing[0] if packing is not None else None
    started = _start_child(_child, (work, items[cut:], pack))
    if started is None:
        return in_turn(work, items, meanwhile)
    process, receiver = started
    try:
        here = in_turn(work, items[:cut], meanwhile)
        there: list[R] | None = None
        try:
            kind, payload = receiver.recv()
            if kind == "done":
                there = payload if packing is None else [packing[1](p) for p in payload]
        except (EOFError, OSError):
            pass
        if there is None:
            there = [work(x) for x in items[cut:]]
        return here + there
    finally:
        _end_child(process, receiver)


def map_from_both_ends(
    work: Callable[[T], R],
    items: Sequence[T],
    packing: tuple[Callable[[R], P], Callable[[P], R]] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[R]:
    """``[work(x) for x in items]``: a forked child takes the items from the back while this process does
    ``meanwhile`` (its other work, once) and then takes them from the front, until the two meet.

    Where `map_in_halves` fixes the split in advance, and so must guess what an item and ``meanwhile`` cost
    (a wrong guess leaves one process idle while the other works), here both end within an item of each other
    whatever they cost. The same conditions as `map_in_halves`: ``work`` pure as far as the results go, only a
    process that may fork calls this, and without a child (or if it fails) this process does it all.
    """
    if len(items) < 2 or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return in_turn(work, items, meanwhile)
    context = multiprocessing.get_context("fork")
    try:
        ends = context.RawArray("q", [0, len(items)])  # [the next item from the front, one past the next from the back]
        lock = context.Lock()
    except (OSError, ImportError):  # no shared memory or no semaphores here (some sandboxes): no child either
        return in_turn(work, items, meanwhile)
    pack = packing[0] if packing is not None else None
    started = _start_child(_child_from_back, (work, items, pack, ends, lock))
    if started is None:
        return in_turn(work, items, meanwhile)
    process, receiver = started
    try:
        if meanwhile is not None:
            meanwhile()
        here = []
        while (k := _take(ends, lock, front=True)) is not None:
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
    finally:
        _end_child(process, receiver)


def _take(ends: Any, lock: Any, front: bool) -> int | None:
    """The index of the next item nobody has taken, from the front or the back; None once the two ends meet."""
    with lock:
        first: int = ends[0]
        past: int = ends[1]
        if first >= past:
            return None
        if front:
            ends[0] = first + 1
            return first
        ends[1] = past - 1
        return past - 1


def _child_from_back(
    conn: Connection, work: Callable[[T], R], items: Sequence[T], pack: Callable[[R], object] | None, ends: Any, lock: Any
) -> None:
    def produce() -> None:
        results = []
        while (k := _take(ends, lock, front=False)) is not None:
            results.append(work(items[k]))
        results.reverse()  # (taken from the back: in the items' order now)
        conn.send(("done", results if pack is None else [pack(r) for r in results]))

    serve_child(conn, produce)


def _start_child(target: Callable[..., None], args: tuple[Any, ...]) -> tuple[BaseProcess, Connection] | None:
    """A forked child running ``target(sender, *args)``, and the end of the pipe it answers on; None if it
    could not be started."""
    context = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # else the child would write a copy of what is buffered
        stream.flush()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=target, args=(sender, *args), daemon=True, name="reader-half")
    try:
        process.start()
    except OSError:
        receiver.close()
        return None
    finally:
        sender.close()
    return process, receiver


def _end_child(process: BaseProcess, receiver: Connection) -> None:
    """The child ended and waited for: never left behind, running or as a zombie."""
    receiver.close()
    process.join(2)
    if process.is_alive():
        process.terminate()
    process.join(5)


def in_turn(work: Callable[[T], R], items: Sequence[T], meanwhile: Callable[[], None] | None = None) -> list[R]:
    """``[work(x) for x in items]`` in this process, then ``meanwhile`` (if given): `map_in_halves` without a child."""
    done = [work(x) for x in items]
    if meanwhile is not None:
        meanwhile()
    return done


def _child(conn: Connection, work: Callable[[T], R], items: Sequence[T], pack: Callable[[R], object] | None) -> None:
    def produce() -> None:
        results = [work(x) for x in items]
        conn.send(("done", results if pack is None else [pack(r) for r in results]))

    serve_child(conn, produce)


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
