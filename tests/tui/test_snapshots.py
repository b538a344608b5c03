"""SVG snapshots of the reader app's main screens (pytest-textual-snapshot).

The shots are the ones `python -m reader.tui.screenshots` writes for the
README, played by the same code (`reader.tui.screenshots.play`), which waits
for the analysis and search workers so a picture never depends on timing.
After a deliberate visual change, look at the failure report, then run
``python -m pytest tests/test_snapshots.py --snapshot-update`` and review
the new SVGs in tests/__snapshots__/ before committing them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp
from reader.tui.screenshots import SEED_ARTICLES, SHOTS, Shot, play, shot_articles, show_matches_tab
from reader.tui.screenshots import main as screenshots_main

MARKUP_PAIR = Path(__file__).resolve().parents[1] / "fixtures" / "markup"
SEED = load_articles([SEED_ARTICLES])
MARKUP = load_articles([MARKUP_PAIR])
# The markup pair, with its first shared passage selected and shown in the sidebar's detail view.
MARKUP_SHOT = Shot("markup", ("n",), size=(160, 40), setup=show_matches_tab)

# Article text and metadata that Textual or Rich markup would swallow, style or act on.
LITERALS = (
    "[Smith]",
    "[/]",
    "[bold]harbour tunnel[/bold]",
    "[link=https://x]the council",
    "site[/link]",
    "[@click=app.quit]Okafor[/]",
    "[[escaped]]",
    "$accent",
    ":smile:",
    "[bold]Breaking[/bold]",  # A's title
    "[red]Riverside[/red]",
)


def player(shot: Shot):
    async def run_before(pilot) -> None:
        await play(pilot, shot)

    return run_before


@pytest.mark.parametrize("shot", SHOTS, ids=[shot.name for shot in SHOTS])
def test_seed_pair_screens(snap_compare, shot: Shot) -> None:
    app = ReaderApp(shot_articles(shot, SEED), processes=False, remember=False)
    assert snap_compare(app, terminal_size=shot.size, run_before=player(shot))


def test_markup_hostile_pair(snap_compare) -> None:
    assert snap_compare(
        ReaderApp(MARKUP, processes=False, remember=False), terminal_size=MARKUP_SHOT.size, run_before=player(MARKUP_SHOT)
    )


def screen_lines(articles, shot: Shot) -> list[str]:
    async def main() -> list[str]:
        app = ReaderApp(articles, processes=False, remember=False)
        async with app.run_test(size=shot.size) as pilot:
            await play(pilot, shot)
            # The compositor's strips are exactly what the terminal would show.
            return [strip.text for strip in app.screen._compositor.render_strips()]

    return asyncio.run(main())


def test_markup_hostile_text_is_shown_literally() -> None:
    lines = screen_lines(MARKUP, MARKUP_SHOT)
    screen = "\n".join(lines)
    missing = [literal for literal in LITERALS if literal not in screen]
    assert not missing, f"not shown literally: {missing}\n{screen}"
    # ANSI colour codes in the files are dropped, their words kept, and no escape reaches the terminal.
    assert "Red alert notices" in screen and "[bold]red alert[/bold]" in screen
    assert "[31m" not in screen and "[0m" not in screen and "\x1b" not in screen
    # The first shared passage is selected and the detail view quotes both sides.
    assert "Pair " in screen and "paraphrase" in screen


def test_screenshots_command_writes_the_named_svgs(tmp_path: Path, capsys) -> None:
    assert screenshots_main(["--out", str(tmp_path / "shots"), "--only", "help"]) == 0
    written = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert written == ["help.svg"]
    svg = (tmp_path / "shots" / "help.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "reader&#160;—&#160;help" in svg and "Keys" in svg


def test_screenshots_command_reports_a_missing_file_in_one_line(tmp_path: Path, capsys) -> None:
    assert screenshots_main(["--out", str(tmp_path), str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("screenshots: error: ") and err.count("\n") == 1
    assert not any(tmp_path.iterdir())
