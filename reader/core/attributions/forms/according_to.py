"""The according-to form: `According to S, C` and `C, according to S`; `As reported by S, C` and `C, as first
reported by S` read the same way."""

from __future__ import annotations

import re

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
    if content.end == content.start or content.overlaps(source):
        return None
    head = head_word(text, source)
    if text[head.start : head.end].lower() in _NOT_SPEAKERS:
        return None
    return Found(cue, source, content, "according-to", form, "according", head)


# "according to plan", "according to the rules": a standard, not a speaker.
_NOT_SPEAKERS = frozenset(
    "plan plans schedule rules rule law laws tradition custom script protocol procedure instructions standards".split()
)


# "as" (maybe "first") before a "reported" cue and "by" after it: `As reported by Western Journalism, C`, `C, as first
# reported by the New York Times on Tuesday.`
_AS_BEFORE = re.compile(r"(?<![\w'’])[Aa]s\s+(?:(?:first|originally|initially)\s+)?$")
_BY_AFTER = re.compile(r"\s+by\b")


def as_reported_by(text: str, sentence: Span, cue: Span, verbs: ReportingVerbs) -> Found | None:
    """`As reported by S, C` and `C, as reported by S`: an according-to whose cue is the "reported"."""
    by = _BY_AFTER.match(text, cue.end, sentence.end)
    as_ = _AS_BEFORE.search(text, max(sentence.start, cue.start - 20), cue.start)
    if by is None or as_ is None:
        return None
    found = according_to(text, sentence, Span(as_.start(), by.end()), verbs)
    if found is None or found.source is None:
        return None
    if found.form == "according-end" and _CLAUSE_GOES_ON.match(text, found.source.end, sentence.end):
        return None  # "The results, as reported by the lab, were inconclusive": the content has a hole (read nothing)
    document = _IN_DOCUMENT.search(text, found.source.start, found.source.end)
    if document is not None:  # "as reported by the company in its quarterly filing": the company is the source
        source = Span(found.source.start, document.start())
        found = found._replace(source=source, head=head_word(text, source))
    return found._replace(cue=cue, form=found.form.replace("according", "as-reported"), cue_class="report")


# After the source, a comma and more of the clause: the "as reported by" stands inside it, not at its end.
_CLAUSE_GOES_ON = re.compile(r"[^,]*,\s*(?:and\s+|but\s+)?[a-z]+\s+\w")
# Where the reporter's document starts inside the source phrase: "in its quarterly filing", "on its website".
_IN_DOCUMENT = re.compile(
    r"\s+(?:in|on)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:filings?|reports?|statements?|releases?|letters?|websites?|site|blog|memo|e-?mails?|posts?|tweets?|notes?)\b"
)
