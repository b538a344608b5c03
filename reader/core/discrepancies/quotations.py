"""Quote drift between whole quotations: the same speaker quoted in both articles, in different words, where
no match puts the two quotations side by side.

The alignment pairs sentences; a quotation split over two sentences in one
report ("We've done it before. We will do it again by ...") and written as one
in the other ("We've done it before and we'll do it again. This is ...") is
then paired only in part, and a quotation told in a sentence of quite other
words ('He acknowledged he "used money that shouldn't have been used"' /
'"I used money I shouldn't have used for personal purposes," he said') is not
paired at all. Here each quotation of one article meets the quotations of the
other that are credited to the same speaker (the same actor), and two are taken
for one saying only on strong evidence: at least `MIN_SHARED` compared words in
common, in order, making up at least `MIN_COVER` of the shorter quotation, and
each is the other's best partner. The two are then compared as the in-match
finder compares quoted words (`quotes.find_quotes`, its gates included).

Found anywhere in the two articles; listed under the match nearest to both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from reader.core.discrepancies.common import Found, Pair, Side, nearest_match, rough_words
from reader.core.discrepancies.pairing import matches_by_pair
from reader.core.discrepancies.quoted_elsewhere import Better
from reader.core.discrepancies.quotes import find_quotes as compare_quotes
from reader.core.discrepancies.quotes import quoted_words
from reader.core.model import Article, Attribution, Match, Passage, Span
from reader.core.span_index import SpanIndex
from reader.core.text.quotes import find_quotes
from reader.core.text.tokens import STOPWORDS, tokenize

MIN_SHARED = 4  # compared words two quotations share, in order
MIN_COVER = 0.5  # of the shorter quotation's compared words
MIN_CONTENT = 2  # content words (rough: before contractions are spelled out) two quotations share, at least
MAX_QUOTATIONS = 300  # quotations looked at per article: the work stays bounded on long texts


class _Quotation:
    """A quotation with a known speaker: its rough words (a cheap first look) and, on first use, its compared words."""

    __slots__ = ("_canonical", "_text", "_words", "credits", "inner", "rough", "speakers")

    def __init__(self, text: str, inner: Span, credits: tuple[Attribution, ...], canonical: dict[str, str]) -> None:
        self._text = text
        self._canonical = canonical
        self.inner = inner
        self.credits = credits
        self.speakers = frozenset(t.source_actor for t in credits if t.source_actor)
        raw = rough_words(text[inner.start : inner.end])
        self.rough = frozenset(w for w in raw if len(w) > 2 and w not in STOPWORDS)
        self._words: list[str] | None = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            self._words = quoted_words(tokenize(self._text, self.inner.start, self.inner.end), self._canonical)
        return self._words


def _quotations(article: Article, attributions: Sequence[Attribution], canonical: dict[str, str]) -> list[_Quotation]:
    """The article's quotations whose speaker is a known actor."""
    crediting = SpanIndex((t.content.start, t.content.end, t) for t in attributions if t.article == article.id and t.source_actor)
    found = []
    for q in find_quotes(article).quotes[:MAX_QUOTATIONS]:
        credits = tuple(t for _, _, t in crediting.overlapping(q.inner.start, q.inner.end))
        if any(t.source_actor for t in credits):
            found.append(_Quotation(article.text, q.inner, credits, canonical))
    return found


def _shared(a: _Quotation, b: _Quotation) -> int:
    """How many compared words the two quotations share, in order."""
    blocks = SequenceMatcher(None, a.words, b.words, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks)


def _one_saying(a: _Quotation, b: _Quotation, shared: int) -> bool:
    return shared >= MIN_SHARED and shared >= MIN_COVER * min(len(a.words), len(b.words))


def _within_one_match(a: Span, b: Span, between: Sequence[Match]) -> bool:
    """Whether a match holds both quotations whole: the in-match finder has compared them."""
    return any(m.a.span.contains(a) and m.b.span.contains(b) for m in between)


def quotation_pairs(
    quotations_a: list[_Quotation], quotations_b: list[_Quotation], between: Sequence[Match]
) -> list[tuple[_Quotation, _Quotation]]:
    """Quotations of the same speaker that are one saying, each the other's best partner."""
    # Only quotations sharing a speaker and a content word are compared word by word.
    speakers_b = frozenset().union(*(b.speakers for b in quotations_b))
    by_word: dict[str, list[int]] = {}
    for k, b in enumerate(quotations_b):
        for w in b.rough:
            by_word.setdefault(w, []).append(k)
    best_a: dict[int, tuple[int, int]] = {}  # quotation of a -> (shared, quotation of b)
    best_b: dict[int, tuple[int, int]] = {}
    for i, a in enumerate(quotations_a):
        if not a.speakers & speakers_b:
            continue
        candidates = Counter(k for w in a.rough for k in by_word.get(w, ()))
        for k in sorted(candidates):
            b = quotations_b[k]
            # Content words in common, a cheap bound before comparing word by word.
            if candidates[k] < MIN_CONTENT or not a.speakers & b.speakers:
                continue
            shared = _shared(a, b)
            if not _one_saying(a, b, shared):
                continue
            if shared > best_a.get(i, (0, -1))[0]:
                best_a[i] = (shared, k)
            if shared > best_b.get(k, (0, -1))[0]:
                best_b[k] = (shared, i)
    pairs = []
    for i, (_, k) in sorted(best_a.items()):
        if best_b[k][1] != i:
            continue
        a, b = quotations_a[i], quotations_b[k]
        if not _within_one_match(a.inner, b.inner, between):
            pairs.append((a, b))
    return pairs


def find_quotations(
    articles: Sequence[Article],
    matches: Sequence[Match],
    attributions: Sequence[Attribution],
    canonical: dict[str, str],
    told: Callable[[str, Span, str, Span], bool],
    better: Better | None = None,
) -> list[tuple[Match, Found]]:
    """(the match to list it under, the discrepancy) for quotations of one speaker that drift.
    ``told(article_a, span_a, article_b, span_b)``: whether a quote discrepancy found already covers both;
    ``better``: as for `quotes.find_quotes` (a match pairing the changed words unchanged elsewhere)."""
    by_id = {a.id: a for a in articles}
    quotations: dict[str, list[_Quotation]] = {}
    results: list[tuple[Match, Found]] = []
    for (id_a, id_b), between in sorted(matches_by_pair(articles, matches).items()):
        for article_id in (id_a, id_b):
            if article_id not in quotations:
                quotations[article_id] = _quotations(by_id[article_id], attributions, canonical)
        for qa, qb in quotation_pairs(quotations[id_a], quotations[id_b], between):
            near = nearest_match(between, qa.inner.start, qb.inner.start)
            side_a = Side(by_id[id_a], Passage(id_a, qa.inner.start, qa.inner.end), qa.credits)
            side_b = Side(by_id[id_b], Passage(id_b, qb.inner.start, qb.inner.end), qb.credits)
            pair = Pair(Match(near.id, side_a.passage, side_b.passage, 0.0, "paraphrase"), side_a, side_b)
            for f in compare_quotes(pair, [qa.inner], [qb.inner], canonical, better):
                if told(id_a, f.a, id_b, f.b):
                    continue
                results.append((near, Found(f.kind, f.a, f.b, f.summary, f.severity, f"{f.detail}, whole quotations")))
    return results
