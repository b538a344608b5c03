"""Passages that two or more articles both report, verbatim or paraphrased.

Every pair of articles (i < j, command-line order) is aligned sentence by
sentence (see `reader.core.align.score`, then `reader.core.align.passes.rare`,
`reader.core.align.passes.context` and `reader.core.align.passes.fused` for the weaker pairs; the last
may give a sentence a second match), matched passages get their shared word
runs (see `reader.core.align.runs`), and with three or more articles the matches
are grouped into clusters: connected components over the sentences they
cover, so a passage can tell in how many of the articles it appears.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.core.align.passes.context import fill_gaps
from reader.core.align.passes.fused import fused_pairs
from reader.core.align.passes.rare import PairRarity, rare_word_pairs
from reader.core.align.runs import is_verbatim, shared_runs
from reader.core.align.score import SentenceStems, article_stems, candidate_pairs, sentence_pairs
from reader.core.align.terms import acronym_expansions
from reader.core.disjoint_sets import DisjointSets
from reader.core.lexicons.paraphrases import Paraphrases, load_paraphrases
from reader.core.model import Article, Cluster, Match, Passage, Span
from reader.core.text import segment
from reader.core.text.tokens import tokenize


def align(articles: Sequence[Article], paraphrases: Paraphrases | None = None) -> tuple[tuple[Match, ...], tuple[Cluster, ...]]:
    """Matches between every pair of articles, and clusters when 3+ articles are given.

    ``paraphrases`` defaults to `load_paraphrases()`: the packaged groups plus the user's.
    """
    if paraphrases is None:
        paraphrases = load_paraphrases()
    # Acronyms are expanded across all the articles: one may spell out what another abbreviates.
    paraphrases = paraphrases.with_acronyms(acronym_expansions([article.text for article in articles]))
    sentences = [_sentences(article) for article in articles]
    stems = [article_stems(article, spans, paraphrases) for article, spans in zip(articles, sentences)]
    matches: list[Match] = []
    for left in range(len(articles)):
        for right in range(left + 1, len(articles)):
            matches.extend(
                _pair_matches(
                    articles[left],
                    sentences[left],
                    stems[left],
                    articles[right],
                    sentences[right],
                    stems[right],
                    first_id=len(matches) + 1,
                )
            )
    if len(articles) < 3:
        return tuple(matches), ()
    return _cluster(matches)


def _sentences(article: Article) -> tuple[Span, ...]:
    """The article's sentences; an Article built by hand without them is segmented here."""
    if article.sentences or not article.text.strip():
        return tuple(s for s in article.sentences if s.end <= len(article.text))
    return segment.sentences(article.text)


def _pair_matches(
    a: Article,
    a_sentences: tuple[Span, ...],
    a_stems: SentenceStems,
    b: Article,
    b_sentences: tuple[Span, ...],
    b_stems: SentenceStems,
    first_id: int,
) -> list[Match]:
    candidates = candidate_pairs(a_stems, b_stems)
    passages = sentence_pairs(a_stems, b_stems, candidates)
    rarity = PairRarity.of(a_stems, b_stems)
    passages = rare_word_pairs(a_stems, b_stems, candidates, passages, rarity)
    passages = fill_gaps(a_stems, b_stems, passages)
    passages = fused_pairs(a_stems, b_stems, candidates, passages, rarity)
    matches = []
    for number, pair in enumerate(passages, start=first_id):
        a_span = Span(a_sentences[pair.a_first].start, a_sentences[pair.a_last].end)
        b_span = Span(b_sentences[pair.b_first].start, b_sentences[pair.b_last].end)
        runs, in_order = shared_runs(tokenize(a.text, a_span.start, a_span.end), tokenize(b.text, b_span.start, b_span.end))
        matches.append(
            Match(
                id=f"m{number}",
                a=Passage(a.id, a_span.start, a_span.end),
                b=Passage(b.id, b_span.start, b_span.end),
                score=round(min(100.0, pair.score), 1),
                kind="verbatim" if is_verbatim(in_order) else "paraphrase",
                shared=runs,
            )
        )
    return matches


def _cluster(matches: list[Match]) -> tuple[tuple[Match, ...], tuple[Cluster, ...]]:
    """Group matches whose passages overlap in some article; ids in order of first match."""
    groups = DisjointSets(len(matches))
    # Two matches belong together when a passage of one overlaps a passage of the
    # other in the same article (the same sentence reported to two other articles).
    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for k, match in enumerate(matches):
        for side in (match.a, match.b):
            by_article.setdefault(side.article, []).append((side.start, side.end, k))
    for sides in by_article.values():
        sides.sort()
        reach_end, reach_match = -1, -1
        for start, end, k in sides:
            if start < reach_end:
                groups.union(k, reach_match)
            if end > reach_end:
                reach_end, reach_match = end, k

    cluster_ids: dict[int, str] = {}
    members: dict[str, list[Passage]] = {}
    labelled = []
    for k, match in enumerate(matches):
        cluster_id = cluster_ids.setdefault(groups.find(k), f"c{len(cluster_ids) + 1}")
        members.setdefault(cluster_id, []).extend((match.a, match.b))
        labelled.append(replace(match, cluster=cluster_id))
    clusters = tuple(Cluster(cluster_id, _union_passages(passages)) for cluster_id, passages in members.items())
    return tuple(labelled), clusters


def _union_passages(passages: list[Passage]) -> tuple[Passage, ...]:
    """One passage per overlapping group in each article, in article then text order."""
    merged: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.article, p.start, p.end)):
        last = merged[-1] if merged else None
        if last is not None and last.article == passage.article and passage.start < last.end:
            merged[-1] = Passage(last.article, last.start, max(last.end, passage.end))
        else:
            merged.append(passage)
    return tuple(merged)
