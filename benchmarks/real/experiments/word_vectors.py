"""Experiment (issue 9, route b): distributional word similarity as a soft term match. Measured, not adopted.

    python benchmarks/real/experiments/word_vectors.py    # build the vectors, show neighbours, measure on BASIL dev

Builds small PPMI + SVD word vectors from the allowed development corpora into
the ignored cache (benchmarks/.cache/word_vectors.npz, 0.75 MB; nothing is
written under reader/), then asks whether soft word matches separate the gold
claim sentence pairs of the BASIL development pairs from their other candidate
pairs better than the measures the passes already have: per-feature AUC, and
the leave-one-pair-out AUC of a logistic regression with and without the two
soft features (`soft_align`: the mean best cosine of each unshared word to the
other sentence's unshared words, both ways; `soft_average`: cosine of the
summed word vectors).

Result (2026-12-07): soft_align AUC 0.48, soft_average 0.65, against 0.86-0.90
for similarity, Dice, rarity cosine, exclusive links; the regression's LOPO
AUC 0.918 without, 0.922 with, the same gold pairs in its top 40/60/80/100.
Window co-occurrence over 0.7 M content words gives topical neighbours
("debate" -> carson speech cnn presidential stage), and in one story every
sentence is on topic, so the vectors say nothing the rarity weights do not.

Sources, all rebuilt into the ignored cache by the committed build scripts and
all allowed development sources: the public-domain novels
(benchmarks/.cache/novels), CoNLL-2003 train, PolNeAR train, and the BASIL
texts of the development pairs only (no triplet of an `aside` or `check` pair
is read). No third-party text is written out: only the vocabulary (common
English content words) and their vectors.

Method: lower-cased alphabetic words, stopwords left out; the `VOCABULARY`
most frequent words of at least `MIN_COUNT` occurrences; co-occurrence counts
in a window of `WINDOW` words either side within a paragraph; positive PMI
with context smoothing 0.75; truncated SVD, `DIMENSIONS` dimensions, U * S^0.5;
rows normalised and stored as float16.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from reader.core.text.tokens import STOPWORDS  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
OUT = CACHE / "word_vectors.npz"
VOCABULARY = 6000
MIN_COUNT = 8
WINDOW = 5
DIMENSIONS = 64
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def sources() -> list[Path]:
    files = sorted((CACHE / "novels").glob("*.txt"))
    files += sorted((CACHE / "conll" / "train").glob("*.txt"))
    files += sorted((CACHE / "polnear" / "train").glob("*.txt"))
    pairs = yaml.safe_load((ROOT / "benchmarks" / "real" / "basil" / "pairs.yaml").read_text())["pairs"]
    kept = {(p["year"], p["triplet"]) for p in pairs if p["set"] == "dev"}
    banned = {(p["year"], p["triplet"]) for p in pairs if p["set"] not in ("dev", "held")}  # held: dev triples, other outlets
    for year, triplet in sorted(kept - banned):
        files += sorted((CACHE / "basil" / year / triplet).glob("*.txt"))
    return files


def paragraphs(files: list[Path]) -> list[list[str]]:
    out = []
    for path in files:
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8", errors="replace")):
            words = [w for w in WORD.findall(block.lower()) if len(w) > 2 and w not in STOPWORDS]
            if len(words) > 1:
                out.append(words)
    return out


def build() -> tuple[list[str], np.ndarray]:
    files = sources()
    paras = paragraphs(files)
    counts = Counter(w for p in paras for w in p)
    vocab = [w for w, c in counts.most_common(VOCABULARY) if c >= MIN_COUNT]
    index = {w: k for k, w in enumerate(vocab)}
    print(f"{len(files)} files, {sum(map(len, paras))} content words, vocabulary {len(vocab)}", file=sys.stderr)
    n = len(vocab)
    rows, cols = [], []
    for p in paras:
        ids = np.array([index.get(w, -1) for w in p])
        for d in range(1, WINDOW + 1):
            left, right = ids[:-d], ids[d:]
            ok = (left >= 0) & (right >= 0)
            rows.append(left[ok])
            cols.append(right[ok])
    r, c = np.concatenate(rows), np.concatenate(cols)
    co = np.zeros((n, n), dtype=np.float64)
    np.add.at(co, (r, c), 1.0)
    co += co.T
    total = co.sum()
    row = co.sum(axis=1)
    ctx = co.sum(axis=0) ** 0.75
    ctx /= ctx.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(co / total) - np.log(row / total)[:, None] - np.log(ctx)[None, :]
    ppmi = np.maximum(pmi, 0.0)
    ppmi[~np.isfinite(ppmi)] = 0.0
    u, s = truncated_svd(ppmi.astype(np.float32), DIMENSIONS)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vocab, vectors.astype(np.float16)


def truncated_svd(m: np.ndarray, k: int, iterations: int = 4) -> tuple[np.ndarray, np.ndarray]:
    """The top ``k`` left singular vectors and values of ``m``, by randomised subspace iteration (seeded)."""
    rng = np.random.default_rng(0)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], k + 16)).astype(m.dtype))
    for _ in range(iterations):
        q, _ = np.linalg.qr(m @ (m.T @ q))
    u, s, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    return (q @ u)[:, :k], s[:k]


def soft(a: list[str], b: list[str], index: dict[str, int], v: np.ndarray) -> tuple[float, float]:
    ua = [w for w in set(a) - set(b) if w in index]
    ub = [w for w in set(b) - set(a) if w in index]
    if not ua or not ub:
        return 0.0, 0.0
    sims = v[[index[w] for w in ua]] @ v[[index[w] for w in ub]].T
    va = v[[index[w] for w in a if w in index]].sum(0)
    vb = v[[index[w] for w in b if w in index]].sum(0)
    return float((sims.max(1).mean() + sims.max(0).mean()) / 2), float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb) + 1e-9))


def auc(score: np.ndarray, y: np.ndarray) -> float:
    ranks = np.empty(len(score))
    ranks[np.argsort(score)] = np.arange(len(score))
    return float((ranks[y == 1].mean() - (y.sum() - 1) / 2) / (1 - y).sum())


def measure(vocab: list[str], vectors: np.ndarray) -> None:
    import learned_judge as lj

    index = {w: k for k, w in enumerate(vocab)}
    v = vectors.astype(np.float32)
    rows, ys, groups = [], [], []
    for p in lj.dev_pairs():
        articles = lj.basil_articles(p)
        pair, sentences = lj.context(articles)

        positive = lj.claim_pairs(articles, sentences, lj.basil_gold(p))
        words = [
            [[w for w in WORD.findall(a.text[s.start : s.end].lower()) if len(w) > 2 and w not in STOPWORDS] for s in units_]
            for a, units_ in zip(articles, sentences)
        ]
        for i, j in pair.candidates:
            row = lj.features(pair, i, j)
            row["soft_align"], row["soft_average"] = soft(words[0][i], words[1][j], index, v)
            rows.append(row)
            ys.append(int((i, j) in positive))
            groups.append(p["id"])
    names = list(rows[0])
    x = np.array([[r[n] for n in names] for r in rows])
    y, g = np.array(ys, dtype=float), np.array(groups)
    print(f"BASIL dev candidate pairs: {len(y)}, gold claim sentence pairs among them: {int(y.sum())}")
    for k, name in enumerate(names):
        print(f"  AUC {name}: {auc(x[:, k], y):.3f}")
    for label, cols in (("without soft features", list(range(len(names) - 2))), ("with soft features", list(range(len(names))))):
        score = np.zeros(len(y))
        for held in sorted(set(groups)):
            train = g != held
            model = lj.fit(x[train][:, cols], y[train], lj.balanced(y[train], 1.0), steps=2000)
            score[~train] = x[~train][:, cols] @ model.w + model.bias
        order = np.argsort(-score)
        tops = ", ".join(f"top {k}: {int(y[order[:k]].sum())}" for k in (40, 60, 80, 100))
        print(f"  LOPO regression {label}: AUC {auc(score, y):.3f}; gold pairs in {tops}")


def main() -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    vocab, vectors = build()
    index = {w: k for k, w in enumerate(vocab)}
    v = vectors.astype(np.float32)
    for word in ("postponed", "laughter", "said", "election", "killed", "debate", "president", "tax"):
        if word in index:
            sims = v @ v[index[word]]
            best = [vocab[k] for k in np.argsort(-sims)[1:9]]
            print(word, "->", " ".join(best))
    np.savez_compressed(OUT, words=np.array(vocab), vectors=vectors)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    measure(vocab, vectors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
