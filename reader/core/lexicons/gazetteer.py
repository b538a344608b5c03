"""The gazetteer: well-known actors and the word lists discovery uses, from YAML.

The packaged `reader/core/lexicons/data/gazetteer.yaml` is read first, then the per-user
file ($XDG_CONFIG_HOME/reader/actors.yaml) when it exists, then a file the
caller names. Later files merge into earlier ones by actor id and add to the
word lists. Every problem in a file raises `ReaderError` naming file and line.
"""

from __future__ import annotations

import marshal
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from pathlib import Path
from typing import Any, NamedTuple

import reader.core.lexicons.built_cache as built_cache
from reader.core.config import ACTORS_FILE, with_user_file
from reader.core.errors import ReaderError
from reader.core.garbage import gc_paused
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
    "reader.core.yaml_records",
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
    # The first parts of the index's keys: where a gazetteer name may start (actors/find).
    heads: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)
    # The index's keys of two parts or more that name a person (a "name" or "alias" form of a person
    # entry), in index order: what actors/merge compares a discovered full name with.
    people: tuple[tuple[str, ...], ...] = field(default=(), compare=False, repr=False)

    def entry(self, entry_id: str) -> GazetteerEntry:
        return self.by_id[entry_id]

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def load_gazetteer(user_path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Packaged reader/core/lexicons/data/gazetteer.yaml, plus $XDG_CONFIG_HOME/reader/actors.yaml when it
    exists, plus ``user_path`` when given; later files add entries or override them by id."""

    def build(files: list[Path]) -> Gazetteer:
        return _build(tuple((str(p), _stamp(p)) for p in [PACKAGED_PATH, *files]))

    return with_user_file(ACTORS_FILE, build, user_path)


def _stamp(path: Path) -> built_cache.Stamp:
    if not os.path.lexists(path):  # (a FIFO or a device exists, and is refused by read_yaml_file without being read)
        raise ReaderError(f"{path}: no such gazetteer file")
    try:
        return built_cache.stamp(path)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read gazetteer ({exc.strerror})") from None


@lru_cache(maxsize=8)
def _build(sources: tuple[tuple[str, built_cache.Stamp], ...]) -> Gazetteer:
    """The gazetteer of these files; when the user's files are large, kept on disk for the next run."""
    kept = sum(size for _, (size, _, _) in sources[1:]) >= CACHE_MIN_BYTES
    fingerprint = ""
    with gc_paused():  # ~10 containers per entry: the collector would walk the growing heap again and again
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


_NAME_FORMS = frozenset({"name", "alias"})
_new_entry = partial(tuple.__new__, GazetteerEntry)  # GazetteerEntry(*row) without its Python-level __new__
_new_form = partial(tuple.__new__, IndexedForm)


def check_gazetteer_files(files: list[Path]) -> None:
    """What building the gazetteer of the packaged file plus ``files`` would say of them (the same
    `ReaderError`), without building it."""
    if files:
        for path in files:
            _stamp(path)  # its wording of a missing or unreadable file, as the build's
        _merge_files(tuple(str(p) for p in [PACKAGED_PATH, *files]))


def _merge_files(
    paths: tuple[str, ...],
) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]], dict[str, str], list[list[str]]]:
    """The files' entries merged by id (later files win), word lists, suffixes and spelling groups."""
    entries: dict[str, dict[str, Any]] = {}
    words: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    suffixes: dict[str, str] = {}
    spelling_groups: list[list[str]] = []
    for path in paths:
        document = read_yaml_file(Path(path), "gazetteer")
        merge_document(document, Path(path), entries, words, suffixes, spelling_groups)
    return entries, words, suffixes, spelling_groups


def _build_from_files(paths: tuple[str, ...]) -> Gazetteer:
    entries, words, suffixes, spelling_groups = _merge_files(paths)
    spellings: dict[str, str] = {}
    for group in spelling_groups:
        for variant in group:
            spellings.setdefault(variant, group[0])
    keyer = NameKeyer(spellings)
    merged = list(entries.values())
    frozen_entries = tuple(
        map(
            _new_entry,
            zip(
                list(entries),
                [e["name"] for e in merged],
                [e["kind"] for e in merged],
                [tuple(e["aliases"]) for e in merged],
                [tuple(e["demonyms"]) for e in merged],
                [tuple(e["metonyms"]) for e in merged],
                [e.get("parent") for e in merged],
                strict=True,
            ),
        )
    )
    index = _index(frozen_entries, keyer)
    person = {e.id for e in frozen_entries if e.kind == "person"}
    return Gazetteer(
        entries=frozen_entries,
        words={name: frozenset(w.casefold() for w in values) for name, values in words.items()},
        suffixes=suffixes,
        spellings=spellings,
        sources=paths,
        index=index,
        keyer=keyer,
        max_key_length=max(map(len, index), default=1),
        by_id=dict(zip(entries, frozen_entries, strict=True)),
        heads=frozenset([key[0] for key in index]),
        people=tuple([key for key, form in index.items() if len(key) > 1 and form[1] in _NAME_FORMS and form[0] in person]),
    )


def _freeze(gazetteer: Gazetteer) -> tuple[Any, ...]:
    """``gazetteer`` as plain data for `built_cache`, with the name keys its keyer has computed.

    Stored by columns, each one string where it can be (`_pack`), or marshalled without references
    (`_pack_tuples`): `marshal` writes a few large strings ~10x faster than 500,000 small objects it
    must check for sharing.
    """
    index = gazetteer.index
    forms = list(index.values())
    people = set(gazetteer.people)
    known = getattr(gazetteer.keyer, "_cache", None)  # NameKeyer's memo: surface -> key
    ids, names, kinds, aliases, demonyms, metonyms, parents = (
        map(list, zip(*gazetteer.entries, strict=True)) if gazetteer.entries else ([],) * 7
    )
    form_ids, form_names, surfaces, capitals = map(list, zip(*forms, strict=True)) if forms else ([],) * 4
    return (
        [_pack(ids), _pack(names), _pack(kinds), *map(_pack_tuples, (aliases, demonyms, metonyms)), parents],
        dict(gazetteer.words),
        dict(gazetteer.suffixes),
        dict(gazetteer.spellings),
        _pack_tuples(list(index)),
        [_pack(form_ids), form_names, _pack(surfaces), capitals],
        gazetteer.max_key_length,
        list(gazetteer.heads),
        [key in people for key in index] if people else [],  # which keys are people's (bools: no sharing to check)
        dict(known) if isinstance(known, dict) else {},
    )


def _thaw(data: tuple[Any, ...], paths: tuple[str, ...]) -> Gazetteer:
    """The gazetteer `_freeze` stored: the one `_build_from_files` returns for the same files and code."""
    entry_columns, words, suffixes, spellings, keys, form_columns, max_key_length, heads, people, known_keys = data
    keyer = NameKeyer(spellings)
    memo = getattr(keyer, "_cache", None)
    if isinstance(memo, dict):
        memo.update(known_keys)  # the keys actors/merge asks for again, for every gazetteer person
    ids, names, kinds, aliases, demonyms, metonyms, parents = entry_columns
    ids = _unpack(ids)
    entries = tuple(
        map(
            _new_entry,
            zip(ids, _unpack(names), _unpack(kinds), *map(_unpack_tuples, (aliases, demonyms, metonyms)), parents, strict=True),
        )
    )
    form_ids, form_names, surfaces, capitals = form_columns
    keys = _unpack_tuples(keys)
    index = dict(
        zip(keys, map(_new_form, zip(_unpack(form_ids), form_names, _unpack(surfaces), capitals, strict=True)), strict=True)
    )
    if len(index) != len(keys):
        raise ValueError("stored data of another shape")
    return Gazetteer(
        entries=entries,
        words=words,
        suffixes=suffixes,
        spellings=spellings,
        sources=paths,
        index=index,
        keyer=keyer,
        max_key_length=max_key_length,
        by_id=dict(zip(ids, entries, strict=True)),
        heads=frozenset(heads),
        people=tuple(compress(keys, people)),
    )


# A stored column of strings is one string, the strings joined by _ITEMS (a column whose strings hold it
# stays a list); a column of tuples of strings is marshalled on its own, without references.
_ITEMS = "\x00"


def _pack(column: list[str]) -> str | list[str]:
    joined = _ITEMS.join(column)
    return joined if column and joined.count(_ITEMS) == len(column) - 1 else column


def _unpack(packed: str | list[str]) -> list[str]:
    return packed.split(_ITEMS) if isinstance(packed, str) else packed


def _pack_tuples(column: list[tuple[str, ...]]) -> bytes:
    # marshal's version 2 writes no references: it does not look each tuple up as a possible shared object
    return marshal.dumps(column, 2)


def _unpack_tuples(packed: bytes) -> list[tuple[str, ...]]:
    column = marshal.loads(packed)
    if type(column) is not list:
        raise ValueError("stored data of another shape")
    return column


def _capitals_only(surface: str) -> bool:
    """An acronym ("US", "A.P."): it never matches the same letters in lower case."""
    letters = surface.replace(".", "")
    return len(letters) <= 5 and letters.isupper()


def _index(entries: tuple[GazetteerEntry, ...], keyer: NameKeyer) -> dict[tuple[str, ...], IndexedForm]:
    """Each form's name key -> the form. A key two forms share goes to the higher-ranked one, or on a tie
    to the later one; one entry's forms share it ("Hamas", "HAMAS") as the one that matches more text.

    Computed by columns: the keys in bulk, the forms in one `dict`; only the forms whose key
    another form has go through the loop that decides between them, in file order.
    """
    surfaces = [s for e in entries for s in (e[1], *e[3], *e[4], *e[5])]
    ids = [e[0] for e in entries for _ in range(1 + len(e[3]) + len(e[4]) + len(e[5]))]
    forms = [f for e in entries for f in ("name", *("alias",) * len(e[3]), *("demonym",) * len(e[4]), *("metonym",) * len(e[5]))]
    keys = keyer.keys(surfaces)
    capitals = [False if len(s) > 5 and "." not in s else _capitals_only(s) for s in surfaces]
    kept = [len("".join(key)) >= 2 for key in keys]
    if not all(kept):
        keys, ids, forms = list(compress(keys, kept)), list(compress(ids, kept)), list(compress(forms, kept))
        surfaces, capitals = list(compress(surfaces, kept)), list(compress(capitals, kept))
    index = dict(zip(keys, map(_new_form, zip(ids, forms, surfaces, capitals, strict=True)), strict=True))
    if len(index) == len(keys):
        return index
    shared = {key for key, count in Counter(keys).items() if count > 1}
    decided: dict[tuple[str, ...], IndexedForm] = {}
    for n in [n for n, key in enumerate(keys) if key in shared]:
        key, entry_id, form, surface, capitals_only = keys[n], ids[n], forms[n], surfaces[n], capitals[n]
        old = decided.get(key)
        if old is not None:
            if old.entry == entry_id:
                # one entry's "Hamas" and "HAMAS": the form that matches more text wins
                capitals_only = capitals_only and old.capitals_only
                if FORM_RANK[old.form] >= FORM_RANK[form]:
                    form, surface = old.form, old.surface
            elif FORM_RANK[form] < FORM_RANK[old.form]:
                continue
        decided[key] = _new_form((entry_id, form, surface, capitals_only))
    index.update(decided)
    return index
