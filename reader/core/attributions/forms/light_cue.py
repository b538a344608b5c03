"""The light-verb form: `Trump made several controversial statements on the matter`, `The DNC issued a statement
apologizing to Sanders`, `He made the observation that ...`, `Clinton released plans to ...`.

A verb that only carries a noun of speech ("made", "issued", "released") is the cue together with that noun, as
PolNeAR annotates it: the subject is the source, and what follows the noun is the content. Only past forms and a
fixed list of nouns, at most three words apart: "make comments" and "making a statement" are as often plans or
descriptions as reports. One regular expression over the article, bounded repetitions only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from reader.core.attributions.forms.clauses import Found, indirect, starts_of
from reader.core.attributions.forms.unsaid import NEGATED
from reader.core.attributions.sources import SourceMemo, head_word, skip_space, source_before
from reader.core.attributions.subjects import clause_subject, main_subject
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span
from reader.core.text.holding import literal_starts
from reader.core.text.quotes import QuoteIndex

_SPEECH_NOUNS = (
    r"allegations?|accusations?|claims?|comments?|remarks?|statements?|observations?|point|arguments?|suggestions?"
    r"|predictions?|promises?|pledges?|threats?|jokes?|references?|appeals?|pleas?|pitch|overtures?|apolog(?:y|ies)"
    r"|assurances?|warnings?|announcements?|vows?"
)
_ISSUED_NOUNS = r"statements?|warnings?|threats?|apolog(?:y|ies)|plans?|proposals?|memos?|reports?|ultimatums?|denials?"
_MODIFIER = (
    r"(?:a|an|the|his|her|their|its|this|these|that|those|same|new|similar|several|following|dire|public|fresh|joint"
    r"|formal|written|brief|lengthy|[a-z]+ly|[a-z]+(?:ous|ful|al|ive|ent|ant|ing|ed|ic|ary))"
)
_LIGHT = re.compile(
    r"\b(?:(?P<made>made)|(?P<issued>issued|released|releasing|issuing|unveiled|delivered|renewed))\s+"
    r"(?:"
    + _MODIFIER
    + r"\s+){0,3}(?P<noun>(?(made)(?:"
    + _SPEECH_NOUNS
    + r")|(?:"
    + _ISSUED_NOUNS
    + r"|"
    + _SPEECH_NOUNS
    + r")))\b"
)
# What is filed, published or sent carries its author's words too: "filed a wrongful death lawsuit against Clinton",
# "published an open letter about ...", "sent a fundraising email saying ...", "released a Web video that ...".
# A determiner first, then at most three words of any kind; not negated ("hasn't sent a fundraising email").
# PolNeAR train: 20 new matches, 5 false alarms; "released a video" (of a news conference, 2 of 5) is left out.
_DOCUMENT = re.compile(
    r"\b(?:filed|published|sent|issued|released)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:lawsuits?|suits?|complaints?|petitions?|motions?|letters?|columns?|op-eds?|editorials?|e-?mails?|tweets?"
    r"|text\s+messages?|ads?)\b"
)
# Each pattern's opening verbs: a match starts where one does, so only there is it tried (`_matches_at`).
_LIGHT_VERBS = ("made", "issued", "released", "releasing", "issuing", "unveiled", "delivered", "renewed")
_DOCUMENT_VERBS = ("filed", "published", "sent", "issued", "released")
_LEAD = re.compile(r"\s*(?:that\b|:|,\s*(?=[a-z]+ing\b))?\s*")


# Content that is only where or when the words were said ("made the remarks at a briefing", "in an interview"): the
# words were reported before, and the light verb points back to them; or whose they are ("released comments from X").
_ADJUNCT_ONLY = re.compile(r"(?:at|in|during|while|after|before|when|late|early|earlier|later|last|this|from|by)\b")
_MIN_THAT_WORDS = 4
_WITHIN = 40  # characters after the noun in which a cue of its own ("issued a statement calling ...") takes over


def light_cues(
    text: str,
    sentences: Sequence[Span],
    quotes: QuoteIndex,
    verbs: ReportingVerbs,
    memo: SourceMemo | None = None,
    cue_starts: Sequence[int] = (),
    starts: Sequence[int] | None = None,
) -> list[Found]:
    """Every light-verb attribution of the article; ``cue_starts`` (sorted) are the cues already read, and a cue
    right after the noun ("released a statement late Tuesday saying ...") is the attribution instead; ``starts``:
    the sentences' starts, when the caller keeps them."""
    starts = starts_of(sentences, starts)
    found: list[Found] = []
    for m in _light_matches(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.end() > sentences[k].end or quotes.enclosing(m.start()) is not None:
            continue
        sentence = sentences[k]
        if NEGATED.search(text, max(sentence.start, m.start() - 25), m.start()):
            continue  # "He hasn't sent a fundraising email": nothing sent
        source, status = source_before(text, sentence.start, m.start(), verbs, memo)
        if status != "np" or source is None:
            source = main_subject(text, sentence, m.start(), verbs, memo) or clause_subject(text, sentence, m.start(), verbs)
        if source is None or source.end > m.start():
            continue
        j = bisect.bisect_left(cue_starts, m.end())
        if j < len(cue_starts) and cue_starts[j] < min(sentence.end, m.end() + _WITHIN):
            continue
        lead = _LEAD.match(text, m.end(), sentence.end)
        pos = skip_space(text, lead.end() if lead else m.end(), sentence.end)
        kind, form, content = indirect(text, sentence, pos, "light-verb", quotes)
        if kind is None or form is None or content is None or len(content) < 3:
            continue
        if _ADJUNCT_ONLY.match(text, content.start) and not quotes.within(content):
            continue
        if lead is not None and "that" in lead.group() and len(text[content.start : content.end].split()) < _MIN_THAT_WORDS:
            continue  # "made an argument that nobody liked": a short relative clause, no claim
        found.append(Found(Span(m.start(), m.end()), source, content, kind, form, "say", head_word(text, source)))
    return found


def _light_matches(text: str) -> list[re.Match[str]]:
    """The light-verb phrases of the article in text order, one per start (a speech noun before a document)."""
    seen: dict[int, re.Match[str]] = {}
    verbs = literal_starts(text, _LIGHT_VERBS + _DOCUMENT_VERBS)  # "issued", "released": found once for both
    for m in (*_matches_at(_LIGHT, _LIGHT_VERBS, text, verbs), *_matches_at(_DOCUMENT, _DOCUMENT_VERBS, text, verbs)):
        seen.setdefault(m.start(), m)
    return [seen[k] for k in sorted(seen)]


def _matches_at(
    pattern: re.Pattern[str], verbs: Sequence[str], text: str, found: dict[str, list[int]]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`: the same matches, tried only where one of its opening ``verbs`` starts
    (``found``: `literal_starts` of the text). The pattern opens with a word boundary, so the regex engine
    would try it at every position (0.05 s a 1.3 MB article, nearly all of this form's time)."""
    starts = {pos for verb in verbs for pos in found[verb]}
    end = 0
    for pos in sorted(starts):
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            end = m.end()
            yield m
