""" "called" with an object and what the object is called: `Sanders calls Clinton unqualified;`, `Lynch calls North
Carolina her home state`, `Carson called that report Friday a "boldfaced lie."`, `Sanders called her fallen son her
hero`. `verb_cue` reads the short forms ("called it a disgrace"); these are the longer objects and the bare
complements a headline writes. "called her the next day", "called Putin on Tuesday to discuss" and "calls them every
week" are calls on the phone: a time after the object, or a "to", "on", "at" inside it, stops the match. One anchored
match at the cue, at most five object words.
"""

from __future__ import annotations

import re

_OBJECT_WORD = r"(?!(?:to|on|at|in|for|from|with|after|before|during|when|while|that|who|which|and|or|but)\b)[\w'’.-]+"
_NOT_COMPLEMENT = (
    r"(?!(?:few|couple|day|week|weekend|month|year|night|morning|afternoon|evening|time|times|other|next|last|first|same)\b)"
)
_PRONOUN_OR_NAME = r"(?:it|him|her|them|himself|herself|themselves|itself|us|me|you|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
_CALLED_OBJECT_COMPLEMENT = re.compile(
    r"\s+(?:"
    + _PRONOUN_OR_NAME
    + r"|(?:the|his|her|their|its|this|that|these|those)\s+(?:"
    + _OBJECT_WORD
    + r"\s+){0,2}"
    + _OBJECT_WORD
    + r")\s+(?:(?:a|an|the|his|her|their|its|our|my)\s+"
    + _NOT_COMPLEMENT
    + r"[\w'’-]+|[\"“‘]|'')"
    r"|\s+" + _PRONOUN_OR_NAME + r"\s+(?!(?:today|yesterday|again|back|often|every|each|twice|once|home|later|earlier|now|then"
    r"|too|right)\b)[a-z][\w-]*(?=\s*[;,.])"  # "calls Clinton unqualified;", "called himself pro-choice,"
)


def called_something(text: str, end: int, stop: int) -> bool:
    """Whether the words after a "call" cue ending at ``end`` (before ``stop``) are an object and what it is called;
    the caller checks that the subject can speak ("a band called Sophistafunk" is a name)."""
    return _CALLED_OBJECT_COMPLEMENT.match(text, end, stop) is not None
