"""Experiment (issue 9): a semantic pass (tried after the many-to-many pass of `reader.core.align.PASSES`): pairs whose meaning agrees
where their shared words were too few or too common for the passes before.

Sentences are compared by the cosine of their static sentence vectors
(`sem_vectors`: a word-piece table distilled offline from a
sentence-embedding model, read with numpy). Inside one story every sentence is
about the same thing, so a high cosine alone pairs many sentences that do not
report the same claim; the pass only judges the lexical candidates
(`reader.core.align.candidates`) that share at least `MIN_SHARED_STEMS` stems,
and a shared name or stock phrase alone ("the White House said") never reaches
the cosine floor with nothing else in common. Two cases:

- both sentences free: a cosine of `FREE_COSINE`, mutual best;
- one sentence already matched elsewhere (its best partner was taken by a
  neighbour, or it fuses two claims): a cosine of `TAKEN_COSINE` and about
  half an exclusive link (`reader.core.align.pair.PairRarity.exclusive_links`),
  so that the story's common words do not carry it; the best pair of each
  sentence, mutual.

Measured on the BASIL development pairs (measure.py): the free case added 1
claim and no wrong match, the second case 3 claims and 1 wrong match; lower
floors traded a claim for two or more wrong matches. It also matched three
unrelated seed sentence pairs and two sentences sharing only a source phrase
(tests/core/align), so it is not in `reader.core.align.PASSES`.
"""

from __future__ import annotations

import numpy as np
from sem_vectors import WordVectors, load_word_vectors

from reader.core.align.pair import PairContext
from reader.core.align.select import PassagePair, ScoredPair, by_position, mutual_best_of, taken_sentences
from reader.core.align.stems import SentenceStems, similarity

MIN_SHARED_STEMS = 4
FREE_COSINE = 0.6
TAKEN_COSINE = 0.6
TAKEN_LINKS = 0.5
# What the two sentences say besides the pieces they share must agree too
RESIDUAL_COSINE = -1.0  # off: measured at 0.1-0.3, it removed right matches, not wrong ones
# At most this many sentence pairs are judged (a pair of 10,000-sentence texts can have
# many more eligible candidates): the rest are left as the lexical passes left them.
MAX_PAIRS = 20_000


def run(pair: PairContext, passages: list[PassagePair], vectors: WordVectors | None = None) -> list[PassagePair]:
    """``passages`` plus the candidate pairs whose sentence vectors agree, sorted by position in a."""
    a, b = pair.a, pair.b
    taken_a, taken_b = taken_sentences(passages)
    linked = {(i, j) for p in passages for i in range(p.a_first, p.a_last + 1) for j in range(p.b_first, p.b_last + 1)}
    eligible = [
        (i, j)
        for i, j in pair.candidates
        if not (i in taken_a and j in taken_b) and (i, j) not in linked and len(a.sets[i] & b.sets[j]) >= MIN_SHARED_STEMS
    ][:MAX_PAIRS]
    if not eligible:
        return passages
    vectors = vectors or load_word_vectors()  # read only when there is something to judge
    if vectors is None:  # no table installed
        return passages
    cosines = _cosines(vectors, a, b, eligible)
    scored: list[ScoredPair] = []
    for (i, j), cosine in zip(eligible, cosines.tolist()):
        if i not in taken_a and j not in taken_b:
            if cosine < FREE_COSINE:
                continue
        elif cosine < TAKEN_COSINE or pair.rarity.exclusive_links(a.weights(i), b.weights(j)) < TAKEN_LINKS:
            continue
        if _residual_cosine(vectors, _text(a, i), _text(b, j)) >= RESIDUAL_COSINE:
            scored.append((i, j, cosine))
    found = [PassagePair(i, i, j, j, similarity(a.joined[i], b.joined[j])) for i, j, _ in mutual_best_of(scored)]
    return by_position(passages + found)


def _text(stems: SentenceStems, index: int) -> str:
    return stems.text[stems.spans[index].start : stems.spans[index].end]


def _residual_cosine(vectors: WordVectors, x: str, y: str) -> float:
    """The cosine of what each sentence says besides the pieces both hold: a shared source phrase
    ("Foreign Minister Olga Vance, a lawyer for the Red Cross, said that ...") leaves two unrelated rests."""
    ids_x, ids_y = vectors.tokenizer.ids(x), vectors.tokenizer.ids(y)
    set_x, set_y = set(ids_x), set(ids_y)
    rest_x, rest_y = vectors.embed_ids([[k for k in ids_x if k not in set_y], [k for k in ids_y if k not in set_x]])
    return float(rest_x @ rest_y)


def _cosines(vectors: WordVectors, a: SentenceStems, b: SentenceStems, pairs: list[tuple[int, int]]) -> np.ndarray:
    """The cosine of each pair's sentence vectors."""
    rows_a = _vectors(vectors, a, sorted({i for i, _ in pairs}))
    rows_b = _vectors(vectors, b, sorted({j for _, j in pairs}))
    left = np.stack([rows_a[i] for i, _ in pairs])
    right = np.stack([rows_b[j] for _, j in pairs])
    found: np.ndarray = np.einsum("ij,ij->i", left, right)
    return found


def _vectors(vectors: WordVectors, stems: SentenceStems, indices: list[int]) -> dict[int, np.ndarray]:
    """Sentence vectors of one article, worked out once a sentence (an article is in a pair with every other)."""
    memo = stems.memo.get("sentence_vectors")
    if not isinstance(memo, dict):
        memo = stems.memo["sentence_vectors"] = {}
    missing = [k for k in indices if k not in memo]
    if missing:
        texts = [_text(stems, k) for k in missing]
        memo.update(zip(missing, vectors.embed(texts)))
    return memo
