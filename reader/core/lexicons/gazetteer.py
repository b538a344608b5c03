"""The gazetteer: well-known actors and the word lists discovery uses, from YAML.

The packaged `reader/core/lexicons/data/gazetteer.yaml` is read first, then the per-user
file ($XDG_CONFIG_HOME/reader/actors.yaml) when it exists, then a file the
caller names. Later files merge into earlier ones by actor id and add to the
word lists. Every problem in a file raises `ReaderError` naming file and line.
"""

from __future__ import annotations

import marshal
import os
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, chain, repeat
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
    index: FormIndex = field(default_factory=lambda: FormIndex((), [], NameKeyer({})), compare=False, repr=False)
    keyer: NameKeyer = field(default_factory=lambda: NameKeyer({}), compare=False, repr=False)
    max_key_length: int = field(default=1, compare=False)
    by_id: Mapping[str, GazetteerEntry] = field(default_factory=dict, compare=False, repr=False)

    @property
    def heads(self) -> frozenset[str]:
        """The first parts of the index's keys: where a gazetteer name may start (actors/find)."""
        return self.index.heads()

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


def _is_kept(sources: tuple[tuple[str, built_cache.Stamp], ...]) -> bool:
    """Whether the gazetteer of these files is kept on disk: the packaged one alone (thawing the kept copy
    takes ~0.004 s where parsing and indexing the file takes ~0.07 s, paid by every `reader analyze` before
    it can fork its align child), or with the user's files when those are large."""
    return len(sources) == 1 or sum(size for _, (size, _, _) in sources[1:]) >= CACHE_MIN_BYTES


@lru_cache(maxsize=8)
def _build(sources: tuple[tuple[str, built_cache.Stamp], ...]) -> Gazetteer:
    """The gazetteer of these files; when `_is_kept`, kept on disk for the next run."""
    kept = _is_kept(sources)
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
        sources = tuple((str(p), _stamp(p)) for p in [PACKAGED_PATH, *files])  # (the build's wording of a missing file)
        if _is_kept(sources) and built_cache.is_kept("gazetteer", sources, built_cache.code_fingerprint(_BUILT_BY)):
            return  # built by this code from these very files (same size, mtime and inode): no error in them
        _merge_files(tuple(p for p, _ in sources))


def _merge_files(
    paths: tuple[str, ...],
) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]], dict[str, str], list[list[str]]]:
    """The files' entries merged by id (later files win), word lists, suffixes and spelling groups."""
    entries: dict[str, dict[str, Any]] = {}
    words: dict[str, set[str]] = {name: set() for name in WORD_LISTS}
    suffixes: dict[str, str] = {}
    spelling_groups: list[list[str]] = []
    for path in paths:
        document = read_yaml_file(Path(path), "gazetteer", tables=True)
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
    return Gazetteer(
        entries=frozen_entries,
        words={name: frozenset(w.casefold() for w in values) for name, values in words.items()},
        suffixes=suffixes,
        spellings=spellings,
        sources=paths,
        index=index,
        keyer=keyer,
        max_key_length=index.max_key_length,
        by_id=dict(zip(entries, frozen_entries, strict=True)),
    )


def _freeze(gazetteer: Gazetteer) -> tuple[Any, ...]:
    """``gazetteer`` as plain data for `built_cache`, with the name keys its keyer has computed.

    Stored by columns, each one string where it can be (`_pack`), or marshalled without references
    (`_pack_tuples`): `marshal` writes a few large strings ~10x faster than 500,000 small objects it
    must check for sharing. The forms' keys are one string, a key a line (`FormIndex`).
    """
    known = getattr(gazetteer.keyer, "_cache", None)  # NameKeyer's memo: surface -> key
    ids, names, kinds, aliases, demonyms, metonyms, parents = (
        map(list, zip(*gazetteer.entries, strict=True)) if gazetteer.entries else ([],) * 7
    )
    keys = gazetteer.index.key_texts
    return (
        [_pack(ids), _pack(names), _pack(kinds), *map(_pack_tuples, (aliases, demonyms, metonyms)), parents],
        dict(gazetteer.words),
        dict(gazetteer.suffixes),
        dict(gazetteer.spellings),
        ["\n".join(keys), len(keys)],
        dict(known) if isinstance(known, dict) else {},
    )


def _thaw(data: tuple[Any, ...], paths: tuple[str, ...]) -> Gazetteer:
    """The gazetteer `_freeze` stored: the one `_build_from_files` returns for the same files and code."""
    entry_columns, words, suffixes, spellings, (key_text, count), known_keys = data
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
    keys = key_text.split("\n") if count else []
    if len(keys) != count:
        raise ValueError("stored data of another shape")
    index = FormIndex(entries, keys, keyer)
    return Gazetteer(
        entries=entries,
        words=words,
        suffixes=suffixes,
        spellings=spellings,
        sources=paths,
        index=index,
        keyer=keyer,
        max_key_length=index.max_key_length,
        by_id=dict(zip(ids, entries, strict=True)),
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


def _index(entries: tuple[GazetteerEntry, ...], keyer: NameKeyer) -> FormIndex:
    """Each form's name key -> the form (`FormIndex`), the keys computed in bulk."""
    surfaces = [s for e in entries for s in (e[1], *e[3], *e[4], *e[5])]
    return FormIndex(entries, keyer.key_texts(surfaces), keyer)


class FormIndex:
    """Each form's name key -> the form (an `IndexedForm`). A key two forms share goes to the higher-ranked
    one, or on a tie to the later one; one entry's forms share it ("Hamas", "HAMAS") as the one that
    matches more text. Keys of fewer than two letters are left out.

    Read like a dict (``get``, ``in``, ``[]``), it holds one line of text per form (its key's parts
    joined by spaces, as `NameKeyer.key_texts` gives them) and the position of the last form of
    each key: a run's lookups make only the few `IndexedForm` they find, and the 100,000 forms of
    a large user gazetteer (issue 15) cost one dict of strings, not 100,000 tuples and forms.
    """

    __slots__ = (
        "_entries",
        "_heads",
        "_keyer",
        "_made",
        "_people",
        "_position",
        "_shared",
        "_starts",
        "key_texts",
        "max_key_length",
    )

    def __init__(self, entries: tuple[GazetteerEntry, ...], key_texts: list[str], keyer: NameKeyer) -> None:
        """``key_texts``: the key of every form (`NameKeyer.key_text`), entry by entry (name, aliases,
        demonyms, metonyms)."""
        self._entries = entries
        self._keyer = keyer
        self.key_texts = key_texts
        self._starts = list(accumulate([1 + len(e[3]) + len(e[4]) + len(e[5]) for e in entries], initial=0))
        if self._starts[-1] != len(key_texts):
            raise ValueError("one key per form")
        position = dict(zip(key_texts, range(len(key_texts))))  # (in first-seen order, the last form's)
        if keyer.spaced:
            for text in [t for t in position if len("".join(keyer.key_of_text(t))) < 2]:
                del position[text]
        elif key_texts and min(map(len, key_texts)) < 2:  # (a key of two parts has two letters)
            for text in [t for t in position if len(t) < 2]:
                del position[text]
        self._position = position
        self._made: dict[str, IndexedForm] = {}
        self._heads: frozenset[str] | None = None
        self._people: list[str] | None = None
        self._shared: dict[str, str] = {}  # a key several forms have -> the kind of the entry it names
        self.max_key_length = max(map(str.count, position, repeat(" ")), default=0) + 1
        if len(position) < len(key_texts):
            self._decide_shared()

    def _decide_shared(self) -> None:
        """The forms of the keys several forms have, decided form by form in file order."""
        shared = {text for text, count in Counter(self.key_texts).items() if count > 1 and text in self._position}
        made, self._shared = self._made, {}
        for n in [n for n, text in enumerate(self.key_texts) if text in shared]:
            text = self.key_texts[n]
            new = self._form(n)
            old = made.get(text)
            if old is not None:
                entry_id, form, surface, capitals_only = new
                if old.entry == entry_id:
                    # one entry's "Hamas" and "HAMAS": the form that matches more text wins
                    capitals_only = capitals_only and old.capitals_only
                    if FORM_RANK[old.form] >= FORM_RANK[form]:
                        form, surface = old.form, old.surface
                    new = _new_form((entry_id, form, surface, capitals_only))
                elif FORM_RANK[form] < FORM_RANK[old.form]:
                    continue
            made[text] = new
            self._shared[text] = self._where(n)[0][2]  # the kind of the entry it now names

    def _where(self, n: int) -> tuple[GazetteerEntry, int]:
        """The entry of form ``n``, and the form's place among the entry's (0: its name)."""
        at = bisect_right(self._starts, n) - 1
        return self._entries[at], n - self._starts[at]

    def _form(self, n: int) -> IndexedForm:
        entry, offset = self._where(n)
        if offset == 0:
            form, surface = "name", entry[1]
        elif offset <= len(entry[3]):
            form, surface = "alias", entry[3][offset - 1]
        elif offset <= len(entry[3]) + len(entry[4]):
            form, surface = "demonym", entry[4][offset - 1 - len(entry[3])]
        else:
            form, surface = "metonym", entry[5][offset - 1 - len(entry[3]) - len(entry[4])]
        capitals_only = False if len(surface) > 5 and "." not in surface else _capitals_only(surface)
        return _new_form((entry[0], form, surface, capitals_only))

    def get(self, key: tuple[str, ...], default: IndexedForm | None = None) -> IndexedForm | None:
        text = " ".join(key) if not self._keyer.spaced else self._keyer.key_text(key)
        form = self._made.get(text)
        if form is None:
            n = self._position.get(text)
            if n is None:
                return default
            form = self._made[text] = self._form(n)
        return form

    def __getitem__(self, key: tuple[str, ...]) -> IndexedForm:
        form = self.get(key)
        if form is None:
            raise KeyError(key)
        return form

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, tuple):
            return False
        return (" ".join(key) if not self._keyer.spaced else self._keyer.key_text(key)) in self._position

    def heads(self) -> frozenset[str]:
        """The first parts of the keys (made once)."""
        if self._heads is None:
            heads = [text.partition(" ")[0] for text in self._position]
            self._heads = frozenset(heads if not self._keyer.spaced else [self._keyer.key_of_text(h)[0] for h in heads])
        return self._heads

    def people_texts(self) -> list[str]:
        """The key texts (`NameKeyer.key_text`) of two parts or more whose form is a person's name or alias, in
        index order, made once: what actors/merge compares a discovered full name with."""
        if self._people is None:
            entries = self._entries
            # per form: whether it is a person's name or alias (runs of equal values, repeated in C)
            flags = chain.from_iterable(zip([e[2] == "person" for e in entries], repeat(False)))
            runs = chain.from_iterable(zip([1 + len(e[3]) for e in entries], [len(e[4]) + len(e[5]) for e in entries]))
            named = list(chain.from_iterable(map(repeat, flags, runs)))
            position = self._position
            if self._shared:
                decided = {t: self._made[t][1] in _NAME_FORMS and kind == "person" for t, kind in self._shared.items()}
                self._people = [t for t, n in position.items() if " " in t and (decided[t] if t in decided else named[n])]
            else:
                self._people = [t for t, n in position.items() if named[n] and " " in t]
        return self._people
