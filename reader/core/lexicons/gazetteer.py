"""The gazetteer: well-known actors and the word lists discovery uses, from YAML.

The packaged `reader/core/lexicons/data/gazetteer.yaml` is read first, then the per-user
file ($XDG_CONFIG_HOME/reader/actors.yaml) when it exists, then a file the
caller names. Later files merge into earlier ones by actor id and add to the
word lists. Every problem in a file raises `ReaderError` naming file and line.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import reader.core.lexicons.built_cache as built_cache
from reader.core.config import ACTORS_FILE, with_user_file
from reader.core.errors import ReaderError
from reader.core.lexicons.gazetteer_merge import WORD_LISTS, merge_document
from reader.core.text.names import NameKeyer
from reader.core.yaml_files import read_yaml_file

PACKAGED_PATH = Path(__file__).parent / "data" / "gazetteer.yaml"
# How strongly a surface form names its entry, when two entries share one.
FORM_RANK = {"name": 3, "alias": 3, "demonym": 2, "metonym": 1}
# User files this large (together) keep their built gazetteer in $XDG_CACHE_HOME/reader/ between runs.
CACHE_MIN_BYTES = 256 * 1024
# The modules a built gazetteer depends on: a change to one invalidates the kept copies.
_BUILT_BY = (
    "reader.core.lexicons.gazetteer",
    "reader.core.lexicons.gazetteer_merge",
    "reader.core.lexicons.built_cache",
    "reader.core.yaml_files",
    "reader.core.yaml_plain",
    "reader.core.text.names",
    "reader.core.text.tokens",
    "reader.core.model",
)


class GazetteerEntry(NamedTuple):
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    parent: str | None = None


class IndexedForm(NamedTuple):
    """What one name key means in the gazetteer (a named tuple: a kept gazetteer rebuilds 100,000 at once)."""

    entry: str  # GazetteerEntry.id
    form: str  # name | alias | demonym | metonym
    surface: str  # the form as written in the gazetteer
    capitals_only: bool  # an acronym ("US", "AP") never matches "us", "Ap"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...]
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    suffixes: Mapping[str, str] = field(default_factory=dict)  # folded last word -> kind
    spellings: Mapping[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    index: Mapping[tuple[str, ...], IndexedForm] = field(default_factory=dict, compare=False, repr=False)
    keyer: NameKeyer = field(default_factory=lambda: NameKeyer({}), compare=False, repr=False)
    max_key_length: int = field(default=1, compare=False)
    by_id: Mapping[str, GazetteerEntry] = field(default_factory=dict, compare=False, repr=False)

    def entry(self, entry_id: str) -> GazetteerEntry:
        return self.by_id[entry_id]

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def load_gazetteer(user_path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Packaged reader/core/lexicons/data/gazetteer.yaml, plus $XDG_CONFIG_HOME/reader/actors.yaml when it
    exists, plus ``user_path`` when given; later files add entries or override them by id."""
    if user_path is not None and not os.path.lexists(user_path):
        # (a FIFO or a device exists, and is refused by read_yaml_file without being read)
        raise ReaderError(f"{Path(user_path)}: no such gazetteer file")

    def build(files: list[Path]) -> Gazetteer:
        return _build(tuple((str(p), _stamp(p)) for p in [PACKAGED_PATH, *files]))

    return with_user_file(ACTORS_FILE, build, user_path)


def _stamp(path: Path) -> built_cache.Stamp:
    try:
        return built_cache.stamp(path)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read gazetteer ({exc.strerror})") from None


@lru_cache(maxsize=8)
def _build(sources: tuple[tuple[str, built_cache.Stamp], ...]) -> Gazetteer:
    """The gazetteer of these files; when the user's files are large, kept on disk for the next run."""
    kept = sum(size for _, (size, _, _) in sources[1:]) >= CACHE_MIN_BYTES
    fingerprint = ""
    collecting = gc.isenabled()
    gc.disable()  # ~10 containers per entry: the collector would walk the growing heap again and again
    try:
        if kept:
            fingerprint = built_cache.code_fingerprint(_BUILT_BY)
            stored = built_cache.load("gazetteer", sources, fingerprint)
            if stored is not None:
                try:
                    return _thaw(stored, tuple(p for p, _ in sources))
                except Exception:  # noqa: BLE001 - stored data of another shape: build again
                    pass
        gazetteer = _build_from_files(tuple(p for p, _ in sources))
        if kept:
            built_cache.store("gazetteer", sources, fingerprint, _freeze(gazetteer))
        return gazetteer
    finally:
        if collecting:
            gc.enable()


def _build_from_files(paths: tuple[str, ...]) -> Gazetteer:
    entries: dict[str, dict[str, Any]] = {}
    words: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    suffixes: dict[str, str] = {}
    spelling_groups: list[list[str]] = []
    for path in paths:
        document = read_yaml_file(Path(path), "gazetteer")
        merge_document(document, Path(path), entries, words, suffixes, spelling_groups)
    spellings: dict[str, str] = {}
    for group in spelling_groups:
        for variant in group:
            spellings.setdefault(variant, group[0])
    keyer = NameKeyer(spellings)
    frozen_entries = tuple(
        GazetteerEntry(
            e["id"], e["name"], e["kind"], tuple(e["aliases"]), tuple(e["demonyms"]), tuple(e["metonyms"]), e.get("parent")
        )
        for e in entries.values()
    )
    index = _index(frozen_entries, keyer)
    return Gazetteer(
        entries=frozen_entries,
        words={name: frozenset(w.casefold() for w in values) for name, values in words.items()},
        suffixes=suffixes,
        spellings=spellings,
        sources=paths,
        index=index,
        keyer=keyer,
        max_key_length=max(map(len, index), default=1),
        by_id={e.id: e for e in frozen_entries},
    )


def _freeze(gazetteer: Gazetteer) -> tuple[Any, ...]:
    """``gazetteer`` as plain data for `built_cache`, with the name keys its keyer has computed."""
    entries = tuple(map(tuple, gazetteer.entries))
    index = dict(zip(gazetteer.index, map(tuple, gazetteer.index.values()), strict=True))
    known = getattr(gazetteer.keyer, "_cache", None)  # NameKeyer's memo: surface -> key
    return (
        entries,
        dict(gazetteer.words),
        dict(gazetteer.suffixes),
        dict(gazetteer.spellings),
        index,
        gazetteer.max_key_length,
        dict(known) if isinstance(known, dict) else {},
    )


def _thaw(data: tuple[Any, ...], paths: tuple[str, ...]) -> Gazetteer:
    """The gazetteer `_freeze` stored: the one `_build_from_files` returns for the same files and code."""
    rows, words, suffixes, spellings, index_rows, max_key_length, known_keys = data
    keyer = NameKeyer(spellings)
    memo = getattr(keyer, "_cache", None)
    if isinstance(memo, dict):
        memo.update(known_keys)  # the keys actors/merge asks for again, for every gazetteer person
    entries = tuple(map(GazetteerEntry._make, rows))
    return Gazetteer(
        entries=entries,
        words=words,
        suffixes=suffixes,
        spellings=spellings,
        sources=paths,
        index=dict(zip(index_rows, map(IndexedForm._make, index_rows.values()), strict=True)),
        keyer=keyer,
        max_key_length=max_key_length,
        by_id={e.id: e for e in entries},
    )


def _index(entries: tuple[GazetteerEntry, ...], keyer: NameKeyer) -> dict[tuple[str, ...], IndexedForm]:
    index: dict[tuple[str, ...], IndexedForm] = {}
    rows: list[tuple[str, str]] = []  # (entry id, form), aligned with surfaces
    surfaces: list[str] = []
    for entry in entries:  # later files come later: on a tie they win
        entry_id = entry.id
        rows.append((entry_id, "name"))
        surfaces.append(entry.name)
        for form, listed in (("alias", entry.aliases), ("demonym", entry.demonyms), ("metonym", entry.metonyms)):
            if listed:
                rows += [(entry_id, form)] * len(listed)
                surfaces += listed
    make = tuple.__new__  # IndexedForm(...) without its Python-level __new__
    for (entry_id, form), surface, key in zip(rows, surfaces, keyer.keys(surfaces), strict=True):
        if not key or len("".join(key)) < 2:
            continue
        if len(surface) > 5 and "." not in surface:
            capitals_only = False
        else:
            letters = surface.replace(".", "")
            capitals_only = len(letters) <= 5 and letters.isupper()
        old = index.get(key)
        if old is not None:
            if old.entry == entry_id:
                # one entry's "Hamas" and "HAMAS": the form that matches more text wins
                capitals_only = capitals_only and old.capitals_only
                if FORM_RANK[old.form] >= FORM_RANK[form]:
                    form, surface = old.form, old.surface
            elif FORM_RANK[form] < FORM_RANK[old.form]:
                continue
        index[key] = make(IndexedForm, (entry_id, form, surface, capitals_only))
    return index
