"""`map_in_halves`: the same list as a plain map, half of it worked out in a forked child."""

from __future__ import annotations

import os

import pytest

from reader.core import forked
from reader.core.forked import map_from_both_ends, map_in_halves


def test_the_same_list_with_the_second_half_from_a_child():
    pids: dict[int, int] = {}

    def work(n: int) -> tuple[int, int]:
        pids[n] = os.getpid()  # kept in this process only for the first half
        return n * n, os.getpid()

    found = map_in_halves(work, list(range(10)))
    assert [square for square, _ in found] == [n * n for n in range(10)]
    assert {pid for _, pid in found[:5]} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in found[5:]}  # worked out in another process
    assert sorted(pids) == [0, 1, 2, 3, 4]
    assert map_in_halves(work, []) == [] and map_in_halves(work, [3]) == [(9, os.getpid())]


def test_a_child_that_fails_is_replaced_by_working_here(monkeypatch):
    monkeypatch.setattr(forked, "_child", lambda *args: os._exit(3))
    assert map_in_halves(lambda n: n + 1, list(range(6))) == [1, 2, 3, 4, 5, 6]


def test_an_error_in_the_work_is_raised_here():
    def work(n: int) -> int:
        if n == 7:
            raise ValueError("seven")
        return n

    try:
        map_in_halves(work, list(range(10)))
    except ValueError as error:
        assert str(error) == "seven"
    else:
        raise AssertionError("no error")


def test_results_may_travel_packed():
    packing = (lambda r: (r[0],), lambda p: [p[0]])
    assert map_in_halves(lambda n: [n], list(range(8)), packing=packing) == [[n] for n in range(8)]


def test_meanwhile_runs_here_once_after_this_process_s_share():
    order: list[object] = []

    def work(n: int) -> int:
        order.append(n)  # seen here only for this process's share
        return n + 1

    found = map_in_halves(work, list(range(8)), meanwhile=lambda: order.append("meanwhile"))
    assert found == list(range(1, 9))
    assert order == [0, 1, 2, 3, "meanwhile"]  # after its share, not after the child's
    order.clear()
    assert map_in_halves(work, [5], meanwhile=lambda: order.append("meanwhile")) == [6]  # no child: after all
    assert order == [5, "meanwhile"]


def test_a_child_that_dies_with_meanwhile_set_still_gives_every_result_and_meanwhile_once():
    parent = os.getpid()
    calls: list[int] = []

    def work(n: int) -> int:
        if os.getpid() != parent and n == 6:
            os._exit(3)  # the child dies mid-work
        return n * 2

    found = map_in_halves(work, list(range(8)), meanwhile=lambda: calls.append(os.getpid()))
    assert found == [n * 2 for n in range(8)]  # the child's part worked out here
    assert calls == [parent]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="no child is forked on one core")
def test_an_error_in_meanwhile_is_raised_here_and_the_child_is_joined(monkeypatch):
    started: list[object] = []
    real_process = forked.multiprocessing.get_context("fork").Process

    class Watched(real_process):  # type: ignore[misc, valid-type]
        def start(self) -> None:
            started.append(self)
            super().start()

    monkeypatch.setattr(forked.multiprocessing.get_context("fork"), "Process", Watched)

    def boom() -> None:
        raise RuntimeError("meanwhile failed")

    try:
        map_in_halves(lambda n: n, list(range(8)), meanwhile=boom)
    except RuntimeError as error:
        assert str(error) == "meanwhile failed"
    else:
        raise AssertionError("no error")
    assert started and not any(p.is_alive() for p in started)  # type: ignore[attr-defined]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="no child is forked on one core")
def test_from_both_ends_the_same_list_the_child_from_the_back_this_process_from_the_front_after_meanwhile():
    import time

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


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="no child is forked on one core")
def test_from_both_ends_the_faster_process_takes_more():
    import time

    parent = os.getpid()

    def work(n: int) -> bool:
        time.sleep(0.004 if os.getpid() == parent else 0.04)  # the child is slow: this process takes most items
        return os.getpid() == parent

    found = map_from_both_ends(work, list(range(60)))
    assert sum(found) > 40 and not found[-1]


def test_from_both_ends_without_a_child_or_with_a_failed_one_works_here(monkeypatch):
    assert map_from_both_ends(lambda n: n + 1, []) == [] and map_from_both_ends(lambda n: n + 1, [4]) == [5]
    packing = (lambda r: (r[0],), lambda p: [p[0]])
    assert map_from_both_ends(lambda n: [n], list(range(9)), packing=packing) == [[n] for n in range(9)]
    parent = os.getpid()
    calls: list[int] = []

    def work(n: int) -> int:
        if os.getpid() != parent and n == 5:
            os._exit(3)  # the child dies mid-work, after it has taken some items
        return n * 2

    found = map_from_both_ends(work, list(range(12)), meanwhile=lambda: calls.append(os.getpid()))
    assert found == [n * 2 for n in range(12)] and calls == [parent]
    monkeypatch.setattr(forked, "_child_from_back", lambda *args: os._exit(3))  # dies before taking any
    assert map_from_both_ends(lambda n: n - 1, list(range(6))) == [-1, 0, 1, 2, 3, 4]


def test_from_both_ends_without_semaphores_works_here(monkeypatch):
    context = forked.multiprocessing.get_context("fork")

    def no_semaphores() -> None:
        raise ImportError("This platform lacks a functioning sem_open implementation")

    monkeypatch.setattr(context, "Lock", no_semaphores)
    order: list[object] = []
    found = map_from_both_ends(lambda n: order.append(n) or n * 3, list(range(5)), meanwhile=lambda: order.append("m"))
    assert found == [0, 3, 6, 9, 12] and order == [0, 1, 2, 3, 4, "m"]  # all here, as in_turn does it


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="no child is forked on one core")
def test_from_both_ends_an_error_here_is_raised_and_the_child_is_stopped(monkeypatch):
    started: list[object] = []
    real_process = forked.multiprocessing.get_context("fork").Process

    class Watched(real_process):  # type: ignore[misc, valid-type]
        def start(self) -> None:
            started.append(self)
            super().start()

    monkeypatch.setattr(forked.multiprocessing.get_context("fork"), "Process", Watched)

    def work(n: int) -> int:
        if n == 0:
            raise ValueError("zero")  # this process's first item
        return n

    with pytest.raises(ValueError, match="zero"):
        map_from_both_ends(work, list(range(50)))
    assert started and not any(p.is_alive() for p in started)  # type: ignore[attr-defined]
