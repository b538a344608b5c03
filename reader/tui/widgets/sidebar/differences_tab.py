"""The sidebar's "Differences" tab: the list of where the shown articles disagree, and the lines the
detail view shows above a passage's word-level diff when a discrepancy is picked (issue 13)."""

from __future__ import annotations

from textual.content import Content

from reader.core.model import Analysis, Discrepancy
from reader.render.snippets import one_line
from reader.tui.view.differences import paragraph_of, place_note
from reader.tui.widgets.differences import KIND_LABELS, SEVERITY_STYLES, DifferencesList
from reader.tui.widgets.sidebar.filling import LIST_KEYS
from reader.tui.widgets.sidebar.match_detail import MatchDetail
from reader.tui.widgets.sidebar.rows import displayable
from reader.tui.widgets.steady import SteadyScrollbars

# The detail view's style for the disagreeing words: as in the panes (reader.tcss, .article-pane--discrepancy).
SPAN_STYLE = "bold underline on $discrepancy 60%"


class DifferencesTab(DifferencesList, SteadyScrollbars):
    """`DifferencesList` with the sidebar lists' keys (j / k), cursor style and row width."""

    BINDINGS = LIST_KEYS

    DEFAULT_CSS = """
    DifferencesTab {
        height: auto;
        max-height: 45%;
    }
    /* As the other lists: under NO_COLOR the cursor row must not depend on a background shade. */
    Sidebar.-no-color DifferencesTab > .option-list--option-highlighted {
        text-style: bold underline;
    }
    """

    def set_width(self, width: int) -> None:
        """Rows built for ``width`` cells (the sidebar's inside); rebuilt only when it changed."""
        if width != self._width:
            self._width = width
            if self.is_mounted:
                self._rebuild()

    def _rebuild(self) -> None:
        super()._rebuild()
        if self.highlighted is None:
            self.action_first()  # a cursor from the start, so enter works without an arrow key first


def discrepancy_content(analysis: Analysis, d: Discrepancy) -> Content:
    """``Difference · number · high``, the summary, what refines it, where it was found when not inside its
    passage, and each side's words (with its paragraph, then: each side's paragraph is said once, here)."""
    kind = KIND_LABELS.get(d.kind, d.kind)
    lines = [
        Content.assemble(
            ("Difference", "bold $accent"), " · ", (kind, "bold"), " · ", (d.severity, SEVERITY_STYLES.get(d.severity, ""))
        ),
        Content(displayable(d.summary)),
    ]
    if d.detail:
        lines.append(Content.styled(displayable(d.detail), "italic $text-muted"))
    where = place_note(analysis, d)
    if where:
        lines.append(Content.styled(where[0].upper() + where[1:], "italic $text-muted"))
    for side in (d.a, d.b):
        words = one_line(displayable(analysis.text_of(side)), 200)
        label = f"{side.article}, paragraph {paragraph_of(analysis.article(side.article), side.start)}" if where else side.article
        lines.append(Content.assemble((f"{label}: ", "bold $text-primary"), (words, SPAN_STYLE)))
    return Content("\n").join(lines)


class DifferenceDetail(MatchDetail):
    """Under the Differences list: the picked discrepancy, then its passage word by word."""

    PLACEHOLDER = "Pick a difference (enter) to see it above both sides of its passage."
