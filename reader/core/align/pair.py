"""What every alignment pass knows about one pair of articles.

A pass (`reader.core.align.PASSES`) is a function
``run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]``:
it receives the matches the passes before it found and returns them with its
own added, sorted by position in a.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from reader.core.align.candidates import Candidates, candidate_arrays
from reader.core.align.stems import SentenceStems, similarity

# A title or subheading sums up a story in its main words, which many of the
# other article's sentences share: it pairs with a sentence only when nearly
# the same (a body sentence may repeat the title), else only with a heading.
HEADING_THRESHOLD = 80.0
# The exclusive-link floor of `PairRarity.may_link` (see `reader.core.align.passes.rare`).
MIN_EXCLUSIVE_LINKS = 0.9


@dataclass(frozen=True, slots=True)
class PairRarity:
    """How rare each stem is in one pair of articles: per-article sentence counts and idf."""

    counts_a: Counter[str]
    counts_b: Counter[str]
    # log(N / df) of each stem over the two articles, worked out for the stems asked about only
    # (a pair of articles asks about a small share of its vocabulary); 0.0 for a stem in neither.
    idf: _Idf
    # Sentences of a holding the stem x those of b (a count of 0 read as 1), likewise on demand:
    # a shared stem's link is one over this (`exclusive_links`, `may_link`).
    links: _Links

    @classmethod
    def of(cls, a: SentenceStems, b: SentenceStems) -> PairRarity:
        return cls.from_counts(_sentence_counts(a), _sentence_counts(b), len(a.sets) + len(b.sets))

    @classmethod
    def from_counts(cls, counts_a: Counter[str], counts_b: Counter[str], sentences: int) -> PairRarity:
        """From how many sentences of each article hold each stem, ``sentences`` in the two in all."""
        return cls(counts_a, counts_b, _Idf(counts_a, counts_b, sentences), _Links(counts_a, counts_b))

    def cosine(self, x: dict[str, float], y: dict[str, float]) -> float:
        """Cosine of two sentences' stems (a's, b's), each weighted by its rarity and its evidential weight."""
        # `math.fsum` over the shared stems: their set's order varies with PYTHONHASHSEED, and a plain sum's
        # last bit with it, which decided gates met exactly (an exact sum does not depend on the order).
        shared = math.fsum(self._idf(s) ** 2 * x[s] * y[s] for s in x.keys() & y.keys())
        if not shared:
            return 0.0
        norm_x = sum((self._idf(s) * w) ** 2 for s, w in x.items())
        norm_y = sum((self._idf(s) * w) ** 2 for s, w in y.items())
        return shared / math.sqrt(norm_x * norm_y)

    def exclusive_links(self, x: dict[str, float], y: dict[str, float]) -> float:
        """Shared stems, each counted by its weight over the number of sentence pairs of the
        two articles that share it: 1 for a full-weight word found in these two sentences only."""
        # A weight's stem is normally among the sentence's stems; `_Links` reads a count of 0 as 1 for the rare exception.
        links = self.links
        # Exact, so the same whatever order the set of shared stems comes in (see `cosine`): a sum of 0.5
        # came out 0.49999999999999994 under some hash seeds and failed the lexical pass's 0.5 floor.
        return math.fsum(min(x[s], y[s]) / links[s] for s in x.keys() & y.keys())

    def may_link(self, x: frozenset[str], y: frozenset[str]) -> bool:
        """Whether two sentences' stems could reach `MIN_EXCLUSIVE_LINKS` at full weight: a cheap
        bound that spares most pairs the weights (`SentenceStems.weights` reads the words again)."""
        links = self.links
        # Exact, so the same whatever order the set comes in (see `exclusive_links`).
        return math.fsum(1.0 / links[s] for s in x & y) >= MIN_EXCLUSIVE_LINKS

    def contained(self, part: dict[str, float], whole: dict[str, float]) -> float:
        """The share of ``part``'s rarity-weighted stems that ``whole`` holds: 0..1."""
        total = sum(self._idf(s) * w for s, w in part.items())
        return sum(self._idf(s) * w for s, w in part.items() if s in whole) / total if total else 0.0

    def _idf(self, stem: str) -> float:
        # Found in neither article's counts only for the rare exception above: as rare as can be.
        return self.idf[stem]


class _Idf(dict[str, float]):
    """`PairRarity.idf`: each stem's log(N / df), computed the first time it is asked for."""

    def __init__(self, counts_a: Counter[str], counts_b: Counter[str], total: int) -> None:
        super().__init__()
        self.counts_a, self.counts_b, self.total = counts_a, counts_b, total

    def __missing__(self, stem: str) -> float:
        df = self.counts_a[stem] + self.counts_b[stem]
        value = math.log(self.total / df) if df else 0.0
        self[stem] = value
        return value


class _Links(dict[str, int]):
    """`PairRarity.links`: each stem's count in a x count in b, a count of 0 read as 1: the number of
    sentence pairs sharing it, over which a shared stem's link is divided (the one definition of it;
    `reader.core.align.candidates` sums the same links with numpy for its bound)."""

    def __init__(self, counts_a: Counter[str], counts_b: Counter[str]) -> None:
        super().__init__()
        self.counts_a, self.counts_b = counts_a, counts_b

    def __missing__(self, stem: str) -> int:
        value = (self.counts_a[stem] or 1) * (self.counts_b[stem] or 1)
        self[stem] = value
        return value


def _sentence_counts(stems: SentenceStems) -> Counter[str]:
    """How many sentences of one article hold each stem (worked out once an article; read only)."""
    found = stems.memo.get("sentence_counts")
    if isinstance(found, Counter):
        return found
    counts: Counter[str] = Counter()
    for sentence in stems.sets:
        counts.update(sentence)
    stems.memo["sentence_counts"] = counts
    return counts


@dataclass(frozen=True, slots=True)
class PairContext:
    """Two articles' stems, their candidate sentence pairs (`reader.core.align.candidates`) and stem rarity.

    ``arrays`` is the one list of candidates; `candidates` and `linkable` are read from it when the
    context is made, so the three cannot disagree. To keep fewer candidates, use `restricted`.
    """

    a: SentenceStems
    b: SentenceStems
    rarity: PairRarity
    # The candidates as arrays, with how many stems each pair shares (see `sharing`).
    arrays: Candidates = field(compare=False, repr=False)
    # ``arrays`` as (i, j) pairs, in order of i then j.
    candidates: list[tuple[int, int]] = field(init=False)
    # The candidates for which `PairRarity.may_link` holds, in the same order: a few in a hundred,
    # the only ones the passes that require it (rare, fused, multi) need to visit.
    linkable: tuple[tuple[int, int], ...] = field(init=False)

    def __post_init__(self) -> None:
        found, a, b = self.arrays, self.a, self.b
        object.__setattr__(self, "candidates", list(zip(found.a.tolist(), found.b.tolist())))
        # Summed exactly only where the bound of the candidates allows it: a few in a hundred.
        maybe = found[found.links_bound >= MIN_EXCLUSIVE_LINKS]
        linkable = tuple((i, j) for i, j in zip(maybe.a.tolist(), maybe.b.tolist()) if self.rarity.may_link(a.sets[i], b.sets[j]))
        object.__setattr__(self, "linkable", linkable)

    @classmethod
    def of(cls, a: SentenceStems, b: SentenceStems) -> PairContext:
        found = candidate_arrays(a, b)
        if a.headings or b.headings:
            # A heading pairs with a body sentence only when nearly the same.
            keep = _headings(a)[found.a] == _headings(b)[found.b]
            for k in np.flatnonzero(~keep).tolist():
                keep[k] = similarity(a.joined[found.a[k]], b.joined[found.b[k]]) >= HEADING_THRESHOLD
            found = found[keep]
        return cls(a, b, PairRarity.of(a, b), found)

    def restricted(self, keep: np.ndarray) -> PairContext:
        """The same pair with only the candidates ``keep`` selects (a mask or indices over `candidates`)."""
        return PairContext(self.a, self.b, self.rarity, self.arrays[keep])

    def sharing(self, dice: float) -> list[tuple[int, int]]:
        """The candidates whose `reader.core.align.stems.stem_dice` is at least ``dice``, in order: the
        same division of the same counts, on arrays (most candidates share a stem or two of many)."""
        found = self.arrays
        ratio = 2 * found.shared / (_set_sizes(self.a)[found.a] + _set_sizes(self.b)[found.b])
        keep = np.flatnonzero(ratio >= dice)
        return list(zip(found.a[keep].tolist(), found.b[keep].tolist()))


def _set_sizes(stems: SentenceStems) -> np.ndarray:
    """How many distinct stems each sentence holds (worked out once an article)."""
    found = stems.memo.get("set_sizes")
    if not isinstance(found, np.ndarray):
        found = stems.memo["set_sizes"] = np.fromiter(map(len, stems.sets), dtype=np.int64, count=len(stems.sets))
    return found


def _headings(stems: SentenceStems) -> np.ndarray:
    """Whether each sentence is a heading, as an array."""
    mask = np.zeros(len(stems.stems), dtype=bool)
    mask[list(stems.headings)] = True
    return mask
