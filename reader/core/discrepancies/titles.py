"""Names: one speaker names a programme, a law or a body one way in one article and another way in the other.

"She said she supported trade adjustment authority to protect American jobs" /
"Clinton said any deal should include the scuttled Trade Adjustment Assistance
program": the same speaker, reported in sentences no match pairs, and the name
of what she supports differs in one word (one of the two is wrong). Here a
capitalised name inside what a source is credited with in one article (three
words or more once a leading stopword and a trailing generic head such as
"Program" are left out) meets what the same source actor is credited with in
the other, in any case; when that holds the name with one word in place of
another, at any position, and neither article writes the other's form anywhere,
the two are reported.

The substituted word must be a content word, not another form of the same word,
and not one generic head for another ("the Federal Records Act" / "the federal
records law" is one name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.discrepancies.across import Known
from reader.core.discrepancies.common import Found, nearest_match, stem
from reader.core.discrepancies.pairing import matches_by_pair
from reader.core.model import Article, Attribution, Match, Span
from reader.core.text.tokens import STOPWORDS

_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){2,5}\b")  # capitalised words, three or more
_WORD = re.compile(r"[A-Za-z]+")
MIN_WORDS = 3  # words of a name (less a generic head) compared: two words and one other are too loose
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
    """The capitalised names inside ``t``'s content, each with its words in lower case, less a leading stopword
    ("The") and a trailing generic head ("Program"), when three words or more are left."""
    found = []
    for h in _RUN.finditer(article.text, t.content.start, t.content.end):
        words = [(w.start(), w.end(), w.group().casefold()) for w in _WORD.finditer(article.text, h.start(), h.end())]
        while words and words[0][2] in STOPWORDS:
            words = words[1:]
        if words and words[-1][2] in GENERIC_HEADS:
            words = words[:-1]  # (the span too: a name found from either side is one finding)
        if len(words) >= MIN_WORDS:
            found.append((Span(words[0][0], words[-1][1]), [w for _, _, w in words]))
    return found


def _substituted(own: str, other: str) -> bool:
    """Whether ``other`` in place of ``own`` names another thing: a content word, not the same word's form,
    and not one generic head for another ("act" / "law")."""
    return (
        len(other) > 2
        and other not in STOPWORDS
        and stem(own) != stem(other)
        and not (own in GENERIC_HEADS and other in GENERIC_HEADS)
    )


def _other_form(words: list[str], other: Article, credits: list[Attribution], low_own: str) -> Span | None:
    """Where ``credits`` (the same source's, in ``other``) give the name with one word in place of another,
    in any case ("trade adjustment authority" for "Trade Adjustment Assistance"), a form ``low_own`` (the own
    article in lower case) never writes."""
    n = len(words)
    text = other.text
    for u in credits:
        found = [(w.start(), w.end(), w.group().casefold()) for w in _WORD.finditer(text, u.content.start, u.content.end)]
        for k in range(len(found) - n + 1):
            window = found[k : k + n]
            if any(not text[a[1] : b[0]].isspace() for a, b in zip(window, window[1:])):
                continue  # not one run of words
            differ = [(own, w[2]) for own, w in zip(words, window) if own != w[2]]
            if len(differ) == 1 and _substituted(*differ[0]):
                form = " ".join(w[2] for w in window)
                if form not in low_own:
                    return Span(window[0][0], window[-1][1])
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
                if not same_source or " ".join(words) in lower(other):
                    continue
                theirs = contents_of((other.id, t.source_actor))
                if sum(w in theirs for w in words) < len(words) - 1:
                    continue  # (a first look: all words but one must be there)
                there = _other_form(words, other, same_source, lower(own))
                if there is None:
                    continue
                span_a, span_b = (span, there) if own is article_a else (there, span)
                text_a, text_b = article_a.text[span_a.start : span_a.end], article_b.text[span_b.start : span_b.end]
                summary = f"{id_a}: “{text_a}” · {id_b}: “{text_b}”"
                near = nearest_match(between, span_a.start, span_b.start)
                results.append((near, Found("name", span_a, span_b, summary, "low", "name given two ways")))
    return results
