"""A built lexicon kept on disk between runs, so a large user file costs its parsing once (issue 15).

One file per set of source paths under ``$XDG_CACHE_HOME/reader/lexicons/``, holding
plain data (tuples, dicts, strings: `marshal`, which executes nothing) and what
it was built from: each source's size, mtime and inode, and a fingerprint of the
code that built it. Any difference, or any problem reading the file, and the
caller builds again from the sources; a cache that cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import stat
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.core.config import user_cache_dir

FORMAT = 2  # a header (format, code, sources), then the data: two marshalled objects
# A source modified this recently may change again within its mtime's resolution
# without changing size: a cache written now could be trusted when stale.
SETTLED_SECONDS = 2.0
MAX_BYTES = 256 * 1024 * 1024  # a 5 MiB gazetteer (the file size limit) keeps ~10 MB
Stamp = tuple[int, int, int]  # size, mtime in ns, inode


def stamp(path: Path) -> Stamp:
    """What identifies one version of ``path``; raises OSError."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ino


def code_fingerprint(modules: Sequence[str]) -> str:
    """A digest of the named modules' source files and of the interpreter (keys depend on its Unicode data)."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {marshal.version}".encode())
    for name in modules:
        source = getattr(sys.modules.get(name), "__file__", None)
        digest.update(name.encode())
        if source:
            try:
                digest.update(Path(source).read_bytes())
            except OSError:
                digest.update(b"?")
    return digest.hexdigest()


def _cache_file(kind: str, paths: Sequence[str]) -> Path:
    name = hashlib.sha256("\0".join(os.path.abspath(p) for p in paths).encode()).hexdigest()[:32]
    return user_cache_dir() / "lexicons" / f"{kind}-{name}.bin"


def load(kind: str, sources: Sequence[tuple[str, Stamp]], fingerprint: str) -> Any | None:
    """The data stored for exactly these sources and this code, or None."""
    return _read(kind, sources, fingerprint, header_only=False)


def is_kept(kind: str, sources: Sequence[tuple[str, Stamp]], fingerprint: str) -> bool:
    """Whether data is stored for exactly these sources and this code (reading only the file's header):
    then these sources were built without an error by this code."""
    return _read(kind, sources, fingerprint, header_only=True) is not None


def _read(kind: str, sources: Sequence[tuple[str, Stamp]], fingerprint: str, header_only: bool) -> Any | None:
    try:
        # never blocks on a FIFO, never reads more than a kept lexicon can weigh
        handle = os.open(_cache_file(kind, [p for p, _ in sources]), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(handle, "rb") as kept:
            if not stat.S_ISREG(os.fstat(kept.fileno()).st_mode) or os.fstat(kept.fileno()).st_size > MAX_BYTES:
                return None
            header = marshal.load(kept)
            if header != (FORMAT, fingerprint, tuple(sources)):
                return None
            if header_only:
                return True
            raw = kept.read(MAX_BYTES + 1)
        return marshal.loads(raw) if len(raw) <= MAX_BYTES else None
    except Exception:  # noqa: BLE001 - absent, unreadable or damaged: build again
        return None


def store(kind: str, sources: Sequence[tuple[str, Stamp]], fingerprint: str, data: Any) -> None:
    """Keep ``data`` for these sources, unless one changed too recently to be trusted; never raises."""
    now = time.time_ns()
    if any(now - mtime < SETTLED_SECONDS * 1e9 for _, (_, mtime, _) in sources):
        return
    target = _cache_file(kind, [p for p, _ in sources])
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        payload = marshal.dumps((FORMAT, fingerprint, tuple(sources))) + marshal.dumps(data)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(payload)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except Exception:  # noqa: BLE001 - a read-only or full disk only costs the next run its parsing
        return
