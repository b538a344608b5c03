"""Amounts told differently in sentences the alignment did not pair.

The alignment pairs sentences by their words; a figure given in two quite
differently written sentences ("bought a $43,350 gold-plated men's Rolex
watch" / "personal items including ... a $43,000 Rolex watch") is then never
compared. Here every amount of money of one article meets every amount of the
other that no match already puts side by side, and a pair is reported only on
strong evidence that both are the same thing: the same currency, values within
a factor of two, and at least two content words around them in common, one of
them a name written with a capital on both sides ("Rolex", "Martha's
Vineyard"). Equal amounts, however written, are not reported (`numbers.compare`).
Counts are looked at the same way when they count the same named thing ("412
homes" along the "Varna River" / "380 homes were destroyed" on it): written in
digits, not hedged, and not of people or things in general (`numbers.GENERIC`).

Each discrepancy found this way is attached to the match nearest to both
sentences, so that it has a shared passage to be listed under.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.discrepancies.common import Found, Side, clip, stem
from reader.core.discrepancies.numbers import GENERIC, compare
from reader.core.discrepancies.pairing import matches_by_pair, paired_sentences, sentence_starts, sentences_holding
from reader.core.discrepancies.quantities import APPROXIMATE, Quantity
from reader.core.model import Article, Match, Passage, Span
from reader.core.text.quotes import find_quotes
from reader.core.text.tokens import STOPWORDS

_DIGIT = re.compile(r"\d")
# A cheap look at the raw text: money, or digits before a word (what `_looked_at` may take). Sentences without
# it are not tokenised.
_COUNTED = re.compile(r"\d\s+[a-z]")
_MONEY = ("$", "£", "€", "dollar", "pound")
WINDOW = 6  # words either side of an amount that say what it is
MIN_SHARED = 2  # of those words the two amounts must share (one a name)
MAX_RATIO = 2.0  # amounts further apart than this are taken for different things
MAX_AMOUNTS = 60  # amounts looked at per article: the work stays bounded on long texts


@dataclass(frozen=True, slots=True)
class _Amount:
    quantity: Quantity
    sentence: int
    words: frozenset[str]  # content stems around it
    names: frozenset[str]  # those of them written with a capital, not first in the sentence


def _amounts(
    article: Article, side_of: Callable[[Passage], Side], quantities_of: Callable[[Side], list[Quantity]]
) -> list[_Amount]:
    """The article's amounts of money, but not those inside quotation marks: a figure someone is quoted
    giving ("Obama has cut $716 billion from Medicare") is theirs, and another speaker's may differ."""
    found: list[_Amount] = []
    for n in sentences_holding(article, _COUNTED, _MONEY):
        if len(found) >= MAX_AMOUNTS:
            break
        sentence = article.sentences[n]
        raw = article.text[sentence.start : sentence.end]
        side = side_of(Passage(article.id, sentence.start, sentence.end))
        tokens = side.tokens
        for q in quantities_of(side):
            if isinstance(q.value, str) or q.bound is not None or not _looked_at(q, raw, sentence.start):
                continue
            if find_quotes(article).enclosing(q.span.start) is not None:
                continue
            inside = [k for k, t in enumerate(tokens) if q.span.start <= t.start and t.end <= q.span.end]
            if not inside:
                continue
            words, names = set(), set()
            for k in range(max(0, inside[0] - WINDOW), min(len(tokens), inside[-1] + 1 + WINDOW)):
                if inside[0] <= k <= inside[-1]:
                    continue
                norm = tokens[k].norm
                if not norm.isalpha() or norm in STOPWORDS or norm in APPROXIMATE or len(norm) < 3:
                    continue
                word = stem(norm.removesuffix("'s"))
                words.add(word)
                if k > 0 and article.text[tokens[k].start].isupper():
                    names.add(word)
            found.append(_Amount(q, n, frozenset(words), frozenset(names)))
    return found


def _looked_at(q: Quantity, raw: str, offset: int) -> bool:
    """Money; or a count of something named ("23 defendants", not "two people"), written in digits: a number
    word ("two", "one") is said of too many things to stand for one fact."""
    if q.category == "money":
        return True
    return (
        q.category == "count"
        and q.noun is not None
        and q.noun not in GENERIC
        and not q.approximate
        and bool(_DIGIT.match(raw, q.span.start - offset))
    )


def _same_thing(a: _Amount, b: _Amount) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa.category != qb.category:
        return False
    if qa.category == "money":
        assert qa.currency is not None and qb.currency is not None
        if qa.currency[0] != qb.currency[0]:
            return False
    elif qa.noun != qb.noun:
        return False
    low, high = sorted((abs(float(qa.value)), abs(float(qb.value))))
    if not low or high / low > MAX_RATIO:
        return False
    shared = a.words & b.words
    return len(shared) >= MIN_SHARED and bool(shared & a.names & b.names)


def find_elsewhere(
    articles: Sequence[Article],
    matches: Sequence[Match],
    side_of: Callable[[Passage], Side],
    quantities_of: Callable[[Side], list[Quantity]],
) -> list[tuple[Match, Found]]:
    """(the match to list it under, the discrepancy) for amounts told differently outside any one match."""
    by_id = {a.id: a for a in articles}
    amounts: dict[str, list[_Amount]] = {}
    results: list[tuple[Match, Found]] = []
    starts: dict[str, list[int]] = {}
    for (id_a, id_b), between in matches_by_pair(articles, matches).items():
        article_a, article_b = by_id[id_a], by_id[id_b]
        for article in (article_a, article_b):
            if article.id not in amounts:
                amounts[article.id] = _amounts(article, side_of, quantities_of)
        if not amounts[id_a] or not amounts[id_b]:
            continue
        for article in (article_a, article_b):
            if article.id not in starts:
                starts[article.id] = sentence_starts(article)
        starts_a, starts_b = starts[id_a], starts[id_b]
        placed = [(m, bisect_right(starts_a, m.a.start) - 1, bisect_right(starts_b, m.b.start) - 1) for m in between]
        together = paired_sentences(between, starts_a, starts_b)  # every sentence a match spans
        used: set[int] = set()
        for a in amounts[id_a]:
            for k, b in enumerate(amounts[id_b]):
                if k in used or (a.sentence, b.sentence) in together or not _same_thing(a, b):
                    continue
                verdict = compare(a.quantity, b.quantity)
                if verdict == "equal":
                    used.add(k)
                    break
                match = min(placed, key=lambda p: abs(p[1] - a.sentence) + abs(p[2] - b.sentence))[0]
                span_a, span_b = a.quantity.span, b.quantity.span
                text_a = article_a.text[span_a.start : span_a.end]
                text_b = article_b.text[span_b.start : span_b.end]
                results.append(
                    (
                        match,
                        Found(
                            "number",
                            Span(span_a.start, span_a.end),
                            Span(span_b.start, span_b.end),
                            f"{id_a}: {clip(text_a)} · {id_b}: {clip(text_b)}",
                            "low" if verdict == "close" else "medium",
                            f"{verdict} {a.quantity.category}",
                        ),
                    )
                )
                used.add(k)
                break
    return results
