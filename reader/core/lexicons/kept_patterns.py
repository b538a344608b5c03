"""Large regular expressions whose compiled program is kept on disk between runs.

`re.compile` parses and assembles a pattern in Python: for the cue trie (`verbs`) and the actors' run
patterns (a class of every capital, thirteen times) that is ~0.03-0.05 s of CPU in every process, about a
tenth of the actors or attributions stage on a 3,000-sentence pair. The program it hands to the regex
engine (`_sre.compile`) is a list of integers: it is kept in the lexicon cache (`built_cache`) under a
digest of what built it, and the next process builds the same pattern object from it in microseconds.

The program's layout is private to the interpreter: the fingerprint holds the Python version and
`_sre.MAGIC`, and anything that goes wrong (an absent, damaged or foreign file, an interpreter whose
internals differ) falls back to `re.compile`. A pattern is the same object either way: same
`pattern`, `flags`, `groups` and `groupindex`, the same program.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import reader.core.lexicons.built_cache as built_cache

try:  # the regex engine's own entry points, as `re._compiler.compile` calls them
    import _sre

    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _ENGINE: Any = _sre
except ImportError:  # pragma: no cover - another interpreter: plain `re.compile`
    _ENGINE = None

PatternSpec = tuple[str, int]  # (pattern, flags)
_STAMP: built_cache.Stamp = (0, 0, 0)  # a pseudo-source: the digest names the patterns, nothing on disk changes them


def kept_patterns(key: str, build: Callable[[], Sequence[PatternSpec]]) -> tuple[re.Pattern[str], ...]:
    """The patterns ``build`` gives, compiled; kept under ``key``, which must change whenever they would.

    ``build`` is called only when nothing is kept for ``key`` (so it may be costly itself)."""
    engine = _ENGINE
    if engine is None:
        return tuple(re.compile(p, f) for p, f in build())
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    sources = [(f"/patterns/{digest}", _STAMP)]
    fingerprint = f"{sys.version} {engine.MAGIC} {engine.CODESIZE}"
    stored = built_cache.load("pattern", sources, fingerprint)
    if stored is not None:
        try:
            return tuple(engine.compile(*program) for program in stored)
        except Exception:  # noqa: BLE001 - damaged or foreign: compile again
            pass
    programs = []
    try:
        programs = [_program(p, f) for p, f in build()]
        patterns = tuple(engine.compile(*program) for program in programs)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals not as expected: `re` compiles as it always does
        return tuple(re.compile(p, f) for p, f in build())
    built_cache.store("pattern", sources, fingerprint, programs)
    return patterns


def kept_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept under the pattern itself."""
    return kept_patterns(f"{int(flags)} {pattern}", lambda: [(pattern, flags)])[0]


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments `re._compiler.compile` passes to `_sre.compile` for ``pattern`` (the same steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)  # opcodes are int subclasses: kept as plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
