"""Score `reader`'s actor mentions as named-entity spans on CoNLL-2003 testa (the dev set).

Build the cache first (see build_conll.py), then:

    python benchmarks/real/eval_conll.py              # prints the tables
    python benchmarks/real/eval_conll.py --write      # also writes benchmarks/real/RESULTS_conll.md
    python benchmarks/real/eval_conll.py --errors     # also dumps misses and false alarms with context
                                                      # to benchmarks/.cache/conll/errors_testa.md (ignored)

Source: CoNLL-2003 English, rebuilt by build_conll.py into benchmarks/.cache/conll/.
Only ``testa`` is scored; ``train`` may be read to develop rules (``--split train``
prints its tables, never written); ``testb`` is RESERVED and never opened.

Each document goes to `reader` alone, as raw text (as ``reader analyze NNN.txt``
would load it); every mention of every actor `extract_actors` returns is a
predicted name, typed by the actor's kind:

    person -> PER
    organization, media, group -> ORG   (CoNLL tags companies, news agencies, parties,
                                         armed groups, sports clubs and government bodies ORG)
    country, place -> LOC               (CoNLL tags countries, cities, regions ... LOC)
    other -> no type                    (scored only type-agnostically)

Scoring:
- gold is the PER, ORG and LOC mentions; MISC (nationalities, events, ...)
  is left out, and a prediction that overlaps a MISC name and no PER/ORG/LOC
  name is ignored (`reader` treats "German" as a mention of Germany, CoNLL as
  MISC: neither right nor wrong here); how many were ignored is reported;
- a predicted mention is right when its span and type equal a gold one
  (exact boundaries, CoNLL style); precision, recall, F1 overall (micro) and
  per type;
- type-agnostic: spans only (``other`` mentions included), exact and, as a
  diagnostic, overlapping (one-to-one);
- gold names in text the loader kept out of the body (a headline it split off
  as the title) can't be found; they count as misses, and their number is
  reported;
- a confusion table of gold type against `reader`'s kind on exact spans.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import reader_api  # noqa: E402
from reader_api import OffsetMap  # noqa: E402
from results import dump_errors, error_counts, prf, write_results  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "conll"
RESULTS = HERE / "RESULTS_conll.md"
SPLIT = "testa"  # the only split scored; testb is reserved
TYPES = ("PER", "ORG", "LOC")
KIND_TO_TYPE = {"person": "PER", "organization": "ORG", "media": "ORG", "group": "ORG", "country": "LOC", "place": "LOC"}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def predict(text: str) -> tuple[list[tuple[int, int, str]], tuple[int, int]]:
    """(start, end, kind) of every actor mention, in ``text`` offsets, and the span the body covers."""
    article = reader_api.article_from_text(text, "A")
    offsets = OffsetMap(text, article.text)
    seen: dict[tuple[int, int], str] = {}
    for actor in reader_api.extract_actors([article]):
        for m in actor.mentions:
            if m.article != article.id:
                continue
            span = offsets.to_original(m.start, m.end)
            seen.setdefault(span, actor.kind)
    body = offsets.to_original(0, len(article.text))
    return sorted((a, b, k) for (a, b), k in seen.items()), body


def context(text: str, span: tuple[int, int], width: int = 70) -> str:
    a, b = span
    left = text[max(0, a - width) : a].split("\n")[-1]
    right = text[b : b + width].split("\n")[0]
    return f"{left}[[{text[a:b]}]]{right}"


def one_to_one_overlaps(preds: list[tuple[int, int]], golds: list[tuple[int, int]]) -> int:
    pairs = sorted(
        ((-(min(p[1], g[1]) - max(p[0], g[0])), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if overlaps(p, g))
    )
    used_p, used_g = set(), set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return len(used_p)


def genre(doc: dict) -> str:
    """ "prose" when most sentences read like sentences (8+ tokens, ending in . ? ! or a quote), else "tables"."""
    text, tokens = doc["text"], doc["tokens"]
    starts = [t[0] for t in tokens]
    prose = 0
    for a, b in doc["sentences"]:
        n = bisect.bisect_left(starts, b) - bisect.bisect_left(starts, a)
        prose += n >= 8 and text[a:b].rstrip().endswith((".", "?", "!", '"'))
    return "prose" if prose * 2 > len(doc["sentences"]) else "tables"


def evaluate(cache: Path, split: str = SPLIT) -> dict:
    path = cache / f"{split}.json"
    if not path.exists():
        raise SystemExit(f"no cached CoNLL {split} in {path}; run benchmarks/real/build_conll.py")
    docs = json.loads(path.read_text(encoding="utf-8"))
    c = Counter()
    confusion: Counter = Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    seconds = 0.0
    for n, doc in enumerate(docs):
        text = doc["text"]
        gold = [(m["start"], m["end"], m["type"]) for m in doc["mentions"] if m["type"] in TYPES]
        misc = [(m["start"], m["end"]) for m in doc["mentions"] if m["type"] == "MISC"]
        start = time.perf_counter()
        preds, body = predict(text)
        seconds += time.perf_counter() - start
        c["outside_body"] += sum(1 for g in gold if not (body[0] <= g[0] and g[1] <= body[1]))
        kept = []
        for a, b, kind in preds:
            if any(overlaps((a, b), m) for m in misc) and not any(overlaps((a, b), g[:2]) for g in gold):
                c["ignored_misc"] += 1
                continue
            kept.append((a, b, kind))
        gold_set = set(gold)
        gold_spans = {(a, b): t for a, b, t in gold}
        typed = [(a, b, KIND_TO_TYPE[k]) for a, b, k in kept if k in KIND_TO_TYPE]
        c["other"] += sum(1 for *_, k in kept if k not in KIND_TO_TYPE)
        for t in TYPES:
            c[f"gold_{t}"] += sum(1 for g in gold if g[2] == t)
            c[f"pred_{t}"] += sum(1 for p in typed if p[2] == t)
            c[f"tp_{t}"] += sum(1 for p in typed if p[2] == t and p in gold_set)
        g_name = genre(doc)
        c[f"docs_{g_name}"] += 1
        for key, value in (("gold", len(gold)), ("pred_typed", len(typed)), ("tp", sum(1 for p in typed if p in gold_set))):
            c[key] += value
            c[f"{g_name}_{key}"] += value
        pred_spans = {(a, b): k for a, b, k in kept}
        c["pred_any"] += len(pred_spans)
        c["tp_span"] += sum(1 for s in pred_spans if s in gold_spans)
        c["tp_overlap"] += one_to_one_overlaps(list(pred_spans), list(gold_spans))
        for s, kind in pred_spans.items():
            if s in gold_spans:
                confusion[(gold_spans[s], kind)] += 1
                if KIND_TO_TYPE.get(kind) != gold_spans[s]:
                    errors[f"wrong type: gold {gold_spans[s]}, reader {kind}"].append(f"- {doc['id']}: {context(text, s)}")
            else:
                near = [g for g in gold_spans if overlaps(g, s)]
                if near:
                    g = near[0]
                    errors["boundary: overlaps a gold name, different span"].append(
                        f"- {doc['id']}: gold {text[g[0] : g[1]]!r} ({gold_spans[g]}), reader {text[s[0] : s[1]]!r} ({kind})"
                    )
                else:
                    errors[f"false alarm: reader {kind}"].append(f"- {doc['id']}: {context(text, s)}")
        for g, t in gold_spans.items():
            if g not in pred_spans and not any(overlaps(g, s) for s in pred_spans):
                where = "" if body[0] <= g[0] and g[1] <= body[1] else " (outside the body)"
                errors[f"missed {t}{where}"].append(f"- {doc['id']}: {context(text, g)}")
        print(f"\r{n + 1}/{len(docs)} documents", end="", file=sys.stderr)
    print(file=sys.stderr)
    return {"docs": len(docs), "c": c, "confusion": confusion, "errors": errors, "seconds": seconds}


def report(res: dict) -> str:
    c = res["c"]
    p, r, f = prf(c["tp"], c["pred_typed"], c["gold"])
    sp, sr, sf = prf(c["tp_span"], c["pred_any"], c["gold"])
    op, orr, of = prf(c["tp_overlap"], c["pred_any"], c["gold"])
    lines = [
        "# CoNLL-2003 testa: actor mentions as PER / ORG / LOC",
        "",
        "Generated by `python benchmarks/real/eval_conll.py --write` (see its docstring for the scoring rules).",
        "Data: CoNLL-2003 English `testa` (216 Reuters documents, Aug 1996), rebuilt into the ignored cache",
        "by `benchmarks/real/build_conll.py` (natural spacing, one sentence a paragraph); `testb` is reserved",
        "and never opened. Kinds: person -> PER; organization, media, group -> ORG; country, place -> LOC;",
        "other -> untyped.",
        "",
        "## Exact spans, typed",
        "",
        "| type | gold | predicted | correct | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for t in TYPES:
        tp, pr, gd = c[f"tp_{t}"], c[f"pred_{t}"], c[f"gold_{t}"]
        tp_, tr_, tf_ = prf(tp, pr, gd)
        lines.append(f"| {t} | {gd} | {pr} | {tp} | {tp_:.3f} | {tr_:.3f} | **{tf_:.3f}** |")
    lines.append(f"| **all (micro)** | {c['gold']} | {c['pred_typed']} | {c['tp']} | {p:.3f} | {r:.3f} | **{f:.3f}** |")
    lines += [
        "",
        "By genre (a heuristic of this script: a document is *prose* when most of its sentences have 8+ tokens",
        "and end like a sentence, else *tables*: sports results, market figures, lists):",
        "",
        "| genre | documents | gold | predicted | correct | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *[
            f"| {g} | {c[f'docs_{g}']} | {c[f'{g}_gold']} | {c[f'{g}_pred_typed']} | {c[f'{g}_tp']} | "
            + " | ".join(f"{x:.3f}" for x in prf(c[f"{g}_tp"], c[f"{g}_pred_typed"], c[f"{g}_gold"]))
            + " |"
            for g in ("prose", "tables")
        ],
        "",
        "## Type-agnostic",
        "",
        "| match | predicted | correct | precision | recall | F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| exact span | {c['pred_any']} | {c['tp_span']} | {sp:.3f} | {sr:.3f} | **{sf:.3f}** |",
        f"| overlapping span (one-to-one, diagnostic) | {c['pred_any']} | {c['tp_overlap']} | {op:.3f} | {orr:.3f} | {of:.3f} |",
        "",
        "## Notes",
        "",
        f"- predictions ignored because they overlap only a MISC name (e.g. a demonym as its country): {c['ignored_misc']}",
        f"- predictions of kind `other` (counted only type-agnostically): {c['other']}",
        f"- gold names outside the body `reader` analyses (a headline split off as the title): {c['outside_body']}",
        f"- time: `extract_actors` on all {res['docs']} documents one by one, in process: {res['seconds']:.1f} s",
        "",
        "## Confusion on exact spans (gold type x reader kind)",
        "",
        "| gold \\ reader | "
        + " | ".join(k for k in ("person", "organization", "media", "group", "country", "place", "other"))
        + " |",
        "| --- |" + " ---: |" * 7,
    ]
    for t in TYPES:
        row = [str(res["confusion"][(t, k)]) for k in ("person", "organization", "media", "group", "country", "place", "other")]
        lines.append(f"| {t} | " + " | ".join(row) + " |")
    lines += error_counts(res["errors"])
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score reader's actor mentions on CoNLL-2003 testa.")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.relative_to(ROOT)}")
    parser.add_argument("--errors", action="store_true", help="dump errors with context into the cache")
    parser.add_argument(
        "--split", choices=("testa", "train"), default=SPLIT, help="train: to develop rules on (never written to RESULTS)"
    )
    args = parser.parse_args(argv)
    if args.split != SPLIT and args.write:
        parser.error("--write scores testa only")
    res = evaluate(args.cache, args.split)
    text = report(res)
    print(text)
    if args.write:
        write_results(RESULTS, text)
    if args.errors:
        out = args.cache / f"errors_{args.split}.md"
        dump_errors(out, res["errors"])
        print(f"errors -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
