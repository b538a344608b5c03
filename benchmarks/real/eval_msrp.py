"""Score `reader analyze` on the MSR Paraphrase Corpus training pairs, through the CLI, as a user runs it.

Build the cache first (see build_msrp.py), then:

    python benchmarks/real/eval_msrp.py               # all 4,076 pairs (about 1-2.5 min on 2 cores)
    python benchmarks/real/eval_msrp.py --pairs 1000  # the first 1,000 pairs only, for a quick look
    python benchmarks/real/eval_msrp.py --write       # also writes benchmarks/real/RESULTS_msrp.md
    python benchmarks/real/eval_msrp.py --errors      # also dumps missed and false pairs
                                                      # to benchmarks/.cache/msrp/errors_train.md (ignored)

Source: MSRP ``msr_paraphrase_train.txt``, rebuilt by build_msrp.py into
benchmarks/.cache/msrp/ as two articles: every pair's first sentence in
``train_a.txt``, its second in ``train_b.txt``, one sentence a paragraph, in
the same order. The MSRP test file is RESERVED and never opened.

The script runs ``reader analyze train_a.txt train_b.txt --format json`` (the
``reader`` next to this Python, else ``python -m reader``) and times it (wall
clock, and the child's peak memory). Each match side is assigned to the
paragraph it overlaps most (and matches that span several paragraphs are
counted), so a match links sentence i of A to sentence j of B.

- Identical sentences: MSRP reuses sentences (161 second sentences occur in
  two to four pairs; 163 sentences are the first of one pair and the second of
  another). A copy cannot be told from its original, so a match to any copy of
  B sentence i counts for pair i, and a link joining a sentence to its
  identical copy elsewhere (a true verbatim repeat, which reader must find) is
  counted apart, not as off-diagonal. The gold labels are unchanged; the
  figures by sentence index alone are still printed.
- Diagonal: pair i counts as matched when some match links i to i. A positive
  (paraphrase) pair is right when matched, a negative one when not matched:
  accuracy over all pairs, and precision/recall of "matched" on the positives.
  For scale: answering "matched" for every pair scores the positive share
  (0.675 on train); MSRP systems of 2005-2015 score 0.70-0.80 on test.
- Off-diagonal: matches linking i to j != i, as distinct (i, j) pairs per pair
  in the file, copies aside (above). MSRP sentences come from news clusters, so some of these are
  real repeats of the same story; they are reported, not judged.
- By score: the accuracy had the diagonal needed a match score of at least T.
"""

from __future__ import annotations

import argparse
import bisect
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from reader_api import normalize  # noqa: E402
from results import write_results  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "msrp"
RESULTS = HERE / "RESULTS_msrp.md"


def reader_command() -> list[str]:
    exe = Path(sys.executable).with_name("reader")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "reader"]


def run_reader(a: Path, b: Path) -> tuple[dict, float, float]:
    """`reader analyze a b --format json`: its output, wall seconds and the child's peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(
        [*reader_command(), "analyze", str(a), str(b), "--format", "json"], capture_output=True, text=True, encoding="utf-8"
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"reader failed ({proc.returncode}): {proc.stderr.strip()}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return json.loads(proc.stdout), seconds, max(peak, before) / 1024


def paragraph_of(paragraphs: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """(index of the paragraph overlapping [start, end) most, number of paragraphs it overlaps)."""
    starts = [p[0] for p in paragraphs]
    lo = max(0, bisect.bisect_right(starts, start) - 1)
    best, best_len, n = -1, 0, 0
    for k in range(lo, len(paragraphs)):
        a, b = paragraphs[k]
        if a >= end:
            break
        ov = min(b, end) - max(a, start)
        if ov > 0:
            n += 1
            if ov > best_len:
                best, best_len = k, ov
    return best, n


def index_paragraphs(article: dict, sentences: list[str]) -> list[int]:
    """Pair index of each of the article's paragraphs, checked by text (the loader may cut a headline off)."""
    text = article["text"]
    norm = [" ".join(normalize(s).split()) for s in sentences]  # as the loader cleans them
    out, k = [], 0
    for p in article["paragraphs"]:
        para = " ".join(text[p["start"] : p["end"]].split())
        while k < len(norm) and norm[k] != para:
            k += 1
        if k == len(norm):
            raise SystemExit(f"paragraph not found among the sentences: {para[:60]!r}")
        out.append(k)
        k += 1
    return out


def subset(cache: Path, n: int | None, work: Path) -> tuple[Path, Path, list[dict], list[str], list[str]]:
    labels = json.loads((cache / "train_labels.json").read_text(encoding="utf-8"))
    files = []
    bodies = []
    for side in ("a", "b"):
        raw = (cache / f"train_{side}.txt").read_text(encoding="utf-8")
        title, body = raw.split("\n\n", 1)
        sentences = body.rstrip("\n").split("\n\n")
        if n is not None:
            sentences = sentences[:n]
            path = work / f"train_{side}.txt"
            path.write_text(title + "\n\n" + "\n\n".join(sentences) + "\n", encoding="utf-8")
        else:
            path = cache / f"train_{side}.txt"
        files.append(path)
        bodies.append(sentences)
    return files[0], files[1], labels[: len(bodies[0])], bodies[0], bodies[1]


def evaluate(cache: Path, n: int | None) -> dict:
    if not (cache / "train_labels.json").exists():
        raise SystemExit(f"no cached MSRP in {cache}; run benchmarks/real/build_msrp.py")
    with tempfile.TemporaryDirectory() as tmp:
        a_path, b_path, labels, sa, sb = subset(cache, n, Path(tmp))
        out, seconds, peak_mb = run_reader(a_path, b_path)
        size = a_path.stat().st_size
    art_a, art_b = out["articles"]
    map_a, map_b = index_paragraphs(art_a, sa), index_paragraphs(art_b, sb)
    paras_a = [(p["start"], p["end"]) for p in art_a["paragraphs"]]
    paras_b = [(p["start"], p["end"]) for p in art_b["paragraphs"]]
    links: dict[tuple[int, int], float] = {}
    multi = 0
    for m in out["matches"]:
        ia, na = paragraph_of(paras_a, m["a"]["start"], m["a"]["end"])
        ib, nb = paragraph_of(paras_b, m["b"]["start"], m["b"]["end"])
        multi += na > 1 or nb > 1
        key = (map_a[ia], map_b[ib])
        if m["score"] > links.get(key, -1):
            links[key] = m["score"]
    total = len(labels)
    positives = sum(x["label"] for x in labels)
    # MSRP reuses sentences: 161 B sentences occur in two to four pairs, 163 sentences are
    # the first of one pair and the second of another. Identical copies cannot be told
    # apart, so which copy a match picks is no error (see "Identical sentences" in the docstring).
    same = [" ".join(normalize(x).split()) for x in sa], [" ".join(normalize(x).split()) for x in sb]

    def diagonal(i: int, j: int) -> bool:
        """Whether link (i, j) joins pair i's own two sentences (j may be a copy of B sentence i)."""
        return same[1][j] == same[1][i]

    matched_pairs: dict[int, float] = {}
    for (i, j), score in links.items():
        if diagonal(i, j):
            matched_pairs[i] = max(score, matched_pairs.get(i, -1))
    tp = fp = fn = tn = 0
    strict = 0
    for x in labels:
        i, matched = x["i"], x["i"] in matched_pairs
        strict += ((x["i"], x["i"]) in links) == bool(x["label"])
        if x["label"]:
            tp += matched
            fn += not matched
        else:
            fp += matched
            tn += not matched
    off_all = [k for k in links if k[0] != k[1]]
    off_copy_b = sum(1 for i, j in off_all if diagonal(i, j))
    off_copy = sum(1 for i, j in off_all if not diagonal(i, j) and same[0][i] == same[1][j])
    off = [(i, j) for i, j in off_all if not diagonal(i, j) and same[0][i] != same[1][j]]
    off_stolen = sum(1 for i, j in off if i not in matched_pairs)
    linked_a = {i for i, j in off}
    linked_b = {j for i, j in off}
    fn_taken = sum(1 for x in labels if x["label"] and x["i"] not in matched_pairs and (x["i"] in linked_a or x["i"] in linked_b))
    by_score = []
    for threshold in (0, 60, 70, 75, 80, 85, 90, 95):
        t_tp = sum(1 for x in labels if x["label"] and matched_pairs.get(x["i"], -1) >= threshold)
        t_tn = sum(1 for x in labels if not x["label"] and matched_pairs.get(x["i"], -1) < threshold)
        t_fp = sum(1 for x in labels if not x["label"] and matched_pairs.get(x["i"], -1) >= threshold)
        by_score.append((threshold, (t_tp + t_tn) / total, t_tp / (t_tp + t_fp) if t_tp + t_fp else 0.0, t_tp / positives))
    errors = {
        "missed paraphrase (labelled 1, no match i<->i)": [],
        "matched non-paraphrase (labelled 0)": [],
        "off-diagonal match": [],
    }
    for x in labels:
        i = x["i"]
        matched = i in matched_pairs
        if x["label"] and not matched:
            errors["missed paraphrase (labelled 1, no match i<->i)"].append(f"- {i}: A: {sa[i]}\n  B: {sb[i]}")
        elif not x["label"] and matched:
            errors["matched non-paraphrase (labelled 0)"].append(f"- {i} (score {matched_pairs[i]}): A: {sa[i]}\n  B: {sb[i]}")
    for i, j in sorted(off):
        errors["off-diagonal match"].append(f"- A{i} <-> B{j} (score {links[(i, j)]}): A: {sa[i]}\n  B: {sb[j]}")
    return {
        "pairs": total,
        "positives": positives,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "matches": len(out["matches"]),
        "multi": multi,
        "off": len(off),
        "off_stolen": off_stolen,
        "off_copy": off_copy,
        "off_copy_b": off_copy_b,
        "off_all": len(off_all),
        "strict": strict,
        "fn_taken": fn_taken,
        "kinds": Counter(m["kind"] for m in out["matches"]),
        "seconds": seconds,
        "peak_mb": peak_mb,
        "bytes": size,
        "by_score": by_score,
        "errors": errors,
        "subset": n,
    }


def report(res: dict) -> str:
    total, tp, fp, fn, tn = res["pairs"], res["tp"], res["fp"], res["fn"], res["tn"]
    acc = (tp + tn) / total
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    scope = f"the first {total} pairs" if res["subset"] else f"all {total} pairs"
    lines = [
        "# MSRP train: paraphrase pairs through `reader analyze`",
        "",
        "Generated by `python benchmarks/real/eval_msrp.py --write` (see its docstring). Data: MSR Paraphrase",
        "Corpus `msr_paraphrase_train.txt`, rebuilt into the ignored cache by `benchmarks/real/build_msrp.py`",
        "as two articles (first sentences / second sentences, one a paragraph); the test file is reserved and",
        f"never opened. Scope: {scope}.",
        "",
        "## Diagonal (pair i in A <-> pair i in B)",
        "",
        "| | value |",
        "| --- | --- |",
        f"| pairs | {total} ({res['positives']} paraphrases, {res['positives'] / total:.3f}) |",
        f"| matched and paraphrase / matched, not paraphrase | {tp} / {fp} |",
        f"| not matched, paraphrase / not matched, not paraphrase | {fn} / {tn} |",
        f'| **diagonal accuracy** | **{acc:.3f}** (answering "matched" for every pair: {res["positives"] / total:.3f}) |',
        f'| precision of "matched" for paraphrases | {prec:.3f} |',
        f"| recall of paraphrases | {rec:.3f} |",
        f"| missed paraphrases whose A or B sentence was matched to another pair's sentence instead "
        f"(matches are one-to-one) | {res['fn_taken']} of {fn} |",
        f"| F1 | {f1:.3f} |",
        f"| diagonal accuracy counting sentence i of B only, not its identical copies (the scorer before "
        f"2026-12-07) | {res['strict'] / total:.3f} |",
        "",
        "## Off the diagonal",
        "",
        "| | value |",
        "| --- | --- |",
        f"| matches in the output | {res['matches']} ({', '.join(f'{k} {v}' for k, v in res['kinds'].most_common())}) |",
        f"| matches spanning more than one paragraph on a side | {res['multi']} |",
        f"| distinct (i, j) links with i != j | {res['off_all']} |",
        f"| of which to a copy of B sentence i (counted on the diagonal) | {res['off_copy_b']} |",
        f"| of which joining a sentence to its identical copy (the same MSRP sentence in two pairs) | {res['off_copy']} |",
        f"| the rest: links between different sentences of different pairs | {res['off']} |",
        f"| **off-diagonal share** (those / pairs) | **{res['off'] / total:.3f}** |",
        f"| off-diagonal share counting every i != j link (the scorer before 2026-12-07) | {res['off_all'] / total:.3f} |",
        f"| of the rest, from a sentence i whose own pair i<->i was not matched | {res['off_stolen']} |",
        "",
        "## Time",
        "",
        f"`reader analyze A B --format json`, one run, wall clock: **{res['seconds']:.1f} s**, peak memory of the",
        f"child {res['peak_mb']:.0f} MB (two articles of about {res['bytes'] / 1e6:.2f} MB each; 2-core machine shared",
        "with other work, so expect some spread).",
        "",
        "## Had the diagonal needed a match score of at least T",
        "",
        "| T | accuracy | precision | recall |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for threshold, a, p, r in res["by_score"]:
        lines.append(f"| {threshold} | {a:.3f} | {p:.3f} | {r:.3f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score reader analyze on MSRP train pairs.")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--pairs", type=int, default=None, help="only the first N pairs")
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.relative_to(ROOT)}")
    parser.add_argument("--errors", action="store_true", help="dump errors into the cache")
    args = parser.parse_args(argv)
    if args.write and args.pairs is not None:
        raise SystemExit("--write records the full set only; drop --pairs")
    res = evaluate(args.cache, args.pairs)
    text = report(res)
    print(text)
    if args.write:
        write_results(RESULTS, text)
    if args.errors:
        out = args.cache / "errors_train.md"
        with out.open("w", encoding="utf-8") as fh:
            for klass, items in res["errors"].items():
                fh.write(f"## {klass} ({len(items)})\n\n" + "\n".join(items) + "\n\n")
        print(f"errors -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
