"""Long lists of flat records in a YAML file (a user gazetteer's 50,000 actors), read in bulk (issue 15).

A block sequence of block mappings whose lines are all ``<indent>- key: value`` or
``<indent>  key: value``, each value a plain one-line scalar or a one-line flow list of
them, is what a large data file nearly always is. Such a region is checked with two
searches over its text (the shape of every line, the shape of every value), turned into
JSON with a few `str.replace` calls, and read by the `json` module's C scanner: ~5x faster
than `yaml_plain` reading it line by line. Values are plain strings unless the loader's own
resolvers type them: a region with a value or key they would type (``no``, ``010``, ``~``)
is left to `yaml_plain`. Anything else (comments or blank lines among the records, quotes,
``:`` ``#`` ``,`` brackets or braces inside a value, other indents or spacing) raises
`Unsupported`. tests/core/test_yaml_records.py checks, over generated documents, that
whatever this returns equals what PyYAML returns.
"""

from __future__ import annotations

import json
import re
from itertools import chain, repeat
from typing import Any

from reader.core.yaml_plain import Resolvers, Unsupported, checked_text, load_plain, resolve_plain

MIN_CHARACTERS = 64 * 1024  # smaller documents: `yaml_plain` alone is fast enough

_KEY = r"[A-Za-z_]\w*"
_HEADER = re.compile(rf"({_KEY}):")  # a top-level "key:" line with the records below it
_TOP = re.compile(r"\n(?=[^ \n])")  # where a top-level line starts (after the first)
# A plain scalar with nothing JSON or a flow list would read differently: no quote, backslash,
# ":", "#", ",", bracket or brace, no indicator first, no space at either end.
_PLAIN = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`\\](?:[^\n:#,\[\]{}\"\\]*[^\s:#,\[\]{}\"\\])?"
_VALUE = rf"(?:{_PLAIN}|\[(?:{_PLAIN}(?:, {_PLAIN})*)?\])"
_BAD_VALUE = re.compile(rf": (?!{_VALUE}\n)")  # after every ": " (one a line) comes a value, then the line's end
_COMMENTS_ONLY = re.compile(r"(?:[ ]*(?:#[^\n]*)?\n)*")


def load_records(text: str, resolvers: Resolvers, tables: bool = False) -> Any:
    """What ``yaml.load(text)`` returns with a safe loader with these implicit resolvers, when its
    large parts are lists of flat records (the other top-level entries are read by `yaml_plain`);
    raises `Unsupported` otherwise. With ``tables``, a list of records that all have the same keys
    in the same order is a `RecordTable` (its `dicts` are that list)."""
    if len(text) < MIN_CHARACTERS:
        raise Unsupported
    text = checked_text(text, resolvers)
    if not text.endswith("\n"):
        text += "\n"
    if text.startswith("- "):  # a bare list
        return _records(text, 0, resolvers, tables)
    starts = [0, *(match.end() for match in _TOP.finditer(text))]
    if len(starts) > 1000:
        raise Unsupported  # not a few sections of records
    document: dict[Any, Any] = {}
    bulk = False  # whether a section was read here (else `yaml_plain` reads the whole document)
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        block = text[start:end]
        header, _, region = block.partition("\n")
        region = region.rstrip(" \n") + "\n"  # blank lines before the next section
        match = _HEADER.fullmatch(header)
        indent = len(region) - len(region.lstrip(" "))
        if match is not None and indent and region.startswith("- ", indent) and len(region) >= MIN_CHARACTERS:
            part = {_plain_key(match.group(1), resolvers): _records(region, indent, resolvers, tables)}
            bulk = True
        elif _COMMENTS_ONLY.fullmatch(block):
            continue
        else:
            part = load_plain(block, resolvers)
            if type(part) is not dict:
                raise Unsupported
        if not document.keys().isdisjoint(part):
            raise Unsupported  # a key given twice
        document.update(part)
    if not bulk:
        raise Unsupported
    return document


def _plain_key(key: str, resolvers: Resolvers) -> str:
    if len(key) > 1000 or resolve_plain(key, resolvers) != key:
        raise Unsupported  # too long for an implicit key, or typed ("on:", "null:")
    return key


def _records(region: str, indent: int, resolvers: Resolvers, tables: bool = False) -> list[dict[str, Any]] | RecordTable:
    """The block sequence ``region`` (lines of ``indent`` spaces and "- ", or ``indent`` + 2 spaces,
    then "key: value"; each line ends with "\\n") as a list of dicts (with ``tables``, a `RecordTable`
    when it can)."""
    item, field = "\n" + " " * indent + "- ", "\n" + " " * (indent + 2)
    lines = "\n" + region[:-1]
    if tables:
        table = _table(region, indent, resolvers)
        if table is not None:
            return table
    if not region.startswith(item[1:]) or re.search(rf"\n(?!{item[1:]}{_KEY}: |{field[1:]}{_KEY}: )", lines):
        raise Unsupported
    if _BAD_VALUE.search(lines + "\n"):
        raise Unsupported
    _check_untyped(lines, resolvers)
    # (the quotes and commas put in hold no ": ", ", " or "]"; an empty list is marked "\x04" meanwhile)
    body = lines[len(item) :].replace(item, '"},{"').replace(field, '","').replace(": []", "\x04")
    body = body.replace(": [", '":["').replace(": ", '":"').replace(", ", '","').replace("]", '"]')
    try:
        records = json.loads(('[{"' + body + '"}]').replace('\x04"', '":[]').replace('"]"', '"]'))
    except ValueError:
        raise Unsupported from None
    for key in set().union(*records):
        _plain_key(key, resolvers)
    return records  # type: ignore[no-any-return]


def _check_untyped(lines: str, resolvers: Resolvers) -> None:
    """Every value and list item the resolvers may type (one starting with a character they start
    with) is the string written, or `Unsupported`."""
    firsts = "".join(re.escape(first) for first in resolvers if first)
    if not firsts:
        return
    found: set[str] = set()
    for before in (": ", r"\[", ", "):  # (three searches for a literal each: faster than one for any of them)
        found.update(re.findall(rf"{before}([{firsts}][^\n,\]]*)", lines))
    for value in found:
        resolved = resolve_plain(value, resolvers)
        if type(resolved) is not str or resolved != value:
            raise Unsupported


class RecordTable:
    """A block list of records that all have the same keys in the same order, by rows of their values as
    written: one regex search reads 50,000 of them, against ~8 passes of `str.replace` and the JSON
    scanner's 50,000 dicts (`_records`), and a reader of its columns (a gazetteer's merge) needs no dicts."""

    __slots__ = ("_columns", "keys", "rows")

    def __init__(self, keys: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        self.keys = keys  # in the order each record has them
        self.rows = rows  # one tuple a record: each value a plain scalar, or a flow list ("[a, b]")
        self._columns: list[tuple[str, ...]] | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, key: str) -> tuple[str, ...]:
        """The values of ``key`` (a key of `keys`) as written: each a plain scalar, or a flow list
        (`flow_value` reads it)."""
        if self._columns is None:
            self._columns = list(zip(*self.rows, strict=True))
        return self._columns[self.keys.index(key)]

    def has_lists(self, key: str) -> bool:
        """Whether a value of ``key`` is a flow list."""
        return "\n[" in "\n" + "\n".join(self.column(key))

    def lists(self, key: str) -> list[list[str]]:
        """The values of ``key`` as lists: a flow list's items, or a scalar alone (`flow_value`)."""
        column = self.column(key)
        joined = "\n".join(column)
        if not joined.startswith("[") or joined.count("\n[") != len(column) - 1 or joined.count("]\n") != len(column) - 1:
            return [[v] if v[:1] != "[" else v[1:-1].split(", ") if len(v) > 2 else [] for v in column]  # (some scalars)
        lists = list(map(str.split, joined[1:-1].split("]\n["), repeat(", ")))  # every value a flow list
        if "[]" in column:
            lists = [items if items != [""] else [] for items in lists]
        return lists

    def dicts(self) -> list[dict[str, Any]]:
        """The records as the YAML loader reads them."""
        keys = self.keys
        return [dict(zip(keys, map(flow_value, row), strict=True)) for row in self.rows]


def flow_value(value: str) -> str | list[str]:
    """A value `RecordTable` holds as written, as the loader reads it: "[a, b]" is a list (its items and
    the scalars are plain, with no ", " or "]" in them)."""
    if value[:1] != "[":
        return value
    return value[1:-1].split(", ") if len(value) > 2 else []


def _table(region: str, indent: int, resolvers: Resolvers) -> RecordTable | None:
    """``region`` as a `RecordTable`, or None when its records have different keys (or a line another
    shape than `_records` reads); raises `Unsupported` for a value the resolvers would type."""
    item, field = " " * indent + "- ", " " * (indent + 2)
    first_keys = re.match(rf"{item}({_KEY}): [^\n]*\n((?:{field}{_KEY}: [^\n]*\n)*)", region)
    if first_keys is None:
        return None
    keys = (first_keys.group(1), *re.findall(rf"^{field}({_KEY}):", first_keys.group(2), re.MULTILINE))
    if len(set(keys)) != len(keys):
        return None
    record = "".join(rf"{item if n == 0 else field}{re.escape(key)}: ([^\n]*)\n" for n, key in enumerate(keys))
    rows = re.findall(record, region)
    if len(keys) == 1:
        rows = [(value,) for value in rows]
    # matches never overlap: when their length adds up to the region's, they are all of it
    fixed = len(item) + (len(keys) - 1) * len(field) + sum(len(key) + 3 for key in keys)
    if not rows or fixed * len(rows) + sum(map(len, chain.from_iterable(rows))) != len(region):
        return None
    if _BAD_VALUE.search("\n" + region):  # every line's value is a plain scalar or a flow list of them
        raise Unsupported
    _check_untyped("\n" + region[:-1], resolvers)
    for key in keys:
        _plain_key(key, resolvers)
    return RecordTable(keys, rows)
