"""Where a discrepancy was found (`Discrepancy.place`) in the Markdown report and the text summary: from the
field, not from words at the end of its detail."""

from __future__ import annotations

import dataclasses

import pytest

from reader.core.model import Analysis, Discrepancy, Passage
from reader.render.markdown import analysis_to_markdown
from reader.render.text import analysis_to_text


@pytest.fixture(scope="module")
def placed(seed_analysis: Analysis) -> Analysis:
    """The seed pair with three number discrepancies under its first passage: in it, beside it, elsewhere."""
    match = seed_analysis.matches[0]
    found = [
        Discrepancy(
            f"d{n}",
            "number",
            match.id,
            Passage(match.a.article, match.a.start, match.a.start + 3),
            Passage(match.b.article, match.b.start, match.b.start + 3),
            f"A: {n} things · B: {n + 1} things",
            "medium",
            "different count",
            place=place,
        )
        for n, place in enumerate(("match", "beside", "elsewhere"), 1)
    ]
    return dataclasses.replace(seed_analysis, discrepancies=tuple(found))


def test_markdown_gives_each_discrepancy_its_place_in_a_column(placed: Analysis) -> None:
    lines = analysis_to_markdown(placed).splitlines()
    header = lines.index("| passage | place | kind | severity | where they differ |")
    rows = lines[header + 2 : header + 5]
    assert [row.split(" | ")[1] for row in rows] == ["match", "beside", "elsewhere"]
    assert rows[2] == "| 1 | elsewhere | number (different count) | medium | A: 3 things · B: 4 things |"


def test_text_tags_a_discrepancy_found_outside_its_passage(placed: Analysis) -> None:
    lines = [line for line in analysis_to_text(placed).splitlines() if "things" in line]
    assert lines == [
        "  1. number      medium A: 1 things · B: 2 things",
        "  1. number      medium [beside] A: 2 things · B: 3 things",
        "  1. number      medium [elsewhere] A: 3 things · B: 4 things",
    ]
