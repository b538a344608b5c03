"""One article line as segments: cut where highlight styles change, each piece carrying its offset."""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style


def line_segments(text: str, base: Style, styled: Sequence[tuple[int, int, Style]]) -> list[Segment]:
    """``text`` cut where styles change; every piece gets ``base`` plus the styles covering it, later ones on top.

    Built by hand rather than with `rich.text.Text`, which leaves a line
    without spans unstyled (the terminal's colours instead of the theme's).
    """
    cuts = sorted(
        {0, len(text), *(max(0, min(s, len(text))) for s, e, _ in styled), *(max(0, min(e, len(text))) for s, e, _ in styled)}
    )
    segments: list[Segment] = []
    for left, right in zip(cuts, cuts[1:]):
        style = base
        for start, end, extra in styled:
            if start <= left and right <= end:
                style += extra
        segments.append(Segment(text[left:right], style))
    return segments


def with_offsets(segments: Sequence[Segment], y: int) -> list[Segment]:
    """``segments`` with each one's offset (column, line) in its style's meta, as `Strip.apply_offsets(0, y)` does."""
    out: list[Segment] = []
    x = 0
    for text, style, _ in segments:
        offset = Style.from_meta({"offset": (x, y)})
        out.append(Segment(text, style + offset if style else offset))
        x += len(text)
    return out
