"""Attribution: the sides of a match credit the claim differently.

Three cases, from the attributions crediting each side (`reader.core.credits`):
different sources; credited on one side and stated as fact on the other; an
anonymous source on one side and a named one on the other.

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

from reader.core.discrepancies.common import Found, Pair, Side, clip
from reader.core.discrepancies.figures import about_itself, shares_figure
from reader.core.discrepancies.hedges import hedge_of, hedged
from reader.core.discrepancies.openers import opener
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
_PRONOUNS = frozenset("he she they it we i you who which that this his her their".split())
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


def _credits_claim(
    pair: Pair,
    side: Side,
    t: Attribution,
    actors: Mapping[str, Actor],
    heads: frozenset[str],
    same_claim: SameClaim | None = None,
) -> bool:
    if not crediting(t):
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


def _pronoun(side: Side, t: Attribution) -> bool:
    return t.source is not None and side.slice(t.source).strip().casefold() in _PRONOUNS


def _credit_span(t: Attribution, side: Side | None = None) -> Span:
    """The source and cue of ``t``, and the sentence's opening clause when it is the source's (`opener`)."""
    spans = [t.cue] + ([t.source] if t.source is not None else [])
    before = opener(side, t) if side is not None else None
    spans += [before] if before is not None else []
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def _who(side: Side, t: Attribution, actors: Mapping[str, Actor]) -> str:
    """The source as written, or its actor's name for a pronoun ("He" -> "Trey Gowdy")."""
    actor = actors.get(t.source_actor) if t.source_actor is not None else None
    if actor is not None and _pronoun(side, t):
        return clip(actor.name, 40)
    return clip(side.slice(t.source) if t.source is not None else side.slice(t.cue), 40)


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
        who = "an anonymous source" if t.anonymous and t.source_actor is None else _who(credited, t, actors)
        spans = {credited.id: _credit_span(t), fact.id: fact.passage.span}
        texts = {credited.id: f"credited to {who} ({clip(credited.slice(t.cue), 20)})", fact.id: "stated as fact"}
        return [
            Found(
                "attribution",
                spans[pair.a.id],
                spans[pair.b.id],
                f"{pair.a.id}: {texts[pair.a.id]} · {pair.b.id}: {texts[pair.b.id]}",
                "medium",
                "credited vs fact",
            )
        ]
    if maybe_same_source(pair, credits_a, credits_b, actors):
        # One source on both sides: that one side only passes on a report of it ("reportedly said"), or whom one
        # side says that source had the claim from, is all that can differ.
        found = _hedged_against_direct(pair, credits_a, credits_b, actors, hedges)
        if found or same_source is None:
            return found
        return same_source(pair, credits_a, credits_b)
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
    return [
        Found(
            "attribution",
            _credit_span(ta, pair.a),
            _credit_span(tb, pair.b),
            f"{pair.a.id}: credited to {_who(pair.a, ta, actors)} · {pair.b.id}: credited to {_who(pair.b, tb, actors)}",
            "medium" if detail == "different sources" else "low",
            detail,
        )
    ]


def _hedged_against_direct(
    pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution], actors: Mapping[str, Actor], hedges: frozenset[str]
) -> list[Found]:
    """One side's credit of the claim hedged ("Cheney reportedly said"), the other's direct ("Cheney said in a
    statement"): a credit naming its source, with no hedge of its own."""
    if not hedges:
        return []
    hedge_a, hedge_b = hedged(pair.a, credits_a, hedges), hedged(pair.b, credits_b, hedges)
    if (hedge_a is None) == (hedge_b is None):
        return []
    side_h, side_d, credits_d = (pair.a, pair.b, credits_b) if hedge_a is not None else (pair.b, pair.a, credits_a)
    t_h, at = hedge_a or hedge_b  # type: ignore[misc]  # one of them is set
    direct = [t for t in credits_d if t.source is not None and t.kind != "adverbial" and hedge_of(side_d, t, hedges) is None]
    if not direct:
        return []
    t_d = direct[0]
    word = clip(side_h.slice(at), 20)
    own = f"{_who(side_h, t_h, actors)} {word} {clip(side_h.slice(t_h.cue), 20)}" if t_h.cue != at else f"'{word}'"
    span_h = _credit_span(t_h)
    spans = {side_h.id: Span(min(span_h.start, at.start), max(span_h.end, at.end)), side_d.id: _credit_span(t_d)}
    texts = {side_h.id: f"hedged ({own})", side_d.id: f"direct ({_who(side_d, t_d, actors)} {clip(side_d.slice(t_d.cue), 20)})"}
    return [
        Found(
            "attribution",
            spans[pair.a.id],
            spans[pair.b.id],
            f"{pair.a.id}: {texts[pair.a.id]} · {pair.b.id}: {texts[pair.b.id]}",
            "low",
            "hedged vs direct",
        )
    ]


def maybe_same_source(
    pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution], actors: Mapping[str, Actor]
) -> bool:
    """Whether the two sides' sources may be one: a pronoun (who "he" is rests on coreference), one actor,
    related actors, one name or the same words."""
    if any(_pronoun(pair.a, t) for t in credits_a) or any(_pronoun(pair.b, t) for t in credits_b):
        return True
    actors_a = {t.source_actor for t in credits_a}
    actors_b = {t.source_actor for t in credits_b}
    return bool(
        actors_a & actors_b - {None}
        or _related(actors, actors_a, actors_b)
        or _same_name(pair, credits_a, credits_b)
        or _same_words(pair, credits_a, credits_b)
    )


def _related(actors: Mapping[str, Actor], left: set[str | None], right: set[str | None]) -> bool:
    """Whether a source on one side is part of one on the other (a ministry and its government)."""
    for a in left - {None}:
        for b in right - {None}:
            if a and b and (actors[a].parent == b or actors[b].parent == a):
                return True
    return False


_NOT_NAMES = frozenset("the a an mr mrs ms dr said".split())
_TITLE_WORDS = frozenset(
    "president minister mayor spokesman spokeswoman secretary senator sen rep representative governor chairman chief".split()
)


def _same_name(pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution]) -> bool:
    """Whether a source on each side shares a capitalised name ("Kempsey Shire Mayor Leo Hauser" / "Mayor Leo Hauser")."""

    def names(side: Side, credits: list[Attribution], written_small: bool = False) -> set[str]:
        found: set[str] = set()
        for t in credits:
            if t.source is not None:
                words = tokenize(side.text, t.source.start, t.source.end)
                found |= {w.norm for w in words if written_small or side.text[w.start].isupper()}
        return found - _NOT_NAMES - _TITLE_WORDS - STOPWORDS

    names_a, names_b = names(pair.a, credits_a), names(pair.b, credits_b)
    if names_a & names_b:
        return True
    # "Trustees of the Social Security ... Trust Fund warned" / "according to the latest annual trustees report":
    # a name of one side's source written in small letters in the other's.
    if names_a & names(pair.b, credits_b, True) or names_b & names(pair.a, credits_a, True):
        return True
    # "White House spokesman Eric Schultz said" / "said a White House spokesman, Eric Schultz": the other side
    # writes the surname right beside its own source, outside it.
    return _beside(pair.a, credits_a, _surnames(pair.b, credits_b)) or _beside(pair.b, credits_b, _surnames(pair.a, credits_a))


def _surnames(side: Side, credits: list[Attribution]) -> set[str]:
    """The last word of each source written with a capital ("Eric Schultz" -> schultz)."""
    found = set()
    for t in credits:
        if t.source is not None:
            words = tokenize(side.text, t.source.start, t.source.end)
            if words and side.text[words[-1].start].isupper():
                found.add(words[-1].norm)
    return found - _NOT_NAMES - _TITLE_WORDS


def _beside(side: Side, credits: list[Attribution], surnames: set[str], reach: int = 40) -> bool:
    """Whether one of ``surnames`` is written within ``reach`` characters after one of the side's sources."""
    for t in credits:
        if t.source is not None:
            near = tokenize(side.text, t.source.end, min(len(side.text), t.source.end + reach))
            if any(w.norm in surnames for w in near):
                return True
    return False


def _same_words(pair: Pair, credits_a: list[Attribution], credits_b: list[Attribution]) -> bool:
    """Whether a source on each side is written with the same words ("The president" / "the president"):
    whoever they are, the two reports credit the claim alike."""

    def written(side: Side, credits: list[Attribution]) -> set[tuple[str, ...]]:
        return {
            tuple(t.norm for t in tokenize(side.text, c.source.start, c.source.end) if t.norm not in ("the", "a", "an"))
            for c in credits
            if c.source is not None
        }

    return bool(written(pair.a, credits_a) & written(pair.b, credits_b) - {()})
