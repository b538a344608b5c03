"""Polarity: one side negates what the other asserts.

A shared claim word ("injured", "pass") is negated on one side only: a
negation from the lexicon ("no one", "not", "failure to", any "n't" word) comes
within a few words before it, with no punctuation between. Or the two sides
use listed antonyms ("denied" / "admitted", "older" / "younger") next to the
same word. Negated antonyms cancel out ("did not deny" / "admitted").
"""

from __future__ import annotations

import re
from collections.abc import Container

from reader.core.discrepancies.common import Found, Pair, Side, clip, stem
from reader.core.discrepancies.quoted_elsewhere import Better
from reader.core.discrepancies.subjects import different_subjects
from reader.core.lexicons.polarity import Polarity
from reader.core.model import Span
from reader.core.text.tokens import STOPWORDS, tokenize

SCOPE = 4  # words after a negation within which the word it negates must come
_DETERMINERS = frozenset("a an the this that these those its his her their our my your".split())
# Words between a negation and the word it negates.
_AUXILIARIES = frozenset(
    "be been being was were is are am have has had do does did will would shall should can could may might must to yet even ever".split()
)
_BREAK = re.compile(r"[,;:.!?()\"“”]")


def _negations(side: Side, polarity: Polarity) -> dict[int, int]:
    """Token index -> index of the negation that negates it."""
    tokens, text = side.tokens, side.text
    negated: dict[int, int] = {}
    longest = polarity.longest_negation
    firsts = polarity.first_words
    # Only the words a negation may start at (most words: none), found by one pass over the words.
    for i in [k for k, t in enumerate(tokens) if t.norm in firsts or t.norm.endswith("n't")]:
        width = 0
        if tokens[i].norm.endswith("n't"):
            width = 1
        else:
            for w in range(min(longest, len(tokens) - i), 0, -1):
                if tuple(t.norm for t in tokens[i : i + w]) in polarity.negations:
                    width = w
                    break
        if not width:
            continue
        end = i + width
        # A negation negates the word after it, past auxiliaries: "no one was injured", "did not respond",
        # "failure to pass". A determiner, a stopword ("declined to say") or punctuation there: nothing.
        for k in range(end, min(len(tokens), end + SCOPE)):
            if _BREAK.search(text, tokens[k - 1].end, tokens[k].start):
                break
            norm = tokens[k].norm
            if norm in _AUXILIARIES:
                continue
            if norm.isalpha() and norm not in STOPWORDS and len(norm) > 2:
                negated.setdefault(k, i)
            break
    return negated


def _negation_before(side: Side, k: int, negated: dict[int, int], reach: int = 6) -> bool:
    """Whether a negation starts within ``reach`` words before word ``k``, in the same clause."""
    starts = set(negated.values())
    for n in range(k - 1, max(-1, k - reach - 1), -1):
        if _BREAK.search(side.text, side.tokens[n].end, side.tokens[n + 1].start):
            return False
        if n in starts or side.tokens[n].norm.endswith("n't") or side.tokens[n].norm in ("not", "no", "never"):
            return True
    return False


# Each word's content stem (None: not a content word) under one `canonical` table, kept while it is the one asked
# with: a passage's words are mostly words seen before.
_CONTENT_KEYS: tuple[dict[str, str], dict[str, str | None]] = ({}, {})
_MAX_CONTENT_KEYS = 200_000


def _content(side: Side, canonical: dict[str, str]) -> dict[str, list[int]]:
    global _CONTENT_KEYS
    if _CONTENT_KEYS[0] is not canonical or len(_CONTENT_KEYS[1]) > _MAX_CONTENT_KEYS:
        _CONTENT_KEYS = (canonical, {})
    keys = _CONTENT_KEYS[1]
    found: dict[str, list[int]] = {}
    for k, t in enumerate(side.tokens):
        norm = t.norm
        if norm in keys:
            key = keys[norm]
        else:
            key = keys[norm] = (
                stem(canonical.get(norm, norm)) if norm.isalpha() and len(norm) > 2 and norm not in STOPWORDS else None
            )
        if key is not None:
            found.setdefault(key, []).append(k)
    return found


def _cued(side: Side, starts: frozenset[str]) -> bool:
    return any(t.norm in starts or t.norm.endswith("n't") for t in side.tokens)


def find_polarity(
    pair: Pair,
    polarity: Polarity,
    canonical: dict[str, str],
    agents: Container[str] = frozenset(),
    better: Better | None = None,
) -> list[Found]:
    """``agents``: ids of the actors that may be the subject of a claim (people, organisations); ``better``:
    the passages better-scored matches pair with a span (`quoted_elsewhere`)."""
    # Most passages hold no negation and no antonym: nothing to do (checked word by word, cheaply).
    starts = frozenset(n[0] for n in polarity.negations) | polarity.antonyms.keys()
    if not _cued(pair.a, starts) and not _cued(pair.b, starts):
        return []
    neg_a, neg_b = _negations(pair.a, polarity), _negations(pair.b, polarity)
    if not neg_a and not neg_b:
        return _antonyms(pair, polarity, neg_a, neg_b, canonical)
    words_a, words_b = _content(pair.a, canonical), _content(pair.b, canonical)
    shared = words_a.keys() & words_b.keys()
    for word in sorted(shared, key=lambda w: words_a[w][0]):
        in_a = [k for k in words_a[word] if k in neg_a]
        in_b = [k for k in words_b[word] if k in neg_b]
        if bool(in_a) == bool(in_b) or (in_a and len(in_a) < len(words_a[word])) or (in_b and len(in_b) < len(words_b[word])):
            continue
        # The asserting side must hold no negation near the word either: "no permanent employee" and
        # "not lay off any permanent staff" say the same.
        asserting, where = (pair.b, words_b[word]) if in_a else (pair.a, words_a[word])
        if any(_negation_before(asserting, k, neg_b if in_a else neg_a) for k in where):
            continue
        # "a secret program" asserts nothing about secrecy: after a determiner the word only modifies a noun.
        if all(k > 0 and asserting.tokens[k - 1].norm in _DETERMINERS for k in where):
            continue
        ka, kb = (in_a[0], words_b[word][0]) if in_a else (words_a[word][0], in_b[0])
        if _name(pair.a, ka) or _name(pair.b, kb):
            continue  # "neither Obama nor Republican challenger Romney": a name, not a claim negated
        if _different_objects(pair, ka, kb, canonical):
            continue  # "was offered advisory positions" / "never offered the Navy job": two claims
        lead_a = _lead(pair.a, neg_a.get(ka, ka), canonical)
        lead_b = _lead(pair.b, neg_b.get(kb, kb), canonical)
        if lead_a and lead_b and lead_a != lead_b:
            continue  # "she was never asked" / "Jordan asked", "taking no questions" / "ignored three questions"
        if _asked(asserting, where):
            continue  # "whether laws were broken" asserts nothing
        first_a, first_b = pair.a.tokens[neg_a.get(ka, ka)].start, pair.b.tokens[neg_b.get(kb, kb)].start
        if different_subjects(pair.a, first_a, pair.b, first_b, agents):
            continue  # "Calderón expressed similar concerns" / "Fox isn't worried": said of two people
        negating = pair.a if in_a else pair.b
        if better is not None and _asserted_elsewhere(asserting, where, negating, word, pair.match.score, canonical, better):
            continue  # "That's not putting people back to work." / "... by putting people back to work": two sentences
        # The asserting side's span reaches back as far as the negation does on the other side.
        reach = ka - neg_a[ka] if in_a else kb - neg_b[kb]
        a_span = _from(pair.a, neg_a.get(ka, ka - reach), ka)
        b_span = _from(pair.b, neg_b.get(kb, kb - reach), kb)
        summary = f"{pair.a.id}: “{clip(pair.a.slice(a_span), 50)}” · {pair.b.id}: “{clip(pair.b.slice(b_span), 50)}”"
        return [Found("polarity", a_span, b_span, summary, "high", "negation")]
    return _antonyms(pair, polarity, neg_a, neg_b, canonical, set(shared))


def _asserted_elsewhere(
    asserting: Side,
    where: list[int],
    negating: Side,
    word: str,
    score: float,
    canonical: dict[str, str],
    better: Better,
) -> bool:
    """Whether a better-scored match pairs the asserting side's word with a passage of the negating side's
    article that holds the word too: the negation is then another sentence's claim, and what the asserting
    side says is said there as well ("That's not putting people back to work. I trust in God, but God wants
    to see us help ourselves by putting people back to work")."""
    for k in where:
        token = asserting.tokens[k]
        for passage in better(asserting.passage, Span(token.start, token.end), score):
            if passage.article != negating.article.id:
                continue
            for t in tokenize(negating.text, passage.start, passage.end):
                if t.norm.isalpha() and stem(canonical.get(t.norm, t.norm)) == word:
                    return True
    return False


def _name(side: Side, k: int) -> bool:
    """Whether word ``k`` is capitalised inside a sentence (a name, or part of one)."""
    token = side.tokens[k]
    if not side.text[token.start].isupper():
        return False
    before = side.text[max(0, token.start - 3) : token.start].strip()
    return bool(before) and before[-1] not in ".!?\"“‘'(—-:"


_PRONOUNS = frozenset("i you he she it we they who".split())
_QUESTION = frozenset({"whether", "if"})
_HEARSAY = frozenset(
    """claim claims allegation allegations accusation accusations rumor rumors rumour rumours suggestion suggestions
    promise promises pledge pledges vow vows""".split()
)


def _lead(side: Side, start: int, canonical: dict[str, str], reach: int = 4) -> str | None:
    """The word that leads to word ``start`` in its clause: its subject or verb ("she was never asked" ->
    she, "taking no questions" -> taking), past auxiliaries, adverbs and numbers; None when a stopword,
    punctuation or the start of the passage comes first."""
    tokens = side.tokens
    for n in range(start - 1, max(-1, start - 1 - reach), -1):
        if _BREAK.search(side.text, tokens[n].end, tokens[n + 1].start):
            return None
        norm = tokens[n].norm
        if norm in _AUXILIARIES or norm.endswith("ly") or norm[:1].isdigit() or norm in ("not", "never", "no"):
            continue
        if norm in _PRONOUNS:
            return norm
        if norm in STOPWORDS or not norm.isalpha() or norm.endswith("n't"):
            return None
        return stem(canonical.get(norm, norm))
    return None


def _asked(side: Side, where: list[int], reach: int = 5) -> bool:
    """Whether every use of the word sits in a question ("whether laws were broken") or in what someone
    else alleges or promises ("claims that the ministry sold the land", "promises that Mexico will pay": the
    writer does not assert it)."""
    tokens = side.tokens

    def reported(k: int) -> bool:
        for n in range(max(0, k - reach), k):
            if tokens[n].norm in _QUESTION:
                return True
            if tokens[n].norm in _HEARSAY and n + 1 < k and tokens[n + 1].norm == "that":
                return True
        return False

    return all(reported(k) for k in where)


def _after(side: Side, k: int, canonical: dict[str, str], reach: int = 3) -> tuple[list[str], bool]:
    """The content stems of the few words after word ``k`` in its clause, and whether the very next word is one."""
    found, next_is_content = [], False
    tokens = side.tokens
    for n in range(k + 1, min(len(tokens), k + 1 + reach)):
        if _BREAK.search(side.text, tokens[n - 1].end, tokens[n].start):
            break
        norm = tokens[n].norm
        if norm.isalpha() and norm not in STOPWORDS and len(norm) > 2:
            found.append(stem(canonical.get(norm, norm)))
            next_is_content = next_is_content or n == k + 1
    return found, next_is_content


def _different_objects(pair: Pair, ka: int, kb: int, canonical: dict[str, str]) -> bool:
    """Whether the words right after the shared word differ on the two sides: the word is then said of
    different things ("was offered executive positions" / "never offered Sestak the job"; "no birth
    certificate" / "a certificate of live birth")."""
    after_a, next_a = _after(pair.a, ka, canonical)
    after_b, next_b = _after(pair.b, kb, canonical)
    if len(after_a) >= 2 and len(after_b) >= 2 and not set(after_a) & set(after_b):
        return True  # (one word alone may be a synonym: "pass the package" / "pass this bill")
    # A word that modifies the next one ("no birth certificate") is negated with it: the other side must agree.
    if next_a != next_b and (next_a or next_b):
        first_a, first_b = after_a[:1], after_b[:1]
        return first_a != first_b
    return False


def _antonyms(
    pair: Pair,
    polarity: Polarity,
    neg_a: dict[int, int],
    neg_b: dict[int, int],
    canonical: dict[str, str],
    shared: set[str] | None = None,
) -> list[Found]:
    if not polarity.antonyms:
        return []
    norms_b = {t.norm for t in pair.b.tokens}
    if not any(t.norm in polarity.antonyms and polarity.antonyms[t.norm] & norms_b for t in pair.a.tokens):
        return []
    if shared is None:
        shared = set(_content(pair.a, canonical).keys() & _content(pair.b, canonical).keys())
    near_a = _near_shared(pair.a, shared, canonical)
    near_b = _near_shared(pair.b, shared, canonical)
    for i, ta in enumerate(pair.a.tokens):
        if ta.norm not in polarity.antonyms or i not in near_a:
            continue
        for j, tb in enumerate(pair.b.tokens):
            if j in near_b and polarity.opposite(ta.norm, tb.norm) and (i in neg_a) == (j in neg_b) and near_a[i] & near_b[j]:
                a_span, b_span = _from(pair.a, i - 1, i + 1), _from(pair.b, j - 1, j + 1)
                summary = f"{pair.a.id}: “{clip(pair.a.slice(a_span), 50)}” · {pair.b.id}: “{clip(pair.b.slice(b_span), 50)}”"
                return [Found("polarity", a_span, b_span, summary, "high", f"{ta.norm} / {tb.norm}")]
    return []


def _near_shared(side: Side, shared: set[str], canonical: dict[str, str], reach: int = 3) -> dict[int, set[str]]:
    """Token index -> the shared words within ``reach`` words of it."""
    near: dict[int, set[str]] = {}
    for k, t in enumerate(side.tokens):
        word = stem(canonical.get(t.norm, t.norm))
        if word in shared:
            for n in range(max(0, k - reach), min(len(side.tokens), k + reach + 1)):
                if n != k:
                    near.setdefault(n, set()).add(word)
    return near


def _from(side: Side, first: int, last: int) -> Span:
    tokens = side.tokens
    first, last = max(0, first), min(len(tokens) - 1, last)
    return Span(tokens[first].start, tokens[max(first, last)].end)
