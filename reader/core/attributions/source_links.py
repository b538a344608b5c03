"""Which words a source phrase keeps across a preposition: "a source close to", "Kim of Pusan National
University", "the Center for Marine Science", "the Council on Foreign Relations" keep theirs; "Trump on Twitter
said", "Clinton on Tuesday said" end the source before the time or medium."""

from __future__ import annotations

import re

from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.text.tokens import WEEKDAY


def attaches(text: str, toks: list[tuple[int, int]], i: int, verbs: ReportingVerbs) -> bool:
    """Whether the preposition at ``toks[i]`` belongs inside the phrase ("a source close to", "spokesman for")."""
    if i == 0:
        return False
    prep = text[toks[i][0] : toks[i][1]].lower()
    before = text[toks[i - 1][0] : toks[i - 1][1]].lower()
    if (prep, before) in (("to", "close"), ("with", "familiar"), ("of", "knowledge")):
        return True
    if prep == "with" and i + 1 < len(toks) and text[toks[i + 1][0] : toks[i + 1][1]].lower() in ("knowledge", "direct"):
        return True  # "a person with (direct) knowledge of the talks said"
    if (
        prep == "of"
        and text[toks[i - 1][0]].isupper()
        and i + 1 < len(toks)
        and (text[toks[i + 1][0]].isupper() or before_is_the(text, toks, i))
    ):
        return True  # "Kim Min-seo of Pusan National University", "Bank of England": the affiliation stays attached
    if prep in ("for", "on") and inside_name(text, toks, i, verbs):
        return True  # "the Center for Nonproliferation Studies", "the Council on Foreign Relations": one name
    if prep in ("from", "by", "within", "inside") and (before in verbs.document_heads or before in ("source", "sources")):
        return True  # "a statement from the Democratic committee said", "a source within the committee told"
    if prep == "to" and before in ("aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman"):
        return True  # "Aides to Mr. Romney declined", "a senior adviser to Mr. Sanders said"
    return prep in ("of", "for", "at", "from", "in", "with") and (
        before in verbs.role_heads or before in verbs.anonymous_heads or before in verbs.evidence_heads
    )


_CALENDAR = re.compile(
    WEEKDAY + r"\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\b|\.)"
)


def inside_name(text: str, toks: list[tuple[int, int]], i: int, verbs: ReportingVerbs) -> bool:
    """Whether the "for"/"on" at ``toks[i]`` continues a name, between two capitalised words the second no day or
    month ("the Committee on Tuesday said" is a time). "for" does between any two ("the Club for Growth", "Attorneys
    for Clinton", "National Nurses United for Patient Protection": PolNeAR train keeps them in the source); "on" only
    after an institution's head ("the Council on Foreign Relations"): after any other word it starts a time, place
    or medium outside the source ("Trump on Twitter said", "Republicans on Capitol Hill", `without_medium`)."""
    if not (i + 1 < len(toks) and text[toks[i - 1][0]].isupper() and text[toks[i + 1][0]].isupper()):
        return False
    before = text[toks[i - 1][0] : toks[i - 1][1]].lower()
    named = text[toks[i][0] : toks[i][1]].lower() == "for" or before in verbs.institution_heads
    return named and _CALENDAR.match(text, toks[i + 1][0]) is None


_MEDIUM_WORDS = 4  # capitalised words of a medium, place or feast after "on": "on Air Force One", "on Christmas Eve"
MEDIUM_REACH = _MEDIUM_WORDS + 2  # the last tokens `without_medium` reads: an "on" 2 to 5 from the end, the word before


def without_medium(text: str, toks: list[tuple[int, int]], verbs: ReportingVerbs) -> list[tuple[int, int]]:
    """``toks`` up to an "on" that starts a medium, place or day between a name and its verb ("Trump on Twitter
    said", "Biden on Air Force One told", "A spokesman on Capitol Hill said"): "on" + capitalised words only, after a word that heads no
    institution (the Council on Foreign Relations keeps its name)."""
    for k in range(len(toks) - 2, max(0, len(toks) - 2 - _MEDIUM_WORDS), -1):
        if text[toks[k][0] : toks[k][1]] != "on":
            continue
        after = toks[k + 1 :]
        if all(text[a[0]].isupper() and text[a[0]].isalnum() for a in after) and not inside_name(text, toks, k, verbs):
            return toks[:k]
        return toks
    return toks


def before_is_the(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """`of the Employment ... Court`: "the" then a capitalised word after the preposition at ``toks[i]``."""
    return i + 2 < len(toks) and text[toks[i + 1][0] : toks[i + 1][1]].lower() == "the" and text[toks[i + 2][0]].isupper()
