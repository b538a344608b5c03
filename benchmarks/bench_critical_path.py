"""CPU seconds on the critical path of `reader analyze`: what its wall time would be on two idle cores.

On the shared 2-core machine wall time swings 2-3x with other work, and
`reader analyze` aligns in a child process beside the other stages (see
`reader.core.pipeline.start_align`), so its total CPU is no longer its time.
This runs the CLI's own `main` in process (output to /dev/null) and adds up:

    CPU before the child starts + max(the child's CPU, the parent's CPU until it waits for the child)
    + the parent's CPU after that

where a list worked out by two processes (`reader.core.forked.map_from_both_ends`, `map_in_halves` in
older trees: the actor scan, the per-match discrepancy finders) counts as the longer of its two parts,
and its child's CPU is not the align child's.

For a tree without the child (``--code`` pointing at an older checkout) the
critical path is simply all the CPU. Each tree runs in a fresh process, the
trees alternating, best of ``--runs``.

    python benchmarks/bench_critical_path.py A.txt B.txt [MORE.txt ...] [--code /work/wt/base] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, resource, sys, time
cpu = time.process_time
marks = {}
try:
    from reader.core import pipeline
except ImportError:
    pipeline = None
if pipeline is not None and hasattr(pipeline, "start_align"):
    start_align, result = pipeline.start_align, pipeline.Aligning.result

    def timed_start(*args):
        marks["fork"] = cpu()
        return start_align(*args)

    def timed_result(self):
        marks["wait"] = cpu()
        return result(self)

    pipeline.start_align = timed_start
    pipeline.Aligning.result = timed_result


def children_cpu():
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return child.ru_utime + child.ru_stime


halves = []  # (before the wait?, the parent's CPU, its child's CPU) of each list worked out by two processes
try:
    from reader.core import forked  # (light: the stages import the map from it later)
except ImportError:
    forked = None


def timed(split):
    def timed_split(*args, **kwargs):
        here, there = cpu(), children_cpu()
        found = split(*args, **kwargs)
        halves.append(("wait" not in marks, cpu() - here, children_cpu() - there))
        return found

    return timed_split


for name in ("map_from_both_ends", "map_in_halves"):  # (this tree's, and an older tree's)
    if forked is not None and hasattr(forked, name):
        setattr(forked, name, timed(getattr(forked, name)))
from reader.cli import main
sys.stdout = open(os.devnull, "w")
main(["analyze", *sys.argv[1:], "--format", "json"])
sys.stdout.flush()
total = cpu()
child_cpu = children_cpu() - sum(h[2] for h in halves)  # the align child's
longer = [(before, max(0.0, there - here)) for before, here, there in halves]  # a child half longer than the parent's
if "wait" in marks:
    before = marks["wait"] - marks["fork"] + sum(extra for early, extra in longer if early)
    path = marks["fork"] + max(child_cpu, before) + (total - marks["wait"]) + sum(extra for early, extra in longer if not early)
else:
    path = total + child_cpu + sum(h[2] for h in halves)
print(f"{path:.3f} {total:.3f} {child_cpu:.3f}", file=sys.stderr)
"""


def measure(code: Path, files: list[str]) -> tuple[float, float, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *files],
        capture_output=True,
        text=True,
        cwd=code,
        env={**os.environ, "PYTHONPATH": str(code)},
        check=True,
    )
    path, parent, child = (float(x) for x in done.stderr.split()[-3:])
    return path, parent, child


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--code", type=Path, help="another source tree to compare, run alternately")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    trees = [ROOT] + ([args.code] if args.code else [])
    results: dict[Path, list[tuple[float, float, float]]] = {tree: [] for tree in trees}
    for _ in range(args.runs):
        for tree in trees:
            results[tree].append(measure(tree, [str(Path(f).resolve()) for f in args.files]))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores, {time.strftime('%H:%M')}")
    for tree, runs in results.items():
        best = min(runs)
        print(
            f"{tree}: critical path {best[0]:.2f} s CPU (parent {best[1]:.2f} s + child {best[2]:.2f} s);"
            f" runs {', '.join(f'{r[0]:.2f}' for r in runs)}"
        )


if __name__ == "__main__":
    main()
