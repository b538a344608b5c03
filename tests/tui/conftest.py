"""Every app test runs with its own settings directory: nothing reads or writes the user's real one."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "reader" / "settings.yaml"
