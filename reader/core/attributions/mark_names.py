"""A capitalised word right after a quotation's closing mark or a comma is the speaker's name, even when the word
is also a modal or a preposition: `"Q," Will wrote`, `"Q," From said`, `C, Will said` (the subject search would
skip "Will" as an auxiliary and stop at "From" as a preposition). Used by `sources` (the subject phrase) and
`cue_words` (a cue after "From" is no noun)."""

from __future__ import annotations

_MARKS_BEFORE_NAME = frozenset({",", "”", '"', "’", "'"})
_QUOTE_ENDS = frozenset(",?!")  # a quotation's words end in one before the mark that closes it: `"Q," From said`


def name_after_mark(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word ending at ``end`` (blanks after it skipped) follows a closing quotation mark
    or a comma, not before ``start``: `"Q," From said`."""
    word = end
    while word > start and text[word - 1].isspace():
        word -= 1
    while word > start and not text[word - 1].isspace():
        word -= 1
    mark = word
    while mark > start and text[mark - 1].isspace():
        mark -= 1
    if mark <= start or not text[word].isupper() or text[mark - 1] not in _MARKS_BEFORE_NAME:
        return False
    return text[mark - 1] == "," or text[mark - 2 : mark - 1] in _QUOTE_ENDS


def after_mark(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """`name_after_mark` of token ``toks[i]`` (it reads ``toks[i - 1]``, the mark, and the character before it)."""
    if i < 1 or not text[toks[i][0]].isupper():
        return False
    mark = text[toks[i - 1][0] : toks[i - 1][1]]
    return mark == "," or (mark in _MARKS_BEFORE_NAME and text[toks[i - 1][0] - 1 : toks[i - 1][0]] in _QUOTE_ENDS)
