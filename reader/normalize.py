"""Turn raw scraped text into the body `reader` displays.

Only invisible or harmful things change: byte-order marks, CRLF, non-breaking
and zero-width spaces, C0/C1 control characters and ANSI escape sequences.
Curly quotes, dashes and brackets stay exactly as written: they are what the
reader needs to see, and comparison folds them per word (see `tokens.fold`).
"""

from __future__ import annotations

import re

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte ESC sequences,
# plus their single-byte C1 forms (0x9b CSI, 0x9d OSC).
_ANSI = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]          # CSI ... final byte
  | (?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c)    # OSC ... BEL / ST
  | \x1b[PX^_].*?(?:\x1b\\|\x9c)              # DCS, SOS, PM, APC strings
  | \x1b[ -/]*[0-~]                           # other ESC sequences
    """,
    re.VERBOSE | re.DOTALL,
)
# Every C0 and C1 control except tab and newline, plus DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Spaces that look like a space: NBSP, narrow NBSP, figure space, the en/em family, ideographic.
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that only split words: zero-width space/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_LINE_SEPARATORS = re.compile(r"[\u2028\u2029\x85]")


def normalize_text(raw: str) -> str:
    """The displayable body of ``raw``: same words, no invisible or control noise."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _ANSI.sub("", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\t", " ")
    text = _SPACE_RUN.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n ")
