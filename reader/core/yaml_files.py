"""YAML the user writes (articles, front matter, sidecars, gazetteers, verb lists): one parser, one kind of error.

PyYAML raises more than `yaml.YAMLError` on hostile input (ValueError,
RecursionError ...), and a user's file must only ever cost a one-line
`ReaderError` naming the file and, when known, the line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from reader.core.errors import ReaderError

# The C loader parses a 1 MB YAML article ~10x faster; both are safe loaders.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, name: str, what: str = "YAML", first_line: int = 1) -> Any:
    """The document in ``text``; ``name`` (a printable file name) and ``what`` word the error.

    ``first_line`` is the file line ``text`` starts on (front matter starts on line 2).
    """
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + first_line}" if mark is not None else ""
        problem = " ".join(str(exc.problem or exc.context or "invalid syntax").split())
        raise ReaderError(f"{name}: malformed {what}{where}: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + first_line
        raise ReaderError(f"{name}: malformed {what} at line {line}: {exc.reason} (U+{exc.character:04X})") from None
    except Exception as exc:  # noqa: BLE001 - PyYAML leaks ValueError, RecursionError... on hostile input
        problem = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ReaderError(f"{name}: malformed {what}: {problem}") from None


def read_yaml_file(path: Path, what: str) -> Any:
    """The document in the UTF-8 file ``path``; ``what`` ("gazetteer") names the file in errors."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReaderError(f"{path}: no such {what} file") from None
    except UnicodeDecodeError:
        raise ReaderError(f"{path}: {what} is not UTF-8 text") from None
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read {what} ({exc.strerror or type(exc).__name__})") from None
    return parse_yaml(text.lstrip("\ufeff"), str(path))
