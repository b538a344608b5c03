"""The according-to form: `According to S, C` and `C, according to S`."""

from __future__ import annotations

from reader.core.attributions.forms.clauses import LEADING_CONJUNCTION, Found, trim
from reader.core.attributions.sources import head_word, phrase_after
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span


def according_to(text: str, sentence: Span, cue: Span, verbs: ReportingVerbs) -> Found | None:
    lead = LEADING_CONJUNCTION.match(text, sentence.start, cue.start)
    front = not text[(lead.end() if lead else sentence.start) : cue.start].strip()
    if front:
        source = phrase_after(text, cue.end, sentence.end)
        if source is None:
            return None
        comma = text.find(",", source.end, sentence.end)
        if comma < 0:
            return None
        content = trim(text, Span(comma + 1, sentence.end))
        form = "according-front"
    else:
        source = phrase_after(text, cue.end, sentence.end)
        if source is None:
            return None
        start = lead.end() if lead else sentence.start
        content = trim(text, Span(start, cue.start))
        form = "according-end"
    if len(content) == 0 or content.overlaps(source):
        return None
    head = head_word(text, source)
    if text[head.start : head.end].lower() in _NOT_SPEAKERS:
        return None
    return Found(cue, source, content, "according-to", form, "according", head)


# "according to plan", "according to the rules": a standard, not a speaker.
_NOT_SPEAKERS = frozenset(
    "plan plans schedule rules rule law laws tradition custom script protocol procedure instructions standards".split()
)
