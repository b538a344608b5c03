"""A cue that opens its sentence, its speaker after it and then the quotation: `Said Comey, "The thought that ..."`,
`But, said Solovey, "I don't want ..."`, `Continued Stone: "So I think ..."` (PolNeAR train: every such sentence is
an attribution). The speaker is a name, a role before a name or a role (`Said one official, "Q"`). The cue has no
subject before it, so `verb_cue` would read nothing."""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import Found, trim
from reader.core.attributions.sources import head_word, skip_space
from reader.core.attributions.subjects import speaker_after
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# What may stand before such a cue in its sentence: nothing, or a conjunction and a comma.
_OPENING = re.compile(r"\s*(?:(?:But|And|So|Yet),?\s*)?$")
_SPEAKER_END = re.compile(r"\s*[,:]")
_ASIDE_MAX = 150  # characters of an aside set off by commas between the speaker and the quotation
_NOT_ASIDE = re.compile(r"[\"“”.:;]")


def cue_then_speaker(
    text: str, sentence: Span, cue: Span, cue_class: str, quotes: QuoteIndex, verbs: ReportingVerbs
) -> Found | None:
    """`Said S, "Q"`: the speaker phrase right after an opening cue, then a comma or colon and a quotation."""
    if not _OPENING.fullmatch(text, sentence.start, cue.start):
        return None
    speaker = speaker_after(text, cue.end, sentence.end)
    if speaker is None or not _names_someone(text, speaker, verbs):
        return None
    mark = _SPEAKER_END.match(text, speaker.end)
    if mark is None:
        return None
    quote = quotes.starting_at(skip_space(text, mark.end(), len(text)))
    if quote is None and mark.group().strip() == ",":  # `Said Dorothy Poynter, who grew up with Ali, "Q"`: an aside
        aside_end = text.find(",", mark.end(), min(sentence.end, mark.end() + _ASIDE_MAX))
        if aside_end > 0 and not _NOT_ASIDE.search(text, mark.end(), aside_end):
            quote = quotes.starting_at(skip_space(text, aside_end + 1, len(text)))
    if quote is None:
        return None
    content = trim(text, quote.inner)
    if len(content) == 0:
        return None
    return Found(cue, speaker, content, "direct", "fronted-cue", cue_class, head_word(text, speaker))


def _names_someone(text: str, speaker: Span, verbs: ReportingVerbs) -> bool:
    """A name (`Said Comey`), a role before a name (`Said coach Bill Belichick`) or a role (`Said one official`):
    the phrase opens or ends with a capital, or its last word is a role; not `Said it all, "Q"`."""
    last = text[speaker.start : speaker.end].split()[-1]
    return text[speaker.start].isupper() or last[:1].isupper() or last.lower() in verbs.role_heads
