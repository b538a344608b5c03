"""What the widget tests share."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

import reader.tui
from reader.tui.app import ReaderApp


class StyledApp(App[None]):
    """A host app with the reader's stylesheet and theme variables, as the widgets have in `ReaderApp`
    (the styles the sidebar's lists share are in reader.tcss)."""

    CSS_PATH = str(Path(reader.tui.__file__).parent / "reader.tcss")
    get_theme_variable_defaults = ReaderApp.get_theme_variable_defaults
