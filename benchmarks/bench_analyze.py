"""Whole-pipeline benchmark: `reader analyze` on two generated 10,000-sentence news-like documents.

Measures, best of ``--runs`` runs each:
  (a) the real command line end to end, in a subprocess:
      ``python -m reader analyze a.txt b.txt --format json > /dev/null``,
      wall time, and peak memory of the child (getrusage(RUSAGE_CHILDREN));
  (b) in process, the stages: load, align, actors, attributions (from
      `Analysis.timings`), `analysis_to_json` and `json.dumps` as the CLI does it when piped (compact);
then the ratio (actors + attributions) / align, the counts the stages found,
and recall/precision of the planted pairs. Writes benchmarks/RESULTS_analyze.md.

    python benchmarks/bench_analyze.py [--sentences 10000] [--runs 3] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_align import planted_quality  # noqa: E402
from generate import generate, write_pair  # noqa: E402

from reader.core.pipeline import analyze  # noqa: E402
from reader.core.text.loader import load_articles  # noqa: E402
from reader.render.json import analysis_to_json  # noqa: E402

RESULTS = HERE / "RESULTS_analyze.md"
TARGET_S = 5.0
TARGET_MB = 1024.0
STAGES = ("load", "align", "actors", "attributions", "discrepancies", "to_json", "dumps")


def time_cli(a: Path, b: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, its own children included) of one `reader analyze`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader", "analyze", str(a), str(b), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=True,
        cwd=ROOT,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_stages(a: Path, b: Path) -> tuple[dict[str, float], object]:
    """One in-process run of the same path as the CLI, stage by stage."""
    stages: dict[str, float] = {}
    start = time.perf_counter()
    articles = load_articles([a, b])
    stages["load"] = time.perf_counter() - start
    analysis = analyze(articles)
    stages.update({k: analysis.timings[k] for k in ("align", "actors", "attributions", "discrepancies")})
    start = time.perf_counter()
    document = analysis_to_json(analysis)
    stages["to_json"] = time.perf_counter() - start
    start = time.perf_counter()
    rendered = json.dumps(document, ensure_ascii=False)  # what `reader analyze` writes to a pipe
    stages["dumps"] = time.perf_counter() - start
    stages["json_mb"] = len(rendered.encode()) / 1e6
    return stages, analysis


def main() -> None:
    parser = argparse.ArgumentParser(description="whole-pipeline benchmark of `reader analyze`")
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS_analyze.md alone")
    args = parser.parse_args()

    load_before = os.getloadavg()
    pair = generate(args.sentences, planted_per_kind=args.sentences // 20, seed=args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = write_pair(pair, Path(tmp))
        cli_runs = [time_cli(a, b) for _ in range(args.runs)]
        cli, cli_cpu = [w for w, _ in cli_runs], [c for _, c in cli_runs]
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        runs = []
        for _ in range(args.runs):
            stages, analysis = time_stages(a, b)
            runs.append(stages)
    best = {k: min(r[k] for r in runs) for k in STAGES}
    recall, precision = planted_quality(pair, [[m.a.start, m.a.end, m.b.start, m.b.end] for m in analysis.matches])
    figures = {
        "cli_s": min(cli),
        "cli_all": cli,
        "cli_cpu": min(cli_cpu),
        "cli_cpu_all": cli_cpu,
        "peak_mb": peak_mb,
        "best": best,
        "ratio": (best["actors"] + best["attributions"]) / best["align"],
        "json_mb": runs[0]["json_mb"],
        "megabytes": [round(len(pair.text_a.encode()) / 1e6, 2), round(len(pair.text_b.encode()) / 1e6, 2)],
        "sentences": [len(article.sentences) for article in analysis.articles],
        "matches": len(analysis.matches),
        "actors": len(analysis.actors),
        "attributions": len(analysis.attributions),
        "recall": recall,
        "precision": precision,
        "load_average": (load_before[0], os.getloadavg()[0]),
    }
    report = render(figures, args)
    print(report)
    if not args.no_write:
        RESULTS.write_text(report, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


def render(f: dict, args: argparse.Namespace) -> str:
    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    best = f["best"]
    core = best["align"] + best["actors"] + best["attributions"] + best["discrepancies"]
    rows = [
        (
            "documents",
            f"{f['sentences'][0]:,} + {f['sentences'][1]:,} sentences, {f['megabytes'][0]} + {f['megabytes'][1]} MB",
            "",
        ),
        (
            "`reader analyze --format json`, wall (subprocess)",
            f"{f['cli_s']:.2f} s (runs: {', '.join(f'{t:.2f}' for t in f['cli_all'])})",
            f"< {TARGET_S:.0f} s: {verdict(f['cli_s'] < TARGET_S)}",
        ),
        (
            "`reader analyze --format json`, CPU (user + system, its align child included)",
            f"{f['cli_cpu']:.2f} s (runs: {', '.join(f'{t:.2f}' for t in f['cli_cpu_all'])})",
            "",
        ),
        ("peak memory of the CLI child (ru_maxrss)", f"{f['peak_mb']:.0f} MB", f"< 1 GB: {verdict(f['peak_mb'] < TARGET_MB)}"),
        ("load (read, normalise, segment)", f"{best['load']:.2f} s", ""),
        ("align", f"{best['align']:.2f} s", ""),
        ("actors", f"{best['actors']:.2f} s", ""),
        ("attributions", f"{best['attributions']:.2f} s", ""),
        ("discrepancies", f"{best['discrepancies']:.2f} s", ""),
        ("(actors + attributions) / align", f"{f['ratio']:.2f}", f"< 1: {verdict(f['ratio'] < 1)}"),
        ("analysis core (align + actors + attributions + discrepancies)", f"{core:.2f} s", ""),
        ("`analysis_to_json`", f"{best['to_json']:.2f} s", ""),
        ("`json.dumps` (compact, as piped)", f"{best['dumps']:.2f} s ({f['json_mb']:.1f} MB of JSON)", ""),
        ("found", f"{f['matches']:,} matches, {f['actors']:,} actors, {f['attributions']:,} attributions", ""),
        *((f"recall, {kind}", f"{value:.3f}", f">= 0.85: {verdict(value >= 0.85)}") for kind, value in f["recall"].items()),
        ("precision of matches vs planted pairs", f"{f['precision']:.3f}", f">= 0.85: {verdict(f['precision'] >= 0.85)}"),
    ]
    lines = [
        "# Whole-pipeline benchmark (`reader analyze`)",
        "",
        f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.machine()}, nproc {os.cpu_count()}, Python {platform.python_version()}, "
        f"load average {f['load_average'][0]:.1f} before, {f['load_average'][1]:.1f} after (shared machine)",
        f"- command: `python benchmarks/bench_analyze.py --sentences {args.sentences} --seed {args.seed} --runs {args.runs}`",
        "- documents: `benchmarks/generate.py` (news-like sentences with names, attribution frames and planted rewrites)",
        f"- every time is the best of {args.runs} runs; stage times are in process, the CLI time includes"
        " interpreter start-up, imports, gazetteer loading and writing the JSON to /dev/null",
        "",
        "| measure | value | target |",
        "| --- | --- | --- |",
        *(f"| {name} | {value} | {target} |" for name, value, target in rows),
        "",
        "The CLI indents its JSON only for a terminal: `indent` pushes `json.dumps` onto its",
        "pure-Python encoder (about 4x slower on this output), so piped output is compact.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
