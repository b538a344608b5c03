"""Where a verb cue's subject phrase starts and ends: asides between a subject and its verb (a dash, a bracket), whether
what follows the cue closes the sentence, the subject before a restrictive clause, and a name after a verb."""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import at_end, trim
from reader.core.attributions.forms.cue_content import adjunct_tail
from reader.core.attributions.sources import PREPOSITIONS, PRONOUNS, SourceMemo, skip_space, skip_space_back, source_before
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.tokens import STOPWORDS

_FIRST_WORD = re.compile(r"[a-z]+\b")


def closing_tail(text: str, pos: int, end: int) -> bool:
    """Whether what follows a cue at ``pos`` closes its sentence: nothing, an adjunct (`adjunct_tail`), or a phrase
    opening with a preposition (`"Q," state Sen. Jason Holsman (D) said about halfway through ...`); not `"Q," the
    spokeswoman told POLITICO that ...`, `"Q," 72 percent said yes`."""
    if at_end(text, pos, end) or adjunct_tail(text, pos, end):
        return True
    first = _FIRST_WORD.match(text, pos, end)
    return first is not None and first.group() in PREPOSITIONS


_BRACKET_END = re.compile(r"\)\s*,?\s*$")
_TAG_WORDS = 6  # words in a bracket kept in the source ("(R-Ohio)", "(INDECI)"): a longer one is an aside


def before_bracket(text: str, sentence: Span, anchor: int) -> int:
    """Where the subject ends when a bracket stands between it and its verb: after a short tag kept with the name
    before a comma (`Gov. John Kasich (R-OH), said`), before a longer aside (`Kasich (who has 25 delegates) said`);
    else ``anchor``. The bracket holds no other bracket and is no longer than `_ASIDE_MAX`."""
    if ")" not in text[max(sentence.start, anchor - 4) : anchor]:
        return anchor  # the common case, tested without a regular expression
    end = _BRACKET_END.search(text, max(sentence.start, anchor - 4), anchor)
    if end is None:
        return anchor
    opening = text.rfind("(", max(sentence.start, end.start() - _ASIDE_MAX), end.start())
    if opening < 0 or ")" in text[opening : end.start()] or not text[sentence.start : opening].strip():
        return anchor
    if not text[opening - 2 : opening].strip()[-1:].isalnum():
        return anchor  # `"Q," (aside) said`: no name before the bracket
    if _PARTY_TAG.match(text, opening, end.start() + 1):
        return end.start() + 1  # the tag stays with the name; the comma after it goes
    if len(text[opening : end.start()].split()) <= _TAG_WORDS and not _WORD_START.search(text, opening, end.start()):
        return anchor  # "Lena Berg, head of the Nordic Pilots Association (NPA), told": `source_before` reads it
    return skip_space_back(text, opening, sentence.start)


# A party and state, or a state, after a legislator's name: "(R-OH)", "(D-R.I.)", "(D)", "(Ky.)", "(New Mexico)".
_PARTY_TAG = re.compile(r"\((?:[RDI](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?|[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)\)$")
_WORD_START = re.compile(r"\b(?:who|which|that|a|an|the|and|but)\b")


_DASH_END = re.compile(r"(?:\s-{1,2}|\s?[—–])\s*$")
_DASH_MARKS = ("-", "—", "–")  # one of them is in every `_DASH_END` match


def _dash_end(text: str, start: int, pos: int) -> re.Match[str] | None:
    """`_DASH_END.search(text, start, pos)`, searched only when the stretch holds a dash (nearly no cue has one)."""
    stretch = text[start:pos]
    if _DASH_MARKS[0] not in stretch and _DASH_MARKS[1] not in stretch and _DASH_MARKS[2] not in stretch:
        return None
    return _DASH_END.search(text, start, pos)


_DASH = re.compile(r"\s-{1,2}\s|\s?[—–]\s?")
_ASIDE_MAX = 250  # characters: an aside longer than this is no aside between a subject and its verb


def before_dash_aside(text: str, sentence: Span, anchor: int) -> int:
    """Where a subject ends when a dashed aside stands between it and its verb ("S - aside - said"), else ``anchor``."""
    end = _dash_end(text, max(sentence.start, anchor - 4), anchor)
    if end is None:
        return anchor
    opening = max(
        (m.start() for m in _DASH.finditer(text, max(sentence.start, end.start() - _ASIDE_MAX), end.start())), default=None
    )
    return anchor if opening is None or not text[sentence.start : opening].strip() else opening


def after_dash(text: str, sentence: Span, pos: int) -> bool:
    """Whether a dash stands right before ``pos``: `The striker - citing a knee injury - withdrew`."""
    return _dash_end(text, max(sentence.start, pos - 4), pos) is not None


def to_closing_dash(text: str, span: Span) -> Span:
    """``span`` up to the dash that closes an aside opened by a dash (`citing a knee injury - withdrew ...`)."""
    m = _DASH.search(text, span.start, span.end)
    return trim(text, Span(span.start, m.start())) if m is not None and m.start() > span.start else span


# "writers who might agree with [the comments] said", "the committee probing [the attacks] requested": the
# phrase before the cue is the object inside a restrictive clause; the subject is the phrase before it.
# (Prepositions in -ing open no participle clause: "Lee told reporters during Tuesday's conference call".)
_RELATIVE_BEFORE = re.compile(
    r"\s(?:who\s+(?:[\w'’-]+\s+){1,7}|(?!(?:during|including|regarding|concerning|following|according)\s)"
    r"[a-z]+ing\s+(?:[\w'’-]+\s+){0,2})$"
)


def relative_subject(text: str, sentence: Span, source: Span, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """The subject before a restrictive "who ..." or participle clause that ends in the phrase found before a cue."""
    low = max(sentence.start, source.start - 70)
    if text.find("who", low, source.start) < 0 and text.find("ing", low, source.start) < 0:
        return None  # the pattern holds one of them: most phrases have neither before them, and it is not searched
    m = _RELATIVE_BEFORE.search(text, low, source.start)
    if m is None or any(mark in text[m.start() : source.start] for mark in ',;:"“”—'):
        return None
    subject, status = source_before(text, sentence.start, m.start(), verbs, memo)
    if subject is None or status != "np" or text[subject.start : subject.end].lower() in PRONOUNS:
        return None
    return subject


def after_last_verb(text: str, source: Span, verbs: ReportingVerbs) -> Span:
    """The part of ``source`` after its last verb-like word (a cue or an -ed form)."""
    start = source.start
    for m in re.finditer(r"[\w'’-]+", text[source.start : source.end]):
        low = m.group().lower()
        if low.endswith("ed") or (low in verbs.verb_classes and m.end() < source.end - source.start):
            start = source.start + m.end()
    start = skip_space(text, start, source.end)
    if start == source.start:
        start = _name_after_verb(text, source)
    return Span(start, source.end) if start < source.end else source


# A lower-case word, then the capitalised run the source ends with: "fought Pelosi".
_LOWER_THEN_NAME = re.compile(r"\b([a-z][\w'’-]*)\s+((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)$")


def _name_after_verb(text: str, source: Span) -> int:
    """Where the name a clause's antecedent ends with starts, after a verb that is neither a cue nor an -ed
    form ("They fought Pelosi, who ..."): the word before the name is no function word ("voters in Ohio",
    "the Post" stay whole). ``source.start`` when there is no such verb."""
    found = _LOWER_THEN_NAME.search(text, source.start, source.end)
    if found is None or found.group(1) in STOPWORDS:
        return source.start
    return found.start(2)
