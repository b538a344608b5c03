"""What the fast YAML readers' properties share: the loaders they are checked with, and "reads what PyYAML reads"."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import yaml

from reader.core.yaml_files import _YAML_LOADER, _StringsLoader
from reader.core.yaml_plain import Unsupported

LOADERS = (_YAML_LOADER, _StringsLoader)


def same(a: Any, b: Any) -> bool:
    """Equal values of equal types (True is not 1, 1 is not 1.0), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return same(list(a), list(b)) and same(list(a.values()), list(b.values()))
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def reads_as_pyyaml(read: Callable[[str, Any], Any], text: str, loader: Any) -> bool:
    """Whether ``read(text, resolvers)`` read ``text`` (it may decline with `Unsupported`); when it did, PyYAML
    with ``loader`` reads the same."""
    try:
        fast = read(text, loader.yaml_implicit_resolvers)
    except Unsupported:
        return False
    expected = yaml.load(text, Loader=loader)  # an error here: the fast reader accepted a malformed document
    assert same(fast, expected), (fast, expected)
    return True
