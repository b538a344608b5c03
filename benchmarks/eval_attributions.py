"""Score attribution extraction against the hand-annotated gold set in benchmarks/gold/.

Usage: python benchmarks/eval_attributions.py [--write]   (--write updates RESULTS_attributions.md)

A predicted attribution matches a gold one when their cue spans overlap and
their content spans overlap (an inherited quote, which has no cue of its own,
matches on content and on the cue of the attribution it inherits from). For
matched pairs the script also reports source agreement (same head word, or
both without source), content agreement (character Dice >= 0.8), kind and
anonymity agreement. Recall is per gold form; precision is per predicted form.
Timing: two synthetic 1.2 MB documents built from the gold articles.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.attributions import extract_attribution_details  # noqa: E402
from reader.core.attributions.sources import head_word  # noqa: E402
from reader.core.model import (
    Article,  # noqa: E402
    Span,  # noqa: E402
)
from reader.core.text import segment  # noqa: E402
from reader.core.text.loader import load_article  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"
RESULTS = Path(__file__).resolve().parent / "RESULTS_attributions.md"


def locate(text: str, snippet: str, near: int = 0) -> int:
    """Offset of the occurrence of ``snippet`` nearest to ``near``."""
    hits, pos = [], text.find(snippet)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(snippet, pos + 1)
    if not hits:
        raise SystemExit(f"gold snippet not in text: {snippet[:60]!r}")
    return min(hits, key=lambda p: abs(p - near))


def gold_items(path: Path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    article = load_article((path.parent / data["article"]).resolve(), path.name.split(".")[0])
    text = article.text
    items = []
    for entry in data["attributions"]:
        at = locate(text, entry["at"])
        if entry.get("cue"):
            cue_start = text.index(entry["cue"], at)
            cue = Span(cue_start, cue_start + len(entry["cue"]))
        else:
            cue = None
        anchor = at if cue is None else cue.start
        content_start = locate(text, entry["content"], anchor)
        content = Span(content_start, content_start + len(entry["content"]))
        source = None
        if entry.get("source"):
            s = locate(text, entry["source"], anchor if cue is not None else locate(text, entry["inherit_from"]))
            source = Span(s, s + len(entry["source"]))
        inherit = None
        if entry.get("inherit_from"):
            inherit = Span(locate(text, entry["inherit_from"]), locate(text, entry["inherit_from"]) + len(entry["inherit_from"]))
        items.append({**entry, "cue_span": cue, "content_span": content, "source_span": source, "inherit_span": inherit})
    return data.get("split", "tune"), article, items


def dice(a: Span, b: Span) -> float:
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    return 2 * inter / (len(a) + len(b)) if len(a) + len(b) else 1.0


def matches(gold: dict, detail) -> bool:
    t = detail.attribution
    if not t.content.overlaps(gold["content_span"]):
        return False
    if gold["cue_span"] is None:
        return detail.inherited and gold["inherit_span"].overlaps(t.cue)
    return t.cue.overlaps(gold["cue_span"])


def same_source(text: str, gold: dict, t) -> bool:
    if gold["source_span"] is None or t.source is None:
        return gold["source_span"] is None and t.source is None
    g, p = head_word(text, gold["source_span"]), head_word(text, t.source)
    return text[g.start : g.end].lower() == text[p.start : p.end].lower()


def evaluate():
    rows = defaultdict(lambda: {"gold": 0, "found": 0, "pred": 0, "correct": 0})
    agree = defaultdict(lambda: [0, 0])
    misses, extras, disagreements = [], [], []
    for path in sorted(GOLD.glob("*.gold.yaml")):
        split, article, items = gold_items(path)
        details = list(extract_attribution_details(article))
        used: set[int] = set()
        text = article.text
        for gold in items:
            hit = next((k for k, d in enumerate(details) if k not in used and matches(gold, d)), None)
            for key in (gold["form"], f"split:{split}", "all", *(("anonymous",) if gold["anonymous"] else ())):
                rows[key]["gold"] += 1
                rows[key]["found"] += hit is not None
            if hit is None:
                misses.append(f"{path.stem}: {gold['form']} {gold['at']!r}")
                continue
            used.add(hit)
            t = details[hit].attribution
            checks = {
                "source head": same_source(text, gold, t),
                "content (Dice>=0.8)": dice(gold["content_span"], t.content) >= 0.8,
                "kind": t.kind == gold["kind"],
                "anonymous": t.anonymous == gold["anonymous"],
            }
            for key, ok in checks.items():
                agree[key][0] += ok
                if not ok:
                    disagreements.append(f"{path.stem}: {key} at {gold['at']!r}")
            for key in agree:
                agree[key][1] += 1
        for k, d in enumerate(details):
            for key in (d.form, f"split:{split}", "all", *(("anonymous",) if d.attribution.anonymous else ())):
                rows[key]["pred"] += 1
                rows[key]["correct"] += k in used
            if k not in used:
                extras.append(f"{path.stem}: {d.form} {text[d.attribution.cue.start : d.attribution.content.end][:70]!r}")
    return rows, agree, misses, extras, disagreements


def timing() -> tuple[float, int, int]:
    """Best of three: seconds to extract attributions from the two seed articles, each repeated to ~1.2 MB.

    The seeds hold an attribution every second sentence or so, denser than most
    news, so this is a pessimistic figure for documents of this size.
    """
    docs = []
    for seed in sorted((ROOT / "articles").glob("*.txt")):
        body = load_article(seed).text
        text = "\n\n".join([body] * (1_200_000 // (len(body) + 2) + 1))
        paras = segment.paragraphs(text)
        docs.append(Article(id=seed.name[:3], path="", text=text, paragraphs=paras, sentences=segment.sentences(text, paras)))
    best, count = float("inf"), 0
    for _ in range(3):
        start = time.perf_counter()
        count = sum(len(extract_attribution_details(doc)) for doc in docs)
        best = min(best, time.perf_counter() - start)
    return best, sum(len(d.sentences) for d in docs), count


def render(rows, agree, misses, extras, disagreements, seconds, sentences, count) -> str:
    def pr(row):
        p = row["correct"] / row["pred"] if row["pred"] else float("nan")
        r = row["found"] / row["gold"] if row["gold"] else float("nan")
        return f"{p:.2f}" if row["pred"] else "-", f"{r:.2f}" if row["gold"] else "-"

    lines = [
        "# Attribution extraction: results on the gold set",
        "",
        "Reproduce: `python benchmarks/eval_attributions.py --write` (from the repo root).",
        "",
        "Gold: `benchmarks/gold/*.gold.yaml` (the two seed articles plus eight written for the purpose;",
        "`refinery_fire` and `ferry_strike` were added after the rules for appositive subjects, colon",
        "quotes over paragraphs, gerund leads and noun cues, to cover those forms, so they are `tune`).",
        "`split: tune` files were used while writing the rules. `split: heldout` files were annotated",
        "before the extractor was first run on them. Caveat: their first run missed two according-to",
        'sources ("traders in London", "a leaked internal memo") because plausible sources were an',
        'allow-list of nouns; a failing unit test ("according to the mayor") then made that a deny-list',
        '("according to plan/schedule/rules..."), which also recovered both. First held-out run:',
        "recall 28/30, precision 28/28. The held-out set is small and written by the same person who",
        "wrote the rules, so treat every figure here as an optimistic sanity check, not a measurement",
        "of news in the wild.",
        "",
        "Conventions the gold follows (and the extractor implements): content excludes the quote marks",
        "of a direct quote and a trailing full stop; an object cue's content is the whole complement",
        '("Hamas of being involved in ..."), cut at a following relative or coordinated clause;',
        '"reportedly"/"allegedly" are source-less anonymous cues (kind `adverbial`) whose content is',
        'their clause; "claimed by" / "claimed responsibility" and every passive cue are not speech;',
        "requests (ask/urge/request) count as attributions; an inherited quote reuses the cue and source",
        'of the attribution it follows. Generic plural nouns without a name ("authorities",',
        '"analysts", "operators") are anonymous; "the Egyptian authorities" is the state, not anonymous.',
        "Held-out figures on unseen articles are in `RESULTS_heldout.md` (`python benchmarks/eval_heldout.py`).",
        "",
        "| form | gold | found | recall | predicted | correct | precision |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    order = sorted(k for k in rows if not k.startswith("split:") and k not in ("all", "anonymous"))
    for key in [*order, "anonymous", "split:tune", "split:heldout", "all"]:
        if key in rows:
            row = rows[key]
            p, r = pr(row)
            lines.append(f"| {key} | {row['gold']} | {row['found']} | {r} | {row['pred']} | {row['correct']} | {p} |")
    lines += ["", "Agreement on matched attributions:", "", "| field | agree | of | share |", "| --- | ---: | ---: | ---: |"]
    for key, (ok, total) in agree.items():
        lines.append(f"| {key} | {ok} | {total} | {ok / total:.2f} |")
    lines += [
        "",
        f"Speed: {count} attributions from the two seed articles each repeated to ~1.2 MB ({sentences} sentences",
        f"in all) in {seconds:.2f} s (best of three runs on a shared 2-core machine; no actors given).",
        "",
        "Disagreements on matched attributions:",
        "",
        *[f"- {d}" for d in disagreements or ["(none)"]],
        "",
        "Missed gold attributions:",
        "",
        *[f"- {m}" for m in misses or ["(none)"]],
        "",
        "Predicted attributions with no gold match:",
        "",
        *[f"- {e}" for e in extras or ["(none)"]],
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    rows, agree, misses, extras, disagreements = evaluate()
    seconds, sentences, count = timing()
    report = render(rows, agree, misses, extras, disagreements, seconds, sentences, count)
    print(report)
    if "--write" in sys.argv:
        RESULTS.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
