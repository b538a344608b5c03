"""The adverbial form: `Hamas has reportedly refused ...`, a source-less cue inside its own content."""

from __future__ import annotations

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, trim
from reader.core.attributions.sources import skip_space
from reader.core.model import Span


def adverbial(text: str, sentence: Span, cue: Span, cue_class: str) -> Found | None:
    """`Hamas has reportedly refused ...`: the content is the clause holding the adverb."""
    start = max(text.rfind(",", sentence.start, cue.start) + 1, text.rfind(";", sentence.start, cue.start) + 1, sentence.start)
    lead = LEADING_CONJUNCTION.match(text, skip_space(text, start, cue.start), cue.start)
    if lead:
        start = lead.end()
    stops = [p for p in (text.find(",", cue.end, sentence.end), text.find(";", cue.end, sentence.end)) if p >= 0]
    end = min(stops) if stops else sentence.end
    content = trim(text, Span(start, end))
    if len(content) <= len(cue):
        return None
    return Found(cue, None, content, "adverbial", "adverbial", cue_class)
