"""Time `SearchIndex.build` and `SearchIndex.search` on two ~1.2 MB articles.

The articles are synthetic but shaped like news: the seed articles' sentences
recur among generated sentences whose words follow a Zipf distribution over a
~40k-word vocabulary (seed words plus syllable-built words, some hyphenated or
possessive), so the vocabulary and postings are news-sized. Deterministic
(fixed seed). Prints the figures and writes benchmarks/RESULTS_search.md.

    python benchmarks/bench_search.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.search import SearchIndex  # noqa: E402
from reader.core.text.loader import load_articles  # noqa: E402
from reader.core.text.tokens import tokenize  # noqa: E402

TARGET_BYTES = 1_200_000
QUERIES = (
    "Barakt",
    "Palestinan Authorty",
    "Palestinian Authority",
    "Al-Ahram",
    "Sissi",
    "Bara",
    "a",
    "the",
    "Hamas Egypt",
    "the Rafah border crossing",
    "smugling tunels Sinai Gaza",
    "[/] ( *",
    # Worst cases: every word a one-letter prefix, or a common stopword.
    "a b c d e f g h i j k l",
    "the of and to in a",
    "hamas " * 40,
)
SYLLABLES = "ka ra ba ta mi lo su ne di pa go ha za ri el an is mo tu fe li sa ro ve qu".split()


def seed_sentences() -> list[str]:
    sentences = []
    for article in load_articles([ROOT / "articles"]):
        sentences.extend(article.slice(span) for span in article.sentences)
    return sentences


def make_article(rng: random.Random, seeds: list[str], vocabulary: list[str], weights: list[float]) -> str:
    paragraphs, size = [], 0
    while size < TARGET_BYTES:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.08:
                sentences.append(rng.choice(seeds))
                continue
            words = rng.choices(vocabulary, weights, k=rng.randint(6, 30))
            words[0] = words[0].capitalize()
            sentences.append(" ".join(words) + rng.choice(".....?"))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 2
    return "\n\n".join(paragraphs) + "\n"


def build_vocabulary(rng: random.Random, seeds: list[str]) -> list[str]:
    words = sorted({t.norm for s in seeds for t in tokenize(s)})
    invented = set()
    while len(invented) < 40_000:
        word = "".join(rng.choices(SYLLABLES, k=rng.randint(1, 5)))
        roll = rng.random()
        if roll < 0.03:
            word = f"{rng.choice(['al', 'el', 'abu'])}-{word.capitalize()}"
        elif roll < 0.06:
            word += "'s"
        elif roll < 0.12:
            word = word.capitalize()
        invented.add(word)
    vocabulary = words + sorted(invented)
    rng.shuffle(vocabulary)
    return vocabulary


def timed(function, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return times, result


def main() -> None:
    rng = random.Random(20240611)
    seeds = seed_sentences()
    vocabulary = build_vocabulary(rng, seeds)
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    with tempfile.TemporaryDirectory() as folder:
        for name in ("000_bench.txt", "001_bench.txt"):
            Path(folder, name).write_text(make_article(rng, seeds, vocabulary, weights), encoding="utf-8")
        articles = load_articles([folder])
    sizes = ", ".join(f"{a.id}: {len(a.text.encode()) / 1e6:.2f} MB, {len(a.sentences)} sentences" for a in articles)
    build_times, index = timed(lambda: SearchIndex.build(articles), 5)
    tokenize_times, _ = timed(lambda: [tokenize(a.text) for a in articles], 5)
    lines = [
        "# Search benchmark",
        "",
        "Reproduce: `python benchmarks/bench_search.py` (from the repository root).",
        "",
        f"Articles: {sizes}; index vocabulary {len(index.keys)} keys, {len(index.postings)} postings.",
        "",
        f"`SearchIndex.build`: median {statistics.median(build_times) * 1000:.0f} ms, "
        f"min {min(build_times) * 1000:.0f} ms, max {max(build_times) * 1000:.0f} ms (5 runs); "
        f"of which `reader.core.text.tokens.tokenize` alone takes a median {statistics.median(tokenize_times) * 1000:.0f} ms.",
        "",
        "| query | hits (limit 50) | top score | median ms | max ms |",
        "| --- | --- | --- | --- | --- |",
    ]
    worst = 0.0
    for query in QUERIES:
        times, hits = timed(lambda q=query: index.search(q, 50), 7)
        worst = max(worst, max(times))
        top = f"{hits[0].score:.1f}" if hits else "-"
        shown = query if len(query) < 40 else query[:30] + f"... ({len(query)} chars)"
        lines.append(f"| `{shown}` | {len(hits)} | {top} | {statistics.median(times) * 1000:.1f} | {max(times) * 1000:.1f} |")
    lines += ["", f"Slowest single query: {worst * 1000:.1f} ms. Machine shared with other jobs; figures are wall time."]
    report = "\n".join(lines) + "\n"
    print(report)
    (ROOT / "benchmarks" / "RESULTS_search.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
