"""The app in a real terminal (tmux) while a big analysis runs: first text, key latency, quitting.

Two documents of about 1 MB each are opened with `reader` inside a detached
tmux session of 200x50: by default long prose (10,000 sentences of a
public-domain novel each, built as benchmarks/bench_kinds.py builds its
``prose`` kind), or generated news (``--kind news``, benchmarks/generate.py).
Measured from outside, as a user would see it:

- launch to text: from starting the session to the first article's words in
  the pane (tmux capture-pane, polled every few milliseconds);
- key to screen: `j` and PageDown, each pressed PRESSES times while the
  status line still says "Analysing"; the time from tmux send-keys to the
  first capture that differs from the one before the key (worst and median);
- quit: `q` while the analysis runs, to the app's screen gone and to the end
  of the session, and whether the analysis processes are gone by then;
- the app process's own CPU time (from /proc): to the first text, and per key.

``--baseline DIR`` measures the code of another checkout (e.g. /work/main) in the
same run, rounds alternating, each figure with the load average when it was taken.
``--trace`` runs this checkout's app with READER_TRACE and prints where its
slowest keys went (event-loop stalls with the stacks sampled then, garbage collections).

Polling costs one `tmux capture-pane` (~3 ms) per look, so figures carry that much noise.
Run from the repository root:  python benchmarks/bench_tui_live.py  (bench_tui.py runs it too).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate, write_pair  # noqa: E402

SESSION = f"reader-bench-tui-{os.getpid()}"
SIZE = (200, 50)
SENTENCES = {"news": 8_000, "prose": 10_000}  # ~1 MB per document either way
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


def cpu_seconds(pid: int, reaped_children: bool = False) -> float:
    """User + system CPU time of process ``pid`` so far; with ``reaped_children``, plus that of its
    children it has waited for (the app's article-loading child, once the text is up; not the
    analysis processes, which run on)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    ticks = sum(int(f) for f in fields[11 : 15 if reaped_children else 13])
    return ticks / os.sysconf("SC_CLK_TCK")


@dataclass
class LiveFigures:
    code: str
    launch_to_text_ms: float
    launch_cpu_ms: float
    launch_cpu_with_loader_ms: float  # plus the CPU of children it reaped by then (its loading child)
    j_ms: list[float]
    page_down_ms: list[float]
    keys_cpu_ms: float  # the app process's CPU per key press, on average
    quit_screen_ms: float
    quit_ms: float
    children_left: int
    analysing_throughout: bool
    load: list[float] = field(default_factory=list)  # 1-minute load average at launch, before keys, at quit
    key_times: list[tuple[float, str, float]] = field(default_factory=list)  # (sent at, key, ms)


def key_latency(key: str) -> tuple[float, float]:
    """(when the key was sent, ms to the screen changing)."""
    before = screen()
    sent = time.time()
    start = time.perf_counter()
    tmux("send-keys", "-t", SESSION, key)
    waited = wait_for(lambda: screen() != before)
    return sent, (time.perf_counter() - start) * 1000 if waited is not None else float("nan")


# The app as `reader a b` starts it, but with the analysis in a thread of the app's process (as before
# the analysis moved to child processes): the same run's comparison.
IN_THREAD = (
    "import sys; from reader.core.text.loader import load_articles; from reader.core.lexicons import load_lexicons; "
    "from reader.tui.app import ReaderApp; ReaderApp(load_articles(sys.argv[1:]), load_lexicons(), processes=False).run()"
)


def measure(a: Path, b: Path, code: Path = ROOT, in_thread: bool = False, trace: Path | None = None) -> LiveFigures:
    """One launch of the app of checkout ``code`` on ``a`` and ``b``."""
    tmux("kill-session", "-t", SESSION, check=False)
    first_words = " ".join(a.read_text(encoding="utf-8").split()[:4])
    files = f"{shlex.quote(str(a))} {shlex.quote(str(b))}"
    python = shlex.quote(sys.executable)
    run = f"{python} -c {shlex.quote(IN_THREAD)} {files}" if in_thread else f"{python} -m reader {files}"
    env = f"PYTHONPATH={shlex.quote(str(code))} " + (f"READER_TRACE={shlex.quote(str(trace))} " if trace else "")
    load = [os.getloadavg()[0]]
    start = time.perf_counter()
    tmux("new-session", "-d", "-s", SESSION, "-x", str(SIZE[0]), "-y", str(SIZE[1]), "-c", str(code), f"exec env {env}{run}")
    shown = wait_for(lambda: first_words in screen().replace("\n", " "), timeout=20)
    launch = (time.perf_counter() - start) * 1000 if shown is not None else float("nan")
    pane_pid = int(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip())
    launch_cpu = cpu_seconds(pane_pid) * 1000
    launch_cpu_all = cpu_seconds(pane_pid, reaped_children=True) * 1000
    if not in_thread:
        wait_for(lambda: len(children(pane_pid)) >= 2, timeout=10)  # the two analysis processes are up
    load.append(os.getloadavg()[0])
    j_times, page_times, key_times, analysing = [], [], [], True
    cpu_before = cpu_seconds(pane_pid)
    for _ in range(PRESSES):
        for key, times in (("j", j_times), ("NPage", page_times)):
            sent, ms = key_latency(key)
            times.append(ms)
            key_times.append((sent, key, ms))
        analysing = analysing and "Analysing" in status_line(screen())
    keys_cpu = (cpu_seconds(pane_pid) - cpu_before) * 1000 / (2 * PRESSES)
    workers = [pid for app in children(pane_pid) for pid in children(app)] or children(pane_pid)
    analysing = analysing and "Analysing" in status_line(screen())  # q is pressed while the analysis runs, too
    load.append(os.getloadavg()[0])
    start = time.perf_counter()
    tmux("send-keys", "-t", SESSION, "q")
    # The status line ("... [scroll linked]") is the app's: gone with its screen.
    cleared = wait_for(lambda: "[scroll " not in screen(), timeout=60)
    quit_screen = (time.perf_counter() - start) * 1000 if cleared is not None else float("nan")
    gone = wait_for(lambda: not session_alive(), timeout=60)
    quit_ms = (time.perf_counter() - start) * 1000 if gone is not None else float("nan")
    left = sum(1 for pid in workers if alive(pid))
    tmux("kill-session", "-t", SESSION, check=False)
    name = f"{code}" + (" (analysis in a thread)" if in_thread else "")
    return LiveFigures(
        name,
        launch,
        launch_cpu,
        launch_cpu_all,
        j_times,
        page_times,
        keys_cpu,
        quit_screen,
        quit_ms,
        left,
        analysing,
        load,
        key_times,
    )


def documents(directory: Path, kind: str) -> tuple[Path, Path]:
    if kind == "prose":
        from benchmarks.bench_kinds import prose

        texts = prose(SENTENCES[kind], random.Random(1))
        paths = (directory / "a.txt", directory / "b.txt")
        for path, text in zip(paths, texts):
            path.write_text(text, encoding="utf-8")
        return paths
    pair = generate(SENTENCES[kind], planted_per_kind=SENTENCES[kind] // 20)
    return write_pair(pair, directory)


def summary(runs: list[LiveFigures]) -> list[str]:
    def worst(values: list[float]) -> str:
        return f"worst {max(values):.0f} ms, median {statistics.median(values):.0f} ms"

    rows = [
        ("load average (1 min) at launch / keys / quit", lambda f: " / ".join(f"{x:.1f}" for x in f.load)),
        ("launch to text", lambda f: f"{f.launch_to_text_ms:.0f} ms"),
        ("app process CPU to text", lambda f: f"{f.launch_cpu_ms:.0f} ms"),
        ("the same, with the child that loaded the articles", lambda f: f"{f.launch_cpu_with_loader_ms:.0f} ms"),
        (f"`j` while analysing ({PRESSES} presses)", lambda f: worst(f.j_ms)),
        (f"PageDown while analysing ({PRESSES} presses)", lambda f: worst(f.page_down_ms)),
        ("app process CPU per key (mean)", lambda f: f"{f.keys_cpu_ms:.1f} ms"),
        ("`q` while analysing, to the app's screen gone", lambda f: f"{f.quit_screen_ms:.0f} ms"),
        ("`q` while analysing, to the end of the session", lambda f: f"{f.quit_ms:.0f} ms"),
        ("analysis processes left after quitting", lambda f: str(f.children_left)),
        ("every key pressed while the status said Analysing", lambda f: "yes" if f.analysing_throughout else "no"),
    ]
    header = ["| | " + " | ".join(run.code for run in runs) + " |", "|---|" + "---|" * len(runs)]
    return header + [f"| {name} | " + " | ".join(show(run) for run in runs) + " |" for name, show in rows]


def key_cpu_summary(figures: LiveFigures, data: dict) -> list[str]:
    """The main thread's CPU from each key reaching the app to the last frame before the screen changed: what
    the app itself spent on the key, however busy the machine (waiting for a core is not in it)."""
    spent: dict[str, list[float]] = {}
    for sent, key, ms in figures.key_times:
        seen = sent + ms / 1000
        arrived = [(at, cpu[0]) for at, _, *cpu in data["keys"] if sent - 0.05 <= at <= seen and cpu]
        frames = [cpu[0] for began, _, *cpu in data["frames"] if arrived and arrived[0][0] <= began <= seen and cpu]
        if arrived and frames:
            spent.setdefault(key, []).append(1000 * (frames[-1] - arrived[0][1]))
    return [
        f"  main thread CPU, key to frame, {key}: median {statistics.median(ms):.0f} ms, worst {max(ms):.0f} ms ({len(ms)} keys)"
        for key, ms in spent.items()
    ]


def explain(figures: LiveFigures, trace: Path, slowest: int = 4) -> list[str]:
    """What the app's process was doing around its slowest keys (from its READER_TRACE file)."""
    data = json.loads(trace.read_text())
    marks = data["marks"]
    origin = marks[0][1]
    lines = ["", f"Trace of {figures.code} (times from the app object's creation):"]
    lines += [f"  mark {name:28} {1000 * (at - origin):7.0f} ms  (cpu {1000 * cpu:5.0f} ms)" for name, at, cpu in marks]
    collections = data["gc"]
    lines.append(
        f"  gc: {len(collections)} collections, {sum(c[2] for c in collections) * 1000:.0f} ms in all, "
        f"longest {max((c[2] for c in collections), default=0) * 1000:.0f} ms (gen {max(collections, key=lambda c: c[2])[1] if collections else '-'})"
    )
    lines += key_cpu_summary(figures, data)
    for sent, key, ms in sorted(figures.key_times, key=lambda k: -k[2])[:slowest]:
        lines.append(f"  {key} at {1000 * (sent - origin):.0f} ms took {ms:.0f} ms:")
        window = (sent - 0.05, sent + ms / 1000)
        arrived = [(at, cpu) for at, _, *cpu in data["keys"] if window[0] <= at <= window[1]]
        if arrived:
            lines.append(f"    reached the app {1000 * (arrived[0][0] - sent):.0f} ms after sending")
        for at, generation, seconds, _, *cpu in collections:
            if window[0] <= at <= window[1] and seconds > 0.005:
                of_cpu = f" ({cpu[0] * 1000:.0f} ms of CPU)" if cpu else ""
                lines.append(f"    gc gen {generation}: {seconds * 1000:.0f} ms{of_cpu}")
        for stall in data["stalls"]:
            if stall["at"] + stall["late"] >= window[0] and stall["at"] <= window[1]:
                lines.append(f"    loop stalled {stall['late'] * 1000:.0f} ms at {1000 * (stall['at'] - sent):.0f} ms:")
                for stack, n in stall["stacks"][:3]:
                    mine = [frame for frame in stack if "asyncio" not in frame and "runners" not in frame][:6]
                    lines.append(f"      {n} x " + " < ".join(mine))
        frames = [(b, e, *cpu) for b, e, *cpu in data["frames"] if window[0] <= b <= window[1]]
        if frames:
            lines.append(
                f"    frames: {len(frames)}, first at {1000 * (frames[0][0] - sent):.0f} ms "
                f"taking {1000 * (frames[0][1] - frames[0][0]):.0f} ms"
            )
            if arrived and arrived[0][1] and len(frames[-1]) > 2:
                lines.append(
                    f"    main thread CPU from the key to its last frame: {1000 * (frames[-1][2] - arrived[0][1][0]):.0f} ms"
                )
    return lines


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kind", choices=("prose", "news"), default="prose")
    parser.add_argument("--baseline", type=Path, action="append", default=[], help="another checkout, measured too")
    parser.add_argument("--rounds", type=int, default=1, help="launches per checkout, alternating")
    parser.add_argument("--thread", action="store_true", help="also the analysis in a thread of the app (the old way)")
    parser.add_argument("--trace", action="store_true", help="this checkout with READER_TRACE; explain its slowest keys")
    args = parser.parse_args(argv)
    runs: list[LiveFigures] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as directory:
        a, b = documents(Path(directory), args.kind)
        sizes = f"{a.stat().st_size / 1e6:.2f} MB and {b.stat().st_size / 1e6:.2f} MB"
        for round_ in range(args.rounds):
            for code in (ROOT, *args.baseline):
                trace = Path(directory) / f"trace-{round_}.json" if args.trace and code == ROOT else None
                runs.append(measure(a, b, code, trace=trace))
                if trace is not None and trace.exists():
                    notes += explain(runs[-1], trace)
            if args.thread:
                runs.append(measure(a, b, ROOT, in_thread=True))
    what = f"{SENTENCES[args.kind]:,} sentences of {'novel prose' if args.kind == 'prose' else 'generated news'}"
    lines = [
        f"Two documents ({what}, {sizes}), tmux {SIZE[0]}x{SIZE[1]}, {os.cpu_count()} cores shared with other work:",
        "",
    ]
    lines += summary(runs)
    print("\n".join(lines + notes))
    return lines


if __name__ == "__main__":
    main()
