"""Turn raw scraped text into the body `reader` displays.

Only invisible or harmful things change, and only these (the README repeats the list):

- line breaks: CRLF, lone CR, U+2028/2029, NEL, VT and FF become ``\n``;
- ANSI escape sequences, C0/C1 control characters (but tab and newline), DEL and
  lone surrogates are dropped;
- invisible characters that only hint at line breaking or reorder a terminal's
  output are dropped: soft hyphen, Mongolian vowel separator, LRM/RLM, bidi
  embeddings/overrides/isolates, word joiner and invisible operators, BOM;
- a zero-width space becomes a space where it separates two words (Thai, scraped
  ``minister\u200bsaid``) and is dropped elsewhere;
- tab and the other space characters (NBSP, en/em spaces, ideographic space ...)
  become a plain space; runs of spaces inside a line become one; spaces at line
  ends and blank lines beyond one are dropped;
- the text is put in NFC, so an accented letter is one character however it was encoded.

Zero-width joiner and non-joiner stay: they are part of the text (emoji
sequences, Persian, Indic scripts). Curly quotes, dashes and brackets
(``[bold]`` included) stay exactly as written: comparison folds them per word
(see `tokens.fold`).

Scraped furniture at the top of an article (photo caption, credit, headline)
is split off by `strip_furniture`, so the body starts with the story.

Both happen before any offset exists, so they may change lengths freely.
"""

from __future__ import annotations

import re
import unicodedata

# 7-bit escape sequences: CSI (ESC [ params final), OSC (ESC ] ... BEL/ST),
# DCS/SOS/PM/APC strings (... ST), and two-byte ESC sequences; the 8-bit CSI
# (0x9b) too. String bodies are bounded so an unterminated OSC cannot swallow
# the rest of an article (it then falls through to the two-byte branch).
_ANSI = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                  # CSI ... final byte
  | \x1b\][^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)  # OSC ... BEL / ST
  | \x1b[PX^_][^\x1b\x9c]{0,4096}(?:\x1b\\|\x9c)      # DCS, SOS, PM, APC strings
  | \x1b[ -/]*[0-~]                                   # other ESC sequences
    """,
    re.VERBOSE,
)
# Dropped: every C0 and C1 control except tab and newline, plus DEL; lone
# surrogates (only reachable through YAML escapes), which would crash any later
# encode; and invisible characters that only hint at breaks or reorder a
# terminal's output: soft hyphen, Mongolian vowel separator, LRM/RLM, bidi
# embeddings and isolates, word joiner and invisible operators, BOM.
# ZWJ and ZWNJ (U+200C/D) are text and stay; ZWSP (U+200B) is a word break (below).
_DROPPED = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff"
    r"\u00ad\u180e\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+"
)
_ZWSP = re.compile("\u200b+")
# Spaces that look like a space: tab, NBSP, ogham, the en/em family, narrow NBSP, math, ideographic.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_SEPARATORS = re.compile(r"[\r\u2028\u2029\x85\x0b\x0c]")
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_TRAILING_SPACE = re.compile(r" +(?=\n)")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_text(raw: str) -> str:
    """The displayable body of ``raw``: same words, no invisible or control noise."""
    # The `in` tests skip whole passes over clean text: a 1 MB article has no ESC. Every character the
    # line-separator, dropped and space classes hold is unprintable (`str.isprintable`) but newline and tab:
    # a text printable without those has none of them, and the three regex passes (~30 ms on a 1.3 MB
    # article) are skipped for one C loop.
    text = raw.replace("\r\n", "\n")
    printable = _printable(text)
    if not printable:
        text = _LINE_SEPARATORS.sub("\n", text)
        if "\x1b" in text or "\x9b" in text:
            text = _ANSI.sub("", text)
        text = _DROPPED.sub("", text)
    if "\u200b" in text:
        text = _ZWSP.sub(_zero_width_space, text)
    composed = unicodedata.normalize("NFC", text)
    if composed is not text or not printable:  # (NFC returns text already composed as it is)
        printable = _printable(composed)
    text = composed
    if "\t" in text or not printable:
        text = _SPACES.sub(" ", text)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text:
        text = _TRAILING_SPACE.sub("", text)
    if "\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n ")


def _printable(text: str) -> bool:
    """Whether every character of ``text`` but newline and tab is printable."""
    return text.replace("\n", "").replace("\t", "").isprintable()


def _zero_width_space(m: re.Match[str]) -> str:
    """A space between two word characters (letters, marks, digits), nothing elsewhere."""
    text, start, end = m.string, m.start(), m.end()
    if 0 < start and end < len(text) and _is_word_char(text[start - 1]) and _is_word_char(text[end]):
        return " "
    return ""


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN" or char in "\u200c\u200d"


# --- scraped furniture ------------------------------------------------------------------

MAX_HEADLINE_CHARS = 120
MAX_CAPTION_CHARS = 200
MAX_CREDIT_CHARS = 80
_NAME = r"[\w.'’&-]+"
# "Emad Nassar/Flash 90", "AP Photo/Ariel Schalit", "Hadas Parush / Flash90".
_SLASH_CREDIT = re.compile(rf"{_NAME}(?: {_NAME}){{0,4}} ?/ ?{_NAME}(?: {_NAME}){{0,4}}")
# Without a label, a line is a credit only if it names an agency ("Trump/Clinton debate" is a headline).
_AGENCY_WORD = re.compile(
    r"\b(?:reuters|afp|ap|epa|getty|flash ?90|gpo|idf|anadolu|xinhua|wikimedia|shutterstock|istock"
    r"|photo|courtesy|spokesperson|pool)\b",
    re.IGNORECASE,
)
# "Photo: Reuters", "(Photo credit: AFP)", "Picture by John Smith", "© AFP".
_LABELLED_CREDIT = re.compile(
    r"\(?(?:(?:file )?(?:photo|photograph|picture|image|illustration)s?(?: credit)?\s*(?::|by\b|©)|credit:|©).*",
    re.IGNORECASE,
)
# A caption line with the credit glued on: "Hamas terrorist in GazaEmad Nassar/Flash 90".
# The glue is a lower-case pair or digit then a capital, so "iPhone/Android" is no credit.
_GLUED_CREDIT = re.compile(rf"(?P<caption>.*(?:[a-z]{{2}}|[0-9)]))(?P<credit>[A-Z]{_SLASH_CREDIT.pattern})")


def strip_furniture(text: str) -> tuple[str, dict[str, str]]:
    """The body without scraped furniture at its top, and that furniture.

    Scrapers glue the image caption above the story, often twice, the second
    time with the photographer's credit run into it ("CaptionEmad Nassar/Flash 90"),
    and may leave a credit line or the headline (a short line, then a blank one)
    on top. Returns keys ``caption``, ``credit`` and ``headline`` when found.
    """
    furniture: dict[str, str] = {}
    held = None
    while True:  # each kind is taken at most once, in whatever order they come
        rest = _strip_one_piece(text, furniture, headline_allowed=held is None)
        if rest is None and held is None and "headline" not in furniture:
            # A short line that ends like a sentence ("Is Hamas out of friends?") stays in the
            # body, but furniture under it is still furniture.
            first, blank, after = text.partition("\n\n")
            if blank and "\n" not in first and 0 < len(first.strip()) <= MAX_HEADLINE_CHARS:
                held, rest = first.strip(), after.lstrip("\n ")
                if _strip_one_piece(rest, dict(furniture), headline_allowed=False) is None:
                    return text, furniture
        if rest is None:
            return (f"{held}\n\n{text}" if text else held) if held else text, furniture
        text = rest


def _strip_one_piece(text: str, furniture: dict[str, str], headline_allowed: bool = True) -> str | None:
    first, _, rest = text.partition("\n")
    first = first.strip()
    second, _, after = rest.partition("\n")
    followed_by_blank = bool(rest) and not second.strip()
    if "caption" not in furniture and 0 < len(first) <= MAX_CAPTION_CHARS:
        credit = _repeat_credit(first, second.strip())
        # A second, different credit has nowhere to go: the lines stay in the body rather than be lost.
        if credit is not None and not (credit and furniture.get("credit", credit) != credit):
            furniture["caption"] = first
            if credit:
                furniture.setdefault("credit", credit)
            return after.lstrip("\n ")
        glued = _GLUED_CREDIT.fullmatch(first) if not _ends_sentence(first) else None
        if glued and followed_by_blank and "credit" not in furniture:
            furniture["caption"] = glued["caption"].strip()
            furniture["credit"] = glued["credit"]
            return rest.lstrip("\n ")
    if "credit" not in furniture and _is_credit_line(first):
        furniture["credit"] = first.strip("()")
        return rest.lstrip("\n ")
    if headline_allowed and "headline" not in furniture and followed_by_blank and _is_headline(first):
        furniture["headline"] = first
        return rest.lstrip("\n ")
    return None


def _repeat_credit(first: str, second: str) -> str | None:
    """The credit after a repeated caption ("" if none), or None if ``second`` does not repeat ``first``.

    A caption that ends like a sentence ("Residents outside a church.") is
    furniture only when a credit follows its repeat: repeated prose with
    nothing after it is a chant or a refrain, and prose after it is the story.
    """
    if not second.startswith(first):
        return None
    tail = second[len(first) :]
    if _ends_sentence(first):
        tail = tail.strip(" |-–—:(),")
        return tail if tail and _is_credit_after_sentence(tail) else None
    if not tail:
        return ""
    if tail[0].isupper() and len(tail) <= MAX_CREDIT_CHARS and not _ends_sentence(tail):
        return tail  # glued on: "Hamas terrorist in GazaEmad Nassar/Flash 90"
    tail = tail.strip(" |-–—:(),")
    if tail and _is_credit_line(tail):
        return tail
    return None


def _is_credit_after_sentence(tail: str) -> bool:
    """ "Photo: Jorge Vela / Newswire", "Emad Nassar/Flash 90": a credit even without an agency word,
    since the caption's repeat already marks the line as furniture."""
    if _is_credit_line(tail):
        return True
    return (
        len(tail) <= MAX_CREDIT_CHARS
        and tail[0].isupper()
        and not _ends_sentence(tail)
        and _SLASH_CREDIT.fullmatch(tail) is not None
    )


def _is_credit_line(line: str) -> bool:
    if not 0 < len(line) <= MAX_CREDIT_CHARS or _ends_sentence(line.rstrip(")")):
        return False
    if _LABELLED_CREDIT.fullmatch(line):
        return True
    bare = line.strip("()")
    return bool(_AGENCY_WORD.search(bare)) and (_AGENCY_WORD.fullmatch(bare) or _SLASH_CREDIT.fullmatch(bare)) is not None


def _is_headline(line: str) -> bool:
    """A short line without sentence-final punctuation: "Bridge closes", not "Will the bridge close?".

    When in doubt the line stays in the body, where it is matched and searched.
    """
    return 0 < len(line) <= MAX_HEADLINE_CHARS and any(c.isalpha() for c in line) and not _ends_sentence(line)


# Sentence-final and clause punctuation across scripts: Latin, CJK full-width, Devanagari
# danda, Arabic question mark and full stop, Ethiopic, ellipsis and double marks.
_SENTENCE_ENDS = tuple(".!?:;,…。！？；：，、।॥؟۔።‼⁇⁈⁉")
_CLOSING = "\"'”’»)]）」』】〕》〉"


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSING).endswith(_SENTENCE_ENDS)
