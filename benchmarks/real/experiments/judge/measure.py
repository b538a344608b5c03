"""Experiment (issue 9): can a small lexical judgement tell MSRP paraphrases from non-paraphrases among reader's matches?

    python benchmarks/real/experiments/judge/measure.py            # MSRP train CV + gate, then BASIL dev
    python benchmarks/real/experiments/judge/measure.py --no-basil # MSRP only

Measured, not adopted: nothing under reader/ changes. Data: MSRP
``msr_paraphrase_train.txt`` as rebuilt by benchmarks/real/build_msrp.py into
the ignored cache (the test file is reserved and never opened), and the BASIL
`set: dev` pairs of benchmarks/real/basil/pairs.yaml (never `aside` or `check`).

1. Features (`features`) of two sentences, from the words reader already has
   (``reader.core.text.tokens``: its word regex, folding and stopword list;
   stems = content words cut to ``reader.core.align.stems.STEM_LENGTH``
   letters, as the alignment compares them): word and stem overlap both ways,
   length ratio, numbers shared / only on one side, names (capitalised words
   after the first) shared / only on one side, content words found on one
   side only, longest common word run, rapidfuzz token_set_ratio and ratio.
2. A logistic regression (numpy, Newton steps, small L2, features
   standardised on the training folds) and, for comparison, the best single
   threshold rule, both under 10-fold cross-validation on all 4,076 pairs.
3. The gate: reader's diagonal matches (from ``eval_msrp.evaluate``, through
   the CLI as a user runs it) are kept only where the out-of-fold judgement
   says "paraphrase". Diagonal accuracy with the gate, and how many
   off-diagonal links the same judgement (fitted on all pairs) would keep.
4. The judgement fitted on all of MSRP train applied to reader's BASIL dev
   matches (`eval_basil`'s pairs, texts, gold and scorer): claim precision and
   recall with and without the gate, and the right / wrong matches it drops.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
for folder in ("", "benchmarks/real", "benchmarks", "benchmarks/heldout"):
    sys.path.insert(0, str(ROOT / folder))

import eval_basil  # noqa: E402
import eval_msrp  # noqa: E402
from eval_heldout import run_tool  # noqa: E402
from scoring import score_claims  # noqa: E402

from reader.core.align.stems import STEM_LENGTH  # noqa: E402
from reader.core.text.tokens import STOPWORDS, fold, words  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache" / "msrp"
FOLDS = 10
L2 = 1.0
SEED = 9
TAUS = (0.3, 0.4, 0.5, 0.6, 0.7)
BASIL_TAUS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5)

NAMES = [
    "word_a_in_b",  # share of A's words found in B
    "word_b_in_a",
    "stem_a_in_b",  # share of A's content stems found in B
    "stem_b_in_a",
    "stem_min",  # the lower of the two stem overlaps
    "length_ratio",  # shorter / longer, in words
    "numbers_equal",  # both have numbers and the sets are equal
    "numbers_differ",  # a number on one side only
    "names_equal",
    "names_differ",  # a name (capitalised word after the first) on one side only
    "only_a",  # content stems of A not in B, log1p
    "only_b",
    "only_max",
    "run",  # longest common word run / shorter length
    "token_set",  # rapidfuzz token_set_ratio / 100
    "ratio",  # rapidfuzz ratio / 100
    "length_gap",  # log1p of the difference in words
    "only_a_share",  # content stems of A not in B / A's content stems
    "only_b_share",
    "bigram_min",  # shared word bigrams / the smaller bigram set
    "token_sort",  # rapidfuzz token_sort_ratio / 100
    "numbers_odd",  # numbers on one side only, count
    "names_odd",  # names on one side only, count
]


def _parts(text: str) -> tuple[list[str], set[str], set[str], set[str]]:
    raw = words(text)
    folded = [fold(w) for w in raw]
    stems = {w[:STEM_LENGTH] for w in folded if len(w) > 1 and w not in STOPWORDS and not w[:1].isdigit()}
    numbers = {re.sub(r"[,.]", "", w) for w in folded if any(c.isdigit() for c in w)}
    names = {fold(w) for w in raw[1:] if w[:1].isupper() and fold(w) not in STOPWORDS}
    return folded, stems, numbers, names


def _longest_run(a: list[str], b: list[str]) -> int:
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for k, y in enumerate(b, 1):
            if x == y:
                cur[k] = prev[k - 1] + 1
                best = max(best, cur[k])
        prev = cur
    return best


def features(a: str, b: str) -> list[float]:
    wa, sa, na, ma = _parts(a)
    wb, sb, nb, mb = _parts(b)
    set_a, set_b = set(wa), set(wb)
    share = lambda x, y: len(x & y) / len(x) if x else 1.0  # noqa: E731
    shorter, longer = sorted((len(wa), len(wb)))
    only_a, only_b = len(sa - sb), len(sb - sa)
    bigrams_a, bigrams_b = set(zip(wa, wa[1:])), set(zip(wb, wb[1:]))
    return [
        share(set_a, set_b),
        share(set_b, set_a),
        share(sa, sb),
        share(sb, sa),
        min(share(sa, sb), share(sb, sa)),
        shorter / longer if longer else 0.0,
        float(bool(na) and na == nb),
        float(bool(na ^ nb)),
        float(bool(ma) and ma == mb),
        float(bool(ma ^ mb)),
        float(np.log1p(only_a)),
        float(np.log1p(only_b)),
        float(np.log1p(max(only_a, only_b))),
        _longest_run(wa, wb) / shorter if shorter else 0.0,
        fuzz.token_set_ratio(a, b) / 100.0,
        fuzz.ratio(a, b) / 100.0,
        float(np.log1p(longer - shorter)),
        only_a / len(sa) if sa else 0.0,
        only_b / len(sb) if sb else 0.0,
        len(bigrams_a & bigrams_b) / max(1, min(len(bigrams_a), len(bigrams_b))),
        fuzz.token_sort_ratio(a, b) / 100.0,
        float(len(na ^ nb)),
        float(len(ma ^ mb)),
    ]


class Logistic:
    """L2 logistic regression on standardised features, fitted by Newton steps."""

    def __init__(self, x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 25) -> None:
        self.mean, self.scale = x.mean(0), x.std(0) + 1e-9
        z = np.hstack([np.ones((len(x), 1)), (x - self.mean) / self.scale])
        w = np.zeros(z.shape[1])
        penalty = l2 * np.eye(z.shape[1])
        penalty[0, 0] = 0.0
        for _ in range(steps):
            p = 1.0 / (1.0 + np.exp(-(z @ w)))
            grad = z.T @ (p - y) + penalty @ w
            hess = (z * (p * (1 - p))[:, None]).T @ z + penalty
            w -= np.linalg.solve(hess, grad)
        self.w = w

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = np.hstack([np.ones((len(x), 1)), (x - self.mean) / self.scale])
        return 1.0 / (1.0 + np.exp(-(z @ self.w)))

    def raw_weights(self) -> tuple[float, np.ndarray]:
        """Bias and weights on the unstandardised features (what a gate in reader would hard-code)."""
        w = self.w[1:] / self.scale
        return float(self.w[0] - (self.mean * w).sum()), w


def folds(n: int) -> np.ndarray:
    return np.random.default_rng(SEED).permutation(n) % FOLDS


def cv_logistic(x: np.ndarray, y: np.ndarray, fold: np.ndarray) -> np.ndarray:
    """Out-of-fold probability of each row."""
    out = np.zeros(len(y))
    for k in range(FOLDS):
        test = fold == k
        out[test] = Logistic(x[~test], y[~test]).probability(x[test])
    return out


def best_threshold(column: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(threshold, training accuracy) of the rule 'paraphrase iff value >= threshold'."""
    values = np.unique(column)
    accs = [((column >= t) == y).mean() for t in values]
    k = int(np.argmax(accs))
    return float(values[k]), float(accs[k])


def cv_threshold(x: np.ndarray, y: np.ndarray, fold: np.ndarray) -> tuple[str, float]:
    """The single-feature threshold rule with the best CV accuracy (threshold fitted per fold)."""
    best = ("", 0.0)
    for f, name in enumerate(NAMES):
        right = 0
        for k in range(FOLDS):
            test = fold == k
            t, _ = best_threshold(x[~test, f], y[~test])
            right += int(((x[test, f] >= t) == y[test]).sum())
        if right / len(y) > best[1]:
            best = (name, right / len(y))
    return best


def msrp_sentences() -> tuple[list[str], list[str], np.ndarray]:
    labels = json.loads((CACHE / "train_labels.json").read_text(encoding="utf-8"))
    sides = []
    for side in ("a", "b"):
        body = (CACHE / f"train_{side}.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
        sides.append(body.rstrip("\n").split("\n\n"))
    return sides[0], sides[1], np.array([x["label"] for x in labels], dtype=float)


def reader_links(res: dict) -> tuple[set[int], list[tuple[int, int]]]:
    """Pairs eval_msrp counts as matched on the diagonal, and its off-diagonal links (from its error lists)."""
    missed = {int(re.match(r"- (\d+)", e).group(1)) for e in res["errors"]["missed paraphrase (labelled 1, no match i<->i)"]}
    false = {int(re.match(r"- (\d+)", e).group(1)) for e in res["errors"]["matched non-paraphrase (labelled 0)"]}
    off = [tuple(map(int, re.match(r"- A(\d+) <-> B(\d+)", e).groups())) for e in res["errors"]["off-diagonal match"]]
    return missed, false, off  # type: ignore[return-value]


def gate_table(y: np.ndarray, matched: np.ndarray, prob: np.ndarray, alone: bool = True) -> list[str]:
    n = len(y)
    lines = [
        "| tau | kept matched | dropped paraphrases | dropped non-paraphrases | diagonal accuracy | precision | recall "
        "| judgement alone, every pair |"
    ]
    lines.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for tau in (0.0, *TAUS):
        said = matched & (prob >= tau)
        tp, fp = int((said & (y == 1)).sum()), int((said & (y == 0)).sum())
        drop_tp = int((matched & ~said & (y == 1)).sum())
        drop_fp = int((matched & ~said & (y == 0)).sum())
        acc = (tp + int((~said & (y == 0)).sum())) / n
        label = "none" if tau == 0 else f"{tau:.1f}"
        lines.append(
            f"| {label} | {int(said.sum())} | {drop_tp} | {drop_fp} | **{acc:.3f}** | {tp / max(1, tp + fp):.3f} | {tp / y.sum():.3f} | {f'{((prob >= tau) == y).mean():.3f}' if alone else '-'} |"
        )
    return lines


def measure_msrp() -> tuple[Logistic, list[str]]:
    sa, sb, y = msrp_sentences()
    x = np.array([features(a, b) for a, b in zip(sa, sb)])
    fold = folds(len(y))
    prob = cv_logistic(x, y, fold)
    cv_acc = float(((prob >= 0.5) == y).mean())
    rule, rule_acc = cv_threshold(x, y, fold)
    model = Logistic(x, y)
    res = eval_msrp.evaluate(CACHE, None)
    missed, false, off = reader_links(res)
    matched = np.array([(y[i] == 1 and i not in missed) or (y[i] == 0 and i in false) for i in range(len(y))])
    assert int(matched.sum()) == res["tp"] + res["fp"], "matched pairs disagree with eval_msrp"
    # The same CV, fitted and judged only on the pairs reader matches (the rows a gate sees).
    idx = np.flatnonzero(matched)
    prob_m = np.zeros(len(y))
    prob_m[idx] = cv_logistic(x[idx], y[idx], folds(len(idx)))
    off_p = model.probability(np.array([features(sa[i], sb[j]) for i, j in off])) if off else np.zeros(0)
    bias, raw = model.raw_weights()
    lines = [
        f"MSRP train: {len(y)} pairs, {int(y.sum())} paraphrases ({y.mean():.3f}); reader matches {int(matched.sum())} "
        f"on the diagonal ({res['tp']} paraphrases, {res['fp']} not), {len(off)} off-diagonal links "
        f"(share {len(off) / len(y):.3f})",
        "",
        f"10-fold CV accuracy, logistic regression on all pairs: **{cv_acc:.3f}**",
        f"10-fold CV accuracy, best single threshold rule ({rule}): {rule_acc:.3f}",
        f"10-fold CV accuracy of the logistic regression fitted on the {len(idx)} matched pairs only, on them: "
        f"{((prob_m[idx] >= 0.5) == y[idx]).mean():.3f} (majority {max(y[idx].mean(), 1 - y[idx].mean()):.3f})",
        "",
        "Gate fitted on all pairs (out-of-fold probabilities): reader's diagonal matches kept iff p >= tau",
        "",
        *gate_table(y, matched, prob),
        "",
        "Gate fitted on reader's matched pairs only (out-of-fold):",
        "",
        *gate_table(y, matched, prob_m, alone=False),
        "",
        "Off-diagonal links the all-pairs model (fitted on everything) would keep, and the share left:",
        "",
        " ".join(f"tau {t}: {int((off_p >= t).sum())} ({(off_p >= t).sum() / len(y):.3f})" for t in TAUS),
        "",
        f"Weights of the model fitted on all pairs (standardised | raw feature units), bias {model.w[0]:.3f} | {bias:.3f}:",
        "",
        "| feature | standardised | raw |",
        "| --- | ---: | ---: |",
        *(f"| {n} | {w:+.3f} | {r:+.3f} |" for n, w, r in zip(NAMES, model.w[1:], raw)),
    ]
    return model, lines


def measure_basil(model: Logistic) -> list[str]:
    rows = {t: [0, 0, 0, 0, 0] for t in (0.0, *BASIL_TAUS)}  # matches, true, claims, hit, kept verbatim
    right: list[float] = []  # the judgement's probability for each non-verbatim match, scored alone
    wrong: list[float] = []
    for pair in eval_basil.pairs("dev"):
        gold = eval_basil.gold_of(pair)
        output, _ = run_tool(*eval_basil.texts(pair))
        texts = {a["id"]: a["text"] for a in output["articles"]}
        ms = output["matches"]
        if not ms:
            probs = np.zeros(0)
        else:
            feats = [
                features(
                    texts[m["a"]["article"]][m["a"]["start"] : m["a"]["end"]],
                    texts[m["b"]["article"]][m["b"]["start"] : m["b"]["end"]],
                )
                for m in ms
            ]
            probs = model.probability(np.array(feats))
        for m, p in zip(ms, probs):
            one = score_claims(gold, {**output, "matches": [m]})
            if one["matches"] and m["kind"] != "verbatim":
                (right if one["matches_true"] else wrong).append(float(p))
        for tau in rows:
            keep = [m for m, p in zip(ms, probs) if tau == 0 or p >= tau or m["kind"] == "verbatim"]
            s = score_claims(gold, {**output, "matches": keep})
            r = rows[tau]
            r[0] += s["matches"]
            r[1] += s["matches_true"]
            r[2] += s["claims"]
            r[3] += s["claims_hit"]
    base = rows[0.0]
    lines = [
        "BASIL dev (reader's matches; verbatim matches never dropped; features on the two matched spans):",
        "",
        "| tau | matches scored | right | wrong | P | R (claims hit) | right dropped | wrong dropped |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for tau, (m, t, c, h, _) in rows.items():
        label = "none" if tau == 0 else f"{tau:.2f}"
        lines.append(
            f"| {label} | {m} | {t} | {m - t} | {t / max(1, m):.3f} | {h / max(1, c):.3f} ({h}/{c}) | {base[1] - t} | {(base[0] - base[1]) - (m - t)} |"
        )
    auc = np.mean([float(r > w) + 0.5 * float(r == w) for r in right for w in wrong]) if right and wrong else float("nan")
    lines += [
        "",
        f"Non-verbatim matches scored alone: {len(right)} right, median p {np.median(right):.3f}; "
        f"{len(wrong)} wrong, median p {np.median(wrong):.3f}; AUC (right above wrong) {auc:.3f}",
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-basil", action="store_true")
    args = parser.parse_args()
    model, lines = measure_msrp()
    print("\n".join(lines), flush=True)
    if not args.no_basil:
        print()
        print("\n".join(measure_basil(model)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
