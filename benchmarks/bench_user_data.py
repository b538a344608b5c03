"""What a large user data file adds to a run: a 50,000-entry actor gazetteer (issue 15: under 1 s).

Generates the gazetteer in a temporary directory (nothing is committed), then
times `load_lexicons` with and without it, each in a fresh process (the
gazetteer is cached per process), and prints the median of several runs. A
large gazetteer, once built, is kept in $XDG_CACHE_HOME/reader/ (here a
temporary directory): the first run after the file changes builds it ("cold"),
the next ones read the kept copy ("warm").

With ``--compare DIR`` (another checkout, e.g. /work/main), that code is timed
the same way in the same run, its rows after this tree's: a baseline measured
in the same conditions.

    python benchmarks/bench_user_data.py [--entries 50000] [--runs 3] [--compare DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMER = """
import glob, resource, sys, time
sys.path.insert(0, {root!r})
from reader.core.actors import extract_actors
from reader.core.lexicons import load_lexicons
from reader.core.text.build import article_from_text
articles = [article_from_text(open(p).read(), str(n)) for n, p in enumerate(sorted(glob.glob({seeds!r})))]
start, cpu = time.perf_counter(), time.process_time()
lexicons = load_lexicons({path})
print(time.perf_counter() - start, time.process_time() - cpu)
start, cpu = time.perf_counter(), time.process_time()
extract_actors(articles, lexicons.gazetteer)
print(time.perf_counter() - start, time.process_time() - cpu)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def write_gazetteer(path: Path, entries: int) -> None:
    rng = random.Random(1)

    def name() -> str:
        return " ".join(
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9))).title()
            for _ in range(rng.randint(1, 3))
        )

    lines = ["actors:"]
    for n in range(entries):
        lines.append(f"  - id: user{n}\n    name: {name()}\n    kind: person\n    aliases: [{name()}]")
    path.write_text("\n".join(lines) + "\n")


Timing = tuple[float, float, float, float, float]


def timed(root: Path, path: Path | None, runs: int, cache: Path, cold: bool = False) -> Timing:
    """Median wall and CPU seconds of ``runs`` fresh processes running the code in ``root`` (CPU time is
    steadier on a shared machine): loading the lexicons, then finding the actors of the seed articles
    with them; and the median peak memory (MB) of those processes."""
    code = TIMER.format(root=str(root), path=repr(str(path)) if path else "", seeds=str(ROOT / "articles" / "*.txt"))
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), XDG_CONFIG_HOME=str(cache / "no-config"))
    rows: list[list[float]] = []
    for _ in range(runs):
        if cold:
            for kept in (cache / "reader" / "lexicons").glob("*"):
                kept.unlink()
        output = subprocess.check_output([sys.executable, "-c", code], text=True, env=env, cwd=root)
        rows.append([float(x) for x in output.split()])
    return tuple(statistics.median(column) for column in zip(*rows, strict=True))  # type: ignore[return-value]


def report(label: str, root: Path, path: Path, runs: int, cache: Path) -> None:
    base = timed(root, None, runs, cache)
    cold = timed(root, path, runs, cache, cold=True)
    warm = timed(root, path, runs, cache)  # each cold run kept the built gazetteer
    print(f"{label} ({root}):")
    print(f"  load_lexicons without it: {base[0]:.2f} s wall, {base[1]:.2f} s CPU; peak memory {base[4]:.0f} MB")
    print(f"  actors of the seed articles without it: {base[2]:.2f} s wall, {base[3]:.2f} s CPU")
    for name, (wall, cpu, actor_wall, actor_cpu, peak) in (("first run after a change (cold)", cold), ("next runs (warm)", warm)):
        print(f"  with it, {name}: loading adds {wall - base[0]:.2f} s wall, {cpu - base[1]:.2f} s CPU")
        print(
            f"    finding actors adds {actor_wall - base[2]:.2f} s wall, {actor_cpu - base[3]:.2f} s CPU; peak memory {peak:.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="another checkout to time the same way (e.g. /work/main)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "actors.yaml"
        write_gazetteer(path, args.entries)
        time.sleep(2.5)  # a file changed in the last 2 s is never kept
        size = path.stat().st_size / 1e6
        print(f"gazetteer file: {args.entries:,} entries, {size:.1f} MB; load average {os.getloadavg()[0]:.1f}")
        report("this tree", ROOT, path, args.runs, Path(tmp) / "cache")
        if args.compare:
            report("compared with", args.compare.resolve(), path, args.runs, Path(tmp) / "cache-compared")
        print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
