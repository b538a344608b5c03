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


def load_records(text: str, resolvers: Resolvers) -> Any:
    """What ``yaml.load(text)`` returns with a safe loader with these implicit resolvers, when its
    large parts are lists of flat records (the other top-level entries are read by `yaml_plain`);
    raises `Unsupported` otherwise."""
    if len(text) < MIN_CHARACTERS:
        raise Unsupported
    text = checked_text(text, resolvers)
    if not text.endswith("\n"):
        text += "\n"
    if text.startswith("- "):  # a bare list
        return _records(text, 0, resolvers)
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
            part = {_plain_key(match.group(1), resolvers): _records(region, indent, resolvers)}
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


def _records(region: str, indent: int, resolvers: Resolvers) -> list[dict[str, Any]]:
    """The block sequence ``region`` (lines of ``indent`` spaces and "- ", or ``indent`` + 2 spaces,
    then "key: value"; each line ends with "\\n") as a list of dicts."""
    item, field = "\n" + " " * indent + "- ", "\n" + " " * (indent + 2)
    lines = "\n" + region[:-1]
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
