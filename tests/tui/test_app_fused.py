"""A sentence in two matches (reader/align_fused.py) on screen: both pairs are walked,
the sentence is selected with either, and each pair colours its own half of it."""

from __future__ import annotations

from reader.tui.app import ReaderApp
from tests.core.align.passes.test_fused import APPEAL_A, FARES_A, FILLER_A, FILLER_B, FUSED_B
from tests.core.align.test_weights import make_article
from tests.tui.driving import drive
from tests.tui.test_app import status

A = make_article("A", " ".join([FILLER_A[0], APPEAL_A, FILLER_A[1], FILLER_A[2], FARES_A]))
B = make_article("B", " ".join([FILLER_B[0], FILLER_B[1], FUSED_B, FILLER_B[2]]))


def test_n_visits_both_matches_of_a_fused_sentence() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        fused_start = B.text.index(FUSED_B)
        on_fused = [p.id for p in app.pairs if p.right.start == fused_start]
        assert len(on_fused) == 2
        seen = []
        for _ in app.pairs:
            await pilot.press("n")
            seen.append(app.selected)
            pair = next(p for p in app.pairs if p.id == app.selected)
            assert "selected" in app.pane("left").roles_at(pair.left.start)
            assert "selected" in app.pane("right").roles_at(pair.right.start)
            assert status(app).startswith(f"Pair {len(seen)} of {len(app.pairs)}")
        assert set(on_fused) <= set(seen)

    drive((A, B), scenario)


def test_the_fused_sentence_shows_each_pair_colour_over_its_own_half() -> None:
    async def scenario(app: ReaderApp, pilot) -> None:
        fused_pairs = [p for p in app.pairs if p.right.start == B.text.index(FUSED_B)]
        appeal = next(p for p in fused_pairs if p.left.start == A.text.index(APPEAL_A))
        fares = next(p for p in fused_pairs if p.left.start == A.text.index(FARES_A))
        pane = app.pane("right")
        assert f"pair-{appeal.colour}" in pane.roles_at(B.text.index("will appeal"))
        assert f"pair-{fares.colour}" in pane.roles_at(B.text.index("higher fares"))
        assert f"pair-{fares.colour}" not in pane.roles_at(B.text.index("will appeal"))
        assert f"pair-{appeal.colour}" not in pane.roles_at(B.text.index("higher fares"))

    drive((A, B), scenario)
