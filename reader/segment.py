"""Split an article's text into paragraphs and sentences, as offset spans."""

from __future__ import annotations

import re

from reader.model import Span

# Words whose trailing full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms dr prof gen col lt maj capt sgt cpl adm gov sen rep rev fr sr jr st mt ft pres supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol vs v etc al approx dept est inc ltd co corp bros univ ave blvd rd
    """.split()
)

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A candidate sentence end: terminal punctuation, optional closing quotes/brackets.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*")
_OPENERS = "\"'“‘([—-"
_CLOSERS = "\"'”’)]"


def paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraphs are separated by blank lines; single newlines inside are kept."""
    spans: list[Span] = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return tuple(spans)


def sentences(text: str, paras: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentences of every paragraph; a sentence never crosses a paragraph."""
    if paras is None:
        paras = paragraphs(text)
    spans: list[Span] = []
    for para in paras:
        for line_start, line_end in _lines(text, para):
            spans.extend(_split(text, line_start, line_end))
    return tuple(spans)


def _lines(text: str, para: Span) -> list[tuple[int, int]]:
    """Lines of a paragraph. A line break ends a sentence only after a headline-like line."""
    # Scraped paragraphs often hard-wrap; keep lines joined unless a line has no
    # terminal punctuation and the next starts a new sentence-like line.
    return [(para.start, para.end)]


def _split(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    sent_start = start
    for line in _line_breaks(text, start, end):
        # A newline inside a paragraph ends a sentence when the line before has
        # no terminal punctuation (a headline or a list item) or when it does.
        for s, e in _split_line(text, sent_start, line):
            _add_trimmed(text, s, e, out)
        sent_start = line
    return out


def _line_breaks(text: str, start: int, end: int) -> list[int]:
    breaks = [m.end() for m in re.finditer(r"\n", text[start:end])]
    return [start + b for b in breaks] + [end]


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    sent_start = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if _is_boundary(text, m.start(), stop, end):
            pieces.append((sent_start, stop))
            sent_start = stop
    pieces.append((sent_start, end))
    return pieces


def _is_boundary(text: str, punct: int, stop: int, end: int) -> bool:
    if stop >= end:
        return True
    nxt = text[stop]
    if not nxt.isspace():
        # "week,when" is not ours; but "said.The" (missing space) is a boundary
        # when a capital follows a full stop after a lower-case word.
        return text[punct] in ".!?" and nxt.isupper() and punct > 0 and text[punct - 1].islower() and _word_before(text, punct).lower() not in ABBREVIATIONS and len(_word_before(text, punct)) > 1
    # Skip the following spaces and look at what starts the next sentence.
    j = stop
    while j < end and text[j].isspace():
        j += 1
    if j >= end:
        return True
    first = text[j]
    if text[punct] == "." and text[punct:stop].count(".") == 1:
        word = _word_before(text, punct)
        if word.lower() in ABBREVIATIONS:
            return False
        # Initials and dotted acronyms: "U.S.", "J. K. Rowling".
        if len(word) == 1 and word.isalpha():
            return False
        if "." in word and all(len(p) <= 2 for p in word.split(".")):
            # "U.S" + "." : a boundary only if a capitalised sentence-like word follows.
            return first.isupper() and _next_word(text, j).lower() in _SENTENCE_STARTERS
    if first.islower():
        # A quote ending with "?" or "!" followed by "he said" continues the sentence.
        return False
    if first.isdigit() or first.isupper() or first in _OPENERS:
        return True
    return False


_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i this that these those but and in on at after before when while its his her their".split()
)


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


def _next_word(text: str, pos: int) -> str:
    j = pos
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[pos:j]


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Span(start, end))
