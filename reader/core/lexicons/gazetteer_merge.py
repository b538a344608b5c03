"""Gazetteer files: each document checked (every problem a `ReaderError` naming file and line) and
merged into the entries and word lists read so far (later files add entries or override them by id)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from pathlib import Path
from typing import Any

import yaml

from reader.core.errors import ReaderError
from reader.core.model import ACTOR_KINDS
from reader.core.yaml_records import RecordTable

WORD_LISTS = (
    "non_names",
    "dates",
    "descriptors",
    "titles",
    "person_roles",
    "person_verbs",
    "media_words",
    "place_prepositions",
    "place_nouns",
    "government_nouns",
    "people_nouns",
    "particles",
    "given_names",
    "more_given_names",
    "place_names",
    "organization_names",
    "us_states",
    "metonym_verbs",
    "metonym_nouns",
    "organization_nouns",
    "organization_possessions",
    "organization_verbs",
    "adjective_tails",
)
SUFFIX_KINDS = ("organization", "group", "media", "place", "event")
ENTRY_FIELDS = ("id", "name", "kind", "aliases", "demonyms", "metonyms", "parent", "replace")
LIST_FIELDS = ("aliases", "demonyms", "metonyms")
_FIELDS = frozenset(ENTRY_FIELDS)
_NONE: list[str] = []  # one empty list for every entry without aliases (merging copies lists, never extends one)
_KINDS = frozenset(ACTOR_KINDS)


def _fail(path: Path, where: list[Any], message: str) -> ReaderError:
    """A ReaderError naming the line of the node at ``where`` in the file."""
    line = _line_of(path, where)
    location = f"{path}:{line}" if line else str(path)
    return ReaderError(f"{location}: {message}")


def _line_of(path: Path, where: list[Any]) -> int | None:
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except Exception:  # noqa: BLE001 - the line is a courtesy; PyYAML's composer recurses on deep nesting
        return None
    for step in where:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), node)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
    return node.start_mark.line + 1 if node is not None else None


def merge_document(
    document: Any,
    path: Path,
    entries: dict[str, dict[str, Any]],
    words: dict[str, set[str]],
    suffixes: dict[str, str],
    spelling_groups: list[list[str]],
) -> None:
    if document is None:
        return
    if isinstance(document, (list, RecordTable)):  # a bare list of actors is allowed in user files
        document = {"actors": document}
    if not isinstance(document, dict):
        raise _fail(path, [], "a gazetteer is a mapping with `actors` and `words`")
    for key in document:
        if key not in ("actors", "words"):
            raise _fail(path, [key], f"unknown section {key!r} (expected `actors` or `words`)")
    actors = document.get("actors") or []
    if isinstance(actors, RecordTable):
        if _merge_table(actors, entries):
            actors = []
        else:
            actors = actors.dicts()  # entry by entry, as any list (which words any error)
    if not isinstance(actors, list):
        raise _fail(path, ["actors"], "`actors` must be a list of entries")
    for position, raw in enumerate(actors):
        new = _new_entry(raw, entries)
        if new is not None:
            entries[new["id"]] = new
        else:
            _merge_entry(raw, path, ["actors", position], entries)
    _merge_words(document.get("words") or {}, path, words, suffixes, spelling_groups)


def _new_entry(raw: Any, entries: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """What `_merge_entry` makes of ``raw`` when it is a valid new entry (most of a large file), quickly;
    None for anything else (`_merge_entry` then does it, or words the error)."""
    if type(raw) is not dict or not _FIELDS.issuperset(raw) or "replace" in raw:
        return None
    get = raw.get
    entry_id, name, kind = get("id"), get("name"), get("kind")
    if type(entry_id) is not str or type(name) is not str or type(kind) is not str or kind not in _KINDS:
        return None
    if entry_id in entries or not entry_id.strip():
        return None
    merged: dict[str, Any] = {"id": entry_id, "name": name, "kind": kind}
    if "parent" in raw:
        if type(raw["parent"]) is not str:
            return None
        merged["parent"] = raw["parent"]
    for listed in LIST_FIELDS:
        value = get(listed)
        if type(value) is list:
            if not _all_words(value):
                return None
            merged[listed] = list(dict.fromkeys(value)) if len(value) > 1 else list(value)
        elif value is None:
            if listed in raw:
                return None
            merged[listed] = []
        elif type(value) is str and value.strip():
            merged[listed] = [value]
        else:
            return None
    return merged


def _merge_table(table: RecordTable, entries: dict[str, dict[str, Any]]) -> bool:
    """What `_new_entry` makes of every record, added to ``entries``, when every record is a valid new
    entry (a large user file), checked by columns; False (nothing added) when one is not."""
    keys = set(table.keys)
    if not _FIELDS.issuperset(keys) or "replace" in keys or not keys.issuperset(("id", "name", "kind")):
        return False
    ids, names, kinds = table.column("id"), table.column("name"), table.column("kind")
    parents = table.column("parent") if "parent" in keys else ()
    if any(table.has_lists(key) for key in ("id", "name", "kind", "parent") if key in keys):
        return False  # a flow list, not a string
    if not _KINDS.issuperset(kinds) or len(set(ids)) != len(ids) or not entries.keys().isdisjoint(ids):
        return False  # (a plain scalar is never blank)
    lists: list[Iterable[list[str]]] = []
    for listed in LIST_FIELDS:
        if listed not in keys:
            lists.append(repeat(_NONE))
            continue
        values = table.lists(listed)  # (items are never blank)
        lists.append([list(dict.fromkeys(v)) if len(v) > 1 else v for v in values])
    aliases, demonyms, metonyms = lists
    if parents:
        merged = [
            {"id": i, "name": n, "kind": k, "parent": p, "aliases": a, "demonyms": d, "metonyms": m}
            for i, n, k, p, a, d, m in zip(ids, names, kinds, parents, aliases, demonyms, metonyms)
        ]
    else:
        merged = [
            {"id": i, "name": n, "kind": k, "aliases": a, "demonyms": d, "metonyms": m}
            for i, n, k, a, d, m in zip(ids, names, kinds, aliases, demonyms, metonyms)
        ]
    entries.update(zip(ids, merged, strict=True))
    return True


def _merge_entry(raw: Any, path: Path, where: list[Any], entries: dict[str, dict[str, Any]]) -> None:
    if not isinstance(raw, dict):
        raise _fail(path, where, "an actor entry must be a mapping with id, name, kind")
    if not _FIELDS.issuperset(raw):
        for key in raw:
            if key not in _FIELDS:
                raise _fail(path, where + [key], f"unknown actor field {key!r}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise _fail(path, where, "actor entry needs a string `id`")
    for name in ("name", "kind", "parent"):
        if name in raw and not isinstance(raw[name], str):
            raise _fail(path, where + [name], f"`{name}` of {entry_id!r} must be a string")
    if "kind" in raw and raw["kind"] not in ACTOR_KINDS:
        raise _fail(path, where + ["kind"], f"kind {raw['kind']!r} of {entry_id!r} is not one of {', '.join(ACTOR_KINDS)}")
    lists: dict[str, list[str]] = {}
    for name in LIST_FIELDS:
        if name not in raw:
            continue
        value = raw[name]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not _all_words(value):
            raise _fail(path, where + [name], f"`{name}` of {entry_id!r} must be a list of strings")
        lists[name] = value
    old = entries.get(entry_id)
    merged = {} if old is None or raw.get("replace") else dict(old)
    if "name" in raw and merged.get("name") not in (None, raw["name"]):
        # a renamed entry still answers to its old name
        merged["aliases"] = [merged["name"], *merged.get("aliases", [])]
    for name in ("id", "name", "kind", "parent"):
        if name in raw:
            merged[name] = raw[name]
    for name in LIST_FIELDS:  # earlier forms first, each once
        added = lists.get(name, [])
        kept = merged.get(name)
        merged[name] = list(dict.fromkeys([*kept, *added] if kept else added)) if kept or len(added) > 1 else list(added)
    if "name" not in merged or "kind" not in merged:
        raise _fail(path, where, f"new actor {entry_id!r} needs `name` and `kind`")
    entries[entry_id] = merged


def _all_words(values: list[Any]) -> bool:
    """Every value a string with more than spaces (``all(isinstance(v, str) and v.strip() ...)``, in C)."""
    try:
        return all(map(str.strip, values))
    except TypeError:  # not a str
        return False


def _merge_words(
    raw: Any, path: Path, words: dict[str, set[str]], suffixes: dict[str, str], spelling_groups: list[list[str]]
) -> None:
    if not isinstance(raw, dict):
        raise _fail(path, ["words"], "`words` must be a mapping of word lists")
    for name, value in raw.items():
        where = ["words", name]
        if name == "suffixes":
            if not isinstance(value, dict):
                raise _fail(path, where, "`suffixes` maps a kind to a list of words")
            for kind, listed in value.items():
                if kind not in SUFFIX_KINDS:
                    raise _fail(path, where + [kind], f"suffix kind {kind!r} is not one of {', '.join(SUFFIX_KINDS)}")
                for word in _strings(listed, path, where + [kind]):
                    suffixes[word.casefold()] = kind
        elif name == "spellings":
            if not isinstance(value, list):
                raise _fail(path, where, "`spellings` is a list of variant groups")
            for position, group in enumerate(value):
                spelling_groups.append([w.casefold() for w in _strings(group, path, where + [position])])
        elif name in WORD_LISTS:
            words[name].update(_strings(value, path, where))
        else:
            raise _fail(path, where, f"unknown word list {name!r}")


def _strings(value: Any, path: Path, where: list[Any]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
        raise _fail(path, where, "expected a list of words")
    return [str(v) for v in value]
