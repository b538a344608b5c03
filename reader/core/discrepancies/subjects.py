"""Who a claim is about: the actor named last before a word in its sentence.

Weak matches of the alignment pair sentences about different people ("his
successor expressed similar concerns" / "Fox isn't worried"). A negation found
on one side only is a disagreement only when both sides say it of the same
actor, so the finders ask for the actor each side names just before the claim
word and stand down when the two differ.
"""

from __future__ import annotations

import re
from collections.abc import Container

from reader.core.discrepancies.common import Side

AGENT_KINDS = frozenset({"person", "organization", "group", "media"})  # actors that may do or say things
# The end of a sentence between a name and the word: the name belongs to another sentence.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
# A name owning what follows ("Mr. Fox's successor") is not the one who acts.
_POSSESSIVE = re.compile(r"[’']s?\b")


def subject_before(side: Side, position: int, agents: Container[str]) -> str | None:
    """The id of the last agent (person, organisation ...) named before ``position`` in its sentence,
    not as a possessive; None when there is none."""
    found: str | None = None
    best = -1
    for start, end, actor_id in side.mentions:
        if end > position or start <= best or actor_id not in agents:
            continue
        if _POSSESSIVE.match(side.text, end) or _SENTENCE_END.search(side.text, end, position):
            continue
        found, best = actor_id, start
    return found


def different_subjects(a: Side, position_a: int, b: Side, position_b: int, agents: Container[str]) -> bool:
    """Whether each side names an agent before the word, and they are not the same actor."""
    subject_a = subject_before(a, position_a, agents)
    subject_b = subject_before(b, position_b, agents)
    return subject_a is not None and subject_b is not None and subject_a != subject_b
