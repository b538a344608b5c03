"""Where each discrepancy's two sides were found (`Discrepancy.place`), and that the JSON says it.

Every text here is a self-written fixture, not real reporting.
"""

from __future__ import annotations

from reader.render.json import analysis_to_json
from tests.core.discrepancies.test_days import A_VOTE, B_VOTE


def test_inside_the_match_beside_it_and_elsewhere(analyse):
    inside = analyse(
        "Police said 23 defendants were charged on Monday in the capital.",
        "Police said 22 defendants were charged on Monday in the capital.",
    )
    assert [d.place for d in inside.discrepancies] == ["match"]
    beside = analyse(
        "The adviser told reporters that failure to pass the tax deal would raise the risk of a recession sharply. "
        "Markets fell on the news.",
        "The adviser told reporters that failure to pass the tax deal would raise the risk of a recession sharply. "
        '"To pass this bill in the next weeks would raise the risk of a recession," he said.',
    )
    assert "beside" in {d.place for d in beside.discrepancies}
    elsewhere = analyse(A_VOTE, B_VOTE)
    (day,) = [d for d in elsewhere.discrepancies if d.detail.startswith("different weekday")]
    assert day.place == "elsewhere"
    assert any(d["place"] == "elsewhere" for d in analysis_to_json(elsewhere)["discrepancies"])


def test_placed_is_replace_of_the_place_alone():
    import dataclasses

    from reader.core.discrepancies.common import Found, placed
    from reader.core.model import Span

    # Every field away from its default: a field added to Found later and left out of `placed` fails here.
    found = Found("number", Span(3, 9), Span(10, 12), "12 vs 13", "high", "different money", "match")
    assert placed(found, "beside") == dataclasses.replace(found, place="beside")
    assert placed(found, "elsewhere").place == "elsewhere" and placed(found, "beside").summary == "12 vs 13"
    assert [f.name for f in dataclasses.fields(Found)] == ["kind", "a", "b", "summary", "severity", "detail", "place"]
