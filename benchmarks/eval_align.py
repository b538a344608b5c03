"""Precision and recall of `reader.core.align.matches` on the hand-annotated article pairs.

Each pair lives in tests/fixtures/pairs/<name>/ as a.txt, b.txt and gold.yaml.
The gold file lists which claims correspond, as snippets of text (so the gold
does not depend on how the segmenter splits sentences). A match is correct
when its two passages overlap the two sides of one gold entry; a gold entry
is found when some match is correct for it. For syndicated copies the script
also reports how much of each text lies inside matches.

    python benchmarks/eval_align.py [pairs directory]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.align.matches import align  # noqa: E402
from reader.core.model import Article, Match, Span  # noqa: E402
from reader.core.text.loader import load_article  # noqa: E402

PAIRS = ROOT / "tests" / "fixtures" / "pairs"


@dataclass(frozen=True)
class PairResult:
    name: str
    kind: str
    matches: int
    correct: int
    gold: int
    found: int
    coverage_a: float
    coverage_b: float

    @property
    def precision(self) -> float:
        return self.correct / self.matches if self.matches else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def snippet_spans(article: Article, snippets: str | list[str]) -> list[Span]:
    spans = []
    for snippet in [snippets] if isinstance(snippets, str) else snippets:
        start = article.text.find(snippet)
        if start < 0 or article.text.find(snippet, start + 1) >= 0:
            raise ValueError(f"{article.path}: gold snippet {snippet!r} must occur exactly once")
        spans.append(Span(start, start + len(snippet)))
    return spans


def evaluate_pair(directory: Path) -> PairResult:
    a = load_article(directory / "a.txt", "A")
    b = load_article(directory / "b.txt", "B")
    gold = yaml.safe_load((directory / "gold.yaml").read_text(encoding="utf-8"))
    entries = [(snippet_spans(a, e["a"]), snippet_spans(b, e["b"])) for e in gold["pairs"]]
    matches, _ = align([a, b])
    found: set[int] = set()
    correct = 0
    for match in matches:
        hits = [k for k, (a_spans, b_spans) in enumerate(entries) if _hits(match, a_spans, b_spans)]
        correct += bool(hits)
        found.update(hits)
    return PairResult(
        name=directory.name,
        kind=gold.get("kind", "paraphrase"),
        matches=len(matches),
        correct=correct,
        gold=len(entries),
        found=len(found),
        coverage_a=coverage(a, [Span(m.a.start, m.a.end) for m in matches]),
        coverage_b=coverage(b, [Span(m.b.start, m.b.end) for m in matches]),
    )


def _hits(match: Match, a_spans: list[Span], b_spans: list[Span]) -> bool:
    a_side, b_side = Span(match.a.start, match.a.end), Span(match.b.start, match.b.end)
    return any(a_side.overlaps(s) for s in a_spans) and any(b_side.overlaps(s) for s in b_spans)


def coverage(article: Article, passages: list[Span]) -> float:
    """Share of the article's sentence characters that lie inside some passage."""
    total = sum(len(s) for s in article.sentences)
    inside = sum(max(0, min(s.end, p.end) - max(s.start, p.start)) for s in article.sentences for p in passages)
    return inside / total if total else 0.0


def evaluate_all(pairs: Path = PAIRS) -> list[PairResult]:
    return [evaluate_pair(d) for d in sorted(pairs.iterdir()) if (d / "gold.yaml").is_file()]


def main() -> None:
    pairs = Path(sys.argv[1]) if len(sys.argv) > 1 else PAIRS
    results = evaluate_all(pairs)
    print(f"{'pair':24} {'kind':11} {'matches':>7} {'gold':>5} {'precision':>9} {'recall':>7} {'cover a':>8} {'cover b':>8}")
    for r in results:
        print(
            f"{r.name:24} {r.kind:11} {r.matches:7d} {r.gold:5d} {r.precision:9.2f} {r.recall:7.2f}"
            f" {r.coverage_a:8.0%} {r.coverage_b:8.0%}"
        )
    matches = sum(r.matches for r in results)
    correct = sum(r.correct for r in results)
    gold = sum(r.gold for r in results)
    found = sum(r.found for r in results)
    print(f"{'overall':36} {matches:7d} {gold:5d} {correct / max(matches, 1):9.2f} {found / max(gold, 1):7.2f}")


if __name__ == "__main__":
    main()
