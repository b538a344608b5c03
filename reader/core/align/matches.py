"""Passages that two or more articles both report, verbatim or paraphrased.

Every pair of articles (i < j, command-line order) is aligned sentence by
sentence: the passes of `reader.core.align.PASSES` run in order, each adding
matches among the sentences the ones before it left (the last may give a
sentence a second match). Matched passages get their shared word runs
(`reader.core.align.runs`), and with three or more articles the matches are
grouped into clusters (`reader.core.align.clusters`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.align.clusters import cluster
from reader.core.align.pair import PairContext
from reader.core.align.passes import PASSES
from reader.core.align.runs import is_verbatim, shared_runs
from reader.core.align.select import PassagePair
from reader.core.align.stems import article_stems
from reader.core.align.terms import acronym_expansions
from reader.core.lexicons.paraphrases import Paraphrases, load_paraphrases
from reader.core.model import Article, Cluster, Match, Passage, Span
from reader.core.text import segment
from reader.core.text.tokens import tokenize

# A sentence longer than this (about 250 words) is aligned as pieces of about UNIT_CHARS.
MAX_UNIT_CHARS = 1500
UNIT_CHARS = 600


def align(articles: Sequence[Article], paraphrases: Paraphrases | None = None) -> tuple[tuple[Match, ...], tuple[Cluster, ...]]:
    """Matches between every pair of articles, and clusters when 3+ articles are given.

    ``paraphrases`` defaults to `load_paraphrases()`: the packaged groups plus the user's.
    """
    if paraphrases is None:
        paraphrases = load_paraphrases()
    # Acronyms are expanded across all the articles: one may spell out what another abbreviates.
    paraphrases = paraphrases.with_acronyms(acronym_expansions([article.text for article in articles]))
    sentences = [_sentences(article) for article in articles]
    vocabulary: dict[str, int] = {}  # shared, so per-article work is reused across pairs (`SentenceStems.vocabulary`)
    stems = [article_stems(article, spans, paraphrases, vocabulary) for article, spans in zip(articles, sentences)]
    matches: list[Match] = []
    for left in range(len(articles)):
        for right in range(left + 1, len(articles)):
            passages = run_passes(PairContext.of(stems[left], stems[right]))
            matches.extend(
                _to_matches(articles[left], sentences[left], articles[right], sentences[right], passages, len(matches) + 1)
            )
    if len(articles) < 3:
        return tuple(matches), ()
    return cluster(matches)


def run_passes(pair: PairContext) -> list[PassagePair]:
    """The passages every pass of `reader.core.align.PASSES` finds, in order."""
    passages: list[PassagePair] = []
    for run in PASSES:
        passages = run(pair, passages)
    return passages


def _sentences(article: Article) -> tuple[Span, ...]:
    """The units alignment compares: the article's sentences (an Article built by hand
    without them is segmented here), a sentence too long to be one claim cut in pieces."""
    if article.sentences or not article.text.strip():
        found = tuple(s for s in article.sentences if s.end <= len(article.text))
    else:
        found = segment.sentences(article.text)
    if all(s.end - s.start <= MAX_UNIT_CHARS for s in found):
        return found
    return tuple(piece for s in found for piece in _pieces(article.text, s))


def _pieces(text: str, sentence: Span) -> list[Span]:
    """A sentence cut at a space every `UNIT_CHARS` characters or so, when it is longer than `MAX_UNIT_CHARS`.

    Text without sentence punctuation (a transcript, a list pasted as one line)
    is one "sentence" however long it is; scoring such units against each other
    costs their product and pairs nothing a reader could check.
    """
    if sentence.end - sentence.start <= MAX_UNIT_CHARS:
        return [sentence]
    pieces = []
    start = sentence.start
    while sentence.end - start > MAX_UNIT_CHARS:
        cut = text.rfind(" ", start + UNIT_CHARS // 2, start + UNIT_CHARS)
        if cut == -1:
            cut = start + UNIT_CHARS
        pieces.append(Span(start, cut))
        start = cut
        while start < sentence.end and text[start].isspace():
            start += 1
    pieces.append(Span(start, sentence.end))
    return pieces


def _to_matches(
    a: Article,
    a_sentences: tuple[Span, ...],
    b: Article,
    b_sentences: tuple[Span, ...],
    passages: list[PassagePair],
    first_id: int,
) -> list[Match]:
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
