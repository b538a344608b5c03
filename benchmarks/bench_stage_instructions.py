"""Instructions each analysis stage executes (valgrind's callgrind), against another source tree.

On this shared 2-core VM wall and CPU times of the same code swing by 20-40% from run to run,
so a stage-cost claim ("actors + attributions cost less than alignment", "this change made
actors cheaper") is checked here on counts that do not move with load. Each tree runs four
fresh processes over the same generated news pair (`generate.py`, seed 7):

    L  load the articles and the lexicons
    A  L, then extract_actors
    T  A, then extract_all_attributions
    G  L, then align
    D  T, then align, then the discrepancy finders (`discrepancies_ahead` + `find_discrepancies`, one process)

so actors = A - L, attributions = T - A, align = G - L, discrepancies = D - T - align. Instructions are not time: numpy and
rapidfuzz do more per instruction than Python does, so compare a stage with itself across trees,
and read the ratio against alignment as a count ratio, not a time ratio.

    python benchmarks/bench_stage_instructions.py --baseline /path/to/other/tree [--sentences 3000] [--no-write]

Needs valgrind (Debian: `apt install valgrind`); two processes run at once. About 7 minutes at
3,000 sentences.
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

RESULTS = HERE / "RESULTS_stage_instructions.md"
VARIANTS = ("L", "A", "T", "G", "D")

CHILD = """
import sys
from reader.core.actors import extract_actors
from reader.core.align.matches import align
from reader.core.attributions import extract_all_attributions
from reader.core.discrepancies import discrepancies_ahead, find_discrepancies
from reader.core.lexicons.bundle import Lexicons
from reader.core.lexicons.paraphrases import load_paraphrases
from reader.core.text.loader import load_articles
variant = sys.argv[1]
articles = load_articles(sys.argv[2:])
lexicons = Lexicons()
lexicons.gazetteer, lexicons.verbs, lexicons.paraphrases
if variant in ("A", "T", "D"):
    actors = extract_actors(articles, lexicons.gazetteer)
if variant in ("T", "D"):
    attributions = extract_all_attributions(articles, actors, lexicons.verbs)
if variant == "G":
    align(articles, lexicons.paraphrases)
if variant == "D":  # one paraphrase lexicon for both calls: `find_discrepancies` uses `ahead` only if made from it
    paraphrases = load_paraphrases()
    matches, _ = align(articles, paraphrases)
    ahead = discrepancies_ahead(articles, attributions, paraphrases)
    find_discrepancies(articles, matches, actors, attributions, paraphrases=paraphrases, ahead=ahead)
"""


def instructions(tree: Path, variant: str, paths: list[Path], out: Path) -> int:
    """Instructions one fresh process of ``tree``'s code executes for ``variant``."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", CHILD, variant, *map(str, paths)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/local/bin:/usr/bin:/bin"},
        cwd=tree,  # `python -c` puts the working directory first on sys.path, before PYTHONPATH
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind for {tree} {variant}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def stages(counts: dict[str, int]) -> dict[str, int]:
    return {
        "load + lexicons": counts["L"],
        "actors": counts["A"] - counts["L"],
        "attributions": counts["T"] - counts["A"],
        "align": counts["G"] - counts["L"],
        "discrepancies": counts["D"] - counts["T"] - (counts["G"] - counts["L"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    trees = {"this tree": ROOT, "baseline": args.baseline.resolve()}
    pair = generate(args.sentences, planted_per_kind=args.sentences // 20, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / "a.txt", Path(tmp) / "b.txt"]
        paths[0].write_text(pair.text_a, encoding="utf-8")
        paths[1].write_text(pair.text_b, encoding="utf-8")
        jobs = [(name, variant) for variant in VARIANTS for name in trees]
        with ThreadPoolExecutor(max_workers=2) as pool:
            found = pool.map(lambda job: instructions(trees[job[0]], job[1], paths, Path(tmp) / f"{job[0]}.{job[1]}.out"), jobs)
            counts: dict[str, dict[str, int]] = {name: {} for name in trees}
            for (name, variant), count in zip(jobs, found):
                counts[name][variant] = count
    per_stage = {name: stages(c) for name, c in counts.items()}
    lines = [
        "# Instructions per analysis stage (callgrind)",
        "",
        f"Generated by `python benchmarks/bench_stage_instructions.py --baseline {args.baseline} --sentences {args.sentences}` "
        f"on {datetime.date.today()}: generated news, 2 x {args.sentences:,} sentences (seed 7); see the script's docstring.",
        "",
        "| stage | this tree | baseline | change |",
        "| --- | ---: | ---: | ---: |",
    ]
    for stage in per_stage["this tree"]:
        now, before = per_stage["this tree"][stage], per_stage["baseline"][stage]
        lines.append(f"| {stage} | {now / 1e9:.3f} G | {before / 1e9:.3f} G | {100 * (now - before) / before:+.1f}% |")
    for name in ("this tree", "baseline"):
        s = per_stage[name]
        lines.append("")
        lines.append(
            f"- {name}: (actors + attributions) / align = {(s['actors'] + s['attributions']) / s['align']:.2f} in instructions"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
