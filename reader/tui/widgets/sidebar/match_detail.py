"""The detail view of one shared passage: both texts, word by word, and who each side credits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.content import Span as StyleSpan
from textual.widgets import Static

from reader.core.credits import CreditIndex
from reader.core.model import Analysis, Attribution, Span
from reader.render.snippets import credit_line, one_line
from reader.tui.view.pairing import ShownPair
from reader.tui.widgets.sidebar.matches_tab import kind_style
from reader.tui.widgets.sidebar.rows import displayable

SHARED_STYLE = "bold"
# Struck versus underlined, not only red versus green, so the sides differ without colour.
LEFT_ONLY_STYLE = "strike $error"
RIGHT_ONLY_STYLE = "underline $success"

_WORD = re.compile(r"\w+(?:['’]\w+)*")


_credit_cache: list[tuple[Analysis, CreditIndex]] = []  # the last analysis shown (analyses are immutable)


def credit_index(analysis: Analysis) -> CreditIndex:
    """Attributions by position, built once per analysis: scanning all of them per selected match costs
    ~10 ms with 18,000 attributions, on every `n`."""
    if not _credit_cache or _credit_cache[0][0] is not analysis:
        _credit_cache[:] = [(analysis, CreditIndex(analysis.attributions))]
    return _credit_cache[0][1]


def _merged(intervals: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def side_content(text: str, passage: Span, shared: Sequence[tuple[int, int]], only_style: str) -> Content:
    """The passage's text with shared runs bold and words only on this side in ``only_style``.

    Punctuation and spaces between runs stay plain: only words count as differences.
    """
    start = min(passage.start, len(text))
    end = min(max(passage.end, start), len(text))
    body = displayable(text[start:end])
    covered = _merged(
        [
            (max(run_start, start) - start, min(run_end, end) - start)
            for run_start, run_end in shared
            if run_start < end and start < run_end
        ]
    )
    spans = [StyleSpan(run_start, run_end, SHARED_STYLE) for run_start, run_end in covered]
    gap_start = 0
    for run_start, run_end in [*covered, (len(body), len(body))]:
        spans.extend(StyleSpan(m.start(), m.end(), only_style) for m in _WORD.finditer(body, gap_start, run_start))
        gap_start = run_end
    return Content(body, sorted(spans, key=lambda span: span.start))


def credits_content(analysis: Analysis, sides: Sequence[tuple[str, Sequence[Attribution]]]) -> Content:
    """``A: according to the report (Al-Ahram) · B: Ashraf Abu Al-Houl said``."""
    parts: list[str | tuple[str, str]] = []
    for index, (article_id, attributions) in enumerate(sides):
        if index:
            parts.append(" · ")
        parts += [(f"{article_id}: ", "bold $text-primary")]
        if attributions:
            parts.append(displayable(credit_line(analysis, attributions)))
        else:
            parts.append(("no attribution", "dim italic"))
    return Content.assemble(*parts)


def detail_content(analysis: Analysis, oriented: ShownPair, cluster_size: int | None) -> Content:
    """Header, both sides with their differences, credits and a legend, as one Content."""
    match = oriented.match
    left, right = oriented.left, oriented.right
    left_article, right_article = analysis.article(left.article), analysis.article(right.article)
    header: list[str | tuple[str, str]] = [
        (f"{match.score:.0f}", "bold"),
        " · ",
        (match.kind, kind_style(match.kind)),
    ]
    if len(analysis.articles) >= 3 and cluster_size:
        header += [" · ", (f"in {cluster_size} of {len(analysis.articles)} articles", "$accent")]
    attrs_a, attrs_b = credit_index(analysis).of_match(match)
    left_attrs, right_attrs = (attrs_a, attrs_b) if left == match.a else (attrs_b, attrs_a)
    return Content("\n").join(
        [
            Content.assemble(*header),
            _side_title(left.article, left_article.label),
            side_content(left_article.text, left.span, oriented.shared_spans("left"), LEFT_ONLY_STYLE),
            _side_title(right.article, right_article.label),
            side_content(right_article.text, right.span, oriented.shared_spans("right"), RIGHT_ONLY_STYLE),
            Content(""),
            credits_content(analysis, [(left.article, left_attrs), (right.article, right_attrs)]),
            Content.assemble(
                ("bold", "bold"),
                (" shared · ", "dim"),
                ("struck", LEFT_ONLY_STYLE),
                (f" only in {left.article} · ", "dim"),
                ("underlined", RIGHT_ONLY_STYLE),
                (f" only in {right.article}", "dim"),
            ),
        ]
    )


def _side_title(article_id: str, label: str) -> Content:
    return Content.assemble("\n", (article_id, "bold $text-primary"), "  ", (one_line(displayable(label), 50), "italic dim"))


class MatchDetail(VerticalScroll):
    """Both sides of the selected match, scrollable."""

    DEFAULT_CSS = """
    MatchDetail {
        height: 1fr;
        border-top: solid $primary 50%;
        padding: 0 1;
        & > #match-detail-body {
            width: 100%;
        }
    }
    """

    PLACEHOLDER = "Select a shared passage to compare both sides."

    def compose(self) -> ComposeResult:
        yield Static(Content(self.PLACEHOLDER), id="match-detail-body", markup=False)

    @property
    def body(self) -> Content:
        """What the view shows now (tests and the app read its ``plain``)."""
        content = self.query_one("#match-detail-body", Static).content
        return content if isinstance(content, Content) else Content(str(content))

    def show(
        self,
        analysis: Analysis | None,
        oriented: ShownPair | None,
        cluster_size: int | None = None,
        *,
        first: Content | None = None,
    ) -> None:
        """``first``: lines shown above the passage (the picked discrepancy, issue 13)."""
        body = self.query_one("#match-detail-body", Static)
        if analysis is None or oriented is None:
            body.update(Content(self.PLACEHOLDER))
        else:
            detail = detail_content(analysis, oriented, cluster_size)
            body.update(Content("\n\n").join([first, detail]) if first is not None else detail)
        self.scroll_home(animate=False)
