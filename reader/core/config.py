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
POLARITY_FILE = "polarity.yaml"
LEXICON_FILES = (ACTORS_FILE, VERBS_FILE, PARAPHRASES_FILE, POLARITY_FILE)  # the data files a user may put in the config folder


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


def with_user_file(name: str, build: Callable[[list[Path]], T], given: str | os.PathLike[str] | None = None) -> T:
    """``build(files)`` over the user's file ``name`` (when there is one) and the file ``given`` on the
    command line (when there is one), in that order.

    A broken file in ``~/.config/reader/`` would otherwise stop every run, the
    app included, until the user found and fixed it: when ``build`` refuses
    it but succeeds without it, the file is skipped with a `UserFileWarning`
    naming the problem. When ``build`` fails without it too, the fault is
    elsewhere (the ``given`` file) and that error is raised.
    """
    config = user_config_path(name)
    extra = [Path(given)] if given is not None else []
    if not os.path.lexists(config):
        return build(extra)
    try:
        return build([config, *extra])
    except ReaderError as exc:
        problem = exc
    result = build(extra)
    warnings.warn(f"{problem} (skipped: the packaged data is used instead)", UserFileWarning, stacklevel=2)
    return result
