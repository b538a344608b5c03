"""Synthetic article pairs with planted rewrites, for the alignment benchmark.

Two documents are generated from one seed: each holds unrelated filler
sentences plus one side of every planted pair, at shuffled positions. A
planted pair is one sentence and its rewrite, of a known kind:

- ``exact``: an identical copy;
- ``light``: a few content words changed;
- ``reordered``: the two clauses swapped, one word changed;
- ``heavy``: about 40% of content words replaced by a synonym, clauses swapped,
  a few function words dropped.

Words are pseudo-words drawn with Zipf frequencies from a large vocabulary
(English function words between them), so sentences share common words by
chance as real news does. Each pseudo-word has a fixed synonym that shares no
spelling with it; the aligner is never told about synonyms.

Run as a script to write the two documents to a directory.
"""

from __future__ import annotations

import argparse
import itertools
import random
from dataclasses import dataclass
from pathlib import Path

KINDS = ("exact", "light", "reordered", "heavy")
FUNCTION_WORDS = (
    "the of and to in a that for on with as by at from was is has were had its their which after over "
    "but not this who have been also into more than about under while they it".split()
)
_ONSETS = "b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh st t tr v w z".split()
_VOWELS = "a e i o u ai ea ou io".split()
_CODAS = ["", "", "n", "r", "s", "l", "m", "nd", "st", "rk", "x"]


@dataclass(frozen=True)
class PlantedPair:
    kind: str
    a: tuple[int, int]  # character span of the sentence in document a
    b: tuple[int, int]  # character span of its rewrite in document b


@dataclass(frozen=True)
class SyntheticPair:
    text_a: str
    text_b: str
    planted: tuple[PlantedPair, ...]
    sentences_a: int
    sentences_b: int


class _Vocabulary:
    def __init__(self, rng: random.Random, size: int) -> None:
        words: list[str] = []
        seen: set[str] = set(FUNCTION_WORDS)
        while len(words) < 2 * size:
            word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))
            word += rng.choice(_CODAS)
            if word not in seen:
                seen.add(word)
                words.append(word)
        self.words = words[:size]
        # Synonyms come from a disjoint half of the pseudo-words.
        self.synonym = dict(zip(words[:size], words[size:]))
        # Zipf frequencies, flattened at the top; cumulative so each draw is a bisection.
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(size)))
        self.rng = rng

    def content(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)


def _clause(vocab: _Vocabulary, rng: random.Random, words: int) -> list[str]:
    out = []
    for word in vocab.content(words):
        if rng.random() < 0.45:
            out.append(rng.choice(FUNCTION_WORDS))
        out.append(word)
    return out


def _sentence(clauses: list[list[str]]) -> str:
    text = ", ".join(" ".join(c) for c in clauses)
    return text[0].upper() + text[1:] + "."


def _rewrite(kind: str, clauses: list[list[str]], vocab: _Vocabulary, rng: random.Random) -> list[list[str]]:
    clauses = [list(c) for c in clauses]
    content_positions = [(c, k) for c, clause in enumerate(clauses) for k, w in enumerate(clause) if w not in FUNCTION_WORDS]
    if kind == "exact":
        return clauses
    if kind == "light":
        for c, k in rng.sample(content_positions, min(2, len(content_positions))):
            clauses[c][k] = vocab.content(1)[0]
        return clauses
    if kind == "reordered":
        c, k = rng.choice(content_positions)
        clauses[c][k] = vocab.content(1)[0]
        return clauses[::-1]
    for c, k in rng.sample(content_positions, int(0.4 * len(content_positions))):
        clauses[c][k] = vocab.synonym[clauses[c][k]]
    clauses = [[w for w in clause if w not in FUNCTION_WORDS or rng.random() > 0.3] or clause for clause in clauses]
    return clauses[::-1]


def generate(sentences: int = 10_000, planted_per_kind: int = 500, seed: int = 7, vocabulary: int = 30_000) -> SyntheticPair:
    """Two documents of ``sentences`` sentences each, with ``planted_per_kind`` pairs of every kind."""
    rng = random.Random(seed)
    vocab = _Vocabulary(rng, vocabulary)
    items_a: list[tuple[str, int | None]] = []
    items_b: list[tuple[str, int | None]] = []
    kinds: list[str] = []
    for kind in KINDS:
        for _ in range(planted_per_kind):
            clauses = [_clause(vocab, rng, rng.randint(5, 8)), _clause(vocab, rng, rng.randint(4, 7))]
            items_a.append((_sentence(clauses), len(kinds)))
            items_b.append((_sentence(_rewrite(kind, clauses, vocab, rng)), len(kinds)))
            kinds.append(kind)
    for items in (items_a, items_b):
        while len(items) < sentences:
            parts = [_clause(vocab, rng, rng.randint(5, 8))]
            if rng.random() < 0.6:
                parts.append(_clause(vocab, rng, rng.randint(4, 7)))
            items.append((_sentence(parts), None))
        rng.shuffle(items)
    text_a, spans_a = _layout(items_a, rng)
    text_b, spans_b = _layout(items_b, rng)
    planted = tuple(PlantedPair(kinds[k], spans_a[k], spans_b[k]) for k in range(len(kinds)))
    return SyntheticPair(text_a, text_b, planted, len(items_a), len(items_b))


def _layout(items: list[tuple[str, int | None]], rng: random.Random) -> tuple[str, dict[int, tuple[int, int]]]:
    """Join sentences into paragraphs of 2-6 sentences; spans of the planted ones."""
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    position = 0
    left_in_paragraph = rng.randint(2, 6)
    for n, (sentence, planted) in enumerate(items):
        if n:
            separator = " " if left_in_paragraph else "\n\n"
            if not left_in_paragraph:
                left_in_paragraph = rng.randint(2, 6)
            parts.append(separator)
            position += len(separator)
        if planted is not None:
            spans[planted] = (position, position + len(sentence))
        parts.append(sentence)
        position += len(sentence)
        left_in_paragraph -= 1
    return "".join(parts) + "\n", spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    pair = generate(args.sentences, seed=args.seed)
    out = Path(args.directory)
    out.mkdir(parents=True, exist_ok=True)
    (out / "a.txt").write_text(pair.text_a, encoding="utf-8")
    (out / "b.txt").write_text(pair.text_b, encoding="utf-8")
    print(f"wrote {out}/a.txt ({len(pair.text_a)} chars) and {out}/b.txt ({len(pair.text_b)} chars)")


if __name__ == "__main__":
    main()
