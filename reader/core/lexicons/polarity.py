"""The polarity lexicon: negation words and antonym pairs, for discrepancy detection.

The packaged lists live in `reader/core/lexicons/data/polarity.yaml`; the
user's own file of the same name (`$XDG_CONFIG_HOME/reader/polarity.yaml`) and
a file given to `load_polarity` add to them. How they are used:
`reader.core.discrepancies.polarity`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.core.config import POLARITY_FILE, with_user_file
from reader.core.errors import ReaderError
from reader.core.text.tokens import folded_words, words
from reader.core.yaml_files import read_yaml_file

PACKAGED_POLARITY = Path(__file__).parent / "data" / "polarity.yaml"


@dataclass(frozen=True, slots=True)
class Polarity:
    """Negations (folded word sequences) and antonyms (folded word -> its opposites)."""

    negations: frozenset[tuple[str, ...]] = frozenset()
    antonyms: dict[str, frozenset[str]] = field(default_factory=dict, hash=False)
    # Derived, for speed: the words a negation may start with, and the longest negation.
    first_words: frozenset[str] = field(init=False, compare=False, default=frozenset())
    longest_negation: int = field(init=False, compare=False, default=1)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_words", frozenset(n[0] for n in self.negations))
        object.__setattr__(self, "longest_negation", max((len(n) for n in self.negations), default=1))

    def opposite(self, a: str, b: str) -> bool:
        """Whether the folded words ``a`` and ``b`` are listed as antonyms."""
        return b in self.antonyms.get(a, ())


def load_polarity(user_path: str | os.PathLike[str] | None = None) -> Polarity:
    """The packaged lists, then the user's file, then ``user_path`` (same layout)."""

    def build(files: list[Path]) -> Polarity:
        negations, pairs = set(_packaged()[0]), list(_packaged()[1])
        for more_negations, more_pairs in map(_read, files):
            negations.update(more_negations)
            pairs.extend(more_pairs)
        return _polarity(negations, pairs)

    return with_user_file(POLARITY_FILE, build, user_path)


def _polarity(negations: set[tuple[str, ...]], pairs: list[tuple[str, str]]) -> Polarity:
    """The lists as looked up: each antonym pair both ways."""
    antonyms: dict[str, set[str]] = {}
    for a, b in pairs:
        antonyms.setdefault(a, set()).add(b)
        antonyms.setdefault(b, set()).add(a)
    return Polarity(frozenset(negations), {word: frozenset(opposites) for word, opposites in antonyms.items()})


@lru_cache(maxsize=1)
def _packaged() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, str], ...]]:
    return _read(PACKAGED_POLARITY)


def _read(path: Path) -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, str], ...]]:
    document = read_yaml_file(path, "polarity")
    if document is None:
        return frozenset(), ()
    if not isinstance(document, dict):
        raise ReaderError(f"{path}: polarity must be a mapping with 'negations' and 'antonyms'")
    negations = document.get("negations") or []
    antonyms = document.get("antonyms") or []
    if not isinstance(negations, list) or not all(isinstance(n, str) for n in negations):
        raise ReaderError(f"{path}: 'negations' must be a list of words or phrases")
    if not isinstance(antonyms, list) or not all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(w, str) and _single(w) for w in pair) for pair in antonyms
    ):
        raise ReaderError(f"{path}: 'antonyms' must be a list of pairs of single words, like [denied, admitted]")
    phrases = frozenset(p for p in (_phrase(n) for n in negations) if p)
    return phrases, tuple((_phrase(a)[0], _phrase(b)[0]) for a, b in antonyms)


def _single(word: str) -> bool:
    return len(words(word)) == 1


def _phrase(form: str) -> tuple[str, ...]:
    return tuple(folded_words(words(form)))
