"""Held-out evaluation of `reader analyze` on article pairs the code has never seen.

Each pair in benchmarks/heldout/<pair>/ has a.txt, b.txt and gold.yaml (gold
written before the tool was first run on the pair). This runs the installed CLI
as a user would, `python -m reader analyze a.txt b.txt --format json`, scores
its output against the gold (rules in benchmarks/heldout/scoring*.py) and
writes benchmarks/RESULTS_heldout.md. No tuning: the figures are what they are.

    python benchmarks/eval_heldout.py            # score, print, write the results
    python benchmarks/eval_heldout.py --no-write # score and print only
    python benchmarks/eval_heldout.py benchmarks/heldout2 --results benchmarks/RESULTS_heldout2.md

The pairs directory defaults to benchmarks/heldout/ and the results file to
benchmarks/RESULTS_heldout.md for it, benchmarks/RESULTS_<directory>.md for
another directory. A FINDINGS.md in the pairs directory is appended.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "heldout"
RESULTS = ROOT / "benchmarks" / "RESULTS_heldout.md"
# A tester's hand-written reading of the failures, appended to the results.
FINDINGS_NAME = "FINDINGS.md"
COMMAND = "python benchmarks/eval_heldout.py"
# The scoring rules live with the first set and serve every set.
sys.path.insert(0, str(HELDOUT))

from scoring import score_claims, score_coverage
from scoring_actors import score_actors
from scoring_attributions import score_attributions


def shown(path: Path) -> str:
    """A path as the user would type it from the repository root."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path.resolve())


def run_tool(a: Path, b: Path) -> tuple[dict, float]:
    """`reader analyze A B --format json` as a user runs it: its output and wall time."""
    command = [sys.executable, "-m", "reader", "analyze", shown(a), shown(b), "--format", "json"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"reader failed on {a.parent.name}: {done.stderr.strip()}")
    return json.loads(done.stdout), elapsed


def score_pair(pair_dir: Path) -> dict:
    gold = yaml.safe_load((pair_dir / "gold.yaml").read_text(encoding="utf-8"))
    output, elapsed = run_tool(pair_dir / "a.txt", pair_dir / "b.txt")
    return {
        "name": pair_dir.name,
        "kind": gold.get("kind", ""),
        "seconds": elapsed,
        "amendments": gold.get("amendments", []),
        "claims": score_claims(gold, output),
        "coverage": score_coverage(gold, output),
        "actors": score_actors(gold, output),
        "attributions": score_attributions(gold, output),
    }


def code_version() -> str:
    """The commit the figures belong to; other engineers edit the tree meanwhile."""

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    changed = git("status", "--porcelain", "--", "reader")
    return f"commit {git('rev-parse', '--short', 'HEAD') or 'unknown'}" + (
        " with uncommitted changes under reader/" if changed else ""
    )


def ratio(hit: int, total: int) -> str:
    return f"{hit / total:.2f} ({hit}/{total})" if total else "n/a"


def actor_counts(actors: dict, major_only: bool) -> tuple[int, int]:
    keep = (lambda e: not e["minor"]) if major_only else (lambda e: True)
    found = sum(1 for e in actors["found"] if keep(e))
    return found, found + sum(1 for e in actors["missed"] if keep(e))


def summary_row(name: str, results: list[dict]) -> list[str]:
    claims = [r["claims"] for r in results]
    actors = [r["actors"] for r in results]
    attributions = [r["attributions"] for r in results]
    major = [actor_counts(a, True) for a in actors]
    every = [actor_counts(a, False) for a in actors]
    apart = [v for a in actors for v in a["apart"]]
    paired = [p for a in attributions for p in a["pairs"]]
    return [
        name,
        ratio(sum(c["matches_true"] for c in claims), sum(c["matches"] for c in claims)),
        ratio(sum(c["claims_hit"] for c in claims), sum(c["claims"] for c in claims)),
        ratio(sum(m[0] for m in major), sum(m[1] for m in major)),
        ratio(sum(m[0] for m in every), sum(m[1] for m in every)),
        ratio(sum(a["merged_pairs"] for a in actors), sum(a["merge_pairs"] for a in actors))
        + f" (+{sum(a['linked_pairs'] for a in actors)} parent-linked)",
        ratio(sum(v["verdict"] == "apart" for v in apart), sum(v["verdict"] != "unresolved" for v in apart)),
        str(sum(len(a["spurious"]) for a in actors)),
        ratio(len(paired), sum(a["gold"] for a in attributions)),
        ratio(len(paired), sum(a["predicted"] for a in attributions)),
        ratio(sum(p["anonymous_agrees"] for p in paired), len(paired)),
        ratio(sum(p["kind_agrees"] for p in paired), len(paired)),
    ]


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    return lines + ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]


def form_table(results: list[dict]) -> list[str]:
    gold, found, predicted, true = Counter(), Counter(), Counter(), Counter()
    for r in results:
        a = r["attributions"]
        gold.update(a["gold_forms"])
        found.update(a["found_forms"])
        predicted.update(a["predicted_kinds"])
        true.update(a["true_kinds"])
    rows = [
        [form, ratio(found[form], gold[form]), ratio(true[form], predicted[form])] for form in sorted(set(gold) | set(predicted))
    ]
    return table(["form / kind", "recall (by gold form)", "precision (by predicted kind)"], rows)


def quote(text: str) -> str:
    return "“" + " ".join(text.split()) + "”"


def pair_section(r: dict) -> list[str]:
    lines = [f"## {r['name']} ({r['kind']})", ""]
    lines += [f"Gold amended after the first run: {' '.join(note.split())}" for note in r["amendments"]]
    lines += [""] if r["amendments"] else []
    c = r["claims"]
    lines.append(
        f"Claims: precision {ratio(c['matches_true'], c['matches'])}, "
        f"recall {ratio(c['claims_hit'], c['claims'])}. "
        f"`reader analyze` took {r['seconds']:.2f} s."
    )
    lines += ["", "Missed claims:" if c["misses"] else "Missed claims: none."]
    lines += [f"- claim {m['number']}: A {quote(m['a'])} / B {quote(m['b'])}" for m in c["misses"]]
    lines += ["", "Matches that hit no gold claim:" if c["false_hits"] else "False matches: none."]
    lines += [f"- ({h['kind']}, {h['score']}) A {quote(h['a'])} / B {quote(h['b'])}" for h in c["false_hits"]]
    lines += [f"- GOLD ERROR: {e}" for e in c["gold_errors"]]
    if r["coverage"]:
        cov = r["coverage"]
        lines += [
            "",
            (
                f"Syndicated coverage: B (the copy) {cov['b']:.0%}, A (the wire) {cov['a']:.0%} "
                f"overall and {cov['a_kept']:.0%} of the text B kept (target >= 85%)."
            ),
        ]
        lines += [f"- B sentence outside every match: {quote(s)}" for s in cov["uncovered_b_sentences"]]
    a = r["actors"]
    lines += [
        "",
        (
            f"Actors: {a['predicted']} predicted. Recall (right kind) major "
            f"{ratio(*actor_counts(a, True))}, all {ratio(*actor_counts(a, False))}; "
            f"found with any kind {len(a['found_any_kind'])}; alias pairs merged "
            f"{ratio(a['merged_pairs'], a['merge_pairs'])}."
        ),
    ]
    lines += [
        f"- missed actor: {m['name']} ({m['kind']}{', minor' if m['minor'] else ''})"
        + (f" - found as {', '.join(m['got_kinds'])}" if m["got_kinds"] else " - no mention")
        + (f"; cut-off mentions: {', '.join(m['partial'])}" if m["partial"] else "")
        for m in a["missed"]
    ]
    for failure in a["merge_failures"]:
        if "forms" in failure:
            lines.append(
                f"- not merged: {failure['actor']}: {failure['forms'][0]!r} in "
                f"{failure['ids'][0]} vs {failure['forms'][1]!r} in {failure['ids'][1]}"
                + (" (linked: one is the other's parent)" if failure["parent_linked"] else "")
            )
        else:
            lines.append(
                f"- (for information) form in the text but in no mention of its own: {failure['actor']}: "
                f"{', '.join(failure['forms_without_mention'])}"
            )
    lines += [
        f"- must stay apart: {v['forms'][0]!r} / {v['forms'][1]!r}: {v['verdict']}"
        + (f" ({v['ids'][0]} / {v['ids'][1]})" if v["verdict"] != "apart" else "")
        for v in a["apart"]
    ]
    lines += [f"- spurious actor ({s['reason']}): {s['name']} [{s['kind']}] mentions {s['mentions']}" for s in a["spurious"]]
    t = r["attributions"]
    lines += [
        "",
        (f"Attributions: recall {ratio(len(t['pairs']), t['gold'])}, precision {ratio(len(t['pairs']), t['predicted'])}."),
    ]
    for miss in t["misses"]:
        e = miss["entry"]
        lines.append(
            f"- missed ({e['article']}, {e['form']}{', anon' if e['anonymous'] else ''}): "
            f"source {e['source']!r}, cue {e['cue']!r}, in {quote(miss['sentence'])}"
            + (f"; the tool has on that cue: {'; '.join(miss['same_cue'])}" if miss["same_cue"] else "")
        )
    for hit in t["false_hits"]:
        lines.append(f"- false hit ({hit['article']}): {hit['described']}")
    for pair in t["pairs"]:
        e, p = pair["entry"], pair["predicted"]
        notes = []
        if not pair["kind_agrees"]:
            notes.append(f"kind {p['kind']} vs gold {e['form']}")
        if not pair["anonymous_agrees"]:
            notes.append(f"anonymous {p.get('anonymous')} vs gold {e['anonymous']}")
        if not pair["content_agrees"]:
            notes.append(f"content {quote(p['content']['text'] if p.get('content') else '-')}")
        if pair["spans_both"] is False:
            notes.append("content stops before the quote's second paragraph")
        if notes:
            lines.append(f"- found but ({e['article']}, cue {e['cue']!r}, source {e['source']!r}): " + "; ".join(notes))
    lines += [f"- GOLD ERROR: {e}" for e in t["gold_errors"]]
    return lines + [""]


def command_for(pairs_dir: Path, results_path: Path) -> str:
    """The command that reproduces a results file; the bare one for the first set."""
    if pairs_dir.resolve() == HELDOUT and results_path.resolve() == RESULTS:
        return COMMAND
    return f"{COMMAND} {shown(pairs_dir)} --results {shown(results_path)}"


def default_results(pairs_dir: Path) -> Path:
    if pairs_dir.resolve() == HELDOUT:
        return RESULTS
    return ROOT / "benchmarks" / f"RESULTS_{pairs_dir.resolve().name}.md"


# The summary table's columns (benchmarks/real/eval_basil.py uses them too).
HEADER = [
    "pair",
    "match precision",
    "claim recall",
    "actor recall (major)",
    "actor recall (all)",
    "alias pairs merged",
    "kept apart",
    "spurious actors",
    "attribution recall",
    "attribution precision",
    "anonymous agrees",
    "kind agrees",
]


def report(results: list[dict], pairs_dir: Path = HELDOUT, command: str = COMMAND) -> str:
    header = HEADER
    rows = [summary_row(r["name"], [r]) for r in results] + [summary_row("**overall**", results)]
    coverage = [r for r in results if r["coverage"]]
    lines = [
        "# Held-out evaluation",
        "",
        (
            f"Run on {time.strftime('%Y-%m-%d')}, {code_version()}. "
            f"Command (from the repository root): `{command}`. It runs "
            "`python -m reader analyze a.txt b.txt --format json` on each pair in "
            f"`{shown(pairs_dir)}/` and scores the output against `gold.yaml`, written before "
            "the tool was first run on the pair. The articles and the gold were written by a "
            "tester who did not read the implementation; nothing was tuned on them."
        ),
        "",
        (
            "Scoring rules (in `benchmarks/heldout/scoring*.py`): a match hits a claim when its A "
            "side holds at least half of one of the claim's A snippets and its B side half of a B "
            "snippet; an actor is found when a predicted actor of the right kind has a mention equal "
            "to one of its forms (or ending with a form of two or more words); an attribution is "
            "found when the cue spans overlap and the source head agrees (pronouns must be resolved "
            "to the right actor). Targets: match precision and claim recall >= 0.8, syndicated "
            "coverage >= 85%."
        ),
        "",
    ]
    lines += table(header, rows) + [""]
    for r in coverage:
        cov = r["coverage"]
        lines.append(
            f"Syndicated pair {r['name']}: copy covered {cov['b']:.0%}, wire covered "
            f"{cov['a']:.0%} ({cov['a_kept']:.0%} of the part the copy kept)."
        )
    lines += ["", "Attributions by form (all pairs):", ""] + form_table(results) + [""]
    for r in results:
        lines += pair_section(r)
    findings = pairs_dir / FINDINGS_NAME
    if findings.is_file():
        lines += ["", findings.read_text(encoding="utf-8")]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=HELDOUT,
        help="the pairs to score, one folder each (default: benchmarks/heldout)",
    )
    parser.add_argument(
        "--results",
        type=Path,
        default=None,
        help="the Markdown file to write (default: benchmarks/RESULTS_<directory>.md, RESULTS_heldout.md for benchmarks/heldout)",
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    pairs_dir = args.directory.resolve()
    if not pairs_dir.is_dir():
        parser.error(f"not a directory: {args.directory}")
    results_path = (args.results or default_results(pairs_dir)).resolve()
    pairs = sorted(p for p in pairs_dir.iterdir() if (p / "gold.yaml").is_file())
    if not pairs:
        parser.error(f"no pair folder with a gold.yaml in {args.directory}")
    results = [score_pair(p) for p in pairs]
    text = report(results, pairs_dir, command_for(pairs_dir, results_path))
    print(text)
    if not args.no_write:
        results_path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
