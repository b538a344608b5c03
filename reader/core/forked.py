"""A list worked out in two halves at once: one here, one in a forked child process."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TypeVar

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
    context = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # else the child would write a copy of what is buffered
        stream.flush()
    receiver, sender = context.Pipe(duplex=False)
    pack = packing[0] if packing is not None else None
    process = context.Process(target=_child, args=(sender, work, items[cut:], pack), daemon=True, name="reader-half")
    try:
        process.start()
    except OSError:
        receiver.close()
        return in_turn(work, items, meanwhile)
    finally:
        sender.close()
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
