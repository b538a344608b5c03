"""Attribution: the sides of a match credit the claim differently.

The cases, from the attributions crediting each side (`reader.core.credits`):
different sources; credited on one side and stated as fact on the other; an
anonymous source on one side and a named one on the other; a document against
an unnamed person. Where both sides may credit one source (`sources_alike`):
whom one side says it had the claim from (`relayed`), or one side hedging it
("reportedly said", `hedges`).

Only credits that hold the shared claim count: the attribution's content must
hold words the two sides share (the alignment's runs, or stems specific to the
claim, `SameClaim`), its cue must be one of saying or reporting
(not "asked", "urged", "vowed"), and its source must be known (an actor, or an
anonymous "officials"). A side whose claim sits inside a quotation, or that
names the other side's source itself, or that credits it with another cue
(but a request beside the claim), is not "stated as fact".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping

from reader.core.discrepancies.common import Found, Pair, Side, clip, sided_found
from reader.core.discrepancies.credit_words import credit_span, who
from reader.core.discrepancies.figures import about_itself, shares_figure
from reader.core.discrepancies.hedges import hedged_against_direct, only_hedges
from reader.core.discrepancies.openers import opener
from reader.core.discrepancies.sources_alike import maybe_same_source
from reader.core.discrepancies.subjects import AGENT_KINDS
from reader.core.lexicons.verbs import POSITION_CLASSES, ReportingVerbs, cue_key
from reader.core.model import Actor, Attribution, Span
from reader.core.text.tokens import STOPWORDS, tokenize

# Cue classes that credit a claim to a source; others (ask, promise, describe ...) report acts, not facts.
CREDITING = frozenset({"say", "report", "reveal", "claim", "confirm", "warn", "find", "show", "according", None})


def crediting(t: Attribution) -> bool:
    """Whether ``t`` credits a claim to its source (not an act attached to its object, a crediting cue)."""
    return t.kind != "object" and t.cue_class in CREDITING


# Object cues of these classes still put a claim on someone's word ("accused protesters of hurling epithets").
CLAIMING_ACTS = (CREDITING - {None}) | {"accuse", "charge", "deny"}
MIN_SHARED_WORDS = 3  # weight of the shared words (`_weight`) an attribution's content must hold to credit the claim
# Below this alignment score a match pairs related claims, not one claim: that only one side credits it, or that
# two named people are credited, says little (unless a figure both give, or words specific to the claim
# (`SameClaim`), make it one claim).
MIN_FACT_SCORE = 65.0
# Requests: "called on them to open their eyes" is an act beside the claim, no one's word for it.
REQUESTS = frozenset({"ask"})
# Whether the content of a credit (of the first side) holds the claim of the other side's passage by the words'
# stems, however loosely the alignment scored the pair: `across.Known.same_claim` (the claim search's cover and
# MIN_SPECIFIC tests, with a veto on a figure the other side does not give).
SameClaim = Callable[[Side, Attribution, Side], bool]


def _shared_inside(pair: Pair, side: Side, content: Span) -> int:
    """How many of the match's shared content words lie in ``content`` on ``side`` ("I don't ... that's"
    shared by two different quotes is no shared claim)."""
    inside = 0
    for run in (r.a if side is pair.a else r.b for r in pair.match.shared):
        low, high = max(run.start, content.start), min(run.end, content.end)
        if low < high:
            inside += sum(_weight(t.norm) for t in tokenize(side.text, low, high))
    return inside


def _weight(norm: str) -> int:
    """How much a shared word says that two passages hold one claim: a figure 2 (it is specific), a content
    word 1, a stopword or a short word nothing ("I don't ... that's" is no shared claim)."""
    if norm[:1].isdigit():
        return 2
    return 1 if norm.isalpha() and len(norm) > 2 and norm not in STOPWORDS else 0


# "according to a plan drawn up by X", "according to the schedule": in accordance with, no one's word for the claim.
ACCORDANCE = frozenset(
    "plan plans schedule timetable rules rule law laws deal agreement terms guidelines policy procedure protocol".split()
)
_DETERMINERS = frozenset("the a an his her its their this that these those our new".split())


def _in_accordance(side: Side, t: Attribution) -> bool:
    """Whether an "according to" credit's source is a plan or rule followed, not a source of the claim."""
    if t.cue_class != "according" or t.source is None:
        return False
    words = [w.norm for w in tokenize(side.text, t.source.start, t.source.end)]
    head = next((w for w in words if w not in _DETERMINERS), "")
    return head in ACCORDANCE


def _credits_claim(
    pair: Pair,
    side: Side,
    t: Attribution,
    actors: Mapping[str, Actor],
    heads: frozenset[str],
    same_claim: SameClaim | None = None,
) -> bool:
    if not crediting(t) or _in_accordance(side, t):
        return False
    if not t.anonymous and (t.source_actor is None or actors.get(t.source_actor) is None) and not _known_head(side, t, heads):
        return False
    if t.source_actor and actors[t.source_actor].kind not in AGENT_KINDS:
        return False
    if not pair.match.shared or _shared_inside(pair, side, t.content) >= MIN_SHARED_WORDS:
        return True
    before = opener(side, t)
    if before is not None and _shared_inside(pair, side, before) >= MIN_SHARED_WORDS:
        return True
    # The alignment's runs are words written alike: "won among Hispanics during Tuesday's Nevada caucus" holds
    # "Hispanic voters in the Nevada caucuses on Tuesday" by stems, not by runs.
    return same_claim is not None and same_claim(side, t, pair.b if side is pair.a else pair.a)


def _known_head(side: Side, t: Attribution, heads: frozenset[str]) -> bool:
    """Whether an unresolved source ends in a word that names a source ("police", "the report", "officials")."""
    if t.source is None:
        return False
    words = [tok.norm for tok in tokenize(side.text, t.source.start, t.source.end)]
    return bool(words) and (words[-1] in heads or words[-1].rstrip("s") in heads)


def _document(side: Side, t: Attribution, documents: frozenset[str]) -> bool:
    return _known_head(side, t, documents)


def _quoted(side: Side, quoted_spans: list[Span]) -> bool:
    """Whether most of the passage lies inside quotation marks, or in the end of a quotation opened in an
    earlier paragraph (`_ends_quotation`)."""
    span = side.passage.span
    inside = sum(max(0, min(q.end, span.end) - max(q.start, span.start)) for q in quoted_spans)
    return inside * 2 >= len(span) or _ends_quotation(side)


def _ends_quotation(side: Side) -> bool:
    """Whether the passage's paragraph closes a quotation it never opens ("... the chairman of the party.”"):
    a letter or speech quoted over several paragraphs, whose opening mark stands paragraphs earlier, out of
    the quotation finder's reach. Then the passage is someone's words, not the writer's."""
    span = side.passage.span
    paragraphs = side.article.paragraphs
    n = bisect_right(paragraphs, span.start, key=lambda p: p.start) - 1
    if n < 0 or span.start >= paragraphs[n].end:
        return False
    text = side.text[paragraphs[n].start : paragraphs[n].end].rstrip()
    before = text[: span.start - paragraphs[n].start]
    if "“" in before or '"' in before:
        return False  # a quotation opened in the paragraph: the quotation finder has seen it
    closing = text.find("”", span.start - paragraphs[n].start)
    if closing < 0 and text.endswith('"') and text.count('"') == 1:
        closing = len(text) - 1  # one straight mark, closing the paragraph
    return closing >= 0 and "“" not in text[:closing]


def _act(t: Attribution) -> bool:
    """Whether ``t`` is an act the extractor attached to its object ("voicing her opposition"), no one's claim;
    an accusation or a denial still puts the claim on someone's word ("accused protesters of hurling ...")."""
    return t.kind == "object" and t.cue_class not in CLAIMING_ACTS


def _beside_claim(pair: Pair, side: Side, t: Attribution) -> bool:
    """Whether ``t`` is a request whose content holds none of the words the match pairs ("called on them to
    open their eyes" beside "Mr. Trump did well ... in the Nevada caucuses"): an act, not the claim's credit."""
    return t.cue_class in REQUESTS and bool(pair.match.shared) and _shared_inside(pair, side, t.content) == 0


def _unattached(pair: Pair, side: Side, cue_spans: Callable[[str], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The side's cues (``cue_spans`` of its text) but those of the acts attached to their objects (`_act`) and of
    the requests beside the claim (`_beside_claim`)."""
    start = side.passage.start
    acts = {(t.cue.start - start, t.cue.end - start) for t in side.credits if _act(t) or _beside_claim(pair, side, t)}
    return [s for s in cue_spans(side.raw) if s not in acts]


def speech_cue_spans(verbs: ReportingVerbs) -> Callable[[str], list[tuple[int, int]]]:
    """`verbs.cue_spans` without the positions: "is expected" or "plans" left unattached credits no one."""

    def spans(text: str) -> list[tuple[int, int]]:
        return [(s, e) for s, e in verbs.cue_spans(text) if verbs.verb_classes.get(cue_key(text[s:e])) not in POSITION_CLASSES]

    return spans


def find_attribution(
    pair: Pair,
    quoted_a: list[Span],
    quoted_b: list[Span],
    actors: Mapping[str, Actor],
    heads: frozenset[str],
    documents: frozenset[str] = frozenset(),
    cue_spans: Callable[[str], list[tuple[int, int]]] | None = None,
    same_source: Callable[[Pair, list[Attribution], list[Attribution]], list[Found]] | None = None,
    same_claim: SameClaim | None = None,
    hedges: frozenset[str] = frozenset(),
) -> list[Found]:
    """``heads``: nouns that name a source without an actor behind it; ``documents``: those that name a
    document ("report", "study"). Both from the reporting-verb lexicon. ``same_source``: what to report when
    both sides may credit one source, given the pair and each side's credits holding the claim (`relayed`).
    ``same_claim``: `SameClaim`, for a credit the alignment's runs say too little of. ``hedges``: the
    lexicon's hedge adverbs ("reportedly"), for one source hedged on one side only (`hedges`)."""
    credits_a = [t for t in pair.a.credits if _credits_claim(pair, pair.a, t, actors, heads, same_claim)]
    credits_b = [t for t in pair.b.credits if _credits_claim(pair, pair.b, t, actors, heads, same_claim)]
    if not credits_a and not credits_b:
        return []
    if not credits_a or not credits_b:
        credited, fact, quoted = (pair.a, pair.b, quoted_b) if credits_a else (pair.b, pair.a, quoted_a)
        t = (credits_a or credits_b)[0]
        named_on_fact_side = t.source_actor is not None and any(m[2] == t.source_actor for m in fact.mentions)
        runs = [r.a if credited is pair.a else r.b for r in pair.match.shared]
        source_shared = t.source is not None and any(r.overlaps(t.source) for r in runs)
        # A figure both sides give is one claim however loosely the rest matches ("his average federal tax rate
        # was 36 percent" / "paid an effective tax rate of roughly 36 percent"); and when the source speaks of
        # itself ("his rate"), the fact side naming it names the claim's subject, not its source.
        same_figure = shares_figure(credited, t.content, fact)
        if same_figure and about_itself(credited, t):
            named_on_fact_side = source_shared = False
        weak = pair.match.score < MIN_FACT_SCORE and not same_figure
        weak = weak and not (same_claim is not None and same_claim(credited, t, fact))
        # A cue the extractor attached to an act ("voicing her opposition": an object), or a request beside the
        # claim, credits no claim.
        claims = [c for c in fact.credits if not _act(c) and not _beside_claim(pair, fact, c)]
        # A position held by no one named ("is expected to be finished in 2026") gives the claim on no one's word.
        credited_on_fact_side = any(c.source is not None or c.cue_class not in POSITION_CLASSES for c in claims)
        if weak or credited_on_fact_side or _quoted(fact, quoted) or named_on_fact_side or source_shared:
            return []
        if cue_spans is not None and _unattached(pair, fact, cue_spans):
            return []  # a reporting verb the attribution finder could not attach ("one of the diplomats said")
        source = "an anonymous source" if t.anonymous and t.source_actor is None else who(credited, t, actors)
        spans = {credited.id: credit_span(t), fact.id: fact.passage.span}
        texts = {credited.id: f"credited to {source} ({clip(credited.slice(t.cue), 20)})", fact.id: "stated as fact"}
        return [sided_found(pair, spans, texts, "medium", "credited vs fact")]
    if only_hedges(pair.a, credits_a, hedges) or only_hedges(pair.b, credits_b, hedges):
        return hedged_against_direct(pair, credits_a, credits_b, actors, hedges)  # a hedge adverb is no anonymous source
    if maybe_same_source(pair, credits_a, credits_b, actors):
        # One source on both sides: whom one side says that source had the claim from (`relayed`: it names the
        # report the other leaves unnamed), else that one side only passes on a report of it ("reportedly said"),
        # is all that can differ.
        found = same_source(pair, credits_a, credits_b) if same_source is not None else []
        return found or hedged_against_direct(pair, credits_a, credits_b, actors, hedges)
    anonymous_a = all(t.anonymous for t in credits_a)
    anonymous_b = all(t.anonymous for t in credits_b)
    named_a = all(t.source_actor is not None and not t.anonymous for t in credits_a)
    named_b = all(t.source_actor is not None and not t.anonymous for t in credits_b)
    ta, tb = credits_a[0], credits_b[0]
    if anonymous_a and anonymous_b:
        # "the report said" / "a source said": a document on one side, an unnamed person on the other.
        if _document(pair.a, ta, documents) == _document(pair.b, tb, documents):
            return []
        detail = "document vs anonymous"
    elif not (named_a and named_b) and not (anonymous_a and named_b) and not (named_a and anonymous_b):
        # Different sources need an actor on each side ("police" / "the president" may be anyone's
        # words); anonymous against named needs the named side's actor.
        return []
    else:
        detail = "anonymous vs named" if anonymous_a != anonymous_b else "different sources"
        if detail == "different sources" and pair.match.score < MIN_FACT_SCORE and not shares_figure(pair.a, ta.content, pair.b):
            return []  # two people, each quoted on a related point ("Carney said ..." / "Mr. Rand said ..."), not one claim
    spans = {pair.a.id: credit_span(ta, pair.a), pair.b.id: credit_span(tb, pair.b)}
    texts = {pair.a.id: f"credited to {who(pair.a, ta, actors)}", pair.b.id: f"credited to {who(pair.b, tb, actors)}"}
    return [sided_found(pair, spans, texts, "medium" if detail == "different sources" else "low", detail)]
