"""Claims, actors and attributions of `reader analyze` on real BASIL same-event pairs.

The pairs are drawn in benchmarks/real/basil/pairs.yaml from the BASIL
development years; the gold (benchmarks/real/basil/gold/<id>.claims.yaml and
<id>.entities.yaml) was written from a close reading before the tool was run on
the texts. The texts are third-party and rebuilt into the ignored cache by
build_basil.py. Scoring rules: benchmarks/heldout/scoring*.py (a match that
hits only a gold `related` pair counts neither for nor against precision).

    python benchmarks/real/build_basil.py        # once: the texts
    python benchmarks/real/eval_basil.py         # development pairs -> benchmarks/real/RESULTS_basil.md
    python benchmarks/real/eval_basil.py --no-write
    python benchmarks/real/eval_basil.py --pair b2010_df5f   # one pair, details printed

`--aside` scores the 8 set-aside pairs instead: run it once, at the end, and
never tune on what it shows (benchmarks/real/RESULTS_basil_aside.md). `--check` scores
the 3 `check` pairs added with issue 9 (gold written before any alignment tuning), a
generalisation check run at the end of that work (benchmarks/real/RESULTS_basil_check.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BASIL = ROOT / "benchmarks" / "real" / "basil"
CACHE = ROOT / "benchmarks" / ".cache" / "basil"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "heldout"))

from eval_heldout import HEADER as HELDOUT_HEADER  # noqa: E402
from eval_heldout import code_version, pair_section, ratio, run_tool, table  # noqa: E402
from eval_heldout import summary_row as heldout_row  # noqa: E402
from scoring import score_claims  # noqa: E402
from scoring_actors import score_actors  # noqa: E402
from scoring_attributions import score_attributions  # noqa: E402

# The held-out table's columns, plus listed-actor precision after the spurious count.
_SPURIOUS = HELDOUT_HEADER.index("spurious actors")
HEADER = [*HELDOUT_HEADER[: _SPURIOUS + 1], "listed-actor precision", *HELDOUT_HEADER[_SPURIOUS + 1 :]]


def summary_row(name: str, results: list[dict]) -> list[str]:
    """The held-out row with listed-actor precision: listed actors that hold a gold
    form (or whose name is one) over all listed actors, on pairs with actor gold."""
    scored = [r["actors"] for r in results if r["actors"]["found"] or r["actors"]["missed"]]
    listed = sum(a["predicted"] for a in scored)
    right = listed - sum(len(a["spurious"]) for a in scored)
    row = heldout_row(name, results)
    return [*row[: _SPURIOUS + 1], ratio(right, listed), *row[_SPURIOUS + 1 :]]


TITLES = {"dev": "development", "aside": "set-aside", "check": "generalisation-check"}


def pairs(which: str) -> list[dict]:
    listed = yaml.safe_load((BASIL / "pairs.yaml").read_text(encoding="utf-8"))["pairs"]
    return [p for p in listed if p["set"] == which]


def texts(pair: dict) -> tuple[Path, Path]:
    folder = CACHE / pair["year"] / pair["triplet"]
    a, b = folder / f"{pair['a']}.txt", folder / f"{pair['b']}.txt"
    if not a.is_file() or not b.is_file():
        raise SystemExit(f"{a} is missing: run python benchmarks/real/build_basil.py first")
    return a, b


def gold_of(pair: dict) -> dict:
    gold: dict = {"claims": [], "related": [], "actors": [], "apart": [], "attributions": []}
    for part in ("claims", "entities"):
        path = BASIL / "gold" / f"{pair['id']}.{part}.yaml"
        if path.is_file():
            gold.update({k: v for k, v in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items() if v is not None})
    return gold


def score_pair(pair: dict) -> dict:
    gold = gold_of(pair)
    output, elapsed = run_tool(*texts(pair))
    return {
        "name": pair["id"],
        "kind": f"{pair['a']} vs {pair['b']}, {pair['year']}",
        "seconds": elapsed,
        "amendments": [],
        "claims": score_claims(gold, output),
        "coverage": None,
        "actors": score_actors(gold, output),
        "attributions": score_attributions(gold, output),
    }


def report(results: list[dict], which: str, command: str, details: bool = False) -> str:
    rows = [summary_row(r["name"], [r]) for r in results] + [summary_row("**overall**", results)]
    related = sum(r["claims"].get("related_hits", 0) for r in results)
    lines = [
        f"# BASIL {TITLES[which]} pairs: real news, gold written before the runs",
        "",
        f"Reproduce: `python benchmarks/real/build_basil.py && {command}` ({code_version()}).",
        "",
        "Texts: launchnlp/BASIL (Fox News, New York Times, HuffPost; years 2010-2013, 2015-2016 only).",
        f"Matches hitting only a gold `related` pair, left out of precision: {related}.",
        *(["Check pairs have claim gold only: the actor and attribution columns do not apply."] if which == "check" else []),
        "",
        *table(HEADER, rows),
        "",
    ]
    if details:  # the misses quote the articles: printed for one pair, never committed
        for r in results:
            lines += pair_section(r)
    else:
        lines.append(
            "Per-pair misses and false hits quote the third-party text, so they are not written here: "
            "`python benchmarks/real/eval_basil.py --pair ID` prints them."
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aside", action="store_true", help="score the set-aside pairs (once, at the end)")
    parser.add_argument("--check", action="store_true", help="score the 3 check pairs (end of a tuning round)")
    parser.add_argument("--pair", help="one pair id: print its details, write nothing")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    which = "aside" if args.aside else "check" if args.check else "dev"
    chosen = pairs(which)
    if args.pair:
        chosen = [p for p in chosen if p["id"] == args.pair]
        if not chosen:
            raise SystemExit(f"no {which} pair {args.pair}")
    results = [score_pair(p) for p in chosen]
    suffix = "" if which == "dev" else f"_{which}"
    command = "python benchmarks/real/eval_basil.py" + (f" --{which}" if suffix else "")
    text = report(results, which, command, details=bool(args.pair))
    if args.pair:
        print(text)
        return
    print("\n".join(table(HEADER, [summary_row(r["name"], [r]) for r in results] + [summary_row("**overall**", results)])))
    if not args.no_write:
        out = ROOT / "benchmarks" / "real" / f"RESULTS_basil{suffix}.md"
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
