"""Regenerate the README screenshots: ``python -m reader.tui.screenshots [--out screenshots]``.

Each screenshot is a `Shot`: a terminal size, a theme and the keys a user
would press. `play` drives a running `ReaderApp` through a shot and waits for
every background worker, so the same shot always gives the same picture;
`tests/test_snapshots.py` plays the same shots against its SVG baselines.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, TabbedContent

from reader.core.errors import ReaderError
from reader.core.model import Article
from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp

SEED_ARTICLES = Path(__file__).resolve().parent.parent / "bundled_articles"
# A self-written pair (not copied from any article) that disagrees on numbers, a source and a quote.
DISCREPANCY_PAIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "discrepancies"
WIDE = (200, 50)
SMALL = (80, 24)


def show_matches_tab(app: App) -> None:
    app.query_one("#sidebar-tabs", TabbedContent).active = "tab-matches"


def cursor_on_hamas(app: App) -> None:
    """Focus the actors list with its cursor on Hamas, so enter picks it."""
    actors = app.query_one("#actors-list", OptionList)
    actors.focus()
    actors.highlighted = actors.get_option_index("hamas")


def show_differences_tab(app: App) -> None:
    """The Differences tab open, its list focused."""
    app.query_one("#sidebar-tabs", TabbedContent).active = "tab-differences"
    app.query_one("#differences-list", OptionList).focus()


def focus_actors_list(app: App) -> None:
    """Focus the open tab's list, as tab into the sidebar does."""
    app.query_one("#actors-list", OptionList).focus()


@dataclass(frozen=True)
class Shot:
    """One screenshot: what the user pressed, at which terminal size, in which theme.

    ``setup`` puts focus or the sidebar tab where the keys expect them: done by
    hand rather than with tab presses, so a change to the focus order does not
    change what the picture shows.
    """

    name: str
    keys: tuple[str, ...] = ()
    size: tuple[int, int] = WIDE
    theme: str = "textual-dark"
    setup: Callable[[App], None] | None = None
    files: tuple[Path, ...] = ()
    """Articles of its own (the seed pair or the files named on the command line otherwise)."""


SHOTS: tuple[Shot, ...] = (
    Shot("main"),
    Shot("pair", ("n",), setup=show_matches_tab),  # n selects the first shared passage
    Shot("search", ("slash", *"Barakt")),
    Shot("actor", ("enter", "n"), setup=cursor_on_hamas),  # n jumps to the first mention
    Shot("help", ("question_mark",)),
    Shot("small", (), SMALL),  # below 100 columns the sidebar starts hidden
    Shot("small-sidebar", ("n", "s"), SMALL),  # s brings it over the articles
    Shot("legend", ("n", "i")),  # i: the key to the highlights, under the panes
    Shot("sidebar-focused", ("down",), setup=focus_actors_list),  # tab's last stop: the open tab's list
    Shot("light", ("n",), theme="textual-light"),
    # d d: the second discrepancy of the court pair (1 vs two million pounds), both panes level on it.
    Shot(
        "differences",
        ("d", "d"),
        setup=show_differences_tab,
        files=(DISCREPANCY_PAIR / "court_a.txt", DISCREPANCY_PAIR / "court_b.txt"),
    ),
)


async def settle(pilot: Pilot) -> None:
    """Wait until no worker runs and every message they caused has been handled."""
    app = pilot.app
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def play(pilot: Pilot, shot: Shot) -> None:
    """Bring a freshly started app to the state ``shot`` shows."""
    app = pilot.app
    app.theme = shot.theme
    await settle(pilot)
    if isinstance(app, ReaderApp) and app.analysis is None:
        raise ReaderError(f"screenshot {shot.name}: the analysis did not finish")
    # A blinking cursor would make the picture depend on the clock: keep it steadily on.
    for search_input in app.query(Input):
        search_input.cursor_blink = False
    if shot.setup is not None:
        shot.setup(app)
        await settle(pilot)
    for key in shot.keys:
        await pilot.press(key)
        await settle(pilot)


def shot_articles(shot: Shot, articles: Sequence[Article]) -> Sequence[Article]:
    """The shot's own articles if it names any, else ``articles``."""
    return load_articles(list(shot.files)) if shot.files else articles


async def capture(articles: Sequence[Article], shot: Shot) -> str:
    """The SVG of ``shot`` played on a new app over ``articles``."""
    app = ReaderApp(shot_articles(shot, articles), processes=False, remember=False)
    async with app.run_test(size=shot.size) as pilot:
        await play(pilot, shot)
        return app.export_screenshot(title=f"reader — {shot.name}")


def write_screenshots(out: Path, articles: Sequence[Article], shots: Sequence[Shot] = SHOTS) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for shot in shots:
        path = out / f"{shot.name}.svg"
        path.write_text(asyncio.run(capture(articles, shot)), encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.tui.screenshots",
        description="Write SVG screenshots of the reader app (" + ", ".join(s.name for s in SHOTS) + ").",
    )
    parser.add_argument("--out", default="screenshots", help="directory to write into (default: screenshots)")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=[s.name for s in SHOTS], help="just these shots")
    parser.add_argument("files", nargs="*", metavar="FILE", help="articles to show (default: the seed pair)")
    args = parser.parse_args(argv)
    try:
        articles = load_articles(args.files or [SEED_ARTICLES])
        if len(articles) < 2:
            raise ReaderError("screenshots need at least two articles")
        shots = [shot for shot in SHOTS if not args.only or shot.name in args.only]
        started = time.perf_counter()
        for path in write_screenshots(Path(args.out), articles, shots):
            print(path)
    except ReaderError as exc:
        print(f"screenshots: error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(shots)} screenshots in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
