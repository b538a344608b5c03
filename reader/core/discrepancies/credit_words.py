"""How a credit is shown: its span (source, cue and the opening clause that is the source's) and its words.

Shared by the attribution finders (`attribution`, `hedges`, `relayed`), so that
every finding names a source and its cue the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.discrepancies.common import Side, clip
from reader.core.discrepancies.openers import opener
from reader.core.model import Actor, Attribution, Span

PRONOUNS = frozenset("he she they it we i you who which that this his her their".split())


def pronoun(side: Side, t: Attribution) -> bool:
    """Whether the source of ``t`` is written as a pronoun ("He said")."""
    return t.source is not None and side.slice(t.source).strip().casefold() in PRONOUNS


def credit_span(t: Attribution, side: Side | None = None) -> Span:
    """The source and cue of ``t``, and the sentence's opening clause when it is the source's (`opener`)."""
    spans = [t.cue] + ([t.source] if t.source is not None else [])
    before = opener(side, t) if side is not None else None
    spans += [before] if before is not None else []
    return Span(min(s.start for s in spans), max(s.end for s in spans))


def who(side: Side, t: Attribution, actors: Mapping[str, Actor]) -> str:
    """The source as written, or its actor's name for a pronoun ("He" -> "Trey Gowdy")."""
    actor = actors.get(t.source_actor) if t.source_actor is not None else None
    if actor is not None and pronoun(side, t):
        return clip(actor.name, 40)
    return clip(side.slice(t.source) if t.source is not None else side.slice(t.cue), 40)


def said_by(side: Side, t: Attribution, actors: Mapping[str, Actor]) -> str:
    """Source and cue in the order the text writes them: "Ana Ruiz said", "According to Ana Ruiz", "said Ana Ruiz"."""
    cue = clip(side.slice(t.cue), 20)
    if t.source is None:
        return cue
    return f"{cue} {who(side, t, actors)}" if t.cue.start < t.source.start else f"{who(side, t, actors)} {cue}"
