"""A large user gazetteer is kept on disk once built (issue 15): the kept copy must be the same gazetteer."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.lexicons import gazetteer as gazetteer_module
from reader.core.lexicons.gazetteer import load_gazetteer
from reader.core.text.names import NameKeyer

# Surface forms whose keys collide in every way: case, dots, doubled letters, one letter.
FORMS = ("Hamas", "HAMAS", "H.A.M.A.S.", "Hammas", "US", "U.S.", "us", "Georgia", "GEORGIA", "X", "Al-Sisi", "Sissi")

USER_FILE = """\
actors:
  - {id: hamas, name: Harakat Hamas, aliases: [Hamas movement]}
  - {id: acme-news, name: Acme News, kind: media, aliases: [Acme, ACME]}
  - id: bob-ray
    name: Bob Ray
    kind: person
    aliases: [Robert Ray, Mohammed el-Sissi]
  - {id: egypt, demonyms: [Egyptians]}
words:
  titles: [Chieftain]
  spellings: [[mohammed, muhammad]]
  suffixes: {organization: [Holdings]}
"""


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """Every user file is kept, in a cache under tmp_path; the per-process memo starts empty."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer_module, "CACHE_MIN_BYTES", 0)
    gazetteer_module._build.cache_clear()
    yield tmp_path / "cache" / "reader" / "lexicons"
    gazetteer_module._build.cache_clear()


def settled(path, content):
    """``content`` written to ``path`` with an mtime old enough to be trusted."""
    path.write_text(content, encoding="utf-8")
    past = time.time() - 60
    os.utime(path, (past, past))
    return path


def fresh_load(path):
    gazetteer_module._build.cache_clear()
    return load_gazetteer(path)


def index_items(index, keyer):
    """Every key of a gazetteer's index and its form, in the order the keys first occur, asked of the index
    key by key as the actors stages ask it (the index has no listing of its own)."""
    keys = (keyer.key_of_text(text) for text in dict.fromkeys(index.key_texts))
    return [(key, form) for key in keys if (form := index.get(key)) is not None]


def same(a, b):
    assert a == b  # entries, words, suffixes, spellings, sources
    assert index_items(a.index, a.keyer) == index_items(b.index, b.keyer)
    assert a.by_id == b.by_id and a.max_key_length == b.max_key_length
    for entry in a.entries:
        for surface in (entry.name, *entry.aliases, *entry.demonyms, *entry.metonyms):
            assert a.keyer.key(surface) == b.keyer.key(surface)


def test_kept_gazetteer_is_the_built_one(kept, tmp_path, monkeypatch):
    user = settled(tmp_path / "mine.yaml", USER_FILE)
    built = fresh_load(user)
    assert len(list(kept.iterdir())) == 1
    monkeypatch.setattr(gazetteer_module, "_build_from_files", None)  # the kept copy, or a TypeError
    again = fresh_load(user)
    same(built, again)
    assert again.entry("hamas").kind == "group" and "Hamas" in again.entry("hamas").aliases
    assert again.keyer.key("Muhammad el-Sisi") == built.keyer.key("Mohammed Sissi")


def test_the_packaged_gazetteer_alone_is_kept(kept, monkeypatch):
    """Without user files the packaged gazetteer is kept too: every run would otherwise parse and index it."""
    built = fresh_load(None)
    assert len(list(kept.iterdir())) == 1
    monkeypatch.setattr(gazetteer_module, "_build_from_files", None)  # the kept copy, or a TypeError
    same(built, fresh_load(None))


def test_a_changed_file_is_read_again(kept, tmp_path):
    user = settled(tmp_path / "mine.yaml", USER_FILE)
    fresh_load(user)
    settled(user, USER_FILE.replace("Bob Ray", "Bob Rey"))
    assert fresh_load(user).entry("bob-ray").name == "Bob Rey"


def test_a_damaged_or_unwritable_cache_is_only_slower(kept, tmp_path, monkeypatch):
    user = settled(tmp_path / "mine.yaml", USER_FILE)
    built = fresh_load(user)
    for kept_file in kept.iterdir():
        kept_file.write_bytes(kept_file.read_bytes()[:100])
    same(built, fresh_load(user))
    for kept_file in kept.iterdir():
        kept_file.unlink()
        os.mkfifo(kept_file)  # read without a writer, it would block
    same(built, fresh_load(user))
    (tmp_path / "not-a-dir").write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "not-a-dir"))
    same(built, fresh_load(user))


def test_recent_small_or_bad_files_are_not_kept(kept, tmp_path, monkeypatch):
    recent = tmp_path / "recent.yaml"
    recent.write_text(USER_FILE, encoding="utf-8")  # may change again within its mtime's resolution
    fresh_load(recent)
    assert not kept.exists()
    monkeypatch.setattr(gazetteer_module, "CACHE_MIN_BYTES", 256 * 1024)
    fresh_load(settled(tmp_path / "small.yaml", USER_FILE))
    assert not kept.exists()
    monkeypatch.setattr(gazetteer_module, "CACHE_MIN_BYTES", 0)
    bad = settled(tmp_path / "bad.yaml", "actors:\n  - id: x\n    name: X\n    kind: wizard\n")
    for _ in range(2):
        with pytest.raises(ReaderError, match=f"{bad}:4: kind 'wizard'"):
            fresh_load(bad)
    assert not kept.exists()


def test_strings_holding_the_column_separators_are_kept_as_they_are(kept, tmp_path):
    text = 'actors:\n  - {id: "a\\0b", name: "Zed\\x01Zed", kind: person, aliases: ["Al\\0Bo", Zed Zed]}\n' + USER_FILE[8:]
    user = settled(tmp_path / "odd.yaml", text)
    built = fresh_load(user)
    assert built.entry("a\0b").name == "Zed\x01Zed" and built.entry("a\0b").aliases == ("Al\0Bo", "Zed Zed")
    again = fresh_load(user)
    same(built, again)
    assert again.heads == built.heads and again.index.people_texts() == built.index.people_texts()


def _index_one_by_one(entries, keyer):
    """The index as the gazetteer built it before it was computed by columns: a loop over every form."""
    index = {}
    for entry in entries:
        for listed, surfaces in (
            ("name", (entry.name,)),
            ("alias", entry.aliases),
            ("demonym", entry.demonyms),
            ("metonym", entry.metonyms),
        ):
            for surface in surfaces:
                form = listed
                key = keyer.key(surface)
                if not key or len("".join(key)) < 2:
                    continue
                letters = surface.replace(".", "")
                capitals_only = len(letters) <= 5 and letters.isupper()
                old = index.get(key)
                if old is not None:
                    if old.entry == entry.id:
                        capitals_only = capitals_only and old.capitals_only
                        if gazetteer_module.FORM_RANK[old.form] >= gazetteer_module.FORM_RANK[form]:
                            form, surface = old.form, old.surface
                    elif gazetteer_module.FORM_RANK[form] < gazetteer_module.FORM_RANK[old.form]:
                        continue
                index[key] = gazetteer_module.IndexedForm(entry.id, form, surface, capitals_only)
    return index


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(FORMS),
            st.lists(st.sampled_from(FORMS), max_size=3),
            st.lists(st.sampled_from(FORMS), max_size=2),
            st.sampled_from(["group", "person"]),
        ),
        max_size=12,
    ),
    st.sampled_from([{}, {"sissi": "sisi"}, {"hamas": "x y"}, {"hamas": "", "georgia": "ge%20"}, {"us": "u s", "x": "%00"}]),
)
def test_the_index_by_columns_is_the_one_form_by_form(rows, spellings):
    """Shared keys (one entry's "Hamas" and "HAMAS", two entries' "Georgia") are decided as before; the
    lazy index answers every key as the dict built form by form, whatever spellings do to the keys
    (a part with a space, an empty part)."""
    entries = tuple(
        gazetteer_module.GazetteerEntry(f"e{n}", name, kind, tuple(aliases), tuple(demonyms), ())
        for n, (name, aliases, demonyms, kind) in enumerate(rows)
    )
    keyer = NameKeyer(spellings)
    index = gazetteer_module._index(entries, keyer)
    reference = _index_one_by_one(entries, keyer)
    assert index_items(index, keyer) == list(reference.items())
    assert index.heads() == {key[0] for key in reference}
    person = {e.id for e in entries if e.kind == "person"}
    people = [key for key, form in reference.items() if len(key) > 1 and form.form in ("name", "alias") and form.entry in person]
    assert [keyer.key_of_text(text) for text in index.people_texts()] == people
    assert index.max_key_length == max(map(len, reference), default=1)
    for surface in (*FORMS, "Nobody", "x y", ""):
        key = keyer.key(surface)
        assert index.get(key) == reference.get(key) and (key in index) == (key in reference)
    for key in [("x y",), ("x", "y"), ("",), ("hamas", ""), ("u s",), ("u", "s")]:
        assert index.get(key) == reference.get(key) and (key in index) == (key in reference)


@pytest.mark.parametrize("aliases", ['"  "', '[A, " "]', "[A, 3]"])
def test_a_blank_alias_is_refused_written_alone_or_in_a_list(kept, tmp_path, aliases):
    bad = settled(tmp_path / "bad.yaml", f"actors:\n  - id: x\n    name: X\n    kind: person\n    aliases: {aliases}\n")
    with pytest.raises(ReaderError, match=f"{bad}:5: `aliases` of 'x' must be a list of strings"):
        fresh_load(bad)


def test_checking_files_with_a_kept_copy_reads_only_its_header(kept, tmp_path, monkeypatch):
    """The app checks the user's files at start: once they are kept, that costs no parsing; a changed
    file is parsed again, and still reports its error."""
    user = settled(tmp_path / "mine.yaml", USER_FILE)
    gazetteer_module.check_gazetteer_files([user])  # (parsed: nothing kept yet)
    fresh_load(user)
    real_merge = gazetteer_module._merge_files
    monkeypatch.setattr(gazetteer_module, "_merge_files", None)  # parsing now: a TypeError
    gazetteer_module.check_gazetteer_files([user])
    settled(user, USER_FILE.replace("kind: person", "kind: wizard"))
    with pytest.raises(TypeError):
        gazetteer_module.check_gazetteer_files([user])
    monkeypatch.setattr(gazetteer_module, "_merge_files", real_merge)
    with pytest.raises(ReaderError, match="kind 'wizard'"):
        gazetteer_module.check_gazetteer_files([user])
    for kept_file in kept.iterdir():  # a damaged copy is not trusted
        kept_file.write_bytes(b"\x00" + kept_file.read_bytes()[1:])
    with pytest.raises(ReaderError, match="kind 'wizard'"):
        gazetteer_module.check_gazetteer_files([user])
