"""YAML the user writes (articles, front matter, sidecars, gazetteers, verb lists): one parser, one kind of error.

PyYAML raises more than `yaml.YAMLError` on hostile input (ValueError,
RecursionError ...), and a user's file must only ever cost a one-line
`ReaderError` naming the file and, when known, the line.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from reader.core.errors import ReaderError
from reader.core.text.files import MAX_FILE_BYTES, printable_path, read_file_bytes
from reader.core.yaml_plain import Unsupported, load_plain, resolve_plain
from reader.core.yaml_records import load_records

# The C loader parses a 1 MB YAML article ~10x faster; both are safe loaders.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StringsLoader(_YAML_LOADER):  # type: ignore[misc]
    """A safe loader that types no plain scalar but null: ``no``, ``on``, ``010``, ``0x1F``, ``12:30:00``
    and ``2016-05-01`` stay the strings written (article metadata is text)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
        for first, resolvers in _YAML_LOADER.yaml_implicit_resolvers.items()
    }


def parse_yaml(text: str, name: str, what: str = "YAML", first_line: int = 1, strings: bool = False, tables: bool = False) -> Any:
    """The document in ``text``; ``name`` (a printable file name) and ``what`` word the error.

    ``first_line`` is the file line ``text`` starts on (front matter starts on line 2).
    With ``strings``, every scalar but null is read as the string written (metadata). With ``tables``,
    a long list of records that all have the same keys may be a `yaml_records.RecordTable` (whose
    ``dicts()`` are that list), for a reader of columns.
    """
    loader = _StringsLoader if strings else _YAML_LOADER
    # The fast readers are for data files (a user's 50,000-entry gazetteer); an article's front matter and
    # body (``strings``) are a block scalar they decline only after scanning it all, twice.
    fast_readers = () if strings else (partial(load_records, tables=tables), load_plain)
    try:
        for fast_reader in fast_readers:
            try:
                return fast_reader(text, loader.yaml_implicit_resolvers)
            except Exception:  # noqa: BLE001 - Unsupported, or any surprise: the next reader, then PyYAML (which words errors)
                pass
        try:
            return _load_from_events(text, loader)
        except Unsupported:
            return yaml.load(text, Loader=loader)
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


def _load_from_events(text: str, loader: Any) -> Any:
    """What ``yaml.load(text, Loader=loader)`` returns, built from the parser's events without recursion.

    PyYAML's composer takes time growing faster than the file (a 4 MB gazetteer
    of 50,000 entries: ~10 s, against under 1 s for its events) and recurses on
    deep nesting. Plain documents (mappings, sequences, scalars) are built here;
    anything else raises `Unsupported` and is left to PyYAML.
    """
    resolvers = loader.yaml_implicit_resolvers
    stack: list[tuple[Any, list[Any]]] = []  # (container, [pending mapping key]) per open collection
    root: Any = None
    documents = 0
    scalar, mapping, sequence = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    closing = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    event: Any
    for event in yaml.parse(text, Loader=loader):
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None:
                raise Unsupported
            value: Any = _scalar(event, resolvers)
        elif kind is mapping or kind is sequence:
            if event.anchor is not None or not event.implicit:
                raise Unsupported
            value = {} if kind is mapping else []
        elif kind in closing:
            if stack.pop()[1]:
                raise Unsupported
            continue
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise Unsupported  # PyYAML words the "single document" error
            continue
        elif kind is yaml.AliasEvent:
            raise Unsupported
        else:
            continue
        if stack:
            container, pending = stack[-1]
            if pending:
                container[pending.pop()] = value
            elif type(container) is list:
                container.append(value)
            elif isinstance(value, (list, dict)) or value == "<<":
                raise Unsupported  # a complex key, or a merge key
            else:
                pending.append(value)
        else:
            root = value
        if kind is not scalar:
            stack.append((value, []))
    return root


def _scalar(event: yaml.ScalarEvent, resolvers: dict[Any, list[tuple[str, Any]]]) -> Any:
    if event.tag is not None and event.tag != "!":
        raise Unsupported  # an explicit tag
    if event.style or not event.implicit[0]:  # quoted, block or tagged "!": a string
        return event.value
    return resolve_plain(event.value, resolvers)


def read_yaml_file(path: Path, what: str, limit: int = MAX_FILE_BYTES, tables: bool = False) -> Any:
    """The document in the UTF-8 file ``path``; ``what`` ("gazetteer") names the file in errors;
    ``tables`` as for `parse_yaml`.

    Read like every file (`read_file_bytes`): a regular file of at most ``limit`` bytes.
    """
    name = printable_path(path)
    try:
        raw = read_file_bytes(path, what, limit)
    except ReaderError as exc:
        if not os.path.lexists(path):
            raise ReaderError(f"{name}: no such {what} file") from None
        raise exc from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{name}: {what} is not UTF-8 text (byte {exc.start})") from None
    return parse_yaml(text.lstrip("\ufeff"), name, tables=tables)
