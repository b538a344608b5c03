"""Who said what: attributions (source, cue, content) in one article, PARC-style.

Cues come from ``reporting_verbs.yaml``; the article is scanned for them in one
regex pass, then each cue is read within its sentence by the rules in
`reader.core.attributions.forms`. Sources are resolved to actors in text order,
because "he" and "the report" point back to earlier sources. Finally a
paragraph that is nothing but a quotation, right after a paragraph whose
speaker is known, inherits that speaker.

Decisions worth knowing (see benchmarks/RESULTS_attributions.md):
- cues inside quotation marks are part of what was said, not new attributions;
- "reportedly"/"allegedly" are source-less anonymous cues whose content is
  their clause (which therefore contains the cue);
- "claimed" of attacks (passive "were claimed by", "claimed responsibility")
  is a claim of responsibility, not speech, and so is any passive cue;
- "C, according to S" and "According to S, C" both have kind "according-to".
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reader.core.attributions.forms import Found, read_cue
from reader.core.attributions.forms.colon_cue import colon_cues
from reader.core.attributions.forms.colon_quote import colon_quotes
from reader.core.attributions.forms.dash_cue import dash_cues
from reader.core.attributions.forms.dash_join import split_joining_dashes
from reader.core.attributions.forms.evidential import evidential
from reader.core.attributions.forms.light_cue import light_cues
from reader.core.attributions.forms.noun_frames import noun_frames
from reader.core.attributions.forms.opening_participle import opening_participles
from reader.core.attributions.forms.poll_cue import poll_cues
from reader.core.attributions.forms.position_frame import position_frame
from reader.core.attributions.forms.quote_verb import quote_verbs
from reader.core.attributions.forms.result_frame import result_frame
from reader.core.attributions.resolve import SourceResolver
from reader.core.attributions.sources import SourceMemo
from reader.core.lexicons.verbs import POSITION_CLASSES, ReportingVerbs, load_reporting_verbs
from reader.core.model import Actor, Article, Attribution, MentionEntry, Span, mentions_by_article
from reader.core.text import segment
from reader.core.text.quotes import QuoteIndex, find_quotes

__all__ = ["AttributionDetail", "extract_all_attributions", "extract_attribution_details", "extract_attributions"]


@dataclass(frozen=True, slots=True)
class AttributionDetail:
    """An attribution plus what the shared model has no field for."""

    attribution: Attribution
    form: str  # direct, direct-multi, inherited, indirect-that, indirect-bare, inverted, mixed, according-front, ...
    owner: str | None = None  # "his lawyer": the actor id (or name) whose lawyer speaks
    inherited: bool = False  # a quote-only paragraph that took the previous speaker


@lru_cache(maxsize=1)
def _default_verbs() -> ReportingVerbs:
    """The packaged verbs merged with the user's file, loaded once per process."""
    return load_reporting_verbs()


def extract_attributions(
    article: Article, actors: Sequence[Actor] = (), verbs: ReportingVerbs | None = None
) -> tuple[Attribution, ...]:
    """Attributions of ``article`` sorted by cue start, with ids "<article>-t1", "<article>-t2", ..."""
    own = _own_mentions(article, actors)
    return tuple(_numbered(article.id, _pending(article, actors, own, verbs or _default_verbs())))


def extract_all_attributions(
    articles: Sequence[Article], actors: Sequence[Actor] = (), verbs: ReportingVerbs | None = None
) -> tuple[Attribution, ...]:
    """`extract_attributions` of each article in turn, the actors' mentions sorted out by article once for all."""
    verbs = verbs or _default_verbs()
    by_article = mentions_by_article(actors)
    # `source_before`'s answer depends on its window's words alone: reports of one event share sentences (quotes,
    # wire copy), so the articles share the memo too.
    memo: SourceMemo = {}
    found: list[Attribution] = []
    for article in articles:
        found += _numbered(article.id, _pending(article, actors, by_article.get(article.id, []), verbs, memo))
    return tuple(found)


def extract_attribution_details(
    article: Article, actors: Sequence[Actor] = (), verbs: ReportingVerbs | None = None
) -> tuple[AttributionDetail, ...]:
    pending = _pending(article, actors, _own_mentions(article, actors), verbs or _default_verbs())
    return tuple(
        AttributionDetail(attribution, p.form, p.owner, p.inherited)
        for attribution, p in zip(_numbered(article.id, pending), pending)
    )


def _numbered(article_id: str, pending: list[_Pending]) -> list[Attribution]:
    # A pending's first seven fields are an attribution's after its id and article, in the same order.
    return [Attribution(f"{article_id}-t{n}", article_id, *p[:7]) for n, p in enumerate(pending, start=1)]


def _own_mentions(article: Article, actors: Sequence[Actor]) -> list[MentionEntry]:
    """The mentions of ``actors`` in ``article`` alone, sorted (`mentions_by_article` of one article): only
    this article's are collected, not every article's lists built and sorted to keep one."""
    article_id = article.id
    return sorted((m.start, m.end, actor.id) for actor in actors for m in actor.mentions if m.article == article_id)


def _pending(
    article: Article, actors: Sequence[Actor], own: Sequence[MentionEntry], verbs: ReportingVerbs, memo: SourceMemo | None = None
) -> list[_Pending]:
    """Every attribution of ``article``, in text order, not yet numbered; ``own``: its actors' mentions, sorted;
    ``memo``: `source_before`'s answers, kept across the articles of one call (a fresh one when not given)."""
    text = article.text
    segmented = article.sentences or segment.sentences(text, article.paragraphs or None)
    sentences = split_joining_dashes(text, segmented, verbs)  # "C, the official said - a source said C2": two sentences
    sentence_starts = [s.start for s in sentences]
    quotes = find_quotes(article)
    found: list[Found] = []
    memo = {} if memo is None else memo
    for start, end in verbs.cue_spans(text):
        if quotes.enclosing(start) is not None:
            continue
        k = bisect.bisect_right(sentence_starts, start) - 1
        if k < 0 or end > sentences[k].end:
            continue
        hit = read_cue(text, sentences[k], start, end, verbs, quotes, memo)
        if hit is None and text[start - 4 : start] == " to ":
            hit = result_frame(text, sentences[k], start, end, verbs, quotes)  # "leading X to conclude"
        if hit is None:
            hit = evidential(text, sentences[k], start, end, verbs, quotes)  # "Footage from the game shows that"
        if hit is None:
            hit = position_frame(text, sentences[k], start, end, verbs, quotes, memo)  # "Grassley refused to hold"
        if hit is not None:
            found.append(hit)
    starts = sentence_starts  # every whole-article form below bisects them: made once, not once a form
    found += colon_cues(text, sentences, quotes, starts)  # "Bernie Sanders: 'It is not a radical idea'"
    found += dash_cues(text, quotes)  # `"He represents our greatest shame." ― Sonya Herridge`
    found += poll_cues(text, sentences, quotes, starts)  # "In a CNN poll released Monday, Clinton led by 10 points"
    found += noun_frames(text, sentences, quotes, starts)  # "Another criticism among X was that", "drew criticism from X"
    cue_starts = _cue_starts(found)
    light = light_cues(text, sentences, quotes, verbs, memo, cue_starts, starts)  # "made statements"
    cue_starts = _cue_starts(light, cue_starts)
    colon = colon_quotes(text, sentences, quotes, verbs, memo, cue_starts, starts)  # `he declared: "Q"`
    participles = opening_participles(text, sentences, quotes, verbs, memo)  # "Noting that C, S said"
    cue_starts = _cue_starts(colon + participles, cue_starts)
    found += light + colon + participles
    found += quote_verbs(text, sentences, quotes, verbs, memo, cue_starts, starts)  # `"Q," S fumed`
    found = [f for f in found if _has_words(text, f.content)]  # "Twitter: @Milbank", "He tweets @pmorici1"
    found = _drop_nested_positions(found)
    found = _drop_nested_cues(found)
    found = _drop_adverbs_before_cues(found, text)
    pending = _resolve(article, found, actors, own, verbs, sentence_starts, quotes)
    pending += _inherited_quotes(article, sentences, pending, quotes)
    pending.sort(key=_BY_CUE_THEN_CONTENT)
    return pending


def _cue_starts(found: list[Found], earlier: list[int] | None = None) -> list[int]:
    """The cue starts of ``found`` merged into ``earlier`` (sorted), sorted: the whole-article forms that give way to
    cues already read take them, and each list adds a few cues to the last (a merge of two runs for `sorted`), where
    all 10,000 cues of an article were read and sorted again for each form."""
    return sorted((earlier or []) + [f.cue.start for f in found])


# Sort keys read in C (`attrgetter`), not by a Python lambda called once per cue.
_BY_CUE = operator.attrgetter("cue.start")
_BY_CUE_THEN_CONTENT = operator.attrgetter("cue.start", "content.start")


class _Pending(NamedTuple):
    """An attribution before it is numbered: built once, as a tuple, for ~10,000 cues an article."""

    cue: Span
    content: Span
    kind: str
    anonymous: bool
    source: Span | None
    source_actor: str | None
    cue_class: str | None
    form: str
    owner: str | None = None
    inherited: bool = False


# What a content may hold without holding a word or a figure: handles, links, punctuation. A bare link's host
# holds a letter ("nyti.ms/2a"): "3.5/10" is a score, a figure. Read token by token, without a regular expression:
# linear on a 3,000-character link, and the same on every Python 3.11 (possessive quantifiers, tried first, match
# differently before 3.11.5).
_LINK_STARTS = ("http://", "https://", "www.")


def _says_nothing(token: str) -> bool:
    """A handle, a link, or punctuation alone."""
    if token[0] in "@#" or token.startswith(_LINK_STARTS) or _bare_link(token):
        return True
    return not any(c.isalnum() for c in token)


def _bare_link(token: str) -> bool:
    """`host.tld/path`: two or more dotted parts of letters, digits, "_" or "-" before a "/", one of them a letter."""
    host, slash, _ = token.partition("/")
    parts = host.split(".")
    return (
        bool(slash)
        and len(parts) >= 2
        and all(part and all(c.isalnum() or c in "_-" for c in part) for part in parts)
        and any(c.isalpha() for c in host)
    )


def _has_words(text: str, content: Span) -> bool:
    """Whether ``content`` holds a word or a figure ("expects 5,000 to attend" is misread, but something is said): a
    sign-off line ("Twitter: @Milbank", "He tweets @pmorici1"), a link after
    "reports:" or the ")" of "(pun intended)" says nothing anyone could be quoted on."""
    if _PLAIN_WORD.match(text, content.start, content.end) is not None:
        return True  # nearly every content opens with a word of letters: no need to split it all (it may be a paragraph)
    return not all(_says_nothing(token) for token in text[content.start : content.end].split())


# Letters alone, then a blank or the content's end: neither a handle, a link nor punctuation (`_says_nothing`).
_PLAIN_WORD = re.compile(r"\s*[^\W\d_]+(?=\s|$)")


def _drop_adverbs_before_cues(found: list[Found], text: str) -> list[Found]:
    """`Mary Cheney reportedly wrote`: the adverb qualifies a cue that has its own attribution."""
    if not any(f.form == "adverbial" for f in found):
        return found  # no adverb read: no set of every cue start built, no second list
    cue_starts = {f.cue.start for f in found if f.form != "adverbial"}
    kept = []
    for f in found:
        if f.form == "adverbial":
            after = f.cue.end
            while after < len(text) and text[after].isspace():
                after += 1
            if after in cue_starts:
                continue
        kept.append(f)
    return kept


def _drop_nested_positions(found: list[Found]) -> list[Found]:
    """Positions whose cue lies inside another attribution's content are that attribution's content.

    "Trump said he wants a wall": the wish is part of what Trump said (PolNeAR annotates it so, and a
    reader sees it there); only a position stated on its own is an attribution of its own. A position
    whose source holds another cue ("X said workers had sought") was read across that statement.
    """
    said = [f for f in found if f.cue_class not in POSITION_CLASSES]
    if len(said) == len(found):
        return found  # no position to drop
    contents = _Reach((f.content.start, f.content.end) for f in said)
    cues = _Reach((f.cue.start, f.cue.end) for f in said)
    return [
        f
        for f in found
        if f.cue_class not in POSITION_CLASSES
        or not (
            contents.overlaps(f.cue.start, f.cue.end) or (f.source is not None and cues.overlaps(f.source.start, f.source.end))
        )
    ]


def _drop_nested_cues(found: list[Found]) -> list[Found]:
    """A cue inside another attribution's source ("according to media reports") is part of that source."""
    sources = _Reach((f.source.start, f.source.end) for f in found if f.source is not None)
    kept = []
    seen_cues: set[tuple[int, int]] = set()
    for f in sorted(found, key=_BY_CUE):
        cue = (f.cue.start, f.cue.end)
        if sources.overlaps(*cue) or cue in seen_cues:
            continue
        seen_cues.add(cue)
        kept.append(f)
    return kept


class _Reach:
    """Whether any of some spans overlaps a span (what `SpanIndex.overlapping` would find one of): their starts
    in order, each with the furthest end reached so far. One bisect a question and no list built, where an index
    of ~10,000 contents (some a paragraph long) gave back every entry as far back as the longest one reaches."""

    __slots__ = ("reach", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        starts, ends = zip(*ordered) if ordered else ((), ())  # split in C, not by two loops over 10,000 pairs
        self.starts: Sequence[int] = starts
        self.reach = list(itertools.accumulate(ends, max))

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)  # the spans that start before ``end``
        return k > 0 and self.reach[k - 1] > start


def _resolve(
    article: Article,
    found: list[Found],
    actors: Sequence[Actor],
    own: Sequence[MentionEntry],
    verbs: ReportingVerbs,
    sentence_starts: Sequence[int] = (),
    quotes: QuoteIndex | None = None,
) -> list[_Pending]:
    if not found:
        return []  # no resolver to build: it indexes every mention of the article's actors
    resolver = SourceResolver(article.text, actors, own, verbs, article.paragraphs, sentence_starts, quotes)
    resolve = resolver.resolve
    pending = []
    for cue, source, content, kind, form, cue_class, head in found:  # a `Found`, unpacked once
        if source is None:
            actor, anonymous, owner = None, True, None
        else:
            actor, anonymous, _, owner = resolve(source, cue_class, head)
        pending.append(_Pending(cue, content, kind, anonymous, source, actor, cue_class, form, owner))
    return pending


def _inherited_quotes(article: Article, sentences: Sequence[Span], details: list[_Pending], quotes: QuoteIndex) -> list[_Pending]:
    """Quote-only sentences and paragraphs right after a known speaker take that speaker; ``details`` are in cue
    order, as `_resolve` gives them (`_drop_nested_cues` sorts them so).

    `"Q1," Okafor said. "Q2.` and a following paragraph `"Q3."` are all Okafor's.
    """
    text = article.text
    by_cue = details
    cue_starts = [d.cue.start for d in by_cue]
    covered_until = _Reach((d.content.start, d.content.end) for d in details)
    inherited: list[_Pending] = []
    speaker: _Pending | None = None  # the speaker of the sentence just read, if any
    inherited_until = 0  # end of the last inherited quotation, which may run over sentences and paragraphs
    last = len(cue_starts)
    lo = 0  # the first cue not before the sentence: the sentences and the cues are both in text order, so one walk
    for sentence in sentences:  # over both finds it, where a search a sentence did (10,000 sentences an article)
        while lo < last and cue_starts[lo] < sentence.start:
            lo += 1
        if lo < last and cue_starts[lo] < sentence.end:  # a cue in the sentence
            hi = lo + 1
            while hi < last and cue_starts[hi] < sentence.end:
                hi += 1
            speaker = None
            for k in range(hi - 1, lo - 1, -1):  # the sentence's last cue with a source
                if by_cue[k].source is not None:
                    speaker = by_cue[k]
                    break
            continue
        if speaker is None:
            continue  # nothing to inherit: every test below would leave it so
        if _covered(covered_until, sentence.start) or sentence.start < inherited_until:
            continue  # inside a quotation already attributed: same speaker
        quote = quotes.starting_at(sentence.start)
        if quote is not None and _covered(covered_until, _trim(text, quote.inner).start):
            continue  # `"Q1. Q2," he said`: the quotation is the content of a cue in a later sentence
        if speaker is None or quote is None or text[quote.outer.end : max(quote.outer.end, sentence.end)].strip(" .,;"):
            speaker = None
            continue
        if not _trim(text, quote.inner):
            continue  # a lone quotation mark (`said. "` at the very end) quotes nothing
        inherited.append(
            _Pending(
                speaker.cue,
                _trim(text, quote.inner),
                "direct",
                speaker.anonymous,
                speaker.source,
                speaker.source_actor,
                speaker.cue_class,
                "inherited",
                None,
                True,
            )
        )
        inherited_until = quote.outer.end
    return inherited


def _covered(coverage: _Reach, pos: int) -> bool:
    """Whether a content (``coverage``: `_Reach` of the contents) holds ``pos``."""
    return coverage.overlaps(pos, pos + 1)


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and text[end - 1] in " \n,;":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)
