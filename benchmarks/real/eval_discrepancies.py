"""Discrepancies of `reader analyze` on real BASIL same-event pairs, per kind, against written gold.

The gold is the `discrepancies:` section of benchmarks/real/basil/gold/<id>.claims.yaml,
written from a close reading before the tool was run. The `dev`, `disc` and `held`
pairs are scored together and apart; `fresh14` (annotated in session 14, before reader
ran on them) only apart. Never the `aside` ones. Texts are rebuilt into the ignored
cache by build_basil.py.

Scoring. A gold discrepancy is *found* when a predicted one of the same kind
overlaps both its snippets (A's and B's). A predicted discrepancy is *right*
when it overlaps both snippets of some gold discrepancy, of any kind; one on a
claim where the gold lists none counts as wrong (the gold lists every
disagreement its writer saw, so silence there means "none"). Precision and
recall are given per kind; gold snippets that are not in the article body (a
headline) are counted as misses and listed.

    python benchmarks/real/build_basil.py            # once: the texts
    python benchmarks/real/eval_discrepancies.py     # -> benchmarks/real/RESULTS_discrepancies.md
    python benchmarks/real/eval_discrepancies.py --no-write --show   # print every prediction and miss
    python benchmarks/real/eval_discrepancies.py --no-write --sets dev,disc   # the sets developed on only
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BASIL = ROOT / "benchmarks" / "real" / "basil"
CACHE = ROOT / "benchmarks" / ".cache" / "basil"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "heldout"))

from scoring import locate  # noqa: E402

from reader.core.model import DISCREPANCY_KINDS, Analysis  # noqa: E402
from reader.core.pipeline import analyze  # noqa: E402
from reader.core.text.loader import load_articles  # noqa: E402

Span = tuple[int, int]


SETS = ("dev", "disc", "held", "fresh14")  # never "aside": those are scored once, by the lead, at the very end
POOLED = ("dev", "disc", "held")  # the headline table; "fresh14" (session 14's untuned pairs) is only shown apart


def dev_pairs(sets: tuple[str, ...] = SETS) -> list[dict]:
    """The pairs scored here: `dev` (claims and discrepancies gold), `disc`, `held` and `fresh14`
    (discrepancies gold only), or those of ``sets``."""
    listed = yaml.safe_load((BASIL / "pairs.yaml").read_text(encoding="utf-8"))["pairs"]
    return [p for p in listed if p["set"] in sets]


def gold_discrepancies(pair: dict) -> list[dict]:
    path = BASIL / "gold" / f"{pair['id']}.claims.yaml"
    if not path.is_file():
        return []
    return list((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("discrepancies") or [])


def find(text: str, snippet: str) -> Span | None:
    """Where ``snippet`` is in ``text``. A snippet "X ... Y" spans from X to the Y after it; when its parts
    are not all found in order, it is located by its longest part."""
    parts = [p.strip() for p in snippet.split("...") if p.strip()]
    spans: list[Span] = []
    for part in parts:
        found = locate(text, part, near=(spans[-1][1], spans[-1][1]) if spans else None)
        if found is None or (spans and found[0] < spans[-1][1]):
            break
        spans.append(found)
    if parts and len(spans) == len(parts):
        return (spans[0][0], spans[-1][1])
    for part in sorted(parts, key=len, reverse=True):
        found = locate(text, part)
        if found is not None:
            return found
    return None


def overlaps(x: Span, y: Span) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def score_pair(pair: dict) -> dict:
    folder = CACHE / pair["year"] / pair["triplet"]
    paths = [folder / f"{pair['a']}.txt", folder / f"{pair['b']}.txt"]
    if not all(p.is_file() for p in paths):
        raise SystemExit(f"{paths[0]} is missing: run python benchmarks/real/build_basil.py first")
    analysis: Analysis = analyze(load_articles([str(p) for p in paths]))
    text_a, text_b = analysis.articles[0].text, analysis.articles[1].text
    gold = []
    for g in gold_discrepancies(pair):
        span_a, span_b = find(text_a, g["a"]), find(text_b, g["b"])
        matched = bool(span_a and span_b) and any(
            overlaps((m.a.start, m.a.end), span_a) and overlaps((m.b.start, m.b.end), span_b)  # type: ignore[arg-type]
            for m in analysis.matches
        )
        gold.append({**g, "span_a": span_a, "span_b": span_b, "matched": matched})
    predicted = []
    for d in analysis.discrepancies:
        span_a, span_b = (d.a.start, d.a.end), (d.b.start, d.b.end)
        if d.a.article != analysis.articles[0].id:
            span_a, span_b = span_b, span_a
        hits = [
            g for g in gold if g["span_a"] and g["span_b"] and overlaps(span_a, g["span_a"]) and overlaps(span_b, g["span_b"])
        ]
        predicted.append({"kind": d.kind, "summary": d.summary, "detail": d.detail, "right": bool(hits), "hits": hits})
    for g in gold:
        g["found"] = any(p["kind"] == g["kind"] and any(h is g for h in p["hits"]) for p in predicted)
    return {"pair": pair["id"], "set": pair["set"], "gold": gold, "predicted": predicted}


CASES = ROOT / "benchmarks" / "real" / "discrepancy_cases.yaml"

SESSION_14 = [
    '**Session 14 (discatt), 2026-12-08.** One source credited on both sides, hedged on one only ("X reportedly said" /',
    '"X said in a statement"; a hedge adverb of the reporting-verb lexicon, the extractor\'s adverbial cue or written',
    'at most 3 words between source and cue) is now an attribution finding, detail "hedged vs direct", in a match or',
    "in a claim pair of the search across unpaired sentences (reader/core/discrepancies/hedges.py). Developed on `dev`",
    "and `disc`, where it adds one finding, scored wrong: on b2013_11c9 the gold notes the hedging in its header but",
    "lists no discrepancy (the other article relays the same newspaper's report throughout), while the `held` gold",
    "of the other pairing of that triple lists the same pattern. It adds no finding on the 75 outlet pairs of the 25",
    "unlisted allowed-year triples. `held`, scored at the end: attribution recall 0/8 -> 2/8 (both hedges), precision",
    "2/2; the class itself was named in the session's brief from the held misses (not their texts), so this is not a",
    "blind score. `fresh14` (4 more unlisted triples, gold written and committed before reader ran on them, scored",
    "once at the end): recall 1/4 (the quote; 0/3 attributions: a self-credit by the outlet against a plain statement",
    "in a match, and two claim pairs no match pairs), precision 1/1, the same as the code before the session. The 10",
    "`dev`/`disc` attribution misses (all outside the matches) share at most 3 content stems between the two",
    "sentences (most 0-2): paraphrases a lexical gate cannot pair; loosening the claim search (3 shared words, a cover",
    "of 0.4, or one specific word) added only wrong findings on `dev`/`disc` and the unlisted pairs.",
    "",
    'After a review of the rule (own probe sentences, no corpus text): "According to X, C" now credits C to X in the',
    'attribution finder (it never did), unless X is a plan or rule followed ("according to a plan drawn up by ...");',
    "a source named in small letters in the other article's source is the same source only when that source is no",
    "person (a document, an unnamed group), never between two named people; the hedged and the direct credit must",
    "name one source themselves (a pronoun resolved to someone else does not), a relayed source is reported before a",
    "hedge, a hedge adverb with no source is a hedge rather than an anonymous source, and a hedge inside a direct",
    'credit\'s content ("Police said the suspect allegedly fired") is a "hedged claim". `dev`, `disc`, `held` and `fresh14` are',
    'unchanged by these; on the 75 unlisted outlet pairs one misleading finding ("credited to allegedly") is gone.',
]


def score_cases() -> list[dict]:
    """The self-written cases, scored like a pair each (the texts are in the YAML)."""
    from reader.core.text.build import article_from_text

    results = []
    for n, case in enumerate(yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"], 1):
        analysis = analyze([article_from_text(case["a"], "A", "a.txt"), article_from_text(case["b"], "B", "b.txt")])
        gold = []
        for g in case.get("expect") or []:
            span_a, span_b = find(case["a"], g["a"]), find(case["b"], g["b"])
            assert span_a and span_b, f"case {n}: snippet not in its text"
            gold.append({**g, "span_a": span_a, "span_b": span_b, "matched": True, "summary": f"{g['a']} / {g['b']}"})
        predicted = []
        for d in analysis.discrepancies:
            span_a, span_b = (d.a.start, d.a.end), (d.b.start, d.b.end)
            hits = [g for g in gold if overlaps(span_a, g["span_a"]) and overlaps(span_b, g["span_b"])]
            predicted.append({"kind": d.kind, "summary": d.summary, "detail": d.detail, "right": bool(hits), "hits": hits})
        for g in gold:
            g["found"] = any(p["kind"] == g["kind"] and any(h is g for h in p["hits"]) for p in predicted)
        results.append({"pair": f"case {n}", "gold": gold, "predicted": predicted})
    return results


def table(results: list[dict]) -> list[str]:
    """Per kind: recall over all gold, recall given both snippets lie in one match (the finders' own
    share, apart from the alignment), and precision."""
    gold_n, found_n, pred_n, right_n, matched_n, found_in_n = (Counter() for _ in range(6))
    for r in results:
        for g in r["gold"]:
            gold_n[g["kind"]] += 1
            found_n[g["kind"]] += g["found"]
            matched_n[g["kind"]] += g["matched"]
            found_in_n[g["kind"]] += g["found"] and g["matched"]
        for p in r["predicted"]:
            pred_n[p["kind"]] += 1
            right_n[p["kind"]] += p["right"]
    lines = [
        "| kind | gold | found | recall | in a match | found there | recall given a match | predicted | right | precision |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]

    def ratio(x: int, y: int) -> str:
        return f"{x / y:.2f}" if y else "–"

    for kind in [*DISCREPANCY_KINDS, "all"]:
        counts = [gold_n, found_n, matched_n, found_in_n, pred_n, right_n]
        if kind == "all":
            g, f, m, fi, p, t = (sum(c.values()) for c in counts)
            kind = "**all**"
        else:
            g, f, m, fi, p, t = (c[kind] for c in counts)
        lines.append(f"| {kind} | {g} | {f} | {ratio(f, g)} | {m} | {fi} | {ratio(fi, m)} | {p} | {t} | {ratio(t, p)} |")
    return lines


def details(results: list[dict]) -> list[str]:
    lines = []
    for r in results:
        lines += [f"### {r['pair']}", ""]
        for g in r["gold"]:
            where = "" if g["span_a"] and g["span_b"] else " (snippet not in the body text)"
            where += "" if g["matched"] or not g["span_a"] or not g["span_b"] else " (no match pairs the two snippets)"
            lines.append(f"- gold {g['kind']}: {'found' if g['found'] else 'MISSED'}{where}: {g['summary']}")
        for p in r["predicted"]:
            lines.append(f"- predicted {p['kind']} ({p['detail']}): {'right' if p['right'] else 'wrong'}: {p['summary']}")
        lines.append("")
    return lines


def per_pair(results: list[dict]) -> list[str]:
    """Counts per pair, no text (the RESULTS file quotes nothing from the articles)."""
    lines = [
        "| pair | set | gold | in a match | found | predicted | right |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        gold, predicted = r["gold"], r["predicted"]
        lines.append(
            f"| {r['pair']} | {r['set']} | {len(gold)} | {sum(g['matched'] for g in gold)} | "
            f"{sum(g['found'] for g in gold)} | {len(predicted)} | {sum(p['right'] for p in predicted)} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--show", action="store_true", help="print every gold and predicted discrepancy")
    parser.add_argument("--pair", help="one pair id")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated sets to score (default: all four)")
    args = parser.parse_args()
    sets = tuple(dict.fromkeys(s.strip() for s in args.sets.split(",") if s.strip()))
    unknown = [s for s in sets if s not in SETS]
    if unknown or not sets:
        parser.error(f"--sets: unknown set(s) {', '.join(unknown) or '(none given)'}; choose from {', '.join(SETS)}")
    chosen = [p for p in dev_pairs(sets) if not args.pair or p["id"] == args.pair]
    results = [score_pair(p) for p in chosen]
    lines = table([r for r in results if r["set"] in POOLED])
    print(f"sets {', '.join(s for s in sets if s in POOLED)}:")
    print("\n".join(lines))
    by_set = {name: table([r for r in results if r["set"] == name]) for name in sets}
    for name, set_lines in by_set.items():
        print(f"\nset {name} only:")
        print("\n".join(set_lines))
    cases = score_cases()
    case_lines = table(cases)
    print("\nwritten cases (self-written, benchmarks/real/discrepancy_cases.yaml):")
    print("\n".join(case_lines))
    if args.show:
        print("\n".join(details(results)))
        print("\n".join(details(cases)))
    if not args.no_write and not args.pair and set(sets) == set(SETS):
        out = ROOT / "benchmarks" / "real" / "RESULTS_discrepancies.md"
        counts = Counter(r["set"] for r in results)
        text = [
            "# Discrepancies on real BASIL pairs",
            "",
            "Reproduce: `python benchmarks/real/build_basil.py && python benchmarks/real/eval_discrepancies.py`",
            "(`--show` prints every gold and predicted discrepancy; not written here, so that no article text is committed).",
            "",
            f"{len(results)} pairs from launchnlp/BASIL 2010-2013 and 2015-2016: {counts['dev']} `dev` pairs,",
            f"{counts['disc']} `disc` pairs (same-event triples not otherwise used, annotated for discrepancies only),",
            f"{counts['held']} `held` pairs (other outlet pairings of dev triples, annotated for discrepancies only, not",
            f"tuned on) and {counts['fresh14']} `fresh14` pairs (session 14, below). The first table pools `dev`, `disc`",
            "and `held`.",
            "Gold: the `discrepancies:` section of benchmarks/real/basil/gold/<id>.claims.yaml, written before the tool",
            "was run on those texts. A gold discrepancy is *found* when a predicted one of the same kind overlaps both",
            "its snippets; a prediction is *right* when it overlaps both snippets of any gold discrepancy (predictions",
            "on claims where the gold lists none are wrong). `aside` pairs are never scored here.",
            "",
            *lines,
            "",
            "*in a match*: gold discrepancies whose two snippets lie in one match of the alignment; *found there*: those",
            "of them that are found; *recall given a match* = found there / in a match, the discrepancy stage's own",
            "recall apart from the alignment. Discrepancies are also looked for outside the matches: between a match",
            "and the unmatched sentence next to either side, between amounts of money, between an attribution's",
            "content and a sentence of the other article holding the same claim, between a short quoted phrase",
            "and the same words in another speaker's quotation, and between two whole quotations of one speaker",
            "(each listed under the nearest match), so *found* may exceed *found there*. Gold snippets in a",
            "headline (not in the body text) count as misses.",
            "",
            *[x for name, set_lines in by_set.items() for x in (f"### set {name} only", "", *set_lines, "")],
            "The `disc` gold was written before reader was run on those texts. On the first run (the finders as",
            "they were before the `disc` pairs were added) it scored recall 0.29 (4/14) and precision 0.33 (4/12);",
            "the finders were then changed with its errors in view (rounded and bounded amounts, contractions and",
            "insertions in quotes, names and compound nouns after a negation), so neither set is held out now.",
            "The rules added since (claims credited across unpaired sentences, whose words, a figure both sides",
            "give, days dating the same word, subjects of a negation, quotes a better match gives as they are) were",
            "also developed on these pairs; each was checked for new findings on 81 unannotated BASIL pairs.",
            'Session 6 added whole quotations of one speaker, days dating a saying ("said on Monday" / "in an',
            'interview Tuesday"), the end of a quotation opened paragraphs earlier (not "stated as fact"), and',
            "neighbour pairs ranked below their match; also developed on `dev` and `disc`, and checked on the 87",
            "outlet pairs of the 29 BASIL triples that pairs.yaml does not list.",
            "Session 9 added a source named inside the same source's report on one side only (in a match), one",
            "actor dated to the same day in two unpaired sentences sharing a content word (judged like the claim",
            "search's pairs, with an honest score), and a name one source gives with one word changed; also",
            "developed on `dev` and `disc`, and checked on the same 87 unannotated pairs.",
            "Session 10 let a credit hold the other side's claim by the claim search's word test (stems, not only",
            "the alignment's runs; no figure the other side lacks), also below the match score gate, and set aside a",
            "request beside the claim on the fact side; developed on `dev`; it adds no finding on the 87 unannotated",
            "pairs (lowering the score gate instead added 6 wrong findings on `dev`/`disc` and 10 there).",
            "",
            "The `held` gold (9 items on 4 pairs) was written from a close reading and committed before reader ran",
            "on those pairs. First run: recall 0/9 and 2 predictions, both wrong (a negation another sentence",
            "answers; a nickname read as another first name), the same as the code of main at the time. Those two",
            "were then fixed by general rules (a better match's pairing; a nickname the other side writes in full),",
            "so the held precision is no longer held out; until session 14 no rule was written to find a held item",
            '(session 14\'s hedge rule was, see below). Seven of the nine are attributions (hedged "reportedly" against a',
            "plain statement, loose matches below the score gate, sources the attribution finder does not extract).",
            "",
            *SESSION_14,
            "",
            "## Written cases (self-written, not real text)",
            "",
            "Each kind also has short written pairs, some of which must produce nothing:",
            "benchmarks/real/discrepancy_cases.yaml, scored the same way. They were written by the developer of the",
            "finders, during development: a check that each kind works end to end, not an independent measure.",
            "",
            *case_lines,
            "",
            "## Per pair",
            "",
            *per_pair(results),
            "",
        ]
        out.write_text("\n".join(text), encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
