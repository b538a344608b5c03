"""Quitting at once: the terminal is given back before the process ends, without Textual's slow shutdown."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from reader.tui import leave

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles"


class FakeWriter:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def stop(self) -> None:
        self.log.append("<writer stopped>")


class FakeDriver:
    """What `give_terminal_back` uses of Textual's Linux driver; every step is logged in order."""

    def __init__(self, fail: bool = False) -> None:
        self.log: list[str] = []
        self.exit_event = threading.Event()
        self._key_thread: object | None = object()
        self._writer_thread: FakeWriter | None = FakeWriter(self.log)
        self.fail = fail

    def stop_application_mode(self) -> None:
        if self.fail:
            raise OSError("terminal gone")
        self.log.append(f"<stop_application_mode, input thread to join: {self._key_thread}>")


def test_the_terminal_is_given_back_and_written_before_the_process_ends(monkeypatch) -> None:
    driver = FakeDriver()
    exits: list[int] = []
    monkeypatch.setattr(leave.os, "_exit", exits.append)
    assert leave.can_leave_at_once(driver)
    leave.leave_now(driver, then=lambda: driver.log.append("<children reaped>"))
    assert driver.log == [
        "<stop_application_mode, input thread to join: None>",  # Textual's own, without the slow join
        "<writer stopped>",
        "<children reaped>",  # after the terminal is back, before the end
    ]
    assert driver.exit_event.is_set()  # the input thread stops reading keys meant for the shell
    assert exits == [0]


def test_the_process_ends_even_if_writing_the_trace_fails(monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(leave.os, "_exit", exits.append)

    def broken() -> None:
        raise OSError("disk full")

    monkeypatch.setattr(leave.trace, "finish", broken)
    with pytest.raises(OSError):
        leave.leave_now(FakeDriver())
    assert exits == [0]


def test_a_child_left_running_is_reaped_before_the_end() -> None:
    import multiprocessing

    child = multiprocessing.get_context("spawn").Process(target=time.sleep, args=(60,), daemon=True)
    child.start()
    leave.reap_children()
    assert child.exitcode is not None and not multiprocessing.active_children()


def test_a_terminal_that_cannot_be_given_back_leaves_the_exit_to_textual(monkeypatch) -> None:
    exits: list[int] = []
    monkeypatch.setattr(leave.os, "_exit", exits.append)
    leave.leave_now(FakeDriver(fail=True))
    assert exits == []


def test_only_a_terminal_driver_is_given_back_at_once() -> None:
    from textual.drivers.headless_driver import HeadlessDriver

    assert not leave.can_leave_at_once(None)
    assert not leave.can_leave_at_once(object.__new__(HeadlessDriver))


def _read_until(fd: int, wanted: bytes | None, seen: bytearray, timeout: float) -> bool:
    """Read the terminal's output into ``seen`` until ``wanted`` is in it (None: for ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while (wanted is None or wanted not in seen) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            seen += chunk
    return wanted is not None and wanted in seen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pseudo-terminal and Textual's Linux driver")
def test_q_in_a_real_terminal_restores_it_and_ends_the_process() -> None:
    """`reader` on the seed pair in a pseudo-terminal: after `q` the alternate screen is left, the cursor
    shown, the terminal modes are as before, and the process ends (exit status 0)."""
    main, child = pty.openpty()
    before = termios.tcgetattr(child)
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": "/nonexistent"}
    env.pop("READER_TRACE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", str(SEED)],
        stdin=child,
        stdout=child,
        stderr=child,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    seen = bytearray()
    try:
        assert _read_until(main, b"[scroll ", seen, 60), bytes(seen[-500:])
        time.sleep(0.3)
        os.write(main, b"q")
        deadline = time.monotonic() + 30
        while process.poll() is None and time.monotonic() < deadline:
            _read_until(main, None, seen, 0.2)  # the app blocks writing a full terminal: keep reading
        _read_until(main, None, seen, 0.5)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    after = termios.tcgetattr(child)
    os.close(main)
    os.close(child)
    assert process.returncode == 0
    tail = bytes(seen[seen.rfind(b"[scroll ") :])
    assert b"\x1b[?1049l" in tail and tail.rfind(b"\x1b[?25h") > tail.rfind(b"\x1b[?1049l")
    assert after[3] & (termios.ICANON | termios.ECHO) == before[3] & (termios.ICANON | termios.ECHO)
