"""Quotes: the same speaker's direct quote, paired by the alignment, in different words.

Only words inside quotation marks on both sides are compared, folded (case,
curly quotes) and with number words as digits. A side quoting more of the
sentence than the other is not drift; different, missing or extra words in
the middle (or a different first or last word) are.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from reader.core.discrepancies.common import Found, Pair, Side, clip
from reader.core.discrepancies.quoted_elsewhere import Better, paired_better
from reader.core.lexicons.paraphrases import NUMBER_WORDS
from reader.core.model import Span
from reader.core.text.tokens import Token, tokenize

MIN_SHARED = 4  # quoted words both sides share before drift is worth reporting


# Contractions compared as their long forms: "they're" is "they are".
_CONTRACTIONS = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would"}
# "'s" after these is "is" ("he's" / "he is"); after a name it is a possessive, kept as it is.
_S_IS = frozenset("he she it that what there here who where how".split())
# A writer's insertion inside a quotation: "(Libyan strongman Muammar)", "[John Boehner]".
_INSERTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _quoted_tokens(side: Side, quoted: list[Span]) -> tuple[list[Token], list[int]]:
    """The passage's words inside quotation marks, but not in a writer's insertion, and which quotation each is in."""
    tokens, which = [], []
    inserted = [(m.start(), m.end()) for q in quoted for m in _INSERTION.finditer(side.text, q.start, q.end)]
    for t in side.tokens:
        if any(s <= t.start and t.end <= e for s, e in inserted):
            continue
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
        if norm.endswith("'s") and norm[:-2] in _S_IS:
            words += [norm[:-2], "is"]
            owners += [k, k]
            continue
        if "-" in norm and any(part in NUMBER_WORDS or part.isdigit() for part in norm.split("-")):
            # "two-in-three" is "2 in 3"; "twenty-two" stays one number
            parts = norm.split("-")
            if not all(part in NUMBER_WORDS for part in parts):
                for part in parts:
                    words.append(str(NUMBER_WORDS[part]) if part in NUMBER_WORDS else canonical.get(part, part))
                    owners.append(k)
                continue
        if norm in NUMBER_WORDS and NUMBER_WORDS[norm] < 100:
            words.append(str(NUMBER_WORDS[norm]))
            owners.append(k)
            continue
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


def quoted_words(tokens: list[Token], canonical: dict[str, str]) -> list[str]:
    """The words of ``tokens`` as quotes are compared: folded, contractions spelled out, number words as digits."""
    return _words(tokens, canonical)[0]


def _speakers(side: Side, quotes: list[Span]) -> set[str]:
    """Who is credited with ``quotes``: a passage may also quote someone else ("Vieira asked ...")."""
    return {
        t.source_actor
        for t in side.credits
        if t.source_actor and any(t.content.start < q.end and q.start < t.content.end for q in quotes)
    }


def _keep(tokens: list[Token], quote_of: list[int], kept: set[int]) -> tuple[list[Token], list[int]]:
    """The tokens (and their quotation numbers) of the quotations in ``kept``."""
    pairs = [(t, q) for t, q in zip(tokens, quote_of) if q in kept]
    return [t for t, _ in pairs], [q for _, q in pairs]


def _insertions(side: Side, quoted: list[Span]) -> set[str]:
    """The folded words of the writer's insertions inside the quotations ("[for]", "(Libyan strongman Muammar)")."""
    return {
        t.norm
        for q in quoted
        for m in _INSERTION.finditer(side.text, q.start, q.end)
        for t in tokenize(side.text, m.start(), m.end())
    }


def find_quotes(
    pair: Pair, quoted_a: list[Span], quoted_b: list[Span], canonical: dict[str, str], better: Better | None = None
) -> list[Found]:
    """``better``: the passages better-scored matches pair with a span (`quoted_elsewhere`)."""
    left, quote_a = _quoted_tokens(pair.a, quoted_a)
    right, quote_b = _quoted_tokens(pair.b, quoted_b)
    if len(left) < MIN_SHARED or len(right) < MIN_SHARED:
        return []
    norms_a, owner_a = _words(left, canonical)
    norms_b, owner_b = _words(right, canonical)
    ops = SequenceMatcher(None, norms_a, norms_b, autojunk=False).get_opcodes()
    # A quotation sharing no word with the other side (a show's title, someone's question) is not compared.
    kept_a = {quote_a[owner_a[i]] for tag, i1, i2, _, _ in ops if tag == "equal" for i in range(i1, i2)}
    kept_b = {quote_b[owner_b[j]] for tag, _, _, j1, j2 in ops if tag == "equal" for j in range(j1, j2)}
    if len(kept_a) < len(set(quote_a)) or len(kept_b) < len(set(quote_b)):
        left, quote_a = _keep(left, quote_a, kept_a)
        right, quote_b = _keep(right, quote_b, kept_b)
        norms_a, owner_a = _words(left, canonical)
        norms_b, owner_b = _words(right, canonical)
        ops = SequenceMatcher(None, norms_a, norms_b, autojunk=False).get_opcodes()
    # The quotations the shared words lie in must be credited to the same speaker, when both are known.
    same = [op for op in ops if op[0] == "equal"]
    shared_a = [quoted_a[quote_a[owner_a[i]]] for _, i1, i2, _, _ in same for i in range(i1, i2)]
    shared_b = [quoted_b[quote_b[owner_b[j]]] for _, _, _, j1, j2 in same for j in range(j1, j2)]
    speakers_a, speakers_b = _speakers(pair.a, list(set(shared_a))), _speakers(pair.b, list(set(shared_b)))
    if speakers_a and speakers_b and not speakers_a & speakers_b:
        return []
    inserted_a, inserted_b = _insertions(pair.a, quoted_a), _insertions(pair.b, quoted_b)
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    # One side quoting more at either end is extent, not drift.
    while ops and ops[0][0] in ("insert", "delete"):
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()
    # ... also when the last words differ only in how they are split and one side goes on ("our workforce and
    # ..." / "our work force").
    if ops and ops[-1][0] == "replace":
        _, i1, i2, j1, j2 = ops[-1]
        joined_a, joined_b = "".join(norms_a[i1:i2]), "".join(norms_b[j1:j2])
        if joined_a.startswith(joined_b) or joined_b.startswith(joined_a):
            ops.pop()
    # A gap between two quotations on one side ('"In God We Trust" is the motto is "not ..."') is not drift either.
    changes = [
        op
        for op in ops
        if op[0] != "equal"
        and _one_quote(quote_a, owner_a, op[1], op[2])
        and _one_quote(quote_b, owner_b, op[3], op[4])
        and not _spelling(norms_a[op[1] : op[2]], norms_b[op[3] : op[4]])
        and not _spelling(_raw(left, owner_a[op[1] : op[2]]), _raw(right, owner_b[op[3] : op[4]]))
        and not _same_name(pair, left, owner_a[op[1] : op[2]], right, owner_b[op[3] : op[4]])
        # Words one side leaves out where it writes an ellipsis ("would be remiss ... if we did not") are elided.
        and not (op[1] == op[2] and _elided(pair.a, left, owner_a, op[1]))
        and not (op[3] == op[4] and _elided(pair.b, right, owner_b, op[3]))
        # A word the other side's writer put in brackets ("pay [for] it") is that word, not a change.
        and not (op[1] == op[2] and set(norms_b[op[3] : op[4]]) <= inserted_a)
        and not (op[3] == op[4] and set(norms_a[op[1] : op[2]]) <= inserted_b)
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
    if paired_better(pair, a_span, b_span, better):
        return []  # a better match gives these very words: two sayings, not one quoted two ways
    summary = f"{pair.a.id}: “{clip(pair.a.slice(a_span), 60)}” · {pair.b.id}: “{clip(pair.b.slice(b_span), 60)}”"
    return [Found("quote", a_span, b_span, summary, "low" if changed == 1 else "medium", words)]


def _elided(side: Side, tokens: list[Token], owner: list[int], at: int) -> bool:
    """Whether the text between compared words ``at - 1`` and ``at`` holds an ellipsis."""
    if at <= 0 or at >= len(owner):
        return False
    gap = side.text[tokens[owner[at - 1]].end : tokens[owner[at]].start]
    return "…" in gap or "..." in gap


def _raw(tokens: list[Token], owned: list[int]) -> list[str]:
    """The words as written (folded, before the paraphrase lexicon makes "workforce" "employee")."""
    return [tokens[k].norm for k in dict.fromkeys(owned)]


def _spelling(left: list[str], right: list[str]) -> bool:
    """Whether one word replaces another written nearly the same ("kilometres" / "kilometers"), or the same
    letters are split differently ("workforce" / "work force", "year-end" / "year end", "in to" / "into")."""
    if left and right and "".join(left).replace("-", "") == "".join(right).replace("-", ""):
        return True
    return len(left) == len(right) == 1 and min(len(left[0]), len(right[0])) >= 5 and fuzz.ratio(left[0], right[0]) >= 80


def _same_name(pair: Pair, left: list[Token], owned_a: list[int], right: list[Token], owned_b: list[int]) -> bool:
    """Whether one capitalised name replaces another spelled alike: "al-Qaddafi" / "Gadhafi", "Muammar" / "Moammar"."""
    if not owned_a or not owned_b:
        return False
    chunk_a = [left[k] for k in dict.fromkeys(owned_a)]
    chunk_b = [right[k] for k in dict.fromkeys(owned_b)]
    if len(chunk_a) != len(chunk_b):
        return False
    for ta, tb in zip(chunk_a, chunk_b):
        if not any(c.isupper() for c in pair.a.slice(Span(ta.start, ta.end))):
            return False
        if not any(c.isupper() for c in pair.b.slice(Span(tb.start, tb.end))):
            return False
        if fuzz.ratio(ta.norm.split("-")[-1], tb.norm.split("-")[-1]) < 70:
            return False
    return True


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
