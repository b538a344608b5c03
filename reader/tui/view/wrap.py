"""Soft-wrap an article's paragraphs into display lines that remember their text offsets.

The pane renders line by line, so it needs, for a given width, every visual
line as a ``(start, end)`` offset pair into ``Article.text``; highlight spans
then map onto a line with plain subtraction. Paragraphs are separated by one
blank line; a single newline inside a paragraph is a hard break.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len

from reader.core.model import Span

_WORD = re.compile(r"\S+")
_LINE_PIECES = re.compile(r"[^\n]+")
# Characters that take no cell (controls, combining marks, joiners, variation
# selectors): with them, equal cell and character counts can be a coincidence
# of zero-width and wide characters cancelling out.
# A newline is not one of them here: it is a hard break, and the line pattern stops at it.
_ZERO_WIDTH = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    "\u0670\u06d6-\u06ed\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    # One regex match per visual line: the longest run of at most `width`
    # characters that ends before whitespace; failing that (a word longer
    # than the line) exactly `width` characters. Runs in C, which matters for
    # 10,000-paragraph articles. Only valid where one character is one cell.
    rest = width - 1
    return re.compile(rf"\S(?:[^\n]{{0,{rest}}}(?=\s|$)|[^\n]{{0,{rest}}})")


@dataclass(frozen=True, slots=True)
class WrappedText:
    """The visual lines of one text at one width.

    ``starts[i]``/``ends[i]`` are the offsets of line ``i``; a blank separator
    line has ``starts[i] == ends[i]`` equal to the next paragraph's start, so
    `line_of` of a paragraph's first offset lands on text, not on the blank.
    """

    width: int
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The line showing ``offset`` (the nearest line before it, between lines)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def span(self, line: int) -> Span:
        return Span(self.starts[line], self.ends[line])

    def line_range(self, start: int, end: int) -> range:
        """Lines that show any of ``[start, end)`` (at least one line)."""
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        return range(first, last + 1)


# Wraps made ahead (by the process that loaded the articles, while this one started): by id of the text.
_offered: dict[int, tuple[str, tuple[Span, ...] | list[Span], WrappedText]] = {}


def offer(text: str, paragraphs: tuple[Span, ...] | list[Span], wrapped: WrappedText) -> None:
    """``wrapped`` is ``wrap_text(text, paragraphs, wrapped.width)``, made elsewhere: the next such call takes it."""
    _offered[id(text)] = (text, paragraphs, wrapped)


def forget_offers() -> None:
    _offered.clear()


def wrap_text(text: str, paragraphs: tuple[Span, ...] | list[Span], width: int) -> WrappedText:
    """Wrap ``paragraphs`` of ``text`` to ``width`` cells (width is at least 1)."""
    width = max(1, width)
    offered = _offered.get(id(text))
    if offered is not None and offered[0] is text and offered[1] is paragraphs and offered[2].width == width:
        del _offered[id(text)]
        return offered[2]
    starts: list[int] = []
    ends: list[int] = []
    pattern = _line_pattern(width)
    # Judged once for the whole text when it passes (one set of a megabyte: ~10 ms), else per paragraph.
    every_one_cell = _one_cell_each(text)
    for index, para in enumerate(paragraphs):
        if index:
            starts.append(para.start)
            ends.append(para.start)
        before = len(starts)
        if every_one_cell or _one_cell_each(text[para.start : para.end]):
            for match in pattern.finditer(text, para.start, para.end):
                starts.append(match.start())
                ends.append(match.end())
        else:
            for piece in _LINE_PIECES.finditer(text, para.start, para.end):
                _wrap_by_cells(text, piece.start(), piece.end(), width, starts, ends)
        if len(starts) == before:
            # A paragraph of only spaces still takes a line, so offsets inside it map somewhere.
            starts.append(para.start)
            ends.append(para.end)
    if not starts:
        starts.append(0)
        ends.append(0)
    return WrappedText(width, tuple(starts), tuple(ends))


def _one_cell_each(chunk: str) -> bool:
    """Every character but the newlines takes exactly one cell (the line pattern then wraps it).

    Judged per distinct character (a set, built in C): equal cell and character
    counts can be a coincidence of wide and zero-width characters cancelling out.
    """
    if chunk.isascii():
        return not _ZERO_WIDTH.search(chunk)
    return all(_one_cell(char) for char in set(chunk) if char != "\n")


@lru_cache(maxsize=8192)
def _one_cell(char: str) -> bool:
    return cell_len(char) == 1 and not _ZERO_WIDTH.match(char)


def _wrap_by_cells(text: str, start: int, end: int, width: int, starts: list[int], ends: list[int]) -> None:
    """Greedy word wrap measured in terminal cells (wide and zero-width characters)."""
    line_start = line_end = -1
    used = 0
    for word in _WORD.finditer(text, start, end):
        w_start, w_end = word.span()
        cells = cell_len(word.group())
        gap = w_start - line_end  # the spaces between words: one cell each
        if line_start >= 0 and used + gap + cells <= width:
            used += gap + cells
            line_end = w_end
            continue
        if line_start >= 0:
            starts.append(line_start)
            ends.append(line_end)
        if cells <= width:
            line_start, line_end, used = w_start, w_end, cells
            continue
        # A word wider than the line is cut at cell boundaries.
        piece_start, used = w_start, 0
        for pos in range(w_start, w_end):
            char_cells = cell_len(text[pos])
            if used + char_cells > width and pos > piece_start:
                starts.append(piece_start)
                ends.append(pos)
                piece_start, used = pos, 0
            used += char_cells
        line_start, line_end = piece_start, w_end
    if line_start >= 0:
        starts.append(line_start)
        ends.append(line_end)
