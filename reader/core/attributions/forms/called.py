""" "called" with an object and what the object is called: `Sanders calls Clinton unqualified;`, `Lynch calls North
Carolina her home state`, `called it a disgrace`, `called the plan ridiculous and`, `Sanders called her fallen son her
hero`. A quoted name (`called that report Friday a "boldfaced lie"`) is `cue_content.CALLED_QUOTE`'s. "called her
the next day", "called Putin on Tuesday to discuss" and "calls them every week" are calls on the phone: a time after
the object, or a "to", "on", "at" inside it, stops the match; "a band called Sophistafunk played" is a name, so a bare
complement ("calls Clinton unqualified;") counts only after a subject that can speak. An object after a determiner
may hold "and" or "for" ("called the contempt citation and the demand for ... a transparent ploy"). One anchored
match at the cue, at most three object words.
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import OPENING_QUOTE
from reader.core.attributions.forms.cue_content import CALLED_QUOTE

_OBJECT_WORD = r"(?!(?:to|on|at|in|from|with|after|before|during|when|while|that|who|which|or|but)\b)[\w'’.-]+"
_NOT_COMPLEMENT = (
    r"(?!(?:few|couple|day|week|weekend|month|year|night|morning|afternoon|evening|time|times|other|next|last|first|same)\b)"
)
_PRONOUN_OR_NAME = (
    r"(?:it|him|her|them|this|that|himself|herself|themselves|itself|us|me|you|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
_CALLED_OBJECT_COMPLEMENT = re.compile(
    r"\s+(?:"
    + _PRONOUN_OR_NAME
    + r"|(?:the|his|her|their|its|this|that|these|those)\s+(?:"
    + _OBJECT_WORD
    + r"\s+){0,2}"
    + _OBJECT_WORD
    + r")\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+"
    + _NOT_COMPLEMENT
    + r"[\w'’-]+"
    r"|[a-z]+(?:ive|ous|ful|able|ible|ic|al|less|ist|ent|ant)(?=\s*(?:[,.;]|and\b|but\b|or\b)))"  # "called it ridiculous,"
    r"|\s+" + _PRONOUN_OR_NAME + r"\s+(?P<bare>(?!(?:today|yesterday|again|back|often|every|each|twice|once|home|later"
    r"|earlier|now|then|too|right)\b)[a-z][\w-]*)(?=\s*[;,.])"  # "calls Clinton unqualified;", "called himself pro-choice,"
)


def called_something(text: str, end: int, stop: int, speaker: bool) -> bool:
    """Whether the words after a "call" cue ending at ``end`` (before ``stop``) are an object and what it is called;
    a bare complement only when the subject can speak (``speaker``)."""
    m = _CALLED_OBJECT_COMPLEMENT.match(text, end, stop)
    return m is not None and (speaker or m.group("bare") is None)


def called_quote(text: str, end: int, stop: int) -> bool:
    """Whether a "call" cue ending at ``end`` is followed by its object and a quoted name (`CALLED_QUOTE`). A quoted
    "a/an ..." right after a comma that opens an appositive (an odd comma) describes the object: "called a foul on
    Jones, an “obvious” call"; after a closing one it is the name ("called Clinton, his Democratic challenger, an
    ISIS “co-founder”"), and a quotation after a single comma may be words ("called over her shoulder, ''Q''")."""
    m = CALLED_QUOTE.match(text, end, stop)
    if m is None:
        return False
    appositive = _APPOSITIVE_NAME.search(text, m.start(), m.end())
    return appositive is None or text.count(",", m.start(), appositive.end()) % 2 == 0


_APPOSITIVE_NAME = re.compile(r",\s*(?:(?:a|an)\s+" + OPENING_QUOTE + "|" + OPENING_QUOTE + r"(?:a|an)\s)$")
