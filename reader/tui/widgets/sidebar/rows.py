"""What every sidebar tab's rows share: safe text, cutting to a width, the selection mark.

Every string that comes from an article (names, snippets, sources, cues)
goes into a ``Content`` object as a literal, never through markup: Textual
parses markup strings, and article text such as ``[/]`` or ``[Smith]``
would crash the widget or vanish. Styles name theme variables (``$accent``)
so the rows follow the app's theme.

Rows are built for a width (the list's, see ``Sidebar``): what matters most
in a row (an actor's counts, a group's size, a closing quote) is placed so
it is never the part the list's ellipsis cuts off.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.widgets.option_list import Option

from reader.core.model import Analysis, Passage, Span

# Shown in front of the committed selection so it stays visible without colour (NO_COLOR).
SELECTED_MARK = "● "
UNSELECTED_MARK = "  "

# A narrow sidebar's columns less its border and the list's scrollbar gutter (until the first layout says better).
ROW_WIDTH = 35
INDENT = "    "

# Control characters become spaces (same length, so offsets still line up):
# Content silently drops some of them and a raw ESC would reach the terminal.
_CONTROL_TO_SPACE = {code: " " for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(code) not in "\n\t"}


def displayable(text: str) -> str:
    return text.translate(_CONTROL_TO_SPACE)


def fit(text: str, cells: int) -> str:
    """``text`` in at most ``cells`` terminal cells, cut with an ellipsis."""
    if cell_len(text) <= cells:
        return text
    if cells <= 0:
        return ""
    return set_cell_size(text, cells - 1).rstrip() + "…"


def passage_text(analysis: Analysis, passage: Passage | Span, article_id: str | None = None) -> str:
    """The text of a passage (or of a span in ``article_id``); empty if the article is unknown."""
    if isinstance(passage, Passage):
        article_id = passage.article
    try:
        text = analysis.article(article_id or "").text
    except KeyError:
        return ""
    return displayable(text[passage.start : passage.end])


def placeholder(text: str) -> Option:
    """A row that says why a list is empty; the cursor skips it."""
    return Option(Content.styled(text, "dim italic"), disabled=True)
