"""What the app remembers between runs: theme, sidebar width, linked scrolling.

Stored in ``$XDG_CONFIG_HOME/reader/settings.yaml`` (``~/.config`` when unset),
a file only the app writes. A missing, unreadable or odd file gives the
defaults: settings must never stop the app from starting.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from reader.tui.view.layout import SIDEBAR_SHARE, clamp_share

MAX_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str | None = None
    sidebar_share: float = SIDEBAR_SHARE
    linked: bool = True


def settings_path(environ: Mapping[str, str] = os.environ) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "reader" / "settings.yaml"


# Settings read ahead (by the process that loaded the articles, while this one started), by path.
_offered: dict[Path, Settings] = {}


def offer_settings(path: Path, settings: Settings) -> None:
    """``settings`` is what ``load_settings(path)`` returns, read elsewhere: the next such call takes it."""
    _offered[path] = settings


def load_settings(path: Path) -> Settings:
    offered = _offered.pop(path, None)
    if offered is not None:
        return offered
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return Settings()
    except OSError:
        return Settings()
    import yaml  # here: without a settings file, the app's start-up need not import it

    try:
        with path.open(encoding="utf-8") as file:
            data = yaml.safe_load(file.read(MAX_BYTES))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    settings = Settings()
    if isinstance(data.get("theme"), str):
        settings = replace(settings, theme=data["theme"])
    share = data.get("sidebar_share")
    if isinstance(share, int | float) and not isinstance(share, bool):
        settings = replace(settings, sidebar_share=clamp_share(float(share)))
    if isinstance(data.get("linked"), bool):
        settings = replace(settings, linked=data["linked"])
    return settings


def save_settings(path: Path, settings: Settings) -> str | None:
    """Write ``settings``; the reason as one line if it could not be written (the app says it and goes on)."""
    import yaml

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text("# Written by reader; edit with care.\n" + yaml.safe_dump(asdict(settings), sort_keys=True), "utf-8")
        partial.replace(path)
    except OSError as error:
        return f"settings not saved: {error.strerror or error}"
    return None
