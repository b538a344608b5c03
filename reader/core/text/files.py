"""The one guarded way `reader` reads a file: articles, sidecars, the user's data files, config.

Only regular files are read (a FIFO would block forever, ``/dev/zero`` never
ends); the size is checked before reading and enforced while reading, since a
file may grow in between. Every failure is a one-line `ReaderError` naming the
file. Nothing here ever opens a file for writing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader.core.errors import ReaderError

MAX_FILE_BYTES = 5 * 1024 * 1024  # 5 MiB: ~4x the largest document the benchmarks use
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 16


def printable_path(path: str | os.PathLike[str]) -> str:
    """``path`` fit for a one-line message: undecodable bytes and control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def size_text(size: int) -> str:
    """ "5,242,881 bytes (5.0 MiB)": exact, then readable."""
    if size < 1024:
        return f"{size:,} bytes"
    return f"{size:,} bytes ({size / 1048576:.1f} MiB)"


def too_large(name: str, size: int, limit: int = MAX_FILE_BYTES, at_least: bool = False) -> ReaderError:
    """The error for a file or page over ``limit``; ``at_least`` when reading stopped at the limit."""
    what = f"more than {limit:,} bytes" if at_least else size_text(size)
    return ReaderError(f"{name}: {what}; the limit is {size_text(limit)}")


def read_file_bytes(path: str | os.PathLike[str], what: str = "file", limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; never blocks on a FIFO or device.

    ``what`` ("article", "gazetteer", ...) words the errors.
    """
    name = printable_path(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)  # read-only: reader never writes to a file it reads
    except OSError as exc:
        raise os_error(name, exc, what) from None
    except ValueError:
        raise ReaderError(f"{name}: not a valid file name") from None
    try:
        with open(fd, "rb", buffering=0) as handle:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise ReaderError(f"{name}: is a directory, not a{'n' if what[0] in 'aeiou' else ''} {what} file")
            if not stat.S_ISREG(info.st_mode):
                raise ReaderError(f"{name}: not a regular file (a FIFO, socket or device); {what} files must be regular files")
            if info.st_size > limit:
                raise too_large(name, info.st_size, limit)
            chunks: list[bytes] = []
            total = 0
            while True:  # bounded even if the file grows after fstat
                chunk = handle.read(min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise too_large(name, total, limit, at_least=True)
    except OSError as exc:
        raise os_error(name, exc, what) from None
    return b"".join(chunks)


def os_error(name: str, exc: OSError, what: str = "file") -> ReaderError:
    if isinstance(exc, FileNotFoundError):
        return ReaderError(f"{name}: no such file or directory")
    if isinstance(exc, PermissionError):
        return ReaderError(f"{name}: permission denied")
    if isinstance(exc, IsADirectoryError):
        return ReaderError(f"{name}: is a directory, not a{'n' if what[0] in 'aeiou' else ''} {what} file")
    return ReaderError(f"{name}: cannot read ({exc.strerror or type(exc).__name__})")


def is_regular_file(path: Path) -> bool:
    """True for a regular file (following symlinks); False for anything else or an unreadable path."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
