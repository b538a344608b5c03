"""The environment the app starts in, set right before Textual is imported.

- ``COLUMNS``/``LINES`` tell programs that never ask the terminal how big it is;
  Textual's driver reads them first (through ``shutil.get_terminal_size``), so a
  stale ``COLUMNS=5 LINES=2`` would squeeze the app into 5x2 cells of a big
  terminal. The app asks the terminal instead.
- ``TERM=dumb`` (or ``unknown``): Textual treats "no colour system detected"
  as 24-bit colour. The app keeps to the 16 standard colours there, unless the
  user chose with ``TEXTUAL_COLOR_SYSTEM``.
"""

from __future__ import annotations

from collections.abc import MutableMapping

DUMB_TERMINALS = ("dumb", "unknown")


def prepare_environment(environ: MutableMapping[str, str]) -> None:
    """Adjust ``environ`` (the process's, normally) before Textual reads it."""
    environ.pop("COLUMNS", None)
    environ.pop("LINES", None)
    if environ.get("TERM", "").strip().lower() in DUMB_TERMINALS:
        environ.setdefault("TEXTUAL_COLOR_SYSTEM", "standard")
