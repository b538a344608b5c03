"""The subject of a cue when the words just left of it are not: commas, coordination, gerunds.

`source_before` reads the noun phrase right before a cue. These read the
sentence around it when that phrase is cut off by a comma: an appositive,
participial phrase or relative clause between subject and verb ("Lavrov,
speaking in Moscow, said"), a role and a name set off by commas ("the
lawyer, Anna Berg, told"), a trailing gerund whose subject is the previous
cue's (`he said, adding that`), or a coordinated verb (`and warned`).
"""

from __future__ import annotations

import re

from reader.core.attributions.cue_words import AUXILIARIES
from reader.core.attributions.sources import (
    BOUNDARY_WORDS,
    DETERMINERS,
    SKIP_BEFORE_CUE,
    SOURCE_WINDOW,
    TITLE_ABBREVIATIONS,
    SourceMemo,
    is_word,
    phrase_after,
    skip_space,
    skip_space_back,
    skips_before_cue,
    source_before,
    time_before_cue,
    words,
)
from reader.core.lexicons.irregular import IRREGULAR_PASTS  # end a subject ("Carson took the stage ... and called")
from reader.core.lexicons.verbs import ReportingVerbs
from reader.core.model import Span

_VERB_LIKE_SUBJECT_END = re.compile(r"(?:ed|has|have|had|is|are|was|were|will|would)$")
_APPOSITIVE = re.compile(r",\s*((?:[A-Z][\w'’.-]*\s*){1,4}),\s*$")
_QUOTE_MARKS = '"“”„«»'
# Words that may open a sentence before its subject ("But Lavrov, speaking in Moscow, said").
_CONJUNCTIONS = frozenset("and but yet so".split())
_OPENERS = _CONJUNCTIONS | frozenset("however meanwhile still also".split())
# Lower-case particles inside a name ("Omar al-Masri", "Thijs de Graaf").
_NAME_PARTICLES = frozenset("al el de del der da di du van von bin ibn la le abu".split())
MAX_ROLE_WORDS = 9  # "Lagos State's commissioner for physical planning": a role with its name
MAX_FRONTED_WORDS = 40
# Words that open an adverbial or a clause before a sentence's subject ("After the vote, ...", "In a letter to ...,
# ...", "Asked whether he would run, Priebus ...", "While in Iowa, Cruz ..."), read up to the first comma.
_OPENING_WORDS = frozenset(
    """after before in on at during when while as since despite following earlier later last amid with without
    according meanwhile asked pressed questioned although though if because once""".split()
)
_OPENING_MAX_WORDS = 20  # subject plus what the commas set off: longer is not one opening


def _past_opening(text: str, sentence: Span, limit: int) -> int:
    """Where the subject may start: after an opening adverbial or clause and its comma ("After the vote, ",
    "Asked whether he would run, ", "Speaking in Iowa, "), of at most `_OPENING_MAX_WORDS` words; else the start."""
    start = sentence.start
    comma = text.find(",", start, limit)
    if comma < 0 or len(words(text, start, comma)) > _OPENING_MAX_WORDS or not opening_segment(text[start:comma]):
        return start
    return skip_space(text, comma + 1, limit)


def opening_segment(segment: str) -> bool:
    """Whether ``segment``, a sentence's first comma segment, is an adverbial or participle phrase before the
    subject, not the subject: "After the vote", "Still", "Separately", "Speaking in Iowa", "Alarmed by the unrest
    in Nevada" (a capitalised -ed word with a lower-case word after it: "Alfred Smith" is a name)."""
    parts = segment.split()
    if not parts:
        return False
    first = parts[0].strip("\"'“‘(").lower()
    if first in _CONJUNCTIONS and len(parts) > 1:
        return opening_segment(" ".join(parts[1:]))  # "And on Tuesday", "But after the vote": the phrase after it
    if first in _OPENING_WORDS or (len(parts) == 1 and first in _OPENERS):
        return True
    if len(parts) == 1:
        return len(first) > 5 and first.endswith("ly") and first.isalpha()  # "Separately,"
    if len(first) > 5 and first.endswith("ing"):
        return True
    return len(first) > 5 and first.endswith("ed") and parts[1][:1].islower()


def clause_subject(text: str, sentence: Span, limit: int, verbs: ReportingVerbs) -> Span | None:
    """The first noun phrase of a sentence, after an opening "According to S," or short adverbial."""
    start = _past_opening(text, sentence, limit)  # "Asked whether ..., Mrs. Clinton shook her head and said"
    picked: list[tuple[int, int]] = []
    for tok in words(text, start, min(limit, start + 200)):
        word = text[tok[0] : tok[1]]
        low = word.lower()
        if word == "." and picked and text[picked[-1][0] : picked[-1][1]].lower() in TITLE_ABBREVIATIONS:
            continue  # "Mr. Fox also expressed ... and called": the title's dot is inside the name
        if not is_word(text, tok) or low in BOUNDARY_WORDS or low in SKIP_BEFORE_CUE or verbs.is_speech_verb(low):
            break
        if (
            picked
            and word[:1].islower()
            and (_VERB_LIKE_SUBJECT_END.search(low) or low in IRREGULAR_PASTS)
            and low not in DETERMINERS
        ):
            break
        picked.append(tok)
        if len(picked) >= 6:
            break
    return Span(picked[0][0], picked[-1][1]) if picked else None


def appositive_source(text: str, sentence: Span, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """`"Q," the lawyer, Anna Berg, told the court`: the role and the name together are the source."""
    m = _APPOSITIVE.search(text, sentence.start, cue_start)
    if m is None:
        return None
    role, status = source_before(text, sentence.start, m.start(), verbs, memo)
    if role is None or status != "np":
        return None
    return Span(role.start, m.end(1) - (len(m.group(1)) - len(m.group(1).rstrip())))


def fronted_subject(text: str, sentence: Span, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """`S, <appositive / participle / relative clause>, said ...`: S, the sentence's first phrase.

    S must be the whole first comma segment (after an opener such as "But"), and
    nothing before the cue may be quoted (`"Q," said S, a lawyer,` is another
    form). When the first set-off segment is a name after a role ("His son,
    Omar al-Masri, who runs ..."), the role and the name together are the source.
    """
    end = before_adverbs(text, sentence.start, cue_start)
    if end <= sentence.start or text[end - 1] not in ",—–":
        return None
    dateline = _DATELINE.match(text, sentence.start, end)
    if dateline and dateline.end() < end:  # "WASHINGTON — Susan E. Rice, ..., criticized"
        return fronted_subject(text, Span(dateline.end(), sentence.end), cue_start, verbs, memo)
    stretch = text[sentence.start : end].replace("—", ",").replace("–", ",")  # dashes set off an aside too
    if any(mark in stretch for mark in _QUOTE_MARKS) or "''" in stretch or len(stretch.split()) > MAX_FRONTED_WORDS:
        return None
    segments = stretch[:-1].split(",")
    if len(segments) >= 3 and opening_segment(segments[0]):
        # "After the vote, Rep. Bobby Scott, D-Va., ..., said", "Still, Tad Devine, a senior adviser, said": the
        # subject follows the opening adverbial
        skipped = len(segments[0]) + 1
        start = skip_space(text, sentence.start + skipped, end)
        return fronted_subject(text, Span(start, sentence.end), cue_start, verbs, memo)
    if len(segments) < 2:
        return None
    first_end = sentence.start + len(segments[0])
    subject, status = source_before(text, sentence.start, first_end, verbs, memo)
    if subject is None or status != "np" or subject.end != skip_space_back(text, first_end, sentence.start):
        return None
    leftover = text[sentence.start : subject.start].lower().split()
    if not all(word in _OPENERS or word in BOUNDARY_WORDS for word in leftover):  # "But", "As": no part of S
        # "Construction worker Chinedu Okafor, who ..., said": a role before the name is part of
        # the subject; "The talks failed in Cairo, Egypt, said ...": a verb makes it a clause.
        opening = next((k for k, word in enumerate(leftover) if word not in _OPENERS), len(leftover))
        phrase = leftover[opening:] + text[subject.start : subject.end].lower().split()
        # (A capitalised word is a name's, not a verb: "Washington Post columnist Ann Ruiz, ..., wrote".)
        cased = text[sentence.start : subject.end].split()[-len(phrase) :] if phrase else []
        if len(phrase) > MAX_ROLE_WORDS or any(_verb_like(w, verbs) for w, c in zip(phrase, cased) if not c[:1].isupper()):
            return None
        subject = Span(_word_start(text, sentence.start, subject.start, len(leftover) - opening), subject.end)
    name = segments[1].strip()
    if _is_name(name) and not _is_name(text[subject.start : subject.end].split()[-1]):
        name_start = text.index(name, first_end)
        return Span(subject.start, name_start + len(name))
    return subject


def before_adverbs(text: str, start: int, pos: int) -> int:
    """Where the text before ``pos`` ends once adverbs, auxiliaries and a time ("..., just told", "..., this past week
    announced") are skipped."""
    # The time ends at ``pos``: searched for only a source's reach back, not from a sentence's start (a sentence may
    # run to a megabyte of unpunctuated text, and this runs once per cue).
    low = max(start, pos - SOURCE_WINDOW)
    time = time_before_cue(text[low:pos])  # `TIME_BEFORE_CUE.search(text, low, pos)`: nothing in it looks before ``low``
    end = skip_space_back(text, low + time.start() if time else pos, start)
    while end > start and text[end - 1].islower():
        word_start = end
        while word_start > start and text[word_start - 1].isalpha():
            word_start -= 1
        if not skips_before_cue(text[word_start:end]):
            break
        end = skip_space_back(text, word_start, start)
    return end


def _verb_like(word: str, verbs: ReportingVerbs) -> bool:
    word = word.strip(",.;:'’\"“”")
    return (
        word in AUXILIARIES
        or word.endswith("ed")
        or verbs.is_speech_verb(word)
        or word in verbs.multiword
        or word in verbs.adverbs
    )


def _word_start(text: str, start: int, end: int, count: int) -> int:
    """Where the last ``count`` words of ``text[start:end]`` begin."""
    spans = [m.span() for m in re.finditer(r"\S+", text[start:end])]  # words as `str.split` counts them ("Rep.")
    return start + spans[-count][0] if 0 < count <= len(spans) else end


# The statement verbs whose speaker a later participle of the sentence shares, inverted after a quotation
# (`"Q," said S, referring to ...`) or not (`McAuliffe said in making his announcement, noting ...`).
_STATEMENT_WORDS = "said|says|told|tells|wrote|writes|added|adds|asked|asks"


def previous_speaker(text: str, sentence: Span, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """`"Q," he said, adding that ...`: a trailing gerund's subject is the subject of the cue before the comma."""
    comma = skip_space_back(text, cue_start, sentence.start)
    if comma <= sentence.start or text[comma - 1] != ",":
        return None
    toks = words(text, sentence.start, comma - 1)
    if not toks:
        return None
    if text[toks[-1][0] : toks[-1][1]].lower() not in verbs.verb_classes:
        # `"Q," said Ms. Acosta, referring to ...`: an inverted cue, its speaker just before the comma
        inverted = re.search(r"[,”\"']\s*(?:" + _STATEMENT_WORDS + r")\s+([^,]{2,60})$", text[sentence.start : comma - 1])
        if inverted is None:
            return _earlier_speaker(text, sentence, comma - 1, verbs, memo)
        return Span(sentence.start + inverted.start(1), comma - 1)
    source, status = source_before(text, sentence.start, toks[-1][0], verbs, memo)
    return source if status == "np" else None


_STATEMENT_VERB = re.compile(r"\b(?:" + _STATEMENT_WORDS + r")\b")
_QUOTE_BEFORE = re.compile(r"(?:[,?!][”\"’']|,'')\s*$")


def _earlier_speaker(text: str, sentence: Span, end: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """The speaker of the last statement verb before ``end`` when words stand between it and the participle's comma:
    `McAuliffe said in making his announcement, noting ...`, `"Q," said Peter Rice, chairman of Fox, noting ...`."""
    verb = next(reversed(list(_STATEMENT_VERB.finditer(text, sentence.start, end))), None)
    if verb is None:
        return None
    if _QUOTE_BEFORE.search(text, max(sentence.start, verb.start() - 4), verb.start()):
        return phrase_after(text, verb.end(), end)  # inverted: the speaker follows the verb
    source, status = source_before(text, sentence.start, verb.start(), verbs, memo)
    return source if status == "np" else None


def _is_name(phrase: str) -> bool:
    """One to four words, the first capitalised, the others capitalised or name particles ("al-Masri")."""
    parts = phrase.split()
    if not 1 <= len(parts) <= 4 or not parts[0][:1].isupper():
        return False
    return all(p[:1].isupper() or p.split("-")[0] in _NAME_PARTICLES for p in parts)


# Words that open a circumstance, not a speaker, after a trailing cue ("said outside the court").
_NOT_SPEAKER_OPENERS = frozenset(
    """outside inside at in on near after before during from to for with by as while when later earlier
    afterwards today yesterday tonight again also then monday tuesday wednesday thursday friday
    saturday sunday last this""".split()
)


def speaker_after(text: str, start: int, end: int) -> Span | None:
    """`"Q," said S`: the speaker phrase after a cue, unless it is a place or time ("said outside the court")."""
    phrase = phrase_after(text, start, end)
    if phrase is None:
        return None
    first = words(text, phrase.start, phrase.end)[0]
    return None if text[first[0] : first[1]].lower() in _NOT_SPEAKER_OPENERS else phrase


def role_name_subject(text: str, sentence: Span, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """`Its chairman, Yaw Boateng, accused ...`: a sentence that opens with a role and a name set off by commas."""
    subject = fronted_subject(text, sentence, cue_start, verbs, memo)
    if subject is None:
        return None
    parts = text[subject.start : subject.end].split(",")
    if len(parts) != 2 or not _is_name(parts[1].strip()):
        return None
    role = parts[0].split()
    return subject if role and role[-1].lower() in verbs.role_heads else None


def shared_subject(text: str, sentence: Span, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """`X denied ... and said ...`: a coordinated cue shares the subject of the sentence's first cue.

    The first, not the nearest: a cue inside the first one's content ("the jobs he said had been
    lost, and said ...") has a subject of its own. An opening participle or infinitive phrase ("Trying to
    quell calls to replace her, Ms. Pelosi announced ... and proposed") is not searched: its words are no cues."""
    start = sentence.start
    first = words(text, start, min(cue_start, start + 40))
    if first and _opens_adverbial(text[first[0][0] : first[0][1]]):
        comma = text.find(",", start, cue_start)
        if comma > 0:
            start = comma + 1
    for tok in words(text, start, cue_start):
        low = text[tok[0] : tok[1]].lower()
        if verbs.class_of(low) is None or low.endswith("ing"):
            continue
        source, status = source_before(text, sentence.start, tok[0], verbs, memo)
        if status == "comma":
            source = role_name_subject(text, sentence, tok[0], verbs, memo) or fronted_subject(
                text, sentence, tok[0], verbs, memo
            )
            status = "np"
        if source is not None and status == "np":
            return source
    return None


def _opens_adverbial(word: str) -> bool:
    """ "Trying", "To", "Speaking": a capitalised participle or infinitive marker opening a sentence."""
    return word[:1].isupper() and (word.endswith("ing") or word in ("To", "In", "After", "Before", "With", "Amid", "During"))


_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}\s*(?:—|–|--|-)\s*")


def main_subject(text: str, sentence: Span, limit: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """The subject of the sentence's first finite verb before ``limit``: whose `, saying ...` a trailing
    participle is ("Mr. Obama on Wednesday emphatically disputed ..., saying", "John Podesta, a former
    chief of staff, issued a statement ... but saying")."""
    start = sentence.start
    dateline = _DATELINE.match(text, start, limit)
    if dateline:
        start = dateline.end()  # "WASHINGTON — "
    start = _past_opening(text, Span(start, sentence.end), limit)  # "After the vote, "
    for tok in words(text, start, min(limit, start + 300)):
        word = text[tok[0] : tok[1]]
        low = word.lower()
        if not word.islower() or low.endswith("ing"):
            continue
        if not (low.endswith("ed") or low in AUXILIARIES or low in IRREGULAR_PASTS or verbs.is_speech_verb(low)):
            continue  # "And then Trump went fully on the attack, saying": an irregular past is finite too
        source, status = source_before(text, start, tok[0], verbs, memo)
        if status == "comma":
            return fronted_subject(text, Span(start, sentence.end), tok[0], verbs, memo)
        return source if status == "np" else None
    return None


MAX_ASIDE_WORDS = 20


def aside_source(text: str, sentence: Span, cue_start: int, verbs: ReportingVerbs, memo: SourceMemo | None) -> Span | None:
    """`C, Senator Richard J. Durbin, Democrat of Illinois, said`: the name before a set-off role."""
    end = before_adverbs(text, sentence.start, cue_start)
    if end <= sentence.start or text[end - 1] != ",":
        return None
    aside_start = text.rfind(",", sentence.start, end - 1)
    if aside_start <= sentence.start or len(text[aside_start:end].split()) > MAX_ASIDE_WORDS:
        return None
    if any(mark in text[aside_start:end] for mark in _QUOTE_MARKS):
        return None
    source, status = source_before(text, sentence.start, aside_start, verbs, memo)
    if source is None or status != "np" or not text[source.end - 1 : source.end].isalpha():
        return None
    last = text[source.start : source.end].split()[-1]
    return source if last[:1].isupper() else None
