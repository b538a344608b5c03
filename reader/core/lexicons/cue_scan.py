"""Scanning a lower-cased text for cues after a stand-in text of two marks, which the regex engine skips to fast.

`ReportingVerbs.cue_spans` matches a cue after a mark, `[^\\w'’-]((?:cues)(?![\\w'’-]))`. A character class
first makes the engine test every character of the text against it (about half the scan, ~9 ns a character);
a single literal first makes it skip in a tight loop to the next copy of that character. So the scan runs on a
stand-in of the text, the same length, in which every blank is " " and every other mark is "\\x01": one scan
after " " and one after "\\x01" find, between them, the cues the class pattern finds.

The stand-in keeps what the pattern reads: letters, digits, "'", "-" and "_" stay as they are; a non-ASCII word
character and "’" become "_" (neither a mark nor a cue letter, and the look ahead refuses both); a blank stays a
blank for the cues' inner `\\s+`, and no other mark becomes one. Only cues with no "_" and no "\\x01" in them
(`cue_body`) are scanned so.
"""

from __future__ import annotations

import bisect
import codecs
from functools import lru_cache

_STAND_IN_ERRORS = "reader-cue-stand-in"
BLANK, OTHER_MARK = " ", "\x01"  # what a blank and any other mark stand in as
CUE_END = r"(?![\w'’-])"


def _stand_in(char: str) -> str:
    """The ASCII stand-in of one character (the non-ASCII ones only reach here)."""
    if char.isspace():
        return BLANK
    if char.isalnum() or char in "_'’-":
        return "_"
    return OTHER_MARK


def _stand_in_run(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler: each non-ASCII character of a run by its stand-in (a news text holds a few
    hundred such runs, curly quotes and dashes mostly)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return "".join(_stand_in(char) for char in error.object[error.start : error.end]), error.end


codecs.register_error(_STAND_IN_ERRORS, _stand_in_run)


def _ascii_stand_in(code: int) -> int:
    char = chr(code)
    if char.isalnum() or char in "_'-":
        return code
    return ord(BLANK if char.isspace() else OTHER_MARK)


_ASCII_TABLE = bytes(_ascii_stand_in(code) if code < 128 else code for code in range(256))


def scannable(cue_body: str) -> bool:
    """Whether no cue holds a character the stand-in gives another meaning."""
    return "_" not in cue_body and OTHER_MARK not in cue_body


def stand_in(lowered: str) -> str:
    """ " " (the mark before the text's first character), then ``lowered`` with every character by its stand-in."""
    return (BLANK + lowered).encode("ascii", _STAND_IN_ERRORS).translate(_ASCII_TABLE).decode("ascii")


@lru_cache(maxsize=8)
def cue_body_pattern(mark: str, cue_body: str) -> str:
    """A cue after ``mark``, the cue in group 1. Kept: the same string object each time, whose hash is computed
    once, where a new 14,000-character pattern was built and hashed (to find its compiled form) on every scan,
    ~30 µs of a short article's ~90 µs fixed cost."""
    return f"{mark}((?:{cue_body}){CUE_END})"


def merged(after_blank: list[tuple[int, int]], after_mark: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The spans of both scans in text order; None when a cue of one runs over the mark of a cue of the other.

    Each scan skips what its own cues cover, not what the other's do: as long as no cue of one covers a cue's
    mark of the other, the two lists together are what one scan for either mark finds. A span (start, end) is
    its cue's, in the text; its mark is at start - 1."""
    if not after_mark:
        return after_blank
    for start, end in after_mark:
        k = bisect.bisect_left(after_blank, (start, 0))
        if (k > 0 and after_blank[k - 1][1] > start - 1) or (k < len(after_blank) and after_blank[k][0] - 1 < end):
            return None
    return sorted(after_blank + after_mark)
