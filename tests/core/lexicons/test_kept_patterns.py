"""A pattern whose compiled program is kept on disk (`kept_patterns`) is the pattern `re.compile` makes."""

from __future__ import annotations

import re

import pytest

from reader.core.actors.find import patterns
from reader.core.lexicons import kept_patterns as kept_module
from reader.core.lexicons.kept_patterns import kept_pattern, kept_patterns
from reader.core.lexicons.verbs import _after_mark, load_reporting_verbs

SAMPLES = (
    "Officials said on Tuesday that the plan (which Ms. O'Neill backed) would fail.",
    'Al-Sisi told reporters: "We are ready" — said Mr. Hernández Jr. of the U.N.',
    "İstanbul ſaid ıt, according to ÉLYSÉE staff; AP reported.",
    "",
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "reader" / "lexicons"


def same(kept: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    assert kept == fresh  # same pattern, flags and compiled program
    assert (kept.groups, kept.groupindex, kept.flags) == (fresh.groups, fresh.groupindex, fresh.flags)
    for text in SAMPLES:
        assert [m.span() for m in kept.finditer(text)] == [m.span() for m in fresh.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(r"(?P<cue>[Ii]n)(?<!\w..)\s+(?P<src>\w+)", 0), (r"\b(?:said|told)\b", re.IGNORECASE), (r"[^\W\d_]+(?:['’]\w+)?", 0)],
)
def test_a_kept_pattern_is_the_compiled_pattern_first_and_when_read_back(cache, pattern, flags):
    first = kept_pattern(pattern, flags)
    assert list(cache.glob("pattern-*.bin"))
    again = kept_pattern(pattern, flags)
    same(first, re.compile(pattern, flags))
    same(again, re.compile(pattern, flags))


def test_build_runs_only_when_nothing_is_kept(cache):
    calls = []

    def build():
        calls.append(1)
        return [("a+b", 0), ("c|d", re.IGNORECASE)]

    first = kept_patterns("test build once", build)
    second = kept_patterns("test build once", build)
    assert len(calls) == 1
    for a, b, fresh in zip(first, second, (re.compile("a+b"), re.compile("c|d", re.IGNORECASE))):
        same(a, fresh)
        same(b, fresh)


def test_a_damaged_file_is_compiled_again(cache):
    kept_pattern("x(y)z")
    for path in cache.glob("pattern-*.bin"):
        path.write_bytes(path.read_bytes()[:40] + b"\x00garbage")
    same(kept_pattern("x(y)z"), re.compile("x(y)z"))


def test_a_bad_pattern_raises_as_re_compile_does(cache):
    with pytest.raises(re.error):
        kept_pattern("(unclosed")


def test_without_the_engine_entry_points_re_compiles(cache, monkeypatch):
    monkeypatch.setattr(kept_module, "_ENGINE", None)
    same(kept_pattern(r"\bsaid\b"), re.compile(r"\bsaid\b"))
    assert not list(cache.glob("pattern-*.bin"))


def test_the_actors_run_patterns_and_the_cue_pattern_are_the_compiled_ones(cache):
    particles = frozenset({"de", "van der", "bin"})
    for _ in range(2):  # built and kept, then read back
        patterns.run_patterns.cache_clear()
        kept = patterns.run_patterns(particles)
        for got, (text, flags) in zip(kept, patterns._run_pattern_texts(particles)):
            same(got, re.compile(text, flags))
    verbs = load_reporting_verbs()
    assert verbs.after_mark_pattern == re.compile(_after_mark(verbs.cue_body))


def test_the_packaged_verbs_kept_on_disk_are_the_built_ones(cache, monkeypatch):
    from reader.core.lexicons import verbs as verbs_module

    monkeypatch.setenv("XDG_CONFIG_HOME", str(cache.parent / "no-config"))
    fresh = verbs_module.build_reporting_verbs(verbs_module._packaged_data())
    verbs_module._packaged_verbs.cache_clear()
    built = verbs_module.load_reporting_verbs()  # built, then kept
    assert list(cache.glob("verbs-*.bin"))
    verbs_module._packaged_verbs.cache_clear()
    read_back = verbs_module.load_reporting_verbs()  # read from disk
    assert built == fresh
    assert read_back == fresh
    assert read_back.cue_spans("Officials said; he told reporters, according to aides.") == fresh.cue_spans(
        "Officials said; he told reporters, according to aides."
    )
    verbs_module._packaged_verbs.cache_clear()
