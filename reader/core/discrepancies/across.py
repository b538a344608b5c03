"""Whom each article credits for the same claim, when the alignment did not pair the two sentences.

The alignment pairs sentences by their words; the same claim credited two ways
is often written two ways too ("the report said that Sestak was offered
executive branch positions on advisory boards that were uncompensated" / "Rep.
Joe Sestak was offered a prominent but uncompensated, advisory position ..., a
source with knowledge of the exchange said"). Here the content of each
attribution that credits a claim (a saying or reporting cue) meets every
sentence of the other article, and a sentence holds the same claim only on
strong evidence: most of the content's words, at least `MIN_SHARED` of them,
`MIN_SPECIFIC` of them specific to the claim (a figure, or a word used in few
sentences of either article), and neither sentence a headline. The pair of sentences is then judged by the in-match
attribution finder (`attribution.find_attribution`), as if the alignment had
paired them, with all of its gates: different sources, credited against stated
as fact, anonymous against named.

Each discrepancy found this way is listed under the match nearest to both
sentences, like `elsewhere`'s amounts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.discrepancies.attribution import crediting
from reader.core.discrepancies.common import Found, Side, stem
from reader.core.discrepancies.figures import is_figure
from reader.core.discrepancies.pairing import matches_by_pair, paired_sentences, sentence_starts
from reader.core.model import Article, Attribution, Match, Passage
from reader.core.text.tokens import STOPWORDS, fold, words

MIN_SHARED = 4  # content words an attribution's content and the other sentence must share
MIN_COVER = 0.5  # the share of the content's words the other sentence must hold
MAX_RARE = 3  # a word in at most this many sentences of each article is specific to a claim
MIN_SPECIFIC = 2  # specific words (or figures) the two sentences must share
MAX_FIGURE_USES = 20  # a figure in more sentences than this (a year in a long text) is no longer specific
MAX_CONTENT_WORDS = 40  # longer contents (a whole quoted paragraph) say too many things to be one claim
MAX_ATTRIBUTIONS = 200  # attributions looked at per article: the work stays bounded on long texts


def covers(content_words: int, shared: int) -> bool:
    """Whether ``shared`` words of a content of ``content_words`` say its claim: `MIN_SHARED` at least, and
    `MIN_COVER` of the content."""
    return shared >= MIN_SHARED and shared >= MIN_COVER * content_words


@dataclass(frozen=True, slots=True)
class Candidate:
    """A credit whose content may be the claim of sentences of another article (`Known.find_candidates`)."""

    credit: Attribution
    n_own: int  # the sentence of its content
    content: set[str]  # its content stems (read only)
    hits: list[tuple[int, int]]  # (sentence of the other article, content stems it holds), the most first


@dataclass(frozen=True, slots=True)
class ClaimPair:
    """A sentence of each article holding one claim that at least one of them credits."""

    a: Passage
    b: Passage
    shared: frozenset[str]
    cover: float  # the share of the credited content's words the other sentence holds


class _Stems:
    """Content stems of spans of text (figures kept whole: "36", "1.5"), each word's stem found once."""

    def __init__(self, canonical: dict[str, str]) -> None:
        self.canonical = canonical
        self.known: dict[str, str | None] = {}

    def word(self, raw: str) -> str | None:
        found = self.known.get(raw, "")
        if found != "":
            return found
        norm = fold(raw).removesuffix("'s")
        if norm[:1].isdigit():
            found = norm
        elif norm.isalpha() and len(norm) > 2 and norm not in STOPWORDS:
            found = stem(self.canonical.get(norm, norm))
        else:
            found = None
        self.known[raw] = found
        return found

    def __call__(self, text: str, start: int, end: int) -> set[str]:
        known = self.known
        # Each word once; most are known already (set operations and `map`: this runs for every sentence of
        # both articles).
        raws = set(words(text, start, end))
        for raw in raws.difference(known):
            self.word(raw)
        found = set(map(known.__getitem__, raws))
        found.discard(None)
        return found  # type: ignore[return-value]  # None was discarded


def _headline(article: Article, n: int) -> bool:
    """Whether sentence ``n`` is written as a headline (most words capitalised: "Mo Cowan Senate: Deval Patrick
    Names ..."), where a colon is no one's credit."""
    span = article.sentences[n]
    words = [w for w in article.text[span.start : span.end].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


class _Sentences:
    """An article's sentences with their content stems, and how many sentences use each stem."""

    def __init__(self, article: Article, stems: _Stems, words: list[set[str]] | None = None) -> None:
        self.article = article
        self.starts = sentence_starts(article)
        text = article.text
        self.words = words if words is not None else [stems(text, s.start, s.end) for s in article.sentences]
        self.holding: dict[str, list[int]] = {}
        for n, held in enumerate(self.words):
            for w in held:
                if w in self.holding:
                    self.holding[w].append(n)
                else:
                    self.holding[w] = [n]
        self.used = Counter({w: len(ns) for w, ns in self.holding.items()})
        self.rare = frozenset(w for w, n in self.used.items() if n <= MAX_RARE)

    def of(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1


class Known:
    """Each article's sentence stems, worked out once however many pairs it is in (20 articles: 190 pairs)."""

    def __init__(self, canonical: dict[str, str]) -> None:
        self.stems = _Stems(canonical)
        self._by_id: dict[str, _Sentences] = {}
        self._contents: dict[str, set[str]] = {}
        self._credits: dict[str, list[Attribution]] = {}
        self._maybe_specific: dict[str, list[tuple[str, int]]] = {}
        self._candidates: dict[tuple[str, str], list[Candidate]] = {}  # by (own article id, other article id)

    def sentences(self, article: Article) -> _Sentences:
        if article.id not in self._by_id:
            self._by_id[article.id] = _Sentences(article, self.stems)
        return self._by_id[article.id]

    def content(self, article: Article, t: Attribution) -> set[str]:
        """The content stems of ``t`` less its source's (read only)."""
        if t.id not in self._contents:
            content = self.stems(article.text, t.content.start, t.content.end)
            if t.source is not None:
                content -= self.stems(article.text, t.source.start, t.source.end)
            self._contents[t.id] = content
        return self._contents[t.id]

    def credits(self, article_id: str, attributions: Sequence[Attribution]) -> list[Attribution]:
        """The crediting attributions of an article looked at (found once, not once a pair of articles)."""
        if article_id not in self._credits:
            self._credits[article_id] = [t for t in attributions if t.article == article_id and crediting(t)][:MAX_ATTRIBUTIONS]
        return self._credits[article_id]

    def maybe_specific(self, t: Attribution, content: set[str], mine: _Sentences) -> list[tuple[str, int]]:
        """The words of ``content`` that may be specific to the claim, each with the most sentences of the
        other article that may use it (``theirs.used[word] <= limit``): a figure, or a word few sentences of
        either article use. Worked out once an attribution, not once a pair of articles."""
        if t.id not in self._maybe_specific:
            found = []
            for w in content:
                if w[:1].isdigit() and is_figure(w):  # (a stem of letters: no count)
                    found.append((w, MAX_FIGURE_USES))
                elif w in mine.rare:
                    found.append((w, MAX_RARE))
            self._maybe_specific[t.id] = found
        return self._maybe_specific[t.id]

    def same_claim(self, side: Side, t: Attribution, other: Side) -> bool:
        """The claim search's test for a credit and the other side of a pair, however loosely the alignment scored
        it (`attribution.SameClaim`): the content (less its source) `covers` the other passage, gives no figure
        the other passage does not ("his rate was 36 percent ... the Clintons' 2014 rate" against "paid 35.7
        percent": two claims), and `MIN_SPECIFIC` of the words shared are specific to the claim in both
        articles (`specific`). Words of the story's topic ("Varga", "Ohio", "caucus" all through a story of the
        caucus) say one subject, not one claim: "Varga won farming voters" and "Farming voters deserted Varga"
        share all of them."""
        content = self.content(side.article, t)
        if len(content) > MAX_CONTENT_WORDS:
            return False
        theirs = self.stems(other.text, other.passage.start, other.passage.end)
        if any(is_figure(w) and w not in theirs for w in content):
            return False
        shared = content & theirs
        if not covers(len(content), len(shared)):
            return False
        mine, used = self.sentences(side.article), self.sentences(other.article).used
        return sum(used[w] <= limit for w, limit in self.maybe_specific(t, content, mine) if w in shared) >= MIN_SPECIFIC

    def candidates(self, own: Article, other: Article, attributions: Sequence[Attribution]) -> list[Candidate]:
        """The credits of ``own`` that may hold a claim of a sentence of ``other`` (see `find_candidates`)."""
        key = (own.id, other.id)
        if key not in self._candidates:
            self.find_candidates(own, {other.id: self.sentences(other)}, attributions)
        return self._candidates[key]

    def find_candidates(
        self,
        own: Article,
        others: dict[str, _Sentences],
        attributions: Sequence[Attribution],
        using: dict[str, list[tuple[str, _Sentences]]] | None = None,
    ) -> None:
        """For each article of ``others`` (by id): each credit of ``own`` whose content may be a claim of one of its
        sentences, with those sentences (sharing `MIN_SPECIFIC` words specific to the claim: a figure, or a word
        few sentences of either article use), the most content words shared first, then the earliest sentence.
        Needs no match: worked out for every other article at once before the alignment ends (`claims_ahead`),
        each specific word looked up only in the articles that use it (not once for each pair of articles).
        ``using``: the articles using each word (any: those not in ``others`` are passed over), if known."""
        mine = self.sentences(own)
        for other_id in others:
            self._candidates[own.id, other_id] = []
        using = using if using is not None else {}  # (filled with the words looked at, if not given)
        for t in self.credits(own.id, attributions):
            content = self.content(own, t)
            if len(content) < MIN_SHARED or len(content) > MAX_CONTENT_WORDS:
                continue
            n_own = mine.of(t.content.start)
            # Only sentences sharing specific words are looked at (their lists are short): the work stays
            # bounded on long texts, where a common word is in thousands of sentences.
            specific: dict[str, list[str]] = {}  # by other article: the words specific to the claim there too
            for w, limit in self.maybe_specific(t, content, mine):
                if w not in using:
                    using[w] = [(i, theirs) for i, theirs in others.items() if w in theirs.holding]
                for other_id, theirs in using[w]:
                    # Words of the story's topic ("AARP", "Social Security", "solvency") say one subject, not one claim.
                    if other_id in others and theirs.used[w] <= limit:
                        specific.setdefault(other_id, []).append(w)
            for other_id, found in specific.items():
                if len(found) < MIN_SPECIFIC:
                    continue
                theirs = others[other_id]
                counts: dict[int, int] = {}  # a plain dict: a Counter's set-up costs more than these few counts
                for w in found:
                    for n in theirs.holding[w]:
                        counts[n] = counts.get(n, 0) + 1
                words = theirs.words
                hits = [(n, len(content & words[n])) for n, c in counts.items() if c >= MIN_SPECIFIC]
                if hits:
                    hits.sort(key=lambda hit: (-hit[1], hit[0]))  # the most words first, then the earliest sentence
                    self._candidates[own.id, other_id].append(Candidate(t, n_own, content, hits))


def claim_pairs(
    article_a: Article,
    article_b: Article,
    attributions: Sequence[Attribution],
    matches: Sequence[Match],
    canonical: dict[str, str],
    known: Known | None = None,
) -> list[ClaimPair]:
    """Sentence pairs holding one credited claim that no match puts side by side, the best first.
    ``known``: the articles' sentence stems, shared by the pairs of one analysis."""
    if not article_a.sentences or not article_b.sentences:
        return []
    known = known if known is not None else Known(canonical)
    sentences = {article_a.id: known.sentences(article_a), article_b.id: known.sentences(article_b)}
    between = [m for m in matches if m.a.article == article_a.id and m.b.article == article_b.id]
    together = paired_sentences(between, sentences[article_a.id].starts, sentences[article_b.id].starts)
    found: dict[tuple[int, int], ClaimPair] = {}
    for own, other in ((article_a, article_b), (article_b, article_a)):
        theirs = sentences[other.id]
        for candidate in known.candidates(own, other, attributions):
            content, n_own = candidate.content, candidate.n_own
            for n_other, count in candidate.hits:
                if not covers(len(content), count):
                    break
                shared = frozenset(content & theirs.words[n_other])
                if _headline(own, n_own) or _headline(other, n_other):
                    continue
                key = (n_own, n_other) if own is article_a else (n_other, n_own)
                if key in together:
                    continue  # the alignment paired them: the in-match finder judged them already
                cover = count / len(content)
                if key not in found or found[key].cover < cover:
                    at_a, at_b = article_a.sentences[key[0]], article_b.sentences[key[1]]
                    found[key] = ClaimPair(
                        Passage(article_a.id, at_a.start, at_a.end), Passage(article_b.id, at_b.start, at_b.end), shared, cover
                    )
                break  # the best sentence only
    return sorted(found.values(), key=lambda p: (-p.cover, p.a.start, p.b.start))


SentenceStems = tuple[dict[str, list[set[str]]], dict[str, str | None]]  # by article id; each word's stem


def sentence_stems(articles: Sequence[Article], canonical: dict[str, str]) -> SentenceStems:
    """The content stems of every sentence, by article id (the last article of an id), and of each word:
    the part of `claims_ahead` that needs the articles alone (the CLI's align child works it out after aligning)."""
    stems = _Stems(canonical)
    by_id = {a.id: a for a in articles}
    return {i: [stems(a.text, s.start, s.end) for s in a.sentences] for i, a in by_id.items()}, stems.known


def claims_ahead(
    articles: Sequence[Article],
    attributions: Sequence[Attribution],
    canonical: dict[str, str],
    worked_out: SentenceStems | None = None,
) -> Known:
    """Each article's sentence stems and crediting attributions, worked out before any match is known (the CLI
    does this while a child process aligns); `find_across` given it does only the work that needs the matches.
    ``worked_out``: `sentence_stems` of the same articles and canonical."""
    known = Known(canonical)
    if worked_out is not None:
        known.stems.known.update(worked_out[1])
    each: dict[str, _Sentences] = {}
    for article in {a.id: a for a in articles}.values():  # the last article of an id, as `find_across` looks them up
        if not article.sentences:
            continue
        if worked_out is not None and len(worked_out[0].get(article.id, ())) == len(article.sentences):
            known._by_id[article.id] = _Sentences(article, known.stems, worked_out[0][article.id])
        each[article.id] = known.sentences(article)
    using: dict[str, list[tuple[str, _Sentences]]] = {}  # each word's articles, for all of them at once
    for i, sentences in each.items():
        for w in sentences.holding:
            using.setdefault(w, []).append((i, sentences))
    for i, sentences in each.items():
        known.find_candidates(sentences.article, {other: s for other, s in each.items() if other != i}, attributions, using)
    return known


def claim_stems(canonical: dict[str, str]) -> Callable[[str, int, int], set[str]]:
    """The content stems of a span of text, as the claim search takes them (one per analysis: it keeps each
    word's stem)."""
    return _Stems(canonical)


def holds_claim(article: Article, t: Attribution, claim: ClaimPair, stems: Callable[[str, int, int], set[str]]) -> bool:
    """Whether the content of ``t`` holds most of the words the claim pair shares (``stems``: `claim_stems`)."""
    inside = stems(article.text, t.content.start, t.content.end) & claim.shared
    return len(inside) * 2 > len(claim.shared)


def find_across(
    articles: Sequence[Article],
    matches: Sequence[Match],
    attributions: Sequence[Attribution],
    canonical: dict[str, str],
    judge: Callable[[ClaimPair, Sequence[Match]], list[tuple[Match, Found]]],
    known: Known | None = None,
) -> list[tuple[Match, Found]]:
    """``judge`` compares one claim pair (the attribution finder, run as if a match paired them), given the
    matches of its two articles. ``known``: `claims_ahead` of the same articles, attributions and canonical."""
    by_id = {a.id: a for a in articles}
    results: list[tuple[Match, Found]] = []
    known = known if known is not None else Known(canonical)
    pairs = matches_by_pair(articles, matches)
    for id_a, id_b in sorted(pairs):
        for pair in claim_pairs(by_id[id_a], by_id[id_b], attributions, pairs[id_a, id_b], canonical, known):
            results += judge(pair, pairs[id_a, id_b])
    return results
