"""`map_from_both_ends`: the same list as a plain map, a forked child taking items from the back."""

from __future__ import annotations

import os
import signal
import time

import pytest

from reader.core import forked
from reader.core.forked import in_turn, map_from_both_ends

two_cores = pytest.mark.skipif(not forked.may_fork(), reason="no child is forked on one core or without fork")


@pytest.fixture
def started(monkeypatch) -> list:
    """The children `map_from_both_ends` starts, to look at their exit codes afterwards."""
    children: list = []
    real_process = forked.multiprocessing.get_context("fork").Process

    class Watched(real_process):  # type: ignore[misc, valid-type]
        def start(self) -> None:
            children.append(self)
            super().start()

    monkeypatch.setattr(forked.multiprocessing.get_context("fork"), "Process", Watched)
    return children


@two_cores
def test_the_same_list_the_child_from_the_back_this_process_from_the_front_after_meanwhile():
    parent = os.getpid()
    order: list[object] = []

    def work(n: int) -> tuple[int, bool]:
        time.sleep(0.005)
        order.append(n)  # seen here only for this process's items
        return n * n, os.getpid() == parent

    def meanwhile() -> None:
        time.sleep(0.3)  # the child starts on the back meanwhile
        order.append("meanwhile")

    found = map_from_both_ends(work, list(range(120)), meanwhile=meanwhile)
    assert [square for square, _ in found] == [n * n for n in range(120)]
    here = [n for n, (_, in_parent) in enumerate(found) if in_parent]
    assert order[0] == "meanwhile" and order[1:] == here  # meanwhile first, then the items from the front
    assert here == list(range(len(here)))  # a front part here, the rest (the back part) from the child
    assert not found[-1][1]  # the child took the last item, while this process did meanwhile


@two_cores
def test_the_faster_process_takes_more():
    parent = os.getpid()

    def work(n: int) -> bool:
        time.sleep(0.004 if os.getpid() == parent else 0.04)  # the child is slow: this process takes most items
        return os.getpid() == parent

    found = map_from_both_ends(work, list(range(60)))
    assert sum(found) > 40 and not found[-1]


def test_few_items_or_packed_results_give_the_plain_map():
    assert map_from_both_ends(lambda n: n + 1, []) == [] and map_from_both_ends(lambda n: n + 1, [4]) == [5]
    packing = (lambda r: (r[0],), lambda p: [p[0]])
    assert map_from_both_ends(lambda n: [n], list(range(9)), packing=packing) == [[n] for n in range(9)]
    assert map_from_both_ends(lambda n: n + 1, range(6)) == [1, 2, 3, 4, 5, 6]  # any sequence, a range too


@two_cores
def test_a_child_that_dies_mid_work_is_replaced_by_working_here(started):
    parent = os.getpid()
    calls: list[int] = []

    def work(n: int) -> int:
        if os.getpid() != parent and n == 25:
            os._exit(3)  # the child dies mid-work, after it has taken some items from the back
        return n * 2

    # This process is busy with meanwhile first, so the child surely works (and dies) before it takes anything.
    found = map_from_both_ends(work, list(range(30)), meanwhile=lambda: calls.append(os.getpid()) or time.sleep(0.3))
    assert found == [n * 2 for n in range(30)] and calls == [parent]
    assert [child.exitcode for child in started] == [3]


@two_cores
def test_a_child_that_dies_at_once_is_replaced_by_working_here(monkeypatch, started):
    monkeypatch.setattr(forked, "_child_from_back", lambda *args: os._exit(3))
    assert map_from_both_ends(lambda n: n - 1, list(range(6))) == [-1, 0, 1, 2, 3, 4]
    assert [child.exitcode for child in started] == [3]


@two_cores
def test_a_child_killed_while_it_holds_the_lock_does_not_hang_this_process(monkeypatch, started):
    real_take = forked._take
    parent = os.getpid()

    def take(ends, lock, front, alive):
        if os.getpid() != parent and not front and ends[1] == 20:
            lock.acquire()  # the child holds the lock ...
            os.kill(os.getpid(), signal.SIGKILL)  # ... and is killed: a dead process never gives a semaphore back
        return real_take(ends, lock, front, alive)

    monkeypatch.setattr(forked, "_take", take)
    begun = time.monotonic()
    found = map_from_both_ends(lambda n: n * 5, list(range(40)), meanwhile=lambda: time.sleep(0.2))
    assert found == [n * 5 for n in range(40)]
    assert time.monotonic() - begun < 5 and [child.exitcode for child in started] == [-signal.SIGKILL]


def test_without_semaphores_everything_is_done_here_meanwhile_first(monkeypatch):
    context = forked.multiprocessing.get_context("fork")

    def no_semaphores() -> None:
        raise ImportError("This platform lacks a functioning sem_open implementation")

    monkeypatch.setattr(context, "Lock", no_semaphores)
    order: list[object] = []
    found = map_from_both_ends(lambda n: order.append(n) or n * 3, list(range(5)), meanwhile=lambda: order.append("m"))
    assert found == [0, 3, 6, 9, 12] and order == ["m", 0, 1, 2, 3, 4]  # as in_turn does it, and as with a child


def test_no_child_is_forked_while_another_thread_runs(started):
    import threading

    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not forked.may_fork()
        assert map_from_both_ends(lambda n: n, list(range(10))) == list(range(10))
        assert started == []
    finally:
        release.set()
        other.join()


@two_cores
def test_an_error_here_is_raised_at_once_and_the_child_is_stopped(started):
    def work(n: int) -> int:
        time.sleep(0.01)
        if n == 0:
            raise ValueError("zero")  # this process's first item
        return n

    begun = time.monotonic()
    with pytest.raises(ValueError, match="zero"):
        map_from_both_ends(work, list(range(400)))
    assert time.monotonic() - begun < 1.0  # not after the child had worked out its part (4 s of it)
    assert started and not any(p.is_alive() for p in started)


@two_cores
def test_an_error_in_meanwhile_is_the_error_raised_with_or_without_a_child(started):
    def work(n: int) -> int:
        if n == 3:
            raise ValueError("an item")
        return n

    def meanwhile() -> None:
        raise RuntimeError("meanwhile")

    with pytest.raises(RuntimeError, match="meanwhile"):
        map_from_both_ends(work, list(range(8)), meanwhile=meanwhile)
    with pytest.raises(RuntimeError, match="meanwhile"):
        in_turn(work, list(range(8)), meanwhile)
    assert started and not any(p.is_alive() for p in started)


@two_cores
def test_an_error_in_the_child_s_items_is_raised_here():
    def work(n: int) -> int:
        if n == 7:
            raise ValueError("seven")
        return n

    # The child fails on item 7 and says so; this process then works the child's items out itself, and fails
    # as it would without a child.
    with pytest.raises(ValueError, match="seven"):
        map_from_both_ends(work, list(range(10)))
