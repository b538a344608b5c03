"""Why BASIL development claims are missed: one row per missed gold claim, counted by class.

For each gold claim of a `set: dev` pair (benchmarks/real/basil/pairs.yaml) that no match of
`reader.core.align.align` hits (the scoring of benchmarks/real/eval_basil.py), it asks:

- is each side's gold phrase a sub-sentence clause (under `CLAUSE_SHARE` of its sentence's characters),
  or does it span two sentences?
- is each side's sentence matched elsewhere (a match covers at least half of it)?
- do the two gold phrases share words at all: how many stems at full weight
  (`reader.core.align.weights.shared_content`, names and framing discounted), and their rarity
  cosine (`reader.core.align.pair.PairRarity`)?
- does a unit of `reader.core.align.clauses` fit each phrase (the unit holds at least half of the
  phrase and the phrase at least half of the unit)?

    python benchmarks/real/experiments/clauses/miss_table.py            # counts only
    python benchmarks/real/experiments/clauses/miss_table.py --show     # each miss, quoting the texts (never commit)
    PYTHONPATH=/work/wt/base9 python benchmarks/real/experiments/clauses/miss_table.py   # another tree's code

The texts are third-party (rebuilt by benchmarks/real/build_basil.py into the ignored cache): the
counts may be committed, the --show output may not.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
for folder in ("benchmarks/real", "benchmarks", "benchmarks/heldout"):
    sys.path.insert(0, str(ROOT / folder))

import eval_basil  # noqa: E402
from scoring import alternatives, covers, locate, overlap  # noqa: E402

from reader.core.align import matches as align_matches  # noqa: E402
from reader.core.align.pair import PairRarity  # noqa: E402
from reader.core.align.stems import article_stems  # noqa: E402
from reader.core.align.terms import acronym_expansions  # noqa: E402
from reader.core.align.weights import shared_content  # noqa: E402
from reader.core.lexicons import load_lexicons  # noqa: E402
from reader.core.model import Span  # noqa: E402
from reader.core.text.loader import load_articles  # noqa: E402

CLAUSE_SHARE = 0.6
# Fewer full-weight stems shared than this: no word-overlap measure can find the pair.
LEXICAL_FLOOR = 2


def clause_units(text: str, sentences: tuple[Span, ...]) -> list[tuple[int, int]]:
    try:
        from reader.core.align.clauses import clauses_of
    except ImportError:  # a tree without clause units
        return []
    return [(c.span.start, c.span.end) for c in clauses_of(text, sentences)]


def fits(units: list[tuple[int, int]], gold: tuple[int, int]) -> bool:
    return any(covers(u, gold) and 2 * overlap(u, gold) >= u[1] - u[0] for u in units)


def misses_of(pair: dict, lexicons) -> list[dict]:
    a_path, b_path = eval_basil.texts(pair)
    articles = load_articles([str(a_path), str(b_path)])
    paraphrases = lexicons.paraphrases.with_acronyms(acronym_expansions([a.text for a in articles]))
    found, _ = align_matches.align(articles, lexicons.paraphrases)
    sentences = [align_matches._sentences(a) for a in articles]
    vocabulary: dict[str, int] = {}
    stems = [article_stems(a, s, paraphrases, vocabulary) for a, s in zip(articles, sentences)]
    rarity = PairRarity.of(stems[0], stems[1])
    spans = [[(m.a.start, m.a.end) for m in found], [(m.b.start, m.b.end) for m in found]]
    gold = eval_basil.gold_of(pair)
    rows = []
    for number, claim in enumerate(gold["claims"], 1):
        sides = []
        for side, key in ((0, "a"), (1, "b")):
            text = articles[side].text
            located = [s for s in (locate(text, x) for x in alternatives(claim[key])) if s]
            if not located:
                break
            sides.append(located)
        if len(sides) < 2:
            continue
        if any(covers(sa, ga) and covers(sb, gb) for sa, sb in zip(*spans) for ga in sides[0] for gb in sides[1]):
            continue  # hit
        row: dict = {"pair": pair["id"], "claim": number}
        phrase_weights = []
        for side, key in ((0, "a"), (1, "b")):
            gold_span = sides[side][0]
            text = articles[side].text
            inside = [s for s in sentences[side] if overlap((s.start, s.end), gold_span) > 0]
            length = sum(s.end - s.start for s in inside)
            row[key + "_sentences"] = len(inside)
            row[key + "_share"] = (gold_span[1] - gold_span[0]) / max(1, length)
            row[key + "_taken"] = any(
                any(2 * overlap(m, (s.start, s.end)) >= s.end - s.start for s in inside) for m in spans[side]
            )
            units = [(s.start, s.end) for s in sentences[side]] + clause_units(text, sentences[side])
            row[key + "_unit_fits"] = fits(units, gold_span)
            row[key + "_text"] = text[gold_span[0] : gold_span[1]]
            row[key + "_sentence"] = " || ".join(text[s.start : s.end] for s in inside)
            phrase = article_stems(articles[side], [Span(*gold_span)], paraphrases)
            phrase_weights.append(phrase.weights(0))
        row["shared_content"] = shared_content(*phrase_weights)
        row["shared_any"] = len(phrase_weights[0].keys() & phrase_weights[1].keys())
        row["cosine"] = rarity.cosine(*phrase_weights)
        rows.append(row)
    return rows


def kind(row: dict) -> str:
    """The miss's class, the first that applies."""
    if row["shared_content"] < LEXICAL_FLOOR:
        return "few shared words (< 2 full-weight stems between the gold phrases)"
    if row["a_sentences"] > 1 or row["b_sentences"] > 1:
        return "claim spans two sentences"
    clause = row["a_share"] < CLAUSE_SHARE or row["b_share"] < CLAUSE_SHARE
    taken = row["a_taken"] or row["b_taken"]
    if clause and taken:
        return "clause of a fused sentence, a sentence matched elsewhere"
    if clause:
        return "clause of a fused sentence, both sentences free"
    if taken:
        return "whole sentences, one matched elsewhere"
    return "whole sentences, both free"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each miss with its text (never commit this)")
    args = parser.parse_args()
    lexicons = load_lexicons()
    rows = [row for pair in eval_basil.pairs("dev") for row in misses_of(pair, lexicons)]
    print(f"{len(rows)} missed dev claims\n")
    print("| class | misses | A clause | B clause | A taken | B taken | a unit fits both phrases |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    by_kind: dict[str, list[dict]] = {}
    for row in rows:
        by_kind.setdefault(kind(row), []).append(row)
    for name, members in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        cells = [
            sum(r["a_share"] < CLAUSE_SHARE for r in members),
            sum(r["b_share"] < CLAUSE_SHARE for r in members),
            sum(r["a_taken"] for r in members),
            sum(r["b_taken"] for r in members),
            sum(r["a_unit_fits"] and r["b_unit_fits"] for r in members),
        ]
        print(f"| {name} | {len(members)} | " + " | ".join(map(str, cells)) + " |")
    totals = Counter()
    for row in rows:
        totals["either side a clause"] += row["a_share"] < CLAUSE_SHARE or row["b_share"] < CLAUSE_SHARE
        totals["either side matched elsewhere"] += row["a_taken"] or row["b_taken"]
        totals["both sides matched elsewhere"] += row["a_taken"] and row["b_taken"]
        totals["neither side matched"] += not row["a_taken"] and not row["b_taken"]
        totals["spans two sentences"] += row["a_sentences"] > 1 or row["b_sentences"] > 1
        totals[f"gold phrases share >= {LEXICAL_FLOOR} full-weight stems"] += row["shared_content"] >= LEXICAL_FLOOR
        totals[f"gold phrases share >= {LEXICAL_FLOOR} stems at any weight (names, framing)"] += (
            row["shared_any"] >= LEXICAL_FLOOR
        )
        totals["... and rarity cosine >= 0.2"] += row["shared_content"] >= LEXICAL_FLOOR and row["cosine"] >= 0.2
        totals["a unit fits both phrases"] += row["a_unit_fits"] and row["b_unit_fits"]
    print()
    for name, count in totals.items():
        print(f"- {name}: {count}")
    if args.show:
        for row in rows:
            print(
                f"\n{row['pair']}#{row['claim']} [{kind(row)}] shared {row['shared_content']}/{row['shared_any']} cos {row['cosine']:.2f}"
                f" | A share {row['a_share']:.2f} taken {row['a_taken']} fits {row['a_unit_fits']}"
                f" | B share {row['b_share']:.2f} taken {row['b_taken']} fits {row['b_unit_fits']}"
            )
            print("  A:", row["a_text"][:200])
            print("  B:", row["b_text"][:200])


if __name__ == "__main__":
    main()
