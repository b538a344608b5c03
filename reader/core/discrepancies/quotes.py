"""Quotes: the same speaker's direct quote, paired by the alignment, in different words.

Only words inside quotation marks on both sides are compared, folded (case,
curly quotes) and with number words as digits. A side quoting more of the
sentence than the other is not drift; different, missing or extra words in
the middle (or a different first or last word) are.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz import fuzz

from reader.core.discrepancies.common import Found, Pair, Side, clip
from reader.core.model import Span
from reader.core.text.tokens import Token

MIN_SHARED = 4  # quoted words both sides share before drift is worth reporting


# Contractions compared as their long forms: "they're" is "they are".
_CONTRACTIONS = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would"}


def _quoted_tokens(side: Side, quoted: list[Span]) -> tuple[list[Token], list[int]]:
    """The passage's words inside quotation marks, and which quotation each is in."""
    tokens, which = [], []
    for t in side.tokens:
        for n, q in enumerate(quoted):
            if q.start <= t.start and t.end <= q.end:
                tokens.append(t)
                which.append(n)
                break
    return tokens, which


def _words(tokens: list[Token], canonical: dict[str, str]) -> tuple[list[str], list[int]]:
    """Comparable words (contractions spelled out) and, for each, the index of its token."""
    words, owners = [], []
    for k, t in enumerate(tokens):
        norm = t.norm
        for short, long in _CONTRACTIONS.items():
            if norm.endswith(short) and len(norm) > len(short):
                words += [norm[: -len(short)], long]
                owners += [k, k]
                break
        else:
            if norm.endswith("n't") and len(norm) > 3:
                stem = {"won": "will", "can": "can", "shan": "shall"}.get(norm[:-3], norm[:-3])
                words += [stem, "not"]
                owners += [k, k]
            else:
                words.append(canonical.get(norm, norm))
                owners.append(k)
    return words, owners


def _speakers(side: Side) -> set[str]:
    return {t.source_actor for t in side.credits if t.source_actor}


def find_quotes(pair: Pair, quoted_a: list[Span], quoted_b: list[Span], canonical: dict[str, str]) -> list[Found]:
    left, quote_a = _quoted_tokens(pair.a, quoted_a)
    right, quote_b = _quoted_tokens(pair.b, quoted_b)
    if len(left) < MIN_SHARED or len(right) < MIN_SHARED:
        return []
    speakers_a, speakers_b = _speakers(pair.a), _speakers(pair.b)
    if speakers_a and speakers_b and not speakers_a & speakers_b:
        return []
    norms_a, owner_a = _words(left, canonical)
    norms_b, owner_b = _words(right, canonical)
    ops = SequenceMatcher(None, norms_a, norms_b, autojunk=False).get_opcodes()
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    # One side quoting more at either end is extent, not drift.
    while ops and ops[0][0] in ("insert", "delete"):
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()
    # A gap between two quotations on one side ('"In God We Trust" is the motto is "not ..."') is not drift either.
    changes = [
        op
        for op in ops
        if op[0] != "equal"
        and _one_quote(quote_a, owner_a, op[1], op[2])
        and _one_quote(quote_b, owner_b, op[3], op[4])
        and not _spelling(norms_a[op[1] : op[2]], norms_b[op[3] : op[4]])
    ]
    if shared < MIN_SHARED or not changes:
        return []
    changed = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in changes)
    if changed * 2 > shared:
        return []  # mostly different words: two different quotes, not one quote drifting
    # Back from compared words to tokens.
    changes = [
        (
            tag,
            owner_a[i1] if i1 < len(owner_a) else len(left),
            owner_a[i2 - 1] + 1 if i2 > i1 else (owner_a[i1] if i1 < len(owner_a) else len(left)),
            owner_b[j1] if j1 < len(owner_b) else len(right),
            owner_b[j2 - 1] + 1 if j2 > j1 else (owner_b[j1] if j1 < len(owner_b) else len(right)),
        )
        for tag, i1, i2, j1, j2 in changes
    ]
    first, last = changes[0], changes[-1]
    a_span = _around(left, first[1], last[2])
    b_span = _around(right, first[3], last[4])
    words = "; ".join(
        f"{' '.join(t.norm for t in left[i1:i2]) or '—'} → {' '.join(t.norm for t in right[j1:j2]) or '—'}"
        for _, i1, i2, j1, j2 in changes[:3]
    )
    summary = f"{pair.a.id}: “{clip(pair.a.slice(a_span), 60)}” · {pair.b.id}: “{clip(pair.b.slice(b_span), 60)}”"
    return [Found("quote", a_span, b_span, summary, "low" if changed == 1 else "medium", words)]


def _spelling(left: list[str], right: list[str]) -> bool:
    """Whether one word replaces another written nearly the same: "kilometres" / "kilometers"."""
    return len(left) == len(right) == 1 and min(len(left[0]), len(right[0])) >= 5 and fuzz.ratio(left[0], right[0]) >= 80


def _one_quote(quote_of: list[int], owner: list[int], start: int, end: int) -> bool:
    """Whether the compared words around ``[start, end)`` all lie in one quotation."""
    first = owner[start - 1] if start > 0 else owner[0]
    last = owner[end] if end < len(owner) else owner[-1]
    return quote_of[first] == quote_of[last]


def _around(tokens: list[Token], start: int, end: int, context: int = 3) -> Span:
    """The changed words ``tokens[start:end]`` with a few words either side."""
    first = max(0, start - context)
    last = min(len(tokens), max(end, start + 1) + context) - 1
    return Span(tokens[first].start, tokens[last].end)
