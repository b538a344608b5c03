"""Where a user's own data files live (``$XDG_CONFIG_HOME/reader/``, default ``~/.config/reader/``)
and where fetched pages are cached (``$XDG_CACHE_HOME/reader/``, default ``~/.cache/reader/``)."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reader.core.errors import ReaderError

T = TypeVar("T")

ACTORS_FILE = "actors.yaml"
VERBS_FILE = "reporting_verbs.yaml"
PARAPHRASES_FILE = "paraphrases.yaml"


def user_config_path(name: str) -> Path:
    """The per-user file ``name``; it may not exist."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "reader" / name


def user_cache_dir() -> Path:
    """Where fetched web pages are kept: ``$XDG_CACHE_HOME/reader/`` (default ``~/.cache/reader/``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "reader"


class UserFileWarning(UserWarning):
    """A file in the user's config directory could not be used and was skipped (the CLI prints it as one line)."""


def with_user_file(name: str, build: Callable[[Path | None], T]) -> T:
    """``build(path)`` with the user's file ``name`` when there is one; ``build(None)`` without it.

    A broken file in ``~/.config/reader/`` would otherwise stop every run, the
    app included, until the user found and fixed it: when ``build`` refuses
    it but succeeds without it, the file is skipped with a `UserFileWarning`
    naming the problem. When ``build`` fails without it too, the fault is
    elsewhere (a file given on the command line) and that error is raised.
    """
    path = user_config_path(name)
    if not os.path.lexists(path):
        return build(None)
    try:
        return build(path)
    except ReaderError as exc:
        problem = exc
    result = build(None)
    warnings.warn(f"{problem} (skipped: the packaged data is used instead)", UserFileWarning, stacklevel=2)
    return result
