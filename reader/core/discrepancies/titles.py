"""Names: one speaker names a programme, a law or a body one way in one article and another way in the other.

"She said she supported trade adjustment authority to protect American jobs" /
"Clinton said any deal should include the scuttled Trade Adjustment Assistance
program": the same speaker, reported in sentences no match pairs, and the name
of what she supports differs in its last word (one of the two is wrong). Here a
capitalised name of three or more words inside what a source is credited with
in one article ("Trade Adjustment Assistance") meets what the same source is
credited with in the other; when that holds the name's first two words followed
by another word, in lower case ("trade adjustment authority": a description, not
another proper name), and neither article writes the other's form anywhere, the
two are reported.

Kept narrow: the same source actor on both sides, a last word that is no generic
head ("act", "law", "program": "the Affordable Care Act" / "the affordable care
law" is one name), and the other form in lower case (people's names, capitalised
on both sides, differ in their own way: `names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.discrepancies.across import Known
from reader.core.discrepancies.common import Found, nearest_match
from reader.core.discrepancies.pairing import matches_by_pair
from reader.core.model import Article, Attribution, Match, Span
from reader.core.text.tokens import STOPWORDS

_RUN = re.compile(r"(?<=[a-z,;(] )[A-Z][a-z]+(?: [A-Z][a-z]+){2,4}\b")
# Heads that name the same thing in other words: "act" / "law", "program" / "plan" ...
GENERIC_HEADS = frozenset(
    """act acts law laws bill bills program programs programme plan plans deal deals agreement pact treaty fund
    project initiative policy rule rules reform reforms measure measures package system scheme""".split()
)


def _credited(articles: Sequence[Article], attributions: Sequence[Attribution], known: Known) -> dict[str, list[Attribution]]:
    """Each article's credits (`Known.credits`) naming their source's actor, by article id."""
    found = {a.id: [t for t in known.credits(a.id, attributions) if t.source_actor is not None] for a in articles}
    return {article: credits for article, credits in found.items() if credits}


def _names(article: Article, t: Attribution) -> list[tuple[Span, list[str]]]:
    """The capitalised names of three words or more inside ``t``'s content."""
    return [
        (Span(h.start(), h.end()), h.group().casefold().split())
        for h in _RUN.finditer(article.text, t.content.start, t.content.end)
    ]


def _other_form(words: list[str], other: Article, credits: list[Attribution], low_own: str) -> re.Match[str] | None:
    """Where ``credits`` (the same source's, in ``other``) give the name's first two words and another head,
    in lower case."""
    variant = re.compile(rf"\b{re.escape(words[0])} {re.escape(words[1])} ([a-z]+)\b", re.IGNORECASE)
    for u in credits:
        hit = variant.search(other.text, u.content.start, u.content.end)
        if hit is None:
            continue
        head = hit.group(1).casefold()
        if hit.group().islower() and head != words[2] and head not in GENERIC_HEADS and head not in STOPWORDS:
            if hit.group() not in low_own:
                return hit
    return None


def find_titles(
    articles: Sequence[Article], matches: Sequence[Match], attributions: Sequence[Attribution], known: Known
) -> list[tuple[Match, Found]]:
    """(the match to list it under, the discrepancy) for a name one source gives two ways. ``known``: the
    articles' credits, as the claim search (`across`) keeps them."""
    by_id = {a.id: a for a in articles}
    credited = _credited(articles, attributions, known)
    names = {i: [(t, n) for t in found for n in _names(by_id[i], t)] for i, found in credited.items()}
    results: list[tuple[Match, Found]] = []
    if not any(names.values()):
        return results
    low: dict[str, str] = {}  # each article's text in lower case (only looked in, never indexed)
    by_source: dict[tuple[str, str | None], list[Attribution]] = {}
    for article_id, found in credited.items():
        for t in found:
            by_source.setdefault((article_id, t.source_actor), []).append(t)
    said: dict[tuple[str, str | None], str] = {}  # a source's contents in an article, in lower case

    def contents_of(key: tuple[str, str | None]) -> str:
        if key not in said:
            text = by_id[key[0]].text
            said[key] = "\n".join(text[u.content.start : u.content.end] for u in by_source[key]).casefold()
        return said[key]

    def lower(article: Article) -> str:
        if article.id not in low:
            low[article.id] = article.text.casefold()
        return low[article.id]

    for (id_a, id_b), between in sorted(matches_by_pair(articles, matches).items()):
        article_a, article_b = by_id[id_a], by_id[id_b]
        for own, other in ((article_a, article_b), (article_b, article_a)):
            if not names.get(own.id) or not credited.get(other.id):
                continue
            for t, (span, words) in names[own.id]:
                same_source = by_source.get((other.id, t.source_actor))
                if not same_source or words[-1] in GENERIC_HEADS or words[2] in GENERIC_HEADS:
                    continue
                if f"{words[0]} {words[1]} " not in contents_of((other.id, t.source_actor)) or " ".join(words) in lower(other):
                    continue
                hit = _other_form(words, other, same_source, lower(own))
                if hit is None:
                    continue
                there = Span(hit.start(), hit.end())
                span_a, span_b = (span, there) if own is article_a else (there, span)
                text_a, text_b = article_a.text[span_a.start : span_a.end], article_b.text[span_b.start : span_b.end]
                summary = f"{id_a}: “{text_a}” · {id_b}: “{text_b}”"
                near = nearest_match(between, span_a.start, span_b.start)
                results.append((near, Found("name", span_a, span_b, summary, "low", "name given two ways")))
    return results
