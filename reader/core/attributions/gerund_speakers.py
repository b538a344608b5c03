"""`62 percent of voters saying race relations are worse`: a "saying" right after the words of its speakers (a
name, a plural, "percent") and before a clause is their statement, where `cue_words.not_speech` reads any other
gerund after a noun as a noun or a modifier ("an old saying", "saying goodbye"). A written thing before it ("a sign
saying") is `written_says`'s, and a time ("tweets early Friday saying") hides the noun that would speak."""

from __future__ import annotations

from reader.core.attributions.sources import DETERMINERS, PRONOUNS, first_words, time_before_cue
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span

# Finite auxiliaries after a clause's subject (`cue_words.AUXILIARIES` without the non-finite forms of "be").
_CLAUSE_VERBS = frozenset("is are was were has have had will would could can may might should must do does did".split())


def speakers_saying(text: str, sentence: Span, cue: Span, previous: str, verbs: ReportingVerbs) -> bool:
    """Whether the "saying" at ``cue``, after the word ``previous``, is the statement of the phrase before it."""
    return (
        _speakers_word(previous)
        and not _written_thing(previous.lower(), verbs)
        and time_before_cue(text[max(sentence.start, cue.start - 40) : cue.start]) is None
        and _clause_after(text, cue.end, sentence.end)
    )


# What opens a clause's subject after "saying" ("saying race relations are worse", "saying the plan would fail").
_SUBJECT_OPENERS = PRONOUNS | DETERMINERS | frozenset({"there"})


def _speakers_word(word: str) -> bool:
    """A word that may end a phrase of speakers: a name, a plural ("voters", "Republicans") or "percent"; not an
    adjective ("an old saying", "his favorite saying")."""
    low = word.lower()
    return word[:1].isupper() or low == "percent" or (low.endswith("s") and not low.endswith(("ss", "us")))


def _written_thing(low: str, verbs: ReportingVerbs) -> bool:
    """Whether a lower-case word is one of the lexicon's documents or written things, singular or plural."""
    heads = verbs.document_heads | verbs.written_heads
    return low in heads or (low.endswith("s") and low[:-1] in heads)


def _clause_after(text: str, pos: int, end: int) -> bool:
    """Whether a clause follows ``pos``: "that", a quotation, or a subject (a pronoun, a determiner, a name, a figure
    or a plural noun) with a finite auxiliary within eight words ("saying race relations are growing worse");
    not "an old saying that goes back", which never reaches here, nor "saying goodbye to the guests"."""
    toks = first_words(text, pos, min(end, pos + 80), 8)
    if not toks:
        return False
    first = text[toks[0][0] : toks[0][1]]
    if first.lower() == "that" or first in '"“' or first == "''":
        return True
    if not (first.lower() in _SUBJECT_OPENERS or first[:1].isupper() or first[:1].isdigit() or first.endswith("s")):
        return False
    return any(text[s:e].lower() in _CLAUSE_VERBS for s, e in toks[1:])
