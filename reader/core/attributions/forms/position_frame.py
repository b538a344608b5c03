"""The position frames: `Grassley has refused to hold hearings`, `the company agreed to pay $325 million`,
`Democrats are confident that C`, `Republicans quickly learned that C`, `many wonder whether C`.

Words whose class reads them only in another frame (a refusal to speak, "agreed that ...") or that are no cue
anywhere else (the adjectives of belief, "learned") state a position in one frame: the lexicon's
``position_frames`` maps each form to it, with how often PolNeAR train annotates them so.
- "to": the form, then "to" + a verb: an intention; the infinitive clause is the content, cut at the clause's end.
- "that": the form, then "that" / "whether" / "if" and a clause: a belief; the clause is the content.
- "as": the form, an object, then "as" + what it is taken for ("Sanders has cast the Clintons as part of the
  establishment"): a description; the object and what follows are the content.
The subject is the source ("Trump is confident": a form of "be" may stand between for adjectives).
"""

from __future__ import annotations

import re

from reader.core.attributions.forms.clauses import CLAUSE_END, Found, indirect, trim
from reader.core.attributions.sources import SourceMemo, head_word, skip_space, source_before
from reader.core.lexicons.verbs import POSITION_FRAMES, ReportingVerbs, cue_key
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

_TO_VERB = re.compile(
    r"\s+(?:(?:again|repeatedly|publicly|later|also|instead)\s+)?to\s+"
    r"(?!(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your|it|them|him|us|some|any|all|no)\b)(?=[a-z])"
)  # "to" + a verb: "agreed to a deal" / "to the terms" is an agreement, not an undertaking
_THAT_CLAUSE = re.compile(r"\s+(?:that|whether|if)\s+(?=\S)")
# "as": an object of one to six words (no punctuation), then "as" + what it is cast as ("cast himself as a
# progressive"); not "as well", "as long as", "as a result", "as part of", nor a comparison ("as early as").
_OBJECT_AS = re.compile(
    r"\s+(?:(?!as\b)[\w'’.-]+\s+){1,6}?as\s+(?!(?:well|long|much|many|soon|if|though|part|a\s+result)\b|\w+\s+as\b)(?=\w)"
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)
# "to" frames' forms after "be" are passives ("was refused to the surprise of many"), except -ing forms.
_FRAME_PATTERNS = {"to": _TO_VERB, "that": _THAT_CLAUSE, "as": _OBJECT_AS}
# Linking verbs the subject search may take for a noun: "labor leaders remain confident that".
_LINKING_END = re.compile(
    r"(?<![\w'’-])(?:remain|remains|remained|seem|seems|seemed|appear|appears|appeared|became|become|becomes|grew|grow|grows"
    r"|stay|stays|stayed|feel|feels|felt|sound|sounds|sounded|look|looks|looked)$"
)


def position_frame(
    text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex, memo: SourceMemo | None
) -> Found | None:
    cue_text = cue_key(text[start:end])
    frame = verbs.position_frames.get(cue_text)
    if frame not in POSITION_FRAMES or text[start].isupper():
        return None
    m = _FRAME_PATTERNS[frame].match(text, end, sentence.end)
    if m is None:  # (a cue inside a quotation never gets here: `extract._pending` passes it over)
        return None
    if frame == "to" and not cue_text.endswith("ing") and _BE_BEFORE.search(text, max(sentence.start, start - 12), start):
        return None
    source, status = source_before(text, sentence.start, start, verbs, memo)
    if source is not None and (linking := _LINKING_END.search(text, source.start, source.end)) is not None:
        source, status = source_before(text, sentence.start, linking.start(), verbs, memo)
    if source is None or status != "np":
        return None
    if frame in ("to", "as"):
        content_start = m.end() - 3 if frame == "to" else skip_space(text, end, sentence.end)  # from "to" / the object
        stop = CLAUSE_END.search(text, m.end(), sentence.end)
        end_at = stop.start() if stop else sentence.end
        comma = text.find(",", m.end(), end_at)  # "refused to fund the bore, a councillor said": the clause ends
        content = trim(text, Span(content_start, comma if comma >= 0 else end_at))
        kind, form = ("indirect", "position-to") if frame == "to" else ("object", "position-as")
    else:
        reading = indirect(text, sentence, m.end(), "position-that", quotes)
        if reading[0] is None or reading[1] is None or reading[2] is None:
            return None
        kind, form, content = reading[0], reading[1], trim(text, reading[2])
    if len(content) < 6 or content.overlaps(source):
        return None
    return Found(Span(start, end), source, content, kind, form, POSITION_FRAMES[frame], head_word(text, source))
