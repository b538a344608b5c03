"""The app in a real terminal (tmux) while a big analysis runs: first text, key latency, quitting.

Two generated news-like documents of about 1 MB each (benchmarks/generate.py,
8,000 sentences) are opened with `reader` inside a detached tmux session of
200x50. Measured from outside, as a user would see it:

- launch to text: from starting the session to the first article's words in
  the pane (tmux capture-pane, polled every few milliseconds);
- key to screen: `j` and PageDown, each pressed PRESSES times while the
  status line still says "Analysing"; the time from tmux send-keys to the
  first capture that differs from the one before the key (worst and median);
- quit: `q` while the analysis runs, to the end of the session, and whether
  the analysis processes are gone by then.

Polling costs one `tmux capture-pane` (~3 ms) per look, so figures carry that much noise.
Run from the repository root:  python benchmarks/bench_tui_live.py  (bench_tui.py runs it too).
"""

from __future__ import annotations

import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate, write_pair  # noqa: E402

SESSION = "reader-bench-tui"
SIZE = (200, 50)
SENTENCES = 8_000  # ~1 MB per document
PRESSES = 20
POLL = 0.003
TIMEOUT = 5.0


def tmux(*args: str, check: bool = True) -> str:
    done = subprocess.run(["tmux", *args], capture_output=True, text=True, check=check)
    return done.stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-t", SESSION, check=False)


def session_alive() -> bool:
    return subprocess.run(["tmux", "has-session", "-t", SESSION], capture_output=True).returncode == 0


def wait_for(condition, timeout: float = TIMEOUT) -> float | None:
    """Seconds until ``condition()`` holds (polled), or None after ``timeout``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if condition():
            return time.perf_counter() - start
        time.sleep(POLL)
    return None


def status_line(text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    return lines[-2] if len(lines) >= 2 else ""


def children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(child) for child in found]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (killed, not yet reaped) is gone for the user.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@dataclass
class LiveFigures:
    launch_to_text_ms: float
    j_ms: list[float]
    page_down_ms: list[float]
    quit_ms: float
    children_left: int
    analysing_throughout: bool


def key_latency(key: str) -> float:
    before = screen()
    start = time.perf_counter()
    tmux("send-keys", "-t", SESSION, key)
    waited = wait_for(lambda: screen() != before)
    return (time.perf_counter() - start) * 1000 if waited is not None else float("nan")


# The app as `reader a b` starts it, but with the analysis in a thread of the app's process (as before
# the analysis moved to child processes): the same run's comparison.
IN_THREAD = (
    "import sys; from reader.core.text.loader import load_articles; from reader.core.lexicons import load_lexicons; "
    "from reader.tui.app import ReaderApp; ReaderApp(load_articles(sys.argv[1:]), load_lexicons(), processes=False).run()"
)


def measure(a: Path, b: Path, in_thread: bool = False) -> LiveFigures:
    tmux("kill-session", "-t", SESSION, check=False)
    first_words = " ".join(a.read_text(encoding="utf-8").split()[:4])
    files = f"{shlex.quote(str(a))} {shlex.quote(str(b))}"
    python = shlex.quote(sys.executable)
    command = f"{python} -c {shlex.quote(IN_THREAD)} {files}" if in_thread else f"{python} -m reader {files}"
    start = time.perf_counter()
    tmux("new-session", "-d", "-s", SESSION, "-x", str(SIZE[0]), "-y", str(SIZE[1]), "-c", str(ROOT), command)
    shown = wait_for(lambda: first_words in screen().replace("\n", " "), timeout=20)
    launch = (time.perf_counter() - start) * 1000 if shown is not None else float("nan")
    pane_pid = int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip())
    if not in_thread:
        wait_for(lambda: len(children(pane_pid)) >= 2, timeout=10)  # the two analysis processes are up
    j_times, page_times, analysing = [], [], True
    for _ in range(PRESSES):
        j_times.append(key_latency("j"))
        page_times.append(key_latency("NPage"))
        analysing = analysing and "Analysing" in status_line(screen())
    workers = [pid for app in children(pane_pid) for pid in children(app)] or children(pane_pid)
    analysing = analysing and "Analysing" in status_line(screen())  # q is pressed while the analysis runs, too
    start = time.perf_counter()
    tmux("send-keys", "-t", SESSION, "q")
    gone = wait_for(lambda: not session_alive(), timeout=60)
    quit_ms = (time.perf_counter() - start) * 1000 if gone is not None else float("nan")
    left = sum(1 for pid in workers if alive(pid))
    tmux("kill-session", "-t", SESSION, check=False)
    return LiveFigures(launch, j_times, page_times, quit_ms, left, analysing)


def documents(directory: Path) -> tuple[Path, Path]:
    pair = generate(SENTENCES, planted_per_kind=SENTENCES // 20)
    return write_pair(pair, directory)


def summary(child: LiveFigures, thread: LiveFigures) -> list[str]:
    def worst(values: list[float]) -> str:
        return f"worst {max(values):.0f} ms, median {statistics.median(values):.0f} ms"

    rows = [
        ("launch to text", lambda f: f"{f.launch_to_text_ms:.0f} ms"),
        (f"`j` while analysing ({PRESSES} presses)", lambda f: worst(f.j_ms)),
        (f"PageDown while analysing ({PRESSES} presses)", lambda f: worst(f.page_down_ms)),
        ("`q` while analysing, to the end of the session", lambda f: f"{f.quit_ms:.0f} ms"),
        ("analysis processes left after quitting", lambda f: str(f.children_left)),
        ("every key pressed while the status said Analysing", lambda f: "yes" if f.analysing_throughout else "no"),
    ]
    return [f"| {name} | {show(child)} | {show(thread)} |" for name, show in rows]


def main() -> list[str]:
    with tempfile.TemporaryDirectory() as directory:
        a, b = documents(Path(directory))
        sizes = f"{a.stat().st_size / 1e6:.2f} MB and {b.stat().st_size / 1e6:.2f} MB"
        child = measure(a, b)
        thread = measure(a, b, in_thread=True)
    load = os.getloadavg()[0]
    lines = [
        f"Two generated documents ({SENTENCES:,} sentences, {sizes}), tmux {SIZE[0]}x{SIZE[1]}, load average {load:.1f} on {os.cpu_count()} cores:",
        "",
        "| | analysis in child processes (now) | analysis in a thread (before) |",
        "|---|---|---|",
    ]
    lines += summary(child, thread)
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
