"""`reader FILE...` (the app's launch): the lexicons are judged at the command line and built by the analysis."""

from __future__ import annotations

import asyncio
import gc
import time

import pytest

import reader.tui.app
import reader.tui.garbage
import reader.tui.terminal
from reader.cli import main
from reader.core.text.loader import load_articles
from reader.tui.app import ReaderApp
from reader.tui.background import built

SEED = "articles"
ZORBLAT = "actors:\n  - id: zorblat\n    name: Zorblat Industries\n    kind: organization\n"


class Launches(list):
    """What the app would have been started with, a launch an entry (it is not started), and whether
    garbage collection was on at each."""

    def __init__(self) -> None:
        super().__init__()
        self.collecting: list[bool] = []

    def launch(self, *args: object) -> None:
        self.append(args)
        self.collecting.append(gc.isenabled())


@pytest.fixture
def launched(monkeypatch, tmp_path):
    calls = Launches()
    monkeypatch.setattr(reader.tui.terminal, "prepare_environment", lambda environ: None)
    monkeypatch.setattr(reader.tui.app, "run_app", calls.launch)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return calls


def test_the_app_gets_the_lexicon_files_not_the_lexicons(launched, tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text(ZORBLAT)
    assert main([SEED, "--actors", str(actors)]) == 0
    ((articles, lexicons, notices, _ahead),) = launched
    assert lexicons == (str(actors), None, None) and list(notices) == []
    assert built(lexicons).gazetteer.entry("zorblat").kind == "organization"


def test_a_bad_file_given_as_an_option_stops_the_app_at_the_command_line(launched, tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - id: zorblat\n    name: Zorblat\n    kind: planet\n")
    assert main([SEED, "--actors", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: error: ") and "bad.yaml" in err and err.count("\n") == 1
    assert launched == []


def test_a_broken_config_file_is_a_notice(launched, tmp_path, capsys):
    config = tmp_path / "config" / "reader"
    config.mkdir(parents=True)
    (config / "paraphrases.yaml").write_text("- just\n- a list\n")
    (config / "settings.yaml").write_text("theme: textual-dark\n")
    assert main([SEED]) == 0
    ((_, lexicons, notices, _ahead),) = launched
    assert len(notices) == 1 and notices[0].endswith("(skipped: the packaged data is used instead)")
    assert capsys.readouterr().err == f"reader: warning: {notices[0]}\n"
    assert built(lexicons).paraphrases is not None  # the analysis skips it too, quietly


def test_built_lexicons_pass_through():
    assert built(None) is None


def test_no_garbage_collection_while_the_app_starts_and_collection_is_back_after(launched, tmp_path):
    assert main([SEED]) == 0
    assert launched.collecting == [False] and gc.isenabled()
    assert main([str(tmp_path / "missing.txt")]) == 2  # an error on the way: collection is back too
    assert gc.isenabled()


@pytest.fixture
def no_scroll_collection(monkeypatch):
    # Textual turns collection on too, after a smooth scroll: not that, here.
    monkeypatch.setattr(ReaderApp, "PAUSE_GC_ON_SCROLL", False)


def collection_on_after_start(seen: list[bool], poll: float) -> bool:
    """Runs the app on the seed articles with collection off (as `reader` starts it) until ``seen`` gets an
    entry, and says whether collection is on just after (the collector is the whole process's: read inside
    the app); collection is on again once it returns."""

    async def run() -> bool:
        app = ReaderApp(load_articles([SEED]), processes=False, remember=False)
        gc.disable()
        try:
            async with app.run_test(size=(120, 30)) as pilot:
                deadline = time.monotonic() + 30
                while not seen and time.monotonic() < deadline:
                    await pilot.pause(poll)
                await pilot.pause(0.05)
                return gc.isenabled()
        finally:
            gc.enable()

    return asyncio.run(run())


def test_the_app_turns_collection_back_on_after_its_first_frame(monkeypatch, no_scroll_collection):
    started: list[bool] = []
    monkeypatch.setattr(ReaderApp, "_analyse", lambda self: started.append(gc.isenabled()))
    enabled = collection_on_after_start(started, 0.05)
    assert started and enabled


def test_collection_stays_off_until_the_first_frame_is_frozen_however_slow_that_frame(monkeypatch, no_scroll_collection):
    """The idle timer starts after the first frame: with it started at mount, a first frame slower than its
    period let a collection walk all of start-up's objects just before the freeze."""
    monkeypatch.setattr(reader.tui.garbage, "IDLE_SECONDS", 0.001)  # "slower than the timer's period"
    at_freeze: list[bool] = []
    monkeypatch.setattr(ReaderApp, "_start_background", lambda self: at_freeze.append(gc.isenabled()))
    enabled = collection_on_after_start(at_freeze, 0.01)
    assert at_freeze == [False] and enabled
