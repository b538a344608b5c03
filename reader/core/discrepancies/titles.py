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

from reader.core.discrepancies.attribution import CREDITING
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
MAX_CREDITS = 200  # credited contents looked at per article: the work stays bounded on long texts


def _credited(article: Article, attributions: Sequence[Attribution]) -> list[Attribution]:
    return [
        t
        for t in attributions
        if t.article == article.id and t.kind != "object" and t.cue_class in CREDITING and t.source_actor is not None
    ][:MAX_CREDITS]


def _names(article: Article, t: Attribution) -> list[tuple[Span, list[str]]]:
    """The capitalised names of three words or more inside ``t``'s content."""
    return [
        (Span(h.start(), h.end()), h.group().casefold().split())
        for h in _RUN.finditer(article.text, t.content.start, t.content.end)
    ]


def find_titles(
    articles: Sequence[Article], matches: Sequence[Match], attributions: Sequence[Attribution]
) -> list[tuple[Match, Found]]:
    """(the match to list it under, the discrepancy) for a name one source gives two ways."""
    by_id = {a.id: a for a in articles}
    results: list[tuple[Match, Found]] = []
    for (id_a, id_b), between in sorted(matches_by_pair(articles, matches).items()):
        article_a, article_b = by_id[id_a], by_id[id_b]
        credited = {id_a: _credited(article_a, attributions), id_b: _credited(article_b, attributions)}
        for own, other in ((article_a, article_b), (article_b, article_a)):
            low_own, low_other = own.text.casefold(), other.text.casefold()  # (only looked in, never indexed)
            for t in credited[own.id]:
                for span, words in _names(own, t):
                    if words[-1] in GENERIC_HEADS or words[2] in GENERIC_HEADS or " ".join(words) in low_other:
                        continue
                    variant = re.compile(rf"\b{re.escape(words[0])} {re.escape(words[1])} ([a-z]+)\b", re.IGNORECASE)
                    for u in credited[other.id]:
                        if u.source_actor != t.source_actor:
                            continue
                        hit = variant.search(other.text, u.content.start, u.content.end)
                        if hit is None:
                            continue
                        head = hit.group(1).casefold()
                        if (
                            not hit.group().islower()
                            or head == words[2]
                            or head in GENERIC_HEADS
                            or head in STOPWORDS
                            or hit.group().casefold() in low_own
                        ):
                            continue
                        there = Span(hit.start(), hit.end())
                        span_a, span_b = (span, there) if own is article_a else (there, span)
                        text_a, text_b = article_a.text[span_a.start : span_a.end], article_b.text[span_b.start : span_b.end]
                        near = nearest_match(between, span_a.start, span_b.start)
                        found = Found(
                            "name", span_a, span_b, f"{id_a}: “{text_a}” · {id_b}: “{text_b}”", "low", "name given two ways"
                        )
                        results.append((near, found))
                        break
    return results
