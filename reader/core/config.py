"""Where a user's own data files live (``$XDG_CONFIG_HOME/reader/``, default ``~/.config/reader/``)
and where fetched pages are cached (``$XDG_CACHE_HOME/reader/``, default ``~/.cache/reader/``)."""

from __future__ import annotations

import os
from pathlib import Path

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
