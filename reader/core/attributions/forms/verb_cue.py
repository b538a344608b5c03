"""The verb-cue forms: `S said: "Q"`, `S said that C`, `S said C`, `Hamas denied the charge`, and which
of them a cue takes; when the content comes before the cue it is `claim_before_cue`'s."""

from __future__ import annotations

import re

from reader.core.attributions.cue_words import (
    BACKING,
    GERUND_PREPOSITIONS,
    VERB_ONLY,
    can_speak,
    carried_on,
    statement_gerund,
    subject_gerund,
    word_before_gerund,
)
from reader.core.attributions.forms.agreed import AGREE, agreed_class
from reader.core.attributions.forms.called import called_quote, called_something
from reader.core.attributions.forms.claim_before_cue import (
    adjunct_then_participle,
    after_comma,
    claim_comma_before,
    joined_after_quote,
    trailing,
)
from reader.core.attributions.forms.clauses import (
    TIME_WORDS,
    Found,
    at_end,
    closing_quote_before,
    cut_at_next_cue,
    indirect,
    opens_quote,
    that_ahead,
)
from reader.core.attributions.forms.cue_content import (
    RELATIVE_REACH,
    RELATIVE_TO_THAT,
    TELL_FORMS,
    WHAT_BEFORE,
    WHICH_BEFORE,
    adjunct_tail,
    after_opening_quote,
    but_before,
    content_after,
    content_follows,
    to_content,
    with_addressee,
)
from reader.core.attributions.forms.cue_lead import lead_after, statement_after, word_after
from reader.core.attributions.forms.fronted_cue import cue_then_speaker
from reader.core.attributions.forms.subject_span import (
    after_dash,
    after_last_verb,
    before_bracket,
    before_dash_aside,
    relative_subject,
    to_closing_dash,
)
from reader.core.attributions.forms.subject_span import (
    closing_tail as _closing_tail_at,
)
from reader.core.attributions.forms.unsaid import DISCLOSING, NEGATED, declined
from reader.core.attributions.sources import (
    PRONOUNS,
    QUANTIFIERS,
    SourceMemo,
    evidence_before,
    head_word,
    previous_token,
    skip_space,
    source_before,
)
from reader.core.attributions.subjects import (
    appositive_source,
    aside_source,
    clause_subject,
    fronted_subject,
    main_subject,
    previous_speaker,
    role_name_subject,
    shared_subject,
    speaker_after,
)
from reader.core.lexicons.verbs import POSITION_CLASSES, ReportingVerbs
from reader.core.model import Span
from reader.core.text.quotes import QuoteIndex

_FOR = re.compile(r"for\s")
# "Perez, who said", "critics who say", "The union, which endorsed" (non-restrictive "which" only: "a shirt which read")
_WHO_BEFORE = re.compile(
    r"(,)?\s*\b(?:who|(?<=, )which)\s+(?:(?:ha[sd]|have|also|later|earlier|previously|once|still|[a-z]+ly)\s+)*$"
)
# It ends at the cue, so it is searched for only this far back: a search from the sentence's start tried every
# position of a sentence that may run to a megabyte (unpunctuated text), once per cue.
_WHO_REACH = 120


def _who_before(text: str, start: int, cue_start: int) -> re.Match[str] | None:
    """`_WHO_BEFORE.search(text, start, cue_start)`, searched only when the stretch holds "wh" (its "who" or "which"
    does): the pattern opens with optional marks, so the engine tries it at every position."""
    return _WHO_BEFORE.search(text, start, cue_start) if text.find("wh", start, cue_start) >= 0 else None


# Cues that report speech only around a quotation: "he continued: ...", `"...," the memo reads`, `He answered, "..."`.
_QUOTING_ONLY = frozenset({"continued", "continues", "read", "reads", "answer", "answers", "answered", "went on", "goes on"})
_PLURAL_PRONOUNS = frozenset("they we i".split())
_VERB_BEFORE = re.compile(r"\b(?!(?:need|speed|seed|feed|breed)\b)[a-z]+ed\s+$")
_BACKED_END = re.compile(
    r"\s*[,;(]|\s+(?:may|might|will|would|can|could|has|have|had|is|are|was|were|began|begins|said|says|spent|ran)\b"
)
_SEE_AS = frozenset("see sees saw seen view views viewed regard regards regarded consider considered".split())
# Their passives ("is seen as", "are viewed by many as"): `adverbial.seen_as` reads those.
PASSIVE_SEE_AS = frozenset(w for w in _SEE_AS if w.endswith(("en", "ed")))
# After "the campaign believes", "the book accuses", "Trump's team thinks": a clause or an object starts, so the -s
# word is its subject's verb; the noun ("the vain hopes that", "Kurdish plans for") is followed by that/to/of/for.
_CLAUSE_NEXT = re.compile(r"\s+(?:he|she|it|they|we|i|you|his|her|its|their|our|the|a|an|[A-Z][\w'’-]*)\s")
_TO_OR_THAT = re.compile(r"\s+(?:to\s+[a-z]|that\b)")
# Words right before a base form that make it a verb: auxiliaries, modals, negations.
_AUXILIARY_BEFORE = frozenset(
    """do does did not never will would can could should may might must don't doesn't didn't won't wouldn't can't
    couldn't shouldn't don’t doesn’t didn’t won’t wouldn’t can’t couldn’t shouldn’t also still really truly
    genuinely sincerely firmly strongly clearly""".split()
)


def verb_cue(
    text: str,
    sentence: Span,
    cue: Span,
    cue_text: str,
    cue_class: str,
    verbs: ReportingVerbs,
    quotes: QuoteIndex,
    memo: SourceMemo | None,
) -> Found | None:
    carried = carried_on(text, sentence.start, cue.start)
    anchor = carried.start() if carried else cue.start  # where the subject's verb phrase starts
    anchor = before_dash_aside(text, sentence, anchor)  # "Joyce — who is listed as an attorney — told"
    anchor = before_bracket(text, sentence, anchor)  # "Kasich (R-OH), said", "Murphy (a Connecticut Democrat ...) says"
    source, status = source_before(text, sentence.start, anchor, verbs, memo)
    relative = False  # the cue is in a relative clause ("Perez, who said ..., spoke"): its content ends at a comma
    continued = None  # `he said, adding that`: the speaker of the cue before, whose quote is not this cue's
    gerund = cue_text.split()[0].endswith("ing")  # "saying", "referring to"
    if gerund and (
        status == "comma"
        or statement_gerund(text, sentence, cue)
        or but_before(text, cue)
        # Any gerund after by/while/in/before/after has the clause's subject (a wider test than the cue's own,
        # `cue_words.subject_gerund`: "while raising questions about" is a cue for other reasons; train -1 match
        # when both were one test).
        or word_before_gerund(text, sentence.start, cue.start).lower() in GERUND_PREPOSITIONS
        or after_dash(text, sentence, cue.start)  # `Apple beat estimates - noting ...`: the clause's subject
    ):
        continued = previous_speaker(text, sentence, cue.start, verbs, memo)
        source = continued or main_subject(text, sentence, anchor, verbs, memo)
        source, status = source or clause_subject(text, sentence, anchor, verbs), "np"
        if subject_gerund(text, sentence.start, cue, cue_text, cue_class) == "sequence" and not can_speak(text, source, verbs):
            return None  # "The stock rose after confirming the talks": a subject that cannot speak
    elif status == "coordinated":
        # "A month later, he paid a visit ... and explained": the subject of the first verb; the others only without it
        source = (
            main_subject(text, sentence, anchor, verbs, memo)
            or shared_subject(text, sentence, anchor, verbs, memo)
            or clause_subject(text, sentence, anchor, verbs)
        )
        status = "np"
    elif status == "comma":
        subject = None
        if (after := after_opening_quote(text, sentence, anchor, quotes)) is not None:
            subject = fronted_subject(text, after, anchor, verbs, memo)  # `"Q," Fred Kagan, director of ..., said`
        else:
            subject = fronted_subject(text, sentence, anchor, verbs, memo)  # `S, a role, said C`
        if subject is not None:
            pass
        elif content_follows(text, sentence, cue, quotes, cue_text):
            subject = fronted_subject(text, sentence, anchor, verbs, memo)
        elif (role_name := role_name_subject(text, sentence, anchor, verbs, memo)) is not None:
            subject = role_name  # `Its chairman, Yaw Boateng, accused the researchers of ...`
        elif (
            cue_text not in TELL_FORMS
            and cue_class not in verbs.object_classes
            and speaker_after(text, cue.end, sentence.end) is not None
        ):
            subject = source = None  # `C, X, said S.`: the speaker comes after the cue
        else:
            subject = appositive_source(text, sentence, anchor, verbs, memo) or aside_source(
                text, sentence, anchor, verbs, memo
            )  # `C, Senator Durbin, Democrat of Illinois, said`
        if subject is not None:
            source, status = subject, "np"
    elif status == "none" and (who := _who_before(text, max(sentence.start, cue.start - _WHO_REACH), cue.start)) is not None:
        source, status = source_before(text, sentence.start, who.start(), verbs, memo)  # "Perez, who said ..."
        if status != "np":
            source = None
        relative = who.group(1) is not None  # "critics who say he should ...": a restrictive clause runs on
        if cue_class in POSITION_CLASSES and not relative:
            return None  # "Democrats who had backed Mr. Ryan vowed": a restrictive position only tells who they are
        if source is not None:
            source = after_last_verb(text, source, verbs)  # "Obama rebuked critics who say", "joined Pelosi, who": no verb
    if source is not None and status == "np":
        source = relative_subject(text, sentence, source, verbs, memo) or source
    if source is not None and text[source.end - 2 : source.end] in ("'s", "’s") and source.end - source.start <= 6:
        pronoun = Span(source.start, source.end - 2)
        if text[pronoun.start : pronoun.end].lower() in PRONOUNS:
            source = pronoun  # "he’s said": the pronoun speaks, "’s" is its "has"
    head = None
    head_low = ""  # the head word in lower case, read once ("" while there is no head)
    if source is not None:
        head = head_word(text, source)
        head_low = text[head.start : head.end].lower()
        if head_low in TIME_WORDS:
            return None
    if (
        cue_class in ("show", "find")
        and status == "np"
        and (head is None or head_low not in verbs.evidence_heads)
        and (found_evidence := evidence_before(text, sentence.start, cue.start, verbs)) is not None
    ):
        source, head = found_evidence  # "records compiled by the Center for Responsive Politics show"
        head_low = text[head.start : head.end].lower()
    if cue_class in ("show", "find") and NEGATED.search(text, max(sentence.start, cue.start - 25), cue.start):
        return None  # "the data could not yet show whether ...": nothing shown
    if cue_class == "show" and (head is None or head_low not in verbs.evidence_heads):
        return None  # "prices show": only a study, figures or papers "show" what someone reports
    if cue_class == "decline":
        return declined(text, sentence, cue, source, head, quotes)
    if cue_class == "stance" and _NOT_STANCE.match(text, cue.end):
        return None  # "backed away from the deal", "support for": no position taken on an object
    if cue_text in TELL_FORMS:
        cue = with_addressee(text, cue, sentence.end)
    elif cue_text in verbs.addressing_forms:
        cue = with_addressee(text, cue, sentence.end, addressing=True)
    word = word_after(text, cue.end)
    statement = statement_after(text, cue.end, word)
    if statement:
        cue = Span(cue.start, statement.end())
        word = word_after(text, cue.end)
    lead = lead_after(text, cue.end, word)
    pos = skip_space(text, lead.end() if lead else cue.end, sentence.end)
    if cue_text in verbs.addressing_forms and (addressee_clause := RELATIVE_TO_THAT.match(text, cue.end, sentence.end)):
        pos = skip_space(text, addressee_clause.end(), sentence.end)  # "assured passengers who were stranded that refunds"
    if (agreement := agreed_class(text, sentence, cue, pos) if cue_text in AGREE else None) is not None:
        cue_class = agreement  # "agree with his assessment", "agreed they had no recourse": a position
    if cue_class == "call" and lead and _FOR.match(text, pos):
        cue_class, pos = "ask", skip_space(text, pos + 3, sentence.end)  # "called Tuesday for legislatures to ...": a request
    noun_like = cue_text not in VERB_ONLY and not cue_text.endswith(("ed", "ing")) and " " not in cue_text
    evidence = head is not None and head_low in verbs.evidence_heads
    if noun_like and evidence and cue_class in ("show", "find") and status == "np":
        noun_like = False  # "polls show", "records show": after a study, poll or papers the word is a verb
    if carried:
        noun_like = False  # "went on to call": a verb
    elif noun_like and previous_token(text, sentence.start, cue.start).lower() in _AUXILIARY_BEFORE:
        noun_like = False  # "she doesn't think", "they would want", "Democrats did not believe": a verb
    elif noun_like and head is not None and status == "np" and not cue_text.endswith("s"):
        # "they think", "veteran strategists think", "Democrats oppose": a plural subject makes a base form a verb
        noun_like = not (
            head_low in _PLURAL_PRONOUNS
            or head_low in QUANTIFIERS
            or (head_low.endswith("s") and not head_low.endswith(("ss", "'s", "’s", "us")))
        )
    elif noun_like and head is not None and status == "np" and cue_text.endswith("s"):
        # "Obama denies", "he says", "a new poll shows": after a name, a pronoun or evidence the word is a verb
        head_text = text[head.start : head.end]
        noun_like = not (
            head_text[:1].isupper()
            or head_text.lower() in PRONOUNS
            or head_text.lower() in verbs.evidence_heads
            or _CLAUSE_NEXT.match(text, cue.end, sentence.end) is not None
        )
    # `"Q," the website explains.`: a closing quotation right before the phrase left of the cue, and what follows the
    # cue closes the sentence (nothing, or only an adjunct)
    quote_closes_source = source is not None and closing_quote_before(text, source.start, sentence.start, quotes)
    closing_tail = _closing_tail_at(text, pos, sentence.end)
    if noun_like and status == "np" and closing_tail and quote_closes_source:
        noun_like = False  # `"Q," the website explains.`: a quotation, its subject, then the verb closing the sentence
    elif noun_like and status == "np" and at_end(text, pos, sentence.end) and claim_comma_before(text, source, sentence):
        noun_like = False  # `C, the lawsuit alleges.`: a claim, a comma, then "the N" and the verb ending the sentence
    elif (
        noun_like
        and status == "comma"
        and text[cue.start].islower()
        and closing_quote_before(text, cue.start, sentence.start, quotes)
    ):
        noun_like = False  # `"I'm a voter," declares Stephanie Acs, 27`: the verb right after the quotation
    if cue_class in POSITION_CLASSES and _VERB_BEFORE.search(text, max(sentence.start, cue.start - 30), cue.start):
        return None  # "released plans to", "expressed hope that": the object of another verb, a noun
    if noun_like and cue_class in POSITION_CLASSES:
        if not (cue_text.endswith("s") and _TO_OR_THAT.match(text, cue.end)):
            return None  # "the vain hope that ...", "Kurdish plans for ...": a noun; "the senator plans to ..." a verb
        noun_like = False
    # `"Q," his friend Mahamat Oumar told`: the source with the words between it and a closing quotation before it
    joined = joined_after_quote(text, sentence, source) if source is not None else None
    quote_before = (
        joined is not None
        and continued is None
        and (
            quote_closes_source
            or (not relative and closing_tail and closing_quote_before(text, joined.start, sentence.start, quotes))
        )
    )
    if (
        not cue_text.startswith("refer")
        and (
            status == "comma"
            or quote_before
            or (
                status == "np"
                and closing_tail  # (each test below implies it: "said that ..." runs neither)
                and (
                    at_end(text, pos, sentence.end)
                    or (adjunct_tail(text, pos, sentence.end) and not (agreement or to_content(text, pos, cue_class, cue_text)))
                    or (adjunct_then_participle(text, pos, sentence.end) and after_comma(text, source, sentence))
                )
            )
            or (status == "np" and text[pos : pos + 1] == "," and not opens_quote(text, pos, quotes))
        )
    ):
        if noun_like:
            return None
        found = trailing(text, sentence, cue, source, head, status, cue_class, quotes, joined)
        if found is not None and cue_text in _QUOTING_ONLY and found.kind != "direct":
            return None  # `"Q," he continued`, `"Q," the memo reads`; not "Prices rose, it continued"
        if (
            found is None
            and status == "np"
            and source is not None
            and text[pos : pos + 1] == ","
            and cue_text not in _QUOTING_ONLY
        ):
            # `Rubio says, win or lose in Florida, he's staying`: an aside, then the content
            kind, form, content = indirect(text, sentence, pos + 1, "indirect-bare", quotes)
            if content is not None and kind is not None and form is not None:
                return Found(cue, source, content, kind, form, cue_class, head)
        return found
    if source is None:
        return cue_then_speaker(text, sentence, cue, cue_class, quotes, verbs)
    reads_as = "show" if cue_class == "find" and evidence else cue_class  # "a poll found Trump ahead"
    kind, form, content = content_after(text, sentence, pos, reads_as, verbs, quotes, noun_like, cue_text)
    content = cut_at_next_cue(text, content, verbs)
    if gerund and content is not None and after_dash(text, sentence, cue.start):
        content = to_closing_dash(text, content)  # `S - citing a knee injury - withdrew`: the aside's words only
    if relative and content is not None and (comma := text.find(",", content.start, content.end)) > content.start:
        content = Span(content.start, comma)
    if kind is None or form is None or content is None or content.overlaps(source):
        return None
    if cue_text in _QUOTING_ONLY and kind != "direct":
        return None  # "continued to rise", "read the letter": only `he continued: "..."` reports speech
    if cue_class == "claim" and kind == "object" and not _speaker_head(text, head, verbs):
        return None  # "The dispute claimed the jobs of two managers", "the storm claimed lives": no one claims
    if cue_class == "offer" and not _OFFERED_WORDS.match(text, cue.end, sentence.end):
        return None  # "offered a job", "offered $5": no words offered
    if cue_text in verbs.speaker_only_forms and not can_speak(text, source, verbs):
        return None  # "Collins' endorsement may signal an opening", "it signals the arrival": a sign, nobody speaks
    if cue_class == "charge" and that_ahead(text, pos, sentence.end) is None:
        return None  # "charged with murder", "indicated a turn": only "charged that ..." reports speech
    if cue_class == "call" and not (
        called_quote(text, cue.end, sentence.end)
        or called_something(text, cue.end, sentence.end, _speaker_head(text, head, verbs))
        or WHAT_BEFORE.search(text, max(sentence.start, source.start - RELATIVE_REACH), source.start)
        or (
            WHICH_BEFORE.search(text, max(sentence.start, source.start - RELATIVE_REACH), source.start)
            and quotes.starting_at(skip_space(text, cue.end, sentence.end)) is not None
        )
        or (text[source.start : source.end].lower() in PRONOUNS and quotes.starting_at(skip_space(text, cue.end, sentence.end)))
    ):
        return None
    if cue_text in BACKING and (stop := _BACKED_END.search(text, content.start, content.end)) is not None:
        content = Span(content.start, stop.start())  # "PACs backing Mr. Cruz began March ...": the object only
    if cue_text in _SEE_AS and not re.search(r"\s+as\s", text[content.start : content.end].replace("as well as", "")):
        return None  # "Democrats see Trump as a threat" is a belief; "saw him there again" a sight
    if (
        kind == "object"
        and cue_class in DISCLOSING
        and not cue_text.startswith("mention")
        and NEGATED.search(text, max(sentence.start, cue.start - 25), cue.start)
    ):
        return None  # "they have not described the mechanism", "has not yet announced a bid": nothing made public
    return Found(cue, source, content, kind, form, cue_class, head)


# What "offered" must offer to be an attribution: words or a judgement ("offered his thoughts on", "offered an
# emotional defense of", "offered condolences", "offered himself as a law-and-order candidate").
_OFFERED_WORDS = re.compile(
    r"\s+(?:(?:himself|herself|themselves|itself)\s+as\b|(?:(?:his|her|their|its|our|my|a|an|the|some|no|few|little|more"
    r"|[a-z]+ly|[a-z]+(?:ive|ful|ous|al|ic|ing|ed|ent|ant|ate|ar|less|est|er))\s+){0,3}"
    r"(?:thoughts?|defen[cs]es?|praise|support|condolences|congratulations|apolog(?:y|ies)|assessments?|explanations?"
    r"|reassurances?|rebuttals?|reviews?|criticisms?|views?|opinions?|endorsements?|critiques?|warnings?|predictions?"
    r"|advice|assurances?|testimony|comments?|remarks?|response|answers?|insights?|vision|arguments?|words?"
    r"|tributes?|thanks|reminders?|accounts?|rationale|justifications?|hints?|prayers|sympathy|optimism|caution"
    r"|suggestions?|proposals?|ideas?|plans?|promises?|pledges?|solutions?|recommendations?|details)\b)"
)
_NOT_STANCE = re.compile(r"\s+(?:away|off|down|out|up|for|of|by)\b")


def _speaker_head(text: str, head: Span | None, verbs: ReportingVerbs) -> bool:
    """Whether a source's head can speak: a name, a pronoun, a role or an anonymous source ("officials")."""
    if head is None:
        return False
    word = text[head.start : head.end]
    low = word.lower()
    return word[:1].isupper() or low in PRONOUNS or low in verbs.role_heads or low in verbs.anonymous_heads
