"""`The Post quoted another unnamed GOP official as saying that C`: the outlet quotes someone; PolNeAR annotates the
quoting as the attribution (cue "quoted", source the outlet, content what was said), and every such sentence of its
train split is one. Read from the "saying" cue, whose "as" and object lead back to "quoted"."""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import BE_BEFORE, Found, indirect, that_ahead
from reader.core.attributions.sources import SourceMemo, head_word, skip_space, source_before
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# "quoted" and its object (a few words, an aside set off by commas allowed), then "as" right before the cue.
_QUOTED_OBJECT_AS = re.compile(r"\b(?:quoted|quotes|quoting)\s+(?:[\w'’.,-]+\s+){1,10}?as\s+$")
_WINDOW = 120  # characters before "saying" in which "quoted ... as" is looked for


def quoted_as(
    text: str, sentence: Span, cue: Span, verbs: ReportingVerbs, quotes: QuoteIndex, memo: SourceMemo | None
) -> Found | None:
    """The attribution of `S quoted O as saying C` read at its "saying" cue, if the sentence has that shape."""
    m = _QUOTED_OBJECT_AS.search(text, max(sentence.start, cue.start - _WINDOW), cue.start)
    if m is None:
        return None
    quoted = Span(m.start(), m.start() + len(m.group().split()[0]))
    if _passive(text, sentence, quoted):
        return None  # `He was quoted by the BBC as saying C`: he is the speaker, read by the "was quoted as" cue
    source, status = source_before(text, sentence.start, quoted.start, verbs, memo)
    if source is None or status != "np":
        return None
    start = skip_space(text, cue.end, sentence.end)
    start = that_ahead(text, start, sentence.end) or start
    kind, form, content = indirect(text, sentence, start, "quoted-as", quotes)
    if kind is None or form is None or content is None:
        return None
    return Found(quoted, source, content, kind, form, "say", head_word(text, source))


def _passive(text: str, sentence: Span, quoted: Span) -> bool:
    """`was quoted (by X) as`, `Musk, quoted by Bloomberg as`: the subject is the one quoted, not the one quoting."""
    after = text[skip_space(text, quoted.end, sentence.end) : quoted.end + 4]
    return after.startswith("by ") or BE_BEFORE.search(text, max(sentence.start, quoted.start - 40), quoted.start) is not None
