"""The adverbial form: `Hamas has reportedly refused ...`, a source-less cue inside its own content."""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import BE_BEFORE, Found, clause_end, past_conjunction, trim
from reader.core.model import Span


def adverbial(text: str, sentence: Span, cue: Span, cue_class: str) -> Found | None:
    """`Hamas has reportedly refused ...`: the content is the clause holding the adverb."""
    start = max(text.rfind(",", sentence.start, cue.start) + 1, text.rfind(";", sentence.start, cue.start) + 1, sentence.start)
    start = past_conjunction(text, start, cue.start)
    content = trim(text, Span(start, clause_end(text, cue.end, sentence)))
    if len(content) <= len(cue):
        return None
    return Found(cue, None, content, "adverbial", "adverbial", cue_class)


_TO_VERB = re.compile(r"\s+to\s+[a-z]")


def expected(text: str, sentence: Span, cue: Span) -> Found | None:
    """`Trump is expected to deliver a speech`: an expectation nobody is named for, a belief held about the clause."""
    be = BE_BEFORE.search(text, max(sentence.start, cue.start - 40), cue.start)
    if be is None or not _TO_VERB.match(text, cue.end):
        return None
    found = adverbial(text, sentence, Span(be.start(), cue.end), "belief")
    return found._replace(form="expected") if found is not None else None


# Passives that report what no one named says: "Priebus was said to be furious", "Sanders was declared the winner",
# "Clinton was projected the winner" (PolNeAR train: 14 of the 15 so read are annotated). What is declared is any
# noun phrase after a determiner (the winner, the champion, a disaster area), not a time ("announced the next day").
PASSIVE_REPORTS = frozenset({"said", "declared", "projected", "announced"})
_DECLARED_WHAT = re.compile(
    r"\s+(?:as\s+)?(?:the|a|an)\s+(?!(?:day|week|month|year|night|morning|afternoon|evening|weekend|next|following"
    r"|same|previous|other)\b)[\w'’-]+"
)


def passive_report(text: str, sentence: Span, cue: Span, cue_text: str) -> Found | None:
    """`X was said to be furious`, `X was declared the winner`: a report of no one named, about the clause."""
    follows = _TO_VERB if cue_text == "said" else _DECLARED_WHAT
    if not follows.match(text, cue.end, sentence.end):
        return None  # tested first: an anchored match, where `BE_BEFORE` is searched for at every position before the cue
    be = BE_BEFORE.search(text, max(sentence.start, cue.start - 40), cue.start)
    if be is None:
        return None
    found = adverbial(text, sentence, Span(be.start(), cue.end), "say")
    return found._replace(form="passive-report") if found is not None else None


_SEEN_AS = re.compile(r"(?:\s+by\s+(?P<by>[^,;.]{2,80}?))?\s+as\s+(?=[\w\"“'])")


def seen_as(text: str, sentence: Span, cue: Span) -> Found | None:
    """`The DNC is seen as aligned with Clinton`, `the provisions are seen by many Democrats as giveaways`: a
    belief held about the clause, by the "by" phrase when there is one, else by no one named."""
    be = BE_BEFORE.search(text, max(sentence.start, cue.start - 40), cue.start)
    m = _SEEN_AS.match(text, cue.end, sentence.end)
    if be is None or m is None:
        return None
    found = adverbial(text, sentence, Span(be.start(), cue.end), "belief")
    if found is None:
        return None
    if m.group("by"):
        # What the named holders see it as: the clause would hold the source and the cue too.
        content = trim(text, Span(m.end(), found.content.end))
        if content.start >= content.end:
            return None
        return found._replace(source=Span(m.start("by"), m.end("by")), content=content, kind="indirect", form="seen-as")
    return found._replace(form="seen-as")


# The writer's hedge on a clause: "Trump seemed to suggest ...", "the figures appear to be fabricated".
SEEMS = frozenset("seem seems seemed appear appears appeared".split())
# What may follow "appear" as a hedge: an infinitive, a clause, or a state ("appeared paralyzed", "appears likely");
# not a place or a show ("appeared on Fox News", "appeared in court", "appeared before the committee").
_APPEAR_NEXT = re.compile(
    r"\s+(?:to\s+[a-z]|that\b|(?!(?:on|in|at|by|before|with|alongside|for|as|onstage|together|twice|briefly|again|live)\b)[a-z]+[,.\s])"
)


def seems(text: str, sentence: Span, cue: Span) -> Found | None:
    """`X seemed to Y`, `it appears that Y`: a belief of no one named, held about the clause around the cue."""
    word = text[cue.start : cue.end].lower()
    if word.startswith("appear") and not _APPEAR_NEXT.match(text, cue.end, sentence.end):
        return None
    found = adverbial(text, sentence, cue, "belief")
    if found is None:
        return None
    dash = _DASH.search(text, cue.end, found.content.end)
    if dash is not None:  # "appeared to ease off on the call -- he said ...": the clause ends at the dash
        found = found._replace(content=trim(text, Span(found.content.start, dash.start())))
    return found._replace(form="seems")


_DASH = re.compile(r"\s+(?:--|—|–)\s+")
