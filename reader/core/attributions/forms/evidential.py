"""The evidential form: `Footage from the game shows that C`, `A video of the episode shows him ...`,
`C, new fundraising reports show.`, `A Quinnipiac poll released in late August found that C`.

A study, a poll, figures or papers (the lexicon's ``evidence_heads``) "show", "find" or "indicate" what a
writer reports on their authority, and PolNeAR annotates the verb as the cue. `verb_cue` reads these when the
evidence noun is the head right before the verb; this form is its fallback for the cues `read_cue` threw out,
mostly because the subject's last word looks like a noun modifier ("the game shows", "fundraising reports
show"): the evidence noun is looked for across the subject's prepositional phrase ("Footage from the game"),
and the verb must follow that phrase with at most auxiliaries between.

Only the "show" and "find" classes and "indicates"/"suggests" with an evidence subject; a negated verb shows
nothing ("the data could not show whether"). Bounded: one backward scan of at most `SOURCE_WINDOW` characters.

Why not an exception in `cue_words.not_speech` (keep the cue when an evidence noun comes before a show/find
verb) and let `verb_cue` read the rest: tried, it loses 9 matched cues on PolNeAR train and 5 on dev (F1 .725
-> .723): "A poll released in late August found that" (the source's head "August" is a time word),
"The poll indicates a tightening race" (no content read after a "charge" verb without "that"), "C, an analysis of ... reports
shows." (read as the cue "reports"), and contents not cut at ", but".
"""

from __future__ import annotations

import re

from reader.core.attributions.cue_words import BE_FORMS
from reader.core.attributions.forms.claim_before_cue import trailing
from reader.core.attributions.forms.clauses import Found, cut_clause, indirect, trim
from reader.core.attributions.forms.unsaid import NEGATED
from reader.core.attributions.sources import evidence_before, skip_space, skips_before_cue
from reader.core.attributions.subjects import before_adverbs
from reader.core.lexicons.verbs import ReportingVerbs, cue_key
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

# Cue words of other classes that report evidence when a study or figures are their subject.
_EVIDENTIAL_WORDS = frozenset("indicate indicates indicated suggest suggests suggested".split())
_CLASSES = frozenset({"show", "find"})
_THAT = re.compile(r"\s*(?:that\b)?\s*")
_MAX_SOURCE_WORDS = 14
# Right before the cue, words that make it an infinitive, a passive or a noun's modifier.
_NOT_FINITE = BE_FORMS | {"to"}


def evidential(text: str, sentence: Span, start: int, end: int, verbs: ReportingVerbs, quotes: QuoteIndex) -> Found | None:
    """The attribution of the "show"/"find" cue at [start, end) whose subject holds an evidence noun, or None."""
    cue, cue_text = Span(start, end), cue_key(text[start:end])
    cue_class = verbs.class_of(cue_text)
    if cue_class not in _CLASSES and cue_text not in _EVIDENTIAL_WORDS:
        return None
    if cue_text.endswith("ing") or text[cue.start].isupper():
        return None  # "results came in showing", a headline's "Shows": other forms' business
    if NEGATED.search(text, max(sentence.start, cue.start - 25), cue.start):
        return None
    found = evidence_before(text, sentence.start, cue.start, verbs)
    if found is None:
        return None
    source, head = found
    if not _subject_then_verb(text, head, cue):
        return None
    before = text[max(sentence.start, cue.start - 20) : cue.start].split()
    last = before[-1] if before else ""
    if last.lower() in _NOT_FINITE or last.endswith(("'s", "’s")):
        return None  # "numbers to show", "can be found here", "Santilli's show": no verb of the evidence
    if (
        not cue_text.endswith(("s", "ed"))
        and cue_text != "found"
        and not (skips_before_cue(last) or text[head.start : head.end].lower().endswith("s"))
    ):
        return None  # "a slide show that ...": a base form after a singular noun is a noun itself
    source = trim(text, Span(source.start, before_adverbs(text, source.start, source.end)))
    if len(source) == 0 or len(text[source.start : source.end].split()) > _MAX_SOURCE_WORDS:
        return None
    pos = skip_space(text, cue.end, sentence.end)
    if not text[pos : sentence.end].strip(" .!?\"”'’)"):
        return trailing(text, sentence, cue, source, head, "np", cue_class, quotes)  # "C, fundraising reports show."
    lead = _THAT.match(text, cue.end, sentence.end)
    start = lead.end() if lead else pos
    kind, form, content = indirect(text, sentence, start, "evidential", quotes)
    if kind is None or form is None or content is None:
        return None
    if not (lead and "that" in lead.group()):
        cut = cut_clause(text, content)  # "shows him with his hands up, but X said"
        content = content if cut is None else cut
    if len(content) < 3 or content.overlaps(source):
        return None
    return Found(cue, source, content, kind, form, cue_class, head)


def _subject_then_verb(text: str, head: Span, cue: Span) -> bool:
    """Whether the words from the evidence noun to the cue are its own phrase ("of the episode", "from the game",
    "released Sunday by Gallup") and then auxiliaries only: no verb of a clause of their own."""
    tail = text[head.end : cue.start]
    if any(mark in tail for mark in ';:()"“”'):
        return False
    return tail.count(",") in (0, 2) and "," not in tail.rstrip()[-1:]
