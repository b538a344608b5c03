"""Experiment (issue 9): static sentence vectors, a word-piece table distilled from a sentence-embedding model, read with numpy only.

The table (``benchmarks/.cache/semantic/word_vectors.npz``, built offline by
``build_vectors.py`` next to this file; attribution in ``NOTICE.md``)
holds one vector per piece of the model's WordPiece vocabulary (``word_pieces.txt``):
each piece was run through all-MiniLM-L6-v2 on its own and mean-pooled, the vectors
reduced by PCA and stored as int8 with a scale per dimension. Each piece also has
a weight, a / (a + p(piece)) with p its frequency in allowed news text (SIF), so
"the" and "," count little and "postponed" much.

A sentence's vector is the weighted mean of its pieces' vectors with the common
direction of news sentences (the table's ``common`` vector) projected out, as SIF
does; two sentences are compared by cosine. Nothing is downloaded and no model
runs at run time: loading is one `numpy.load` of a 4 MB file (0.02-0.2 s). Measured, not
adopted: see measure.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[3] / ".cache" / "semantic"
TABLE_FILE = DATA / "word_vectors.npz"
PIECES_FILE = DATA / "word_pieces.txt"
# WordPiece as BERT's uncased tokenizer applies it: a word longer than this is one unknown piece.
MAX_WORD_CHARS = 100
UNKNOWN = "[UNK]"


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def basic_words(text: str) -> list[str]:
    """BERT's uncased basic tokenizer: lowercase, accents stripped, each punctuation mark a word of its own."""
    text = unicodedata.normalize("NFD", text.lower())
    out: list[str] = []
    current: list[str] = []
    for char in text:
        if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            if current:
                out.append("".join(current))
                current = []
        elif unicodedata.category(char) == "Mn":
            continue
        elif _is_punctuation(char):
            if current:
                out.append("".join(current))
                current = []
            out.append(char)
        else:
            current.append(char)
    if current:
        out.append("".join(current))
    return out


@dataclass(slots=True)
class WordPiece:
    """Greedy longest-match-first WordPiece over a vocabulary (continuation pieces start with ``##``)."""

    index: dict[str, int]
    unknown: int
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, pieces: Sequence[str]) -> WordPiece:
        index = {piece: k for k, piece in enumerate(pieces)}
        return cls(index, index.get(UNKNOWN, 0))

    def word(self, word: str) -> tuple[int, ...]:
        """The piece ids of one basic word (cached: news repeats its words)."""
        found = self._cache.get(word)
        if found is None:
            found = self._cache[word] = self._split(word)
        return found

    def _split(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return (self.unknown,)
        index, ids, start = self.index, [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = index.get(piece)
                if found is not None:
                    ids.append(found)
                    break
                end -= 1
            else:
                return (self.unknown,)
            start = end
        return tuple(ids)

    def ids(self, text: str) -> list[int]:
        """The piece ids of ``text``."""
        out: list[int] = []
        for word in basic_words(text):
            out.extend(self.word(word))
        return out


@dataclass(frozen=True, slots=True)
class WordVectors:
    """A piece table: ``vectors`` (pieces x dims, int8 or float), ``scale`` per dim, a weight per piece."""

    tokenizer: WordPiece
    vectors: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    common: np.ndarray  # unit vector projected out of every sentence vector (zeros: none)

    @classmethod
    def of(
        cls, pieces: Sequence[str], vectors: np.ndarray, weights: np.ndarray | None = None, common: np.ndarray | None = None
    ) -> WordVectors:
        """A table from plain arrays (tests, the build script): float vectors, weights default to 1."""
        dims = vectors.shape[1]
        return cls(
            WordPiece.of(pieces),
            np.asarray(vectors, dtype=np.float32),
            np.ones(dims, dtype=np.float32),
            np.ones(len(pieces), dtype=np.float32) if weights is None else np.asarray(weights, dtype=np.float32),
            np.zeros(dims, dtype=np.float32) if common is None else np.asarray(common, dtype=np.float32),
        )

    def embed(self, texts: Iterable[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (rows; a text with no known piece gives a zero row)."""
        return self.embed_ids([self.tokenizer.ids(text) for text in texts])

    def embed_ids(self, id_lists: Sequence[Sequence[int]]) -> np.ndarray:
        """Unit vectors of texts given as piece ids (`WordPiece.ids`)."""
        out = np.zeros((len(id_lists), self.vectors.shape[1]), dtype=np.float32)
        lengths = np.fromiter((len(ids) for ids in id_lists), dtype=np.int64, count=len(id_lists))
        if not lengths.sum():
            return out
        flat = np.fromiter((k for ids in id_lists for k in ids), dtype=np.int64, count=int(lengths.sum()))
        weights = self.weights[flat].astype(np.float32)
        weighted = self.vectors[flat].astype(np.float32) * weights[:, None]
        filled = lengths > 0
        starts = (np.cumsum(lengths) - lengths)[filled]
        out[filled] = np.add.reduceat(weighted, starts, axis=0)
        out[filled] /= np.maximum(np.add.reduceat(weights, starts), 1e-9)[:, None]
        out *= self.scale
        out -= np.outer(out @ self.common, self.common)
        norms = np.linalg.norm(out, axis=1)
        out /= np.maximum(norms, 1e-9)[:, None]
        return out

    def similarity(self, x: str, y: str) -> float:
        """Cosine of two texts' vectors."""
        vx, vy = self.embed([x, y])
        return float(vx @ vy)


@lru_cache(maxsize=1)
def load_word_vectors() -> WordVectors | None:
    """The built table, read once a process; None when it is not built."""
    try:
        pieces = PIECES_FILE.read_text(encoding="utf-8").split("\n")
        with np.load(TABLE_FILE) as table:
            vectors, scale, weights, common = table["vectors"], table["scale"], table["weights"], table["common"]
    except (OSError, KeyError, ValueError):
        return None
    return WordVectors(WordPiece.of(pieces), vectors, scale, weights, common)
