"""The fast reader for plain YAML returns exactly what PyYAML's safe loader returns, or declines."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.core.yaml_files import _YAML_LOADER, parse_yaml
from reader.core.yaml_plain import Unsupported, load_plain
from tests.core.yaml_equivalence import LOADERS, reads_as_pyyaml

TRICKY = [
    "yes",
    "no",
    "No",
    "ON",
    "off",
    "y",
    "n",
    "true",
    "False",
    "null",
    "Null",
    "~",
    "NULL",
    "0",
    "010",
    "0x1F",
    "0o17",
    "0b101",
    "1_000",
    "+1",
    "-1",
    "1.5",
    ".5",
    "1e3",
    "1.0e+3",
    ".inf",
    "-.Inf",
    ".nan",
    "1:30",
    "12:30:00",
    "2016-05-01",
    "2016-05-01 12:00:00",
    "=",
    "<<",
    "<",
    ">",
    "|",
    "-",
    "--",
    "---",
    "...",
    "a: b",
    "a:b",
    "a #b",
    "a#b",
    "#a",
    "'a'",
    '"a"',
    "it's",
    "O'Brien",
    'say "hi"',
    "a, b",
    "[a]",
    "{a}",
    "a  b",
    " a",
    "a ",
    "\ta",
    "a\tb",
    "é",
    "Zürich",
    "中国",
    "👨‍👩‍👧",
    "\xa0",
    "a\xa0",
    "\u3000a",
    "\u2028",
    "\x85",
    "\ufeff",
    "\x7f",
    "\\",
    "\\n",
    "a\\",
    "?",
    "? a",
    "!a",
    "&a",
    "*a",
    "%a",
    "@a",
    "`a",
    "!!str 1",
    "AT&T",
    "C#",
    "x!",
    "a?b",
    "a-b",
    "-a",
    "a-",
    "a.b",
    "Jr.",
    "",
    " ",
    "''",
    "\r",
    "a\r\nb",
]
TEXT = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet="aZ09 :#'\"-,[]{}!&*|>%@?~.\\\t\xa0é中😀_+=<", max_size=8),
)


def _single(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _double(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")
    return '"' + escaped + '"'


@st.composite
def scalars(draw: Any) -> str:
    value = draw(TEXT)
    style = draw(st.sampled_from(["plain", "plain", "plain", "single", "double", "raw-double"]))
    if style == "single":
        return _single(value)
    if style == "double":
        return _double(value)
    if style == "raw-double":
        return '"' + value + '"'
    return value


def _comment(draw: Any) -> str:
    return draw(st.sampled_from(["", "", "", " # note", "  #x", "#x", " #: [a]"]))


@st.composite
def flows(draw: Any, indent: int) -> str:
    items = draw(st.lists(scalars(), max_size=4))
    separator = draw(st.sampled_from([", ", ",", " , ", ",\n" + " " * (indent + draw(st.integers(0, 4)))]))
    close = draw(st.sampled_from(["]", " ]", ",]"]))
    return "[" + draw(st.sampled_from(["", " "])) + separator.join(items) + close


@st.composite
def blocks(draw: Any, indent: int, depth: int) -> list[str]:
    """The lines of a block collection at ``indent``."""
    lines: list[str] = []
    pad = " " * indent
    step = draw(st.sampled_from([2, 2, 4, 1, 3]))
    if draw(st.booleans()):  # a mapping
        for _ in range(draw(st.integers(1, 4))):
            key = draw(st.one_of(st.sampled_from(["id", "name", "kind", "aliases", "a b", "1", "yes", "~"]), TEXT))
            lines += _value(draw, pad + key + draw(st.sampled_from([":", " :"])), indent, depth, step, True)
    else:
        for _ in range(draw(st.integers(1, 4))):
            if depth < 3 and draw(st.integers(0, 2)) == 0:  # "- key: value" with more keys below
                inner = draw(blocks(indent + 2, depth + 1))
                first = inner[0][indent + 2 :] if inner[0].startswith(" " * (indent + 2)) else inner[0]
                lines += [pad + "- " + first, *inner[1:]]
            else:
                lines += _value(draw, pad + "-", indent, depth, step, False)
    if draw(st.integers(0, 5)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["", "  ", "# c", pad + "# c", "   # c"])))
    return lines


def _value(draw: Any, head: str, indent: int, depth: int, step: int, key: bool) -> list[str]:
    kind = draw(st.sampled_from(["scalar", "scalar", "scalar", "flow", "empty", "block", "same"]))
    if kind == "scalar":
        return [head + " " + draw(scalars()) + _comment(draw)]
    if kind == "flow":
        return [head + " " + draw(flows(indent)) + _comment(draw)]
    if kind == "empty" or depth >= 3:
        return [head + _comment(draw)]
    if kind == "same" and key:  # "key:" then "- item" at the key's indent
        return [head + _comment(draw), *draw(blocks(indent, depth + 1))]
    return [head + _comment(draw), *draw(blocks(indent + step, depth + 1))]


@st.composite
def documents(draw: Any) -> str:
    text = "\n".join(draw(blocks(0, 0))) + draw(st.sampled_from(["\n", "", "\n\n", "\n# end\n"]))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):  # a mutation: near-valid documents that may be errors
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        change = draw(st.sampled_from(["delete", "insert", "insert"]))
        if change == "delete":
            text = text[:at] + text[at + 1 :]
        else:
            text = text[:at] + draw(st.sampled_from(list(" :-#'\"[],\n\t\r{}&*!|>x"))) + text[at:]
    return text


def _check(text: str, loader: Any) -> bool:
    """Whether the fast reader read ``text``; when it did, PyYAML reads the same."""
    return reads_as_pyyaml(load_plain, text, loader)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(documents())
@example("actors:\n- id: a\n  name: b\n- id: c\n  aliases: [x, 'y', \"z\"]\nwords: {}\n")
@example("a:\n  - b\n  -\n  - c: d\n    e: [f,\n      g]\n")
def test_the_fast_reader_returns_what_pyyaml_returns_or_declines(text: str) -> None:
    for loader in LOADERS:
        _check(text, loader)


GAZETTEER_SHAPES = [
    'actors:\n  - id: x1\n    name: Ana María\n    kind: person\n    aliases: [A. M., "Ana M"]\n',
    "actors:\n- id: x\n  name: O'Brien, Jr.\n  kind: person  # a comment\n  parent: ~\n\n# end\n",
    "- id: a\n  name: 'Yes'\n  kind: organization\n  demonyms: []\n  metonyms:\n    - Cairo\n    - \"Giza\"\n",
    "words:\n  non_names: [The, A,\n    'On', \"I'm\"]\n  suffixes:\n    organization: [Inc]\n",
    "actors:\r\n  - id: a\r\n    name: B\r\n    kind: person\r\n",
]


@pytest.mark.parametrize("text", GAZETTEER_SHAPES)
def test_the_shapes_gazetteers_have_are_read_fast(text: str) -> None:
    assert _check(text, _YAML_LOADER)


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: b\n  c\n",
        "a: 'b\n  c'\n",
        "a:\tb\n",
        "---\na: 1\n",
        "a: {b: c}\n",
    ],
)
def test_what_it_is_not_sure_of_is_left_to_pyyaml(text: str) -> None:
    with pytest.raises(Unsupported):
        load_plain(text, _YAML_LOADER.yaml_implicit_resolvers)
    assert parse_yaml(text, "f.yaml") == yaml.load(text, Loader=_YAML_LOADER)


@pytest.mark.parametrize(
    "text",
    [
        "key: [" + "a    , " * 40 + "\n",  # spaces that an item and its separator could share: no backtracking
        "key: x" + " " * 100_000 + "#\n",
        "a" + " " * 100_000 + "b: c\n",
    ],
)
def test_hostile_lines_are_read_in_linear_time(text: str) -> None:
    with pytest.raises(Exception, match="f.yaml") if text.startswith(("key: [", "a ")) else contextlib.nullcontext():
        parse_yaml(text, "f.yaml")


def test_errors_are_still_worded_by_pyyaml() -> None:
    with pytest.raises(Exception, match=r"f.yaml: malformed YAML at line 2"):
        parse_yaml("a: b\nc: d: e\n", "f.yaml")
