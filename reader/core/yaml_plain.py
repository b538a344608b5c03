"""A fast reader for plain YAML: what `yaml.safe_load` returns for the shape data files have, or `Unsupported`.

A 50,000-entry user gazetteer spends most of a second in PyYAML's events alone
(issue 15). Data files are nearly always block mappings and sequences of
one-line scalars (plain, quoted) and flow lists of them, which this reads line
by line. Anything else, or anything it is not sure of (anchors, tags, block
scalars, multi-line scalars, tabs, control characters, ``:`` or ``#`` in a
plain scalar, an error of any kind), raises `Unsupported` and the caller uses
PyYAML, which also words every error. Plain scalars are typed by the loader's
own resolvers and constructors. tests/core/test_yaml_plain.py checks, over
generated documents, that whatever this returns equals what PyYAML returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml


class Unsupported(Exception):
    """The document uses something left to PyYAML."""


_CONSTRUCTOR: Any = yaml.constructor.SafeConstructor()
_SCALAR_BUILDERS: dict[str, Callable[[str], Any]] = {
    "tag:yaml.org,2002:str": lambda value: value,
    "tag:yaml.org,2002:null": lambda value: None,
    "tag:yaml.org,2002:bool": lambda value: yaml.SafeLoader.bool_values[value.lower()],
    "tag:yaml.org,2002:int": lambda value: _CONSTRUCTOR.construct_yaml_int(yaml.ScalarNode("", value)),
    "tag:yaml.org,2002:float": lambda value: _CONSTRUCTOR.construct_yaml_float(yaml.ScalarNode("", value)),
}
Resolvers = dict[Any, list[tuple[str, Any]]]


def resolve_plain(value: str, resolvers: Resolvers) -> Any:
    """The value of the plain scalar ``value`` as the loader with these implicit resolvers constructs it."""
    candidates = resolvers.get(value[:1] if value else "")
    if not candidates:
        return value  # most words: no resolver starts with their first letter
    tag = "tag:yaml.org,2002:str"
    for candidate, regexp in candidates:
        if regexp.match(value):
            tag = candidate
            break
    build = _SCALAR_BUILDERS.get(tag)
    if build is None:
        raise Unsupported  # timestamps, merge keys, values
    return build(value)


# Characters libyaml reads as they are on one line: printable, no tab, no line break but "\n", no BOM.
_UNSURE_CHARACTER = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_FIRST = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]"  # what may start a plain scalar (indicators are left to PyYAML)
_KEY = re.compile(rf"({_FIRST}[^:#]*):(?: +|$)")  # the key with its trailing spaces (`key` strips them)
_PLAIN = re.compile(rf"{_FIRST}[^:#]*")
_FLOW_PLAIN = re.compile(rf"{_FIRST}[^:#,\[\]{{}}]*")
# A flow item and a plain value end with no space, so that the spaces after them belong to one pattern
# only: `_LINE` and `_KEY` match in time linear in the line (a hostile line cannot make them backtrack).
_FLOW_ITEM = rf"{_FIRST}(?:[^:#,\[\]{{}}\n]*[^:#,\[\]{{}}\s])?"
# One line of the document (each match ends with its "\n"): the common lines, "    name: Some Name",
# "  - id: x", "    aliases: [A, B]" and "key:", read from the groups (indent, "- ", key, plain value,
# flow list of plain scalars); blank and comment lines (no group but the indent); any other line (group 7).
_LINE = re.compile(
    rf"( *)(?:(- +)?({_FIRST}[^:#\n]*):(?: +(?:({_FIRST}(?:[^:#\n]*[^:#\s])?)|(\[ *(?:{_FLOW_ITEM}(?: *, *{_FLOW_ITEM})*)? *\])))? *\n"
    r"|(?:#[^\n]*)?\n|([^\n]*)\n)"
)
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPES = {
    "0": "\0",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_MAX_DEPTH = 100
_MAX_KEY = 1000


def load_plain(text: str, resolvers: Resolvers) -> Any:
    """What ``yaml.load(text)`` returns with a safe loader with these implicit resolvers; raises `Unsupported`."""
    return _Reader(checked_text(text, resolvers), resolvers).document()


def checked_text(text: str, resolvers: Resolvers) -> str:
    """``text`` with CRLF line ends made LF, when it has nothing this module leaves to PyYAML in its
    characters (a lone CR, a tab, a control character, a BOM ...); raises `Unsupported` otherwise."""
    if "\r" in text:
        if text.count("\r") != text.count("\r\n"):
            raise Unsupported  # a lone CR is a line break too
        text = text.replace("\r\n", "\n")
    if _UNSURE_CHARACTER.search(text) or None in resolvers:  # (None: a resolver for any first letter)
        raise Unsupported
    return text


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) == 1:
        found = _ESCAPES.get(code)
        if found is None:
            raise Unsupported
        return found
    value = int(code[1:], 16)
    if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        raise Unsupported
    return chr(value)


def _is_entry(token: tuple[str, ...]) -> bool:
    """A line "- ..." (a sequence entry)."""
    other = token[5]
    return bool(token[1]) or other == "-" or other.startswith("- ")


class _Reader:
    """Block collections over the document's lines, each also split by `_LINE` (the common lines are
    read from their groups alone; the others from the line)."""

    def __init__(self, text: str, resolvers: Resolvers) -> None:
        if text.startswith(("---", "...")) or "\n---" in text or "\n..." in text:
            raise Unsupported  # document markers
        self.lines = text.split("\n")
        self.tokens: list[tuple[str, ...]] = _LINE.findall(text + "\n")
        if len(self.tokens) != len(self.lines):
            raise Unsupported
        self.at = 0  # the next line to read
        self.resolvers = resolvers
        self.keys: dict[str, Any] = {}

    def peek(self) -> int:
        """The indent of the next line with content (moving past blank and comment lines), or -1 at the end."""
        tokens, at = self.tokens, self.at
        end = len(tokens)
        while at < end:
            token = tokens[at]
            if token[2] or token[5]:
                self.at = at
                return len(token[0])
            at += 1
        self.at = at
        return -1

    def document(self) -> Any:
        if self.peek() != 0:
            raise Unsupported  # empty, or indented as a whole
        value = self.block(0, 0)
        if self.peek() != -1:
            raise Unsupported
        return value

    def block(self, indent: int, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            raise Unsupported
        token = self.tokens[self.at]
        if _is_entry(token):
            return self.sequence(indent, depth)
        if token[2]:
            return self.mapping(indent, depth, None)
        return self.mapping(indent, depth, token[5])

    def nested(self, indent: int, depth: int, sequence_here: bool) -> Any:
        """The value after "key:" or "-" with nothing more on the line: a block below it, or null."""
        self.at += 1
        below = self.peek()
        if below > indent:
            return self.block(below, depth + 1)
        if sequence_here and below == indent and _is_entry(self.tokens[self.at]):
            return self.sequence(indent, depth + 1)  # "key:" then "- item" at the key's indent
        return None

    def sequence(self, indent: int, depth: int) -> list[Any]:
        items: list[Any] = []
        tokens = self.tokens
        while True:
            found = self.peek()
            if found < indent:
                return items
            if found > indent:
                raise Unsupported
            token = tokens[self.at]
            if token[1]:  # "- key: value": a mapping from the key on
                items.append(self.mapping(indent + len(token[1]), depth + 1, None, first=True))
                continue
            if not _is_entry(token):
                return items  # a key of the mapping this sequence is a value of (or an error)
            line = self.lines[self.at]
            rest = line[indent + 1 :].lstrip(" ")
            if not rest or rest[0] == "#":
                items.append(self.nested(indent, depth, False))
            elif rest[0] == "-" and (rest == "-" or rest.startswith("- ")):
                raise Unsupported  # "- - item"
            elif _KEY.match(rest):
                items.append(self.mapping(len(line) - len(rest), depth + 1, rest))
            else:
                items.append(self.inline(rest, indent))
                self.at += 1

    def mapping(self, indent: int, depth: int, body: str | None, first: bool = False) -> dict[Any, Any]:
        """The block mapping at ``indent``. Its first line is read from ``body`` (the line from the key on)
        when given, or with ``first`` from its groups (a "- key: value" line)."""
        result: dict[Any, Any] = {}
        tokens, keys, resolvers = self.tokens, self.keys, self.resolvers
        typed = resolvers.get
        end = len(tokens)
        while True:
            if body is None:
                at = self.at
                if first:
                    first = False
                    token = tokens[at]
                else:  # `peek`, inline: most lines come here
                    while at < end:
                        token = tokens[at]
                        if token[2] or token[5]:
                            break
                        at += 1
                    else:
                        self.at = at
                        return result
                    self.at = at
                    found = len(token[0])
                    if found < indent:
                        return result
                    if found > indent or token[1]:
                        raise Unsupported
                key = token[2]
                if key:
                    resolved = keys.get(key)
                    if resolved is None:
                        resolved = self.key(key)
                    value = token[3]
                    if value:
                        value = value.rstrip(" ")
                        result[resolved] = resolve_plain(value, resolvers) if typed(value[0]) else value
                        at += 1
                        while at < end:  # the common run: more "key: value" or "key: [list]" lines at this indent
                            spaces, dash, key, value, flow, _other = tokens[at]
                            if not (value or flow) or dash or len(spaces) != indent:
                                break
                            resolved = keys.get(key)
                            if resolved is None:
                                resolved = self.key(key)
                            if value:
                                value = value.rstrip(" ")
                                result[resolved] = resolve_plain(value, resolvers) if typed(value[0]) else value
                            else:
                                result[resolved] = self.flow_items(flow)
                            at += 1
                        self.at = at
                    elif token[4]:
                        result[resolved] = self.flow_items(token[4])
                        self.at = at + 1
                    else:
                        result[resolved] = self.nested(indent, depth, True)
                    continue
                body = token[5]
            match = _KEY.match(body)
            if match is None:
                raise Unsupported
            key = match.group(1)
            resolved = keys.get(key)
            if resolved is None:
                resolved = self.key(key)
            rest = body[match.end() :]
            body = None
            if not rest or rest[0] == "#":
                result[resolved] = self.nested(indent, depth, True)
            else:
                result[resolved] = self.inline(rest, indent)
                self.at += 1

    def key(self, key: str) -> Any:
        """The value of a plain key (as written, maybe with trailing spaces), kept for its next use."""
        plain = key.rstrip(" ")
        if len(plain) > _MAX_KEY:
            raise Unsupported  # an implicit key has at most 1024 characters
        resolved = self.keys[key] = resolve_plain(plain, self.resolvers)
        return resolved

    def flow_items(self, flow: str) -> list[Any]:
        """The items of a one-line flow list of plain scalars, brackets included (checked by `_LINE`)."""
        inside = flow[1:-1]
        if not inside.strip(" "):
            return []
        resolvers = self.resolvers
        typed = resolvers.get
        items = [item.strip(" ") for item in inside.split(",")]
        return [resolve_plain(item, resolvers) if typed(item[0]) else item for item in items]

    def inline(self, text: str, owner: int) -> Any:
        """The value of a scalar or flow list starting ``text`` (no leading space) on the current line."""
        first = text[0]
        if first == "[":
            return self.flow(text, owner)
        value, rest = self.scalar(text, _PLAIN)
        if rest and not (rest[0] == "#" and text[len(text) - len(rest) - 1] == " "):
            raise Unsupported
        return value

    def scalar(self, text: str, plain: re.Pattern[str]) -> tuple[Any, str]:
        """One scalar at the start of ``text`` and the rest of the line after it and its spaces."""
        first = text[0]
        if first == "'":
            match = _SINGLE.match(text)
            if match is None:
                raise Unsupported  # multi-line
            value: Any = match.group(1).replace("''", "'")
        elif first == '"':
            match = _DOUBLE.match(text)
            if match is None:
                raise Unsupported
            value = match.group(1)
            if "\\" in value:
                value = _ESCAPE.sub(_unescape, value)
        else:
            match = plain.match(text)
            if match is None:
                raise Unsupported
            value = resolve_plain(match.group().rstrip(" "), self.resolvers)
        rest = text[match.end() :].lstrip(" ")
        return value, rest

    def flow(self, text: str, owner: int) -> list[Any]:
        """A flow list of scalars, which may go on over lines indented deeper than ``owner``."""
        items: list[Any] = []
        rest = text[1:].lstrip(" ")
        if rest.startswith("]"):
            return self.flow_end(items, text, rest)
        while True:
            if not rest or rest[0] == "#":  # a line break, after "[" or ","
                if rest and text[len(text) - len(rest) - 1] != " ":
                    raise Unsupported
                self.at += 1
                if self.peek() <= owner:
                    raise Unsupported
                text = rest = self.lines[self.at].lstrip(" ")
            value, rest = self.scalar(rest, _FLOW_PLAIN)
            items.append(value)
            if rest.startswith("]"):
                return self.flow_end(items, text, rest)
            if not rest.startswith(","):
                raise Unsupported
            rest = rest[1:].lstrip(" ")
            if rest.startswith("]"):
                raise Unsupported  # a trailing comma

    def flow_end(self, items: list[Any], text: str, rest: str) -> list[Any]:
        after = rest[1:]
        tail = after.lstrip(" ")
        if tail and not (tail[0] == "#" and after[:1] == " "):
            raise Unsupported
        return items
