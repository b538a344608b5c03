"""Guards on the Textual internals the app leans on: a Textual upgrade that changes one fails here, by name,
rather than as a wrong screen or a terminal left in application mode."""

from __future__ import annotations

import inspect

from textual._styles_cache import StylesCache
from textual.app import App
from textual.drivers._writer_thread import WriterThread
from textual.drivers.linux_driver import LinuxDriver
from textual.screen import Screen
from textual.widget import Widget

from reader.tui import leave


def _parameters(function: object) -> list[tuple[str, inspect._ParameterKind]]:
    return [(p.name, p.kind) for p in inspect.signature(function).parameters.values()]  # type: ignore[arg-type]


def test_the_vertical_scrollbar_is_still_made_as_steady_makes_it() -> None:
    """`SteadyScrollbars.vertical_scrollbar` copies Textual's getter with a `KeptScrollBar`."""
    getter = Widget.vertical_scrollbar.fget
    assert getter is not None
    source = inspect.getsource(getter)
    for part in ("self._vertical_scrollbar", "ScrollBar(", 'name="vertical"', "thickness=self.scrollbar_size_vertical"):
        assert part in source, f"Widget.vertical_scrollbar changed ({part!r} gone): rework SteadyScrollbars"
    assert ".display = False" in source and "self.app._start_widget(self, " in source
    assert _parameters(App._start_widget) == [("self", 1), ("parent", 1), ("widget", 1)]


def test_the_styles_cache_calls_finished_lines_makes_still_take_the_same_arguments() -> None:
    """`FinishedLines` marks rows dirty and finishes them through the widget's styles cache."""
    assert _parameters(StylesCache.render_widget) == [("self", 1), ("widget", 1), ("crop", 1)]
    assert _parameters(StylesCache.set_dirty) == [("self", 1), ("regions", inspect.Parameter.VAR_POSITIONAL)]
    assert "_styles_cache" in inspect.getsource(Widget.render_lines)


def test_the_driver_members_leave_uses_are_still_there() -> None:
    """`leave.give_terminal_back`: no input thread to join, Textual's `stop_application_mode`, the input
    thread told to stop, the writer stopped once drained."""
    init = inspect.getsource(LinuxDriver.__init__)
    for member in ("self.exit_event = ", "self._key_thread: ", "self._writer_thread: "):
        assert member in init, f"LinuxDriver.__init__ no longer sets {member!r}: rework reader.tui.leave"
    assert _parameters(LinuxDriver.stop_application_mode) == [("self", 1)]
    assert "self.disable_input()" in inspect.getsource(LinuxDriver.stop_application_mode)
    disable_input = inspect.getsource(LinuxDriver.disable_input)
    # Without a thread to join it still turns the mouse off, flushes pending input, and clears the event.
    for part in ("if self._key_thread is not None:", "self._disable_mouse_support()", "termios.tcflush(", "exit_event.clear()"):
        assert part in disable_input, f"LinuxDriver.disable_input changed ({part!r}): rework reader.tui.leave"
    assert _parameters(WriterThread.stop) == [("self", 1)]
    driver = object.__new__(LinuxDriver)  # no __init__: it would install signal handlers in the test process
    driver.exit_event = driver._key_thread = driver._writer_thread = None
    assert leave.can_leave_at_once(driver)


def test_the_screen_still_sizes_widgets_through_size_updated() -> None:
    """`ArticlePane._size_updated` wraps the article before the first frame, and `SteadyScrollbars._size_updated`
    skips an unchanged size: both override this private hook, which the screen's layout must still call."""
    assert _parameters(Widget._size_updated) == [
        ("self", 1),
        ("size", 1),
        ("virtual_size", 1),
        ("container_size", 1),
        ("layout", 1),
    ]
    assert "._size_updated(" in inspect.getsource(Screen), "Screen no longer calls _size_updated: rework ArticlePane"
