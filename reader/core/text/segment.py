"""Split an article's text into paragraphs and sentences, as offset spans.

Paragraphs are separated by blank lines. Inside a paragraph a sentence ends at
terminal punctuation (``.``, ``!``, ``?``, ``…``, runs of them, plus any closing
quotes or brackets) when what follows starts a sentence, and at a line break
after a line without terminal punctuation (a headline, a list item). Every span
is trimmed of whitespace and none is empty.
"""

from __future__ import annotations

import re
import unicodedata

from reader.core.model import Span

# Words whose trailing full stop does not end a sentence, compared lower-cased.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs dr prof gen col lt maj capt cmdr sgt cpl pvt adm gov sen rep rev fr sr jr st mt ft
    pres supt insp amb hon lt.col brig
    jan feb apr jun jul aug sep sept oct nov dec tue tues thu thur thurs
    vs approx dept est inc ltd corp bros univ ave blvd rd e.g i.e cf viz
    """.split()
)
# Ordinary words elsewhere, so abbreviations only when capitalised ("Mar. 3", "Wed.", "Co.").
TITLE_CASE_ABBREVIATIONS: frozenset[str] = frozenset("Mar Mon Wed Fri Sat Sun Co".split())
# Abbreviations only before a number: "No. 5", "Vol. 2", "p. 12"; "the answer was no." ends.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset("no nos vol p pp art fig ch".split())
# After a dotted acronym ("U.S.", "p.m.") a sentence starts only if one of these follows.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you this that these those there but and or so yet in on at after before
    when while its his her their our my if as for since although though however meanwhile officials
    """.split()
)

_BLANK_LINE = re.compile(r"\n\s*\n")
# A candidate end: terminal punctuation with any closing quotes/brackets, or a line break.
_CANDIDATE = re.compile(r"[.!?…‼⁇⁈⁉]+[\"'”’»)\]]*|\n")
_LETTER = re.compile(r"[^\W\d_]")
_OPENERS = frozenset("\"'“‘«([{¿¡—–-*•")
_TERMINALS = frozenset(".!?…‼⁇⁈⁉")
_CLOSERS = frozenset("\"'”’»)]")
# Before a lone letter they make it a possessive or contraction ("Obama's", "XVIII.'s"), not an initial.
_APOSTROPHES = frozenset("'’")
# A line ending in one of these continues on the next line (a hard wrap, not a headline).
_CONTINUES = frozenset(",;:([{-–—/&")
_MAX_WORD_LOOKBACK = 24
# Ten times a long news sentence; only unpunctuated text reaches it.
MAX_SENTENCE_CHARS = 2000


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
        _split_paragraph(text, para.start, para.end, spans)
    return tuple(spans)


def _split_paragraph(text: str, start: int, end: int, out: list[Span]) -> None:
    sent_start = start
    first_letter = _first_letter(text, start, end)
    for m in _CANDIDATE.finditer(text, start, end):
        # A piece with no letter yet ("1." of a list, "***") never ends a sentence.
        if first_letter >= m.start():
            continue
        if m.group() == "\n":
            is_end = _is_line_end(text, m.start(), end)
            stop = m.start()
        else:
            is_end = _is_punctuation_end(text, m.start(), m.end(), end)
            stop = m.end()
        if is_end:
            _add_bounded(text, sent_start, stop, out)
            sent_start = stop
            first_letter = _first_letter(text, sent_start, end)
    _add_bounded(text, sent_start, end, out)


def _add_bounded(text: str, start: int, end: int, out: list[Span]) -> None:
    """The sentence ``[start, end)``, cut at spaces into pieces of at most MAX_SENTENCE_CHARS."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut < 0:  # no space (CJK, Thai, a hostile run): cut between two characters of their own
            cut = start + MAX_SENTENCE_CHARS
            while cut > start + 1 and (
                unicodedata.combining(text[cut]) or text[cut] in "\u200c\u200d" or text[cut - 1] in "\u200c\u200d"
            ):
                cut -= 1
        _add_trimmed(text, start, cut, out)
        start = cut
    _add_trimmed(text, start, end, out)


def _first_letter(text: str, start: int, end: int) -> int:
    m = _LETTER.search(text, start, end)
    return m.start() if m else end


def _is_line_end(text: str, newline: int, end: int) -> bool:
    """A line break ends a sentence after a line with no terminal punctuation
    (terminal punctuation is judged by its own candidate), unless the line
    visibly continues: it ends in a comma or dash, or the next line starts lower-case."""
    i = newline
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    if i == 0 or text[i - 1] in _TERMINALS or text[i - 1] in _CONTINUES:
        return False
    nxt = _next_visible(text, newline, end)
    return nxt < end and not text[nxt].islower()


def _is_punctuation_end(text: str, punct: int, stop: int, end: int) -> bool:
    if stop >= end:
        return True
    if not text[stop].isspace():
        # Glued: "said.The" ends a sentence; "U.S.A", "e.g.", "3.5", "week,when" do not.
        word = _word_before(text, punct)
        return text[stop].isupper() and text[punct - 1].islower() and len(word) > 1 and not _is_abbreviation(word, text[stop])
    nxt = _next_visible(text, stop, end)
    if nxt >= end:
        return True
    first = text[nxt]
    if not _starts_sentence(first):
        return False  # '"Are you sure?" he asked.' and "3 p.m. on Tuesday" go on
    if text[punct:stop] != ".":
        return True
    word = _word_before(text, punct)
    if _is_abbreviation(word, first):
        return False
    if len(word) == 1 and word.isalpha() and word != "I" and text[punct - 2 : punct - 1] not in _APOSTROPHES:
        return False  # an initial: "J. K. Rowling"; but "a priority of Mr. Obama's. Republicans ..." ends
    if "." in word:
        # A dotted acronym ends a sentence only before a typical sentence opener.
        return _next_word(text, nxt).lower() in SENTENCE_STARTERS
    return True


def _starts_sentence(char: str) -> bool:
    # Caseless scripts (Hebrew, Arabic, CJK) have no capital to wait for.
    return char.isupper() or char.isdigit() or char in _OPENERS or (char.isalpha() and not char.islower())


def _is_abbreviation(word: str, following: str) -> bool:
    lower = word.lower()
    if lower in ABBREVIATIONS or word in TITLE_CASE_ABBREVIATIONS:
        return True
    return lower in NUMBER_ABBREVIATIONS and following.isdigit()


def _word_before(text: str, pos: int) -> str:
    """Letters and inner dots just before ``pos`` ("Mr", "U.S", "e.g"), bounded for speed."""
    i = pos
    floor = max(0, pos - _MAX_WORD_LOOKBACK)
    while i > floor and (text[i - 1].isalpha() or (text[i - 1] == "." and i - 1 > floor and text[i - 2].isalpha())):
        i -= 1
    return text[i:pos].strip(".")


def _next_word(text: str, pos: int) -> str:
    j = pos
    while j < len(text) and j - pos < _MAX_WORD_LOOKBACK and text[j].isalpha():
        j += 1
    return text[pos:j]


def _next_visible(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Span(start, end))
