"""The result frame: `..., leading many party leaders to conclude that Mr. Steele will not seek reelection`,
`prompted Anderson Cooper to accuse Bondi of hypocrisy`, `led Republicans to say that ...`.

An event that leads, prompts or causes someone "to" say, conclude or believe something makes that someone
the source: the cue is the infinitive, which `cue_words.not_speech` throws out everywhere else ("to admit"
is no one's statement). PolNeAR annotates these (cue "to declare", source "her"). One regular expression
per article; the infinitive must be a cue of a class that reports speech or a judgement (not "to call the
race", "to ask for a separation"), and its content is read as a verb cue's would be.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.core.attributions.forms.clauses import Found
from reader.core.attributions.forms.cue_content import content_after
from reader.core.attributions.sources import head_word, skip_space
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# Classes whose infinitive after a result verb is a statement or a judgement of the source's.
RESULT_CLASSES = frozenset({"say", "belief", "accuse", "claim", "warn", "deny", "find", "confirm", "praise", "charge"})
_RESULT_VERB = (
    r"lead|leads|led|leading|prompt|prompts|prompted|prompting|cause|causes|caused|causing|force|forces|forced|forcing"
    r"|spur|spurs|spurred|spurring|drive|drives|drove|driving"
)
# The source: one to six words, no comma, no quotation, not opening with a word that ends a noun phrase. Matched
# backwards from each cue word after " to ".
_FRAME = re.compile(
    r"\b(?:" + _RESULT_VERB + r")\s+(?P<source>(?!(?:to|that|the\s+way|up|out|on|in|for)\b)(?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)"
    r"\s+to\s$"
)
_NOT_SOURCE_WORDS = frozenset("is are was were be been it its this that which who what there them up".split())


def result_frames(
    text: str,
    sentences: Sequence[Span],
    verbs: ReportingVerbs,
    quotes: QuoteIndex,
    cue_spans: Sequence[tuple[int, int]],
    cue_starts: frozenset[int],
) -> list[Found]:
    """Every `led S to V ...` attribution of the article: of the cues (``cue_spans``, the lexicon's matches) after
    " to ", those with no attribution of their own (``cue_starts``: the cues read already)."""
    starts = [s.start for s in sentences]
    found: list[Found] = []
    for pos, end in cue_spans:
        if text[pos - 4 : pos] != " to " or pos in cue_starts:
            continue
        cue_text = text[pos:end]
        cue_class = verbs.verb_classes.get(cue_text)
        if cue_class not in RESULT_CLASSES:
            continue
        cue = Span(pos, end)
        m = _FRAME.search(text, max(0, pos - 90), pos)
        k = bisect.bisect_right(starts, pos) - 1
        if m is None or k < 0 or m.start() < sentences[k].start or cue.end > sentences[k].end:
            continue
        if quotes.enclosing(cue.start) is not None:
            continue
        source = Span(*m.span("source"))
        if _NOT_SOURCE_WORDS.intersection(text[source.start : source.end].lower().split()) or quotes.within(source):
            continue
        after = skip_space(text, cue.end, sentences[k].end)
        kind, form, content = content_after(text, sentences[k], after, cue_class, verbs, quotes, False, cue_text)
        if kind is None or form is None or content is None or len(content) == 0:
            continue
        found.append(Found(cue, source, content, kind, "result-" + form, cue_class, head_word(text, source)))
    return found
