"""The environment the app starts in: no stale screen size, no 24-bit colour on a dumb terminal."""

from __future__ import annotations

from reader.tui.terminal import prepare_environment


def test_columns_and_lines_are_dropped_so_the_terminal_is_asked() -> None:
    environ = {"COLUMNS": "5", "LINES": "2", "TERM": "xterm-256color"}
    prepare_environment(environ)
    assert environ == {"TERM": "xterm-256color"}


def test_a_dumb_terminal_gets_the_standard_colours_unless_the_user_chose() -> None:
    dumb = {"TERM": "dumb"}
    prepare_environment(dumb)
    assert dumb["TEXTUAL_COLOR_SYSTEM"] == "standard"
    chosen = {"TERM": "dumb", "TEXTUAL_COLOR_SYSTEM": "256"}
    prepare_environment(chosen)
    assert chosen["TEXTUAL_COLOR_SYSTEM"] == "256"
    xterm = {"TERM": "xterm"}
    prepare_environment(xterm)
    assert "TEXTUAL_COLOR_SYSTEM" not in xterm
