"""Score `reader`'s attribution extraction on PolNeAR dev (real US election news, 2016).

Build the cache first (see build_polnear.py), then:

    python benchmarks/real/eval_polnear.py              # prints the tables
    python benchmarks/real/eval_polnear.py --write      # also writes benchmarks/real/RESULTS_polnear.md
    python benchmarks/real/eval_polnear.py --errors     # also dumps misses and false alarms with context
                                                        # to benchmarks/.cache/polnear/errors_dev.md (ignored)
    python benchmarks/real/eval_polnear.py --split train --errors-to /tmp/errors_train.md
                                                        # the same on train (for developing rules; never --write)

Source: networkdynamics/PolNeAR (LREC 2018), rebuilt by build_polnear.py into
benchmarks/.cache/polnear/. Only the ``dev`` split is scored here; ``train`` may
be read to develop rules; ``test`` is RESERVED and never opened.

Each dev article is given to `reader` as raw text (as ``reader analyze
NAME.txt`` would load it: normalised, the headline line split off), actors are
extracted from it alone, then its attributions. `reader`'s spans are mapped
back to the cached text, so the gold stays as annotated.

Scoring (the unit is the cue, as in PolNeAR every attribution has exactly one):
- predictions are first collapsed by cue span: `reader` repeats a speaker's
  cue for a quote-only paragraph that inherits it (form ``inherited``), which
  PolNeAR annotates as more content of the same attribution;
- a predicted cue matches a gold cue when their spans overlap; each gold cue
  takes at most one prediction, greedily by overlap size (one-to-one);
- cue precision, recall and F1 over all dev articles (micro);
- on matched cues: *source* agreement is the share, among gold attributions
  with a source, whose predicted source overlaps the gold source (and,
  separately, the share of source-less gold whose prediction has none too);
  *content* agreement is the share whose contents overlap, plus the mean
  character Dice of the two contents;
- recall by gold class (a heuristic of this script: "according to" cues,
  punctuation cues (":" or a dash), cues of a direct quotation, other
  speech/report verbs, everything else: nouns, belief and intention verbs,
  "shows"...), and by cue word; precision by `reader`'s kind and rule form;
- PolNeAR gives each token to at most one attribution, so an attribution
  inside another's content ("X said Y told police that ...") is never
  annotated: unmatched predictions whose cue lies inside a gold content are
  counted apart, and a second precision leaves them out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import reader_api  # noqa: E402
from reader_api import OffsetMap  # noqa: E402
from results import dump_errors, error_counts, prf, write_results  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "polnear"
RESULTS = HERE / "RESULTS_polnear.md"
SPLIT = "dev"  # the split scored and written; test is reserved
SPLITS = ("dev", "train")  # train may be scored while developing rules, never written as the result

Frags = list[tuple[int, int]]

SPEECH_WORDS = frozenset(
    """
say says said saying tell tells told telling add adds added adding note notes noted noting write writes wrote
writing report reports reported reporting announce announces announced claim claims claimed explain explains
explained argue argues argued arguing insist insists insisted warn warns warned ask asks asked asking state
states stated tweet tweets tweeted declare declares declared acknowledge acknowledged admit admitted admits
continue continued suggest suggests suggested respond responded reply replied recall recalled quip quipped
joke joked deny denied denies confirm confirmed allege alleged alleges cite cited citing call called calling
""".split()
)
QUOTE_CHARS = "\"“”'‘’«»"


@dataclass
class Gold:
    cue: Frags
    source: Frags
    content: Frags
    no_source: bool
    cue_text: str
    klass: str


@dataclass
class Pred:
    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: Frags
    kind: str
    form: str
    inherited: int = 0  # inherited quotes folded into this cue
    extra: dict = field(default_factory=dict)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def frags_overlap(xs: Frags, ys: Frags) -> int:
    return sum(overlap(x, y) for x in xs for y in ys)


def char_set(frags: Frags) -> set[int]:
    return {i for a, b in frags for i in range(a, b)}


def dice(xs: Frags, ys: Frags) -> float:
    a, b = char_set(xs), char_set(ys)
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def gold_class(text: str, cue: Frags, content: Frags) -> str:
    cue_text = " ".join(text[a:b] for a, b in cue).strip().lower()
    words = re.findall(r"[a-z]+", cue_text)
    if cue_text.startswith("according"):
        return "according to"
    if not words:
        return "punctuation cue (: or dash)"
    if content:
        body = text[content[0][0] : content[-1][1]].strip()
        if body[:1] in QUOTE_CHARS or body[-1:] in QUOTE_CHARS:
            return "direct quotation"
    if any(w in SPEECH_WORDS for w in words):
        return "speech/report verb"
    return "other cue (noun, belief, intention, 'shows'...)"


_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Sgt|Rev|Prof|Gov)\.|\b[A-Z]\. [A-Z]|\([RD]-")


def miss_cause(text: str, g: Gold) -> str:
    """A likely reason `reader` missed gold attribution ``g`` (regex diagnosis, first that applies)."""
    source = " ".join(text[a:b] for a, b in g.source)
    cue_start = g.cue[0][0]
    if g.klass.startswith("punctuation"):
        return "punctuation cue (: or dash)"
    if g.klass.startswith("other"):
        return "cue not a speech or report verb (noun, belief, intention, 'shows', 'wants'...)"
    if _HONORIFIC.search(source):
        return "source with an honorific, initial or party tag (Mr., Sen., Paul D. Ryan, (R-Ga.))"
    if g.content and "''" in text[max(0, g.content[0][0] - 2) : g.content[-1][1] + 2]:
        return "quotation in '' marks (NYT style)"
    before = [b for a, b in g.content if b <= cue_start]
    if before and re.search(r"[?!][\"”'’]", text[max(0, before[-1] - 2) : cue_start]):
        return "quotation ending in ? or ! before the cue (sentence split inside it)"
    if "," in source or "(" in source:
        return "source with an apposition or parenthesis"
    return "other"


def load_gold(path: Path, text: str) -> list[Gold]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for a in data["attributions"]:
        cue = [tuple(x) for x in a["cue"]]
        content = [tuple(x) for x in a["content"]]
        out.append(
            Gold(
                cue,
                [tuple(x) for x in a["source"]],
                content,
                a["no_source"],
                " ".join(text[s:e] for s, e in cue),
                gold_class(text, cue, content),
            )
        )
    return out


def predict(text: str, article_id: str) -> tuple[list[Pred], dict]:
    """`reader`'s attributions for ``text``, cue-collapsed, spans in ``text`` offsets."""
    article = reader_api.article_from_text(text, article_id)
    offsets = OffsetMap(text, article.text)
    actors = reader_api.extract_actors([article])
    detailed = reader_api.attribution_forms(article, actors)
    if detailed is None:
        detailed = [(t, t.kind, False) for t in reader_api.extract_attributions(article, actors)]

    def back(span) -> tuple[int, int]:
        return offsets.to_original(span.start, span.end)

    by_cue: dict[tuple[int, int], Pred] = {}
    for t, form, inherited in detailed:
        cue = back(t.cue)
        pred = by_cue.get(cue)
        if pred is None:
            pred = by_cue[cue] = Pred(cue, back(t.source) if t.source is not None else None, [], t.kind, form)
        if inherited:
            pred.inherited += 1
        pred.content.append(back(t.content))
    body = offsets.to_original(0, len(article.text))
    return sorted(by_cue.values(), key=lambda p: p.cue), {"body": body, "actors": len(actors)}


def match(preds: list[Pred], golds: list[Gold]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (pred index, gold index) of overlapping cues, biggest overlap first."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = sum(overlap(p.cue, c) for c in g.cue)
            if ov:
                pairs.append((-ov, abs(p.cue[0] - g.cue[0][0]), i, j))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def context(text: str, span: tuple[int, int], width: int = 110) -> str:
    a, b = span
    left = text[max(0, a - width) : a].split("\n")[-1]
    right = text[b : b + width].split("\n")[0]
    return " ".join(f"{left}[[{text[a:b]}]]{right}".split())


def evaluate(cache: Path, split: str = SPLIT) -> dict:
    if split not in SPLITS:
        raise SystemExit(f"split {split!r} is not scored here (test is reserved)")
    docs = sorted((cache / split).glob("*.json"))
    if not docs:
        raise SystemExit(f"no cached PolNeAR {split} articles in {cache / split}; run benchmarks/real/build_polnear.py")
    totals = Counter()
    src_hit = src_gold = nosrc_hit = nosrc_gold = 0
    content_hit = 0
    dices: list[float] = []
    gold_by_class, hit_by_class = Counter(), Counter()
    gold_by_word, hit_by_word = Counter(), Counter()
    pred_by_kind, hit_by_kind = Counter(), Counter()
    pred_by_form, hit_by_form = Counter(), Counter()
    errors: dict[str, list[str]] = defaultdict(list)
    seconds = 0.0
    outside_body = 0
    causes = Counter()
    for n, path in enumerate(docs):
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        golds = load_gold(path, text)
        start = time.perf_counter()
        preds, info = predict(text, "A")
        seconds += time.perf_counter() - start
        outside_body += sum(1 for g in golds if g.cue[-1][1] <= info["body"][0])
        pairs = match(preds, golds)
        totals["gold"] += len(golds)
        totals["pred"] += len(preds)
        totals["tp"] += len(pairs)
        totals["inherited_folded"] += sum(p.inherited for p in preds)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for g in golds:
            gold_by_class[g.klass] += 1
            gold_by_word[g.cue_text.lower()] += 1
        for p in preds:
            pred_by_kind[p.kind] += 1
            pred_by_form[p.form] += 1
        for i, j in pairs:
            p, g = preds[i], golds[j]
            hit_by_class[g.klass] += 1
            hit_by_word[g.cue_text.lower()] += 1
            hit_by_kind[p.kind] += 1
            hit_by_form[p.form] += 1
            if g.source:
                src_gold += 1
                ok = p.source is not None and frags_overlap([p.source], g.source) > 0
                src_hit += ok
                if not ok:
                    got = text[p.source[0] : p.source[1]] if p.source else "(none)"
                    want = " ".join(text[a:b] for a, b in g.source)
                    errors["wrong source"].append(f"- {path.stem}: want {want!r}, got {got!r} | {context(text, p.cue)}")
            else:
                nosrc_gold += 1
                nosrc_hit += p.source is None
            if frags_overlap(p.content, g.content):
                content_hit += 1
            else:
                errors["content misplaced"].append(f"- {path.stem}: {context(text, p.cue)}")
            dices.append(dice(p.content, g.content))
        for j, g in enumerate(golds):
            if j not in matched_g:
                causes[miss_cause(text, g)] += 1
                errors[f"missed: {g.klass}"].append(f"- {path.stem}: {context(text, g.cue[0])}")
        gold_contents = [c for g in golds for c in g.content]
        for i, p in enumerate(preds):
            if i not in matched_p:
                nested = frags_overlap([p.cue], gold_contents) > 0
                totals["fp_nested"] += nested
                where = " (inside a gold content)" if nested else ""
                errors[f"false alarm: {p.kind}/{p.form}{where}"].append(f"- {path.stem}: {context(text, p.cue)}")
        print(f"\r{n + 1}/{len(docs)} articles", end="", file=sys.stderr)
    print(file=sys.stderr)
    p, r, f = prf(totals["tp"], totals["pred"], totals["gold"])
    return {
        "articles": len(docs),
        "totals": totals,
        "p": p,
        "r": r,
        "f": f,
        "seconds": seconds,
        "source": (src_hit, src_gold),
        "no_source": (nosrc_hit, nosrc_gold),
        "content": (content_hit, totals["tp"]),
        "dice": sum(dices) / len(dices) if dices else 0.0,
        "outside_body": outside_body,
        "gold_by_class": gold_by_class,
        "hit_by_class": hit_by_class,
        "gold_by_word": gold_by_word,
        "hit_by_word": hit_by_word,
        "pred_by_kind": pred_by_kind,
        "hit_by_kind": hit_by_kind,
        "pred_by_form": pred_by_form,
        "hit_by_form": hit_by_form,
        "errors": errors,
        "causes": causes,
    }


def pct(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def report(res: dict) -> str:
    t = res["totals"]
    lines = [
        "# PolNeAR dev: attributions",
        "",
        "Generated by `python benchmarks/real/eval_polnear.py --write` (see its docstring for the scoring",
        "rules). Data: networkdynamics/PolNeAR `data/dev` (84 articles from US national outlets, Oct 2016),",
        "rebuilt into the ignored cache by `benchmarks/real/build_polnear.py`; `test` is reserved and never opened.",
        "",
        "## Cues",
        "",
        "| | value |",
        "| --- | --- |",
        f"| articles | {res['articles']} |",
        f"| gold attributions (cues) | {t['gold']} |",
        f"| predicted cues (after folding {t['inherited_folded']} inherited quotes into their speaker's cue) | {t['pred']} |",
        f"| matched (overlapping cues, one-to-one) | {t['tp']} |",
        f"| **cue precision** | **{res['p']:.3f}** |",
        f"| **cue recall** | **{res['r']:.3f}** |",
        f"| **cue F1** | **{res['f']:.3f}** |",
        f"| unmatched predictions whose cue lies inside a gold content (PolNeAR gives each token to one "
        f"attribution, so an attribution nested in another's content is never annotated) | {t['fp_nested']} |",
        f"| cue precision counting those as neither right nor wrong | {t['tp'] / (t['pred'] - t['fp_nested']):.3f} |",
        f"| gold cues in the headline line (the loader keeps it out of the body, so never found) | {res['outside_body']} |",
        f"| time: actors + attributions, all {res['articles']} articles, in process | {res['seconds']:.1f} s |",
        "",
        "## On matched cues",
        "",
        "| | value |",
        "| --- | --- |",
        f"| **source overlaps the gold source** (gold has a source) | **{pct(*res['source'])}** |",
        f"| no source predicted where gold has none | {pct(*res['no_source'])} |",
        f"| content overlaps the gold content | {pct(*res['content'])} |",
        f"| mean character Dice of the contents | {res['dice']:.3f} |",
        "",
        "## Recall by gold class",
        "",
        "Classes are this script's heuristic over the gold cue and content (see its docstring).",
        "",
        "| gold class | gold | found | recall |",
        "| --- | ---: | ---: | ---: |",
    ]
    for klass, n in res["gold_by_class"].most_common():
        hit = res["hit_by_class"][klass]
        lines.append(f"| {klass} | {n} | {hit} | {hit / n:.3f} |")
    lines += [
        "",
        "## Misses by likely cause",
        "",
        "A regex diagnosis of each missed gold attribution (first rule that applies; see `miss_cause`).",
        "",
        "| likely cause | missed |",
        "| --- | ---: |",
    ]
    for cause, n in res["causes"].most_common():
        lines.append(f"| {cause} | {n} |")
    lines += [
        "",
        "## Recall by cue (the 25 most frequent gold cue strings)",
        "",
        "| gold cue | gold | found | recall |",
        "| --- | ---: | ---: | ---: |",
    ]
    for word, n in res["gold_by_word"].most_common(25):
        hit = res["hit_by_word"][word]
        lines.append(f"| `{word}` | {n} | {hit} | {hit / n:.2f} |")
    lines += [
        "",
        "## Precision by `reader`'s kind",
        "",
        "| kind | predicted | matched | precision |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind, n in res["pred_by_kind"].most_common():
        hit = res["hit_by_kind"][kind]
        lines.append(f"| {kind} | {n} | {hit} | {hit / n:.3f} |")
    if set(res["pred_by_form"]) != set(res["pred_by_kind"]):
        lines += [
            "",
            "## Precision by `reader`'s rule form",
            "",
            "| form | predicted | matched | precision |",
            "| --- | ---: | ---: | ---: |",
        ]
        for form, n in res["pred_by_form"].most_common():
            hit = res["hit_by_form"][form]
            lines.append(f"| {form} | {n} | {hit} | {hit / n:.3f} |")
    lines += error_counts(res["errors"])
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score reader's attributions on PolNeAR dev.")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--write", action="store_true", help=f"write {RESULTS.relative_to(ROOT)}")
    parser.add_argument("--errors", action="store_true", help="dump errors with context into the cache")
    parser.add_argument("--errors-to", type=Path, help="dump errors with context into this file instead")
    parser.add_argument("--split", choices=SPLITS, default=SPLIT, help="train only while developing rules")
    args = parser.parse_args(argv)
    if args.write and args.split != SPLIT:
        parser.error(f"--write records the {SPLIT} split only")
    res = evaluate(args.cache, args.split)
    text = report(res)
    print(text)
    if args.write:
        write_results(RESULTS, text)
    if args.errors or args.errors_to:
        out = args.errors_to or args.cache / f"errors_{args.split}.md"
        dump_errors(out, res["errors"])
        print(f"errors -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
