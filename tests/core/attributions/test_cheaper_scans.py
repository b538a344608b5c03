"""The cheaper scans read what the scans they replace read (session 13, issue #10).

- `noun_frames._after_word`: a literal-led pattern with a look behind per word, for a loop over every " that ";
- `verb_cue.lead_after` / `statement_after`: `_LEAD` and `_STATEMENT` tried only after a word they can open with;
- `plain_sense._idiom_holds`: the idiom regex run only when a piece of the idiom holding the cue is near;
- `clauses.cut_at_next_cue`: its "and" pattern led by the literal, the blanks before it left to `trim`;
- `sources.previous_token`: the word back to a blank taken whole when it is letters or digits;
- `subject_span._dash_end`: the dash pattern searched only where a dash is; `subjects.before_adverbs`: the time
  read by `time_before_cue`'s shortcut;
- the whole-article forms take the sentence starts `_pending` keeps, and `_numbered` reads a pending's first seven
  fields as an attribution's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.attributions.extract import (
    _covered,
    _cue_starts,
    _drop_adverbs_before_cues,
    _Pending,
    _Reach,
    extract_attributions,
)
from reader.core.attributions.extract import _pending as pending_of
from reader.core.attributions.forms.clauses import Found, cut_at_next_cue, that_after_words, that_ahead, trim, trim_range
from reader.core.attributions.forms.colon_cue import colon_cues
from reader.core.attributions.forms.colon_quote import colon_quotes
from reader.core.attributions.forms.cue_lead import _LEAD, _STATEMENT, lead_after, statement_after
from reader.core.attributions.forms.dash_join import _DASHES, spaced_dashes
from reader.core.attributions.forms.light_cue import light_cues
from reader.core.attributions.forms.noun_frames import _BE_THAT, _BE_WORDS, _EARNED_FROM, EARNED_NOUNS, noun_frames
from reader.core.attributions.forms.plain_sense import _IDIOM, _IDIOM_WORDS, plain_sense
from reader.core.attributions.forms.poll_cue import poll_cues
from reader.core.attributions.forms.quote_verb import quote_verbs
from reader.core.attributions.forms.subject_span import _DASH_END, _dash_end
from reader.core.attributions.forms.verb_cue import _WHO_BEFORE, _who_before
from reader.core.attributions.sources import SOURCE_WINDOW, TIME_BEFORE_CUE, previous_token, time_before_cue
from reader.core.attributions.subjects import before_adverbs
from reader.core.lexicons.verbs import load_reporting_verbs
from reader.core.model import Attribution, Span
from reader.core.text.build import article_from_text
from reader.core.text.holding import occurrences
from reader.core.text.quotes import find_quotes

EXAMPLES = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
_PIECES = [*"aZ 9.,\n\t\"'’”—-:;()", " that ", " from ", " and ", "was", "is", " in ", "in", "on", "Tuesday", "said"]
noise = st.lists(st.sampled_from(_PIECES), max_size=15).map("".join)
VERBS = load_reporting_verbs()


def _after_word_loop(text: str, literal: str, before: Collection[str]) -> Iterator[int]:
    """The loop `_after_word` replaced: every ``literal``, the word before it read back to the last blank."""
    for at in occurrences(text, literal):
        space = text.rfind(" ", max(0, at - 16), at)
        if text[space + 1 : at] in before:
            yield at + len(literal)


_FRAME_TEXTS = [
    "The concern is that it fails. The worry was that that was it.",
    "is that so? remains that, remained that  was  that was that was that ",
    "\nwas that x (is that) the view\tis that were that been that",
    "It drew criticism from many. It earned praise from few;praise from none, scorn from all",
    "condemnation from criticisms from X criticism from from",
]


@pytest.mark.parametrize("text", _FRAME_TEXTS)
def test_after_word_patterns_find_what_the_loop_found(text: str) -> None:
    for cut in range(len(text) + 1):
        piece = text[cut:]
        assert [m.end() for m in _BE_THAT.finditer(piece)] == list(_after_word_loop(piece, " that ", _BE_WORDS))
        assert [m.end() for m in _EARNED_FROM.finditer(piece)] == list(_after_word_loop(piece, " from ", EARNED_NOUNS))


@EXAMPLES
@given(noise, st.sampled_from(sorted(_BE_WORDS)), noise)
def test_after_word_pattern_is_the_loop_on_drawn_text(pre: str, word: str, post: str) -> None:
    text = pre + word + " that " + post
    assert [m.end() for m in _BE_THAT.finditer(text)] == list(_after_word_loop(text, " that ", _BE_WORDS))


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


# Every word the patterns spell out (and the weekdays they build from pieces), as the word after a cue: a word added
# to `_LEAD` or `_STATEMENT` and not to `_LEAD_WORDS` fails here. (Drawing from the patterns themselves does not end:
# their look-aheads leave the generator filtering.)
_WORDS = sorted({w for pattern in (_LEAD, _STATEMENT) for w in re.findall(r"[A-Za-z]+", pattern.pattern)})
_FIRSTS = _WORDS + [w + "day" for w in _WORDS] + ["", "that", "In", "ON", "inside", "once"]
_SEPARATORS = ["", " ", ",", " , ", "\n", "  "]
_TAILS = ["", " ", " that", ",", "s", "-x", " night that", " an interview with The Post that", " a statement,", " 2015"]


@pytest.mark.parametrize("first", _FIRSTS)
def test_lead_after_is_the_pattern_s_match(first: str) -> None:
    for separator in _SEPARATORS:
        for tail in _TAILS:
            for second in ("", " Twitter", " Tuesday", " last week", " in March 2015"):
                text = "said" + separator + first + second + tail
                assert _span(lead_after(text, 4)) == _span(_LEAD.match(text, 4)), repr(text)
                assert _span(statement_after(text, 4)) == _span(_STATEMENT.match(text, 4)), repr(text)


def test_the_lead_is_tried_only_after_one_of_its_words() -> None:
    text = "said on Tuesday that"
    assert lead_after(text, 4) is not None and lead_after(text, 4, word="that") is None  # the word decides
    assert lead_after("said that it", 4) is None and lead_after("said, however, that", 4) is not None


@EXAMPLES
@given(st.from_regex(_IDIOM, fullmatch=True))
def test_every_idiom_holding_a_cue_word_holds_its_piece(idiom: str) -> None:
    for word, piece in _IDIOM_WORDS.items():
        if re.search(rf"(?<![\w]){word}(?![\w])", idiom):
            assert piece in idiom, (word, idiom)


@pytest.mark.parametrize(
    ("text", "cue_text", "plain"),
    [
        ("That is easier said than done, he said.", "said", True),
        ("All told, the mayor told reporters it was over.", "told", True),
        ("Only time will tell, she said.", "tell", True),
        ("The mayor said that it was over.", "said", False),
    ],
)
def test_an_idiom_still_holds_its_cue(text: str, cue_text: str, plain: bool) -> None:
    start = text.find(cue_text) if cue_text != "told" else text.find("told")
    cue = Span(start, start + len(cue_text))
    assert plain_sense(text, Span(0, len(text)), cue, cue_text, "say") is plain


_OLD_AND_VERB = re.compile(r"\s*,?\s+and\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")


def _cut_before(text: str, span: Span) -> Span:
    """`cut_at_next_cue` with the pattern it had before (blanks and comma before "and" in the match)."""
    for m in _OLD_AND_VERB.finditer(text, span.start, span.end):
        if VERBS.class_of(m.group(1)) not in (None, "decline") and not m.group(1).endswith("ing"):
            cut = trim(text, Span(span.start, m.start()))
            return cut if len(cut) else span
    return span


_AND_TEXTS = [
    "any link to the group and said she was innocent",
    "and said she was, and also denied it",
    "the firm Inc., and said it.,  and denied",
    "x ,  and then warned ; and told them",
    "and and said it",
    "bands and brands, and\tadded that",
]


@pytest.mark.parametrize("text", _AND_TEXTS)
def test_cut_at_next_cue_cuts_where_it_cut(text: str) -> None:
    for start in range(len(text)):
        for end in (len(text), len(text) - 3):
            if start <= end:
                span = Span(start, end)
                assert cut_at_next_cue(text, span, VERBS) == _cut_before(text, span), (text, start, end)


def test_a_pending_s_first_seven_fields_are_an_attribution_s() -> None:
    names = [f.name for f in dataclasses.fields(Attribution)]
    assert list(_Pending._fields[:7]) == names[2:]
    art = article_from_text('"We won," Okafor said. The union denied that it had agreed.', "A")
    first = extract_attributions(art)[0]
    assert (first.id, first.article, art.slice(first.cue), first.kind) == ("A-t1", "A", "said", "direct")


def test_cue_starts_merge_the_new_cues_into_the_old() -> None:
    def at(start: int) -> Found:
        return Found(Span(start, start + 1), None, Span(0, 1), "direct", "direct", "say")

    assert _cue_starts([at(9), at(2)]) == [2, 9]
    assert _cue_starts([at(5), at(1)], [2, 9]) == [1, 2, 5, 9]


_ARTICLE = (
    'Bernie Sanders: "It is not a radical idea." In a CNN poll released Monday, Clinton led by 10 points. '
    "The concern among Democrats is that the party will split. The plan drew criticism from Senator Lee. "
    'Trump made several controversial statements on the matter. He declared: "We will win." '
    '"This is fantastic!" beamed Donald Hartley. The mayor said the talks failed.'
)


def test_the_forms_read_the_same_with_the_starts_given() -> None:
    art = article_from_text(_ARTICLE, "A")
    sentences, quotes = art.sentences, find_quotes(art)
    starts = [s.start for s in sentences]
    assert colon_cues(art.text, sentences, quotes, starts) == colon_cues(art.text, sentences, quotes)
    assert poll_cues(art.text, sentences, quotes, starts) == poll_cues(art.text, sentences, quotes)
    assert noun_frames(art.text, sentences, quotes, starts) == noun_frames(art.text, sentences, quotes)
    for form in (light_cues, colon_quotes, quote_verbs):
        assert form(art.text, sentences, quotes, VERBS, None, [], starts) == form(art.text, sentences, quotes, VERBS)
    kinds = {p.form for p in pending_of(art, (), [], VERBS)}
    assert {"colon-direct", "in-poll", "noun-is-that", "noun-earned", "light-verb", "quote-verb"} <= kinds


def _previous_token_loop(text: str, start: int, pos: int) -> str:
    """`previous_token` before its fast path: the walk back over word characters."""
    end = pos
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return ""
    if not text[end - 1].isalnum():
        return text[end - 1]
    begin = end - 1
    while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
        begin -= 1
    return text[begin:end]


_WORDY = [*"ab Z9 .,\n\t'’-é_", "said", "O'Brien", "al-Houl", "x" * 45, " ", "  "]
wordy = st.lists(st.sampled_from(_WORDY), max_size=20).map("".join)


@EXAMPLES
@given(wordy, st.integers(0, 60), st.integers(0, 60))
def test_previous_token_is_the_walk_back(text: str, start: int, back: int) -> None:
    pos = max(0, len(text) - back)
    start = min(start, pos)
    assert previous_token(text, start, pos) == _previous_token_loop(text, start, pos), repr((text, start, pos))


@EXAMPLES
@given(noise, st.from_regex(_DASH_END, fullmatch=True), noise)
def test_dash_end_is_the_pattern_s_search(pre: str, match: str, post: str) -> None:
    for text in (pre + match, pre + match + post):
        for start in (0, max(0, len(text) - 4)):
            assert _span(_dash_end(text, start, len(text))) == _span(_DASH_END.search(text, start, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The minister, a veteran of the talks, on Tuesday also said",
        "Officials in Cairo last week repeatedly denied",
        "He has  in 2015 further told",
        "x" * 130 + " on Monday said",
        "The report released on last Friday has shown",
    ],
)
def test_before_adverbs_reads_the_time_as_the_search_did(text: str) -> None:
    """`before_adverbs` reads the time with `time_before_cue` on the stretch, where it searched the text."""
    for pos in range(len(text) + 1):
        for start in (0, 5):
            low = max(start, pos - SOURCE_WINDOW)
            if low <= pos:
                fast, full = time_before_cue(text[low:pos]), TIME_BEFORE_CUE.search(text, low, pos)
                assert (fast and low + fast.start()) == (full and full.start()), (text, start, pos)
                assert before_adverbs(text, min(start, pos), pos) <= pos


def test_trim_range_is_trim() -> None:
    text = " ,: said it.;  "
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert trim_range(text, start, end) == trim(text, Span(start, end))


@pytest.mark.parametrize(
    "text",
    [
        "said that it was over",
        "said That's all, that",
        "said on ABC's ''This Week'' that the talks",
        "said in an interview with The Associated Press last week that",
        "said, that  _that after that",
        "said thatcher that",
        'said "that" was it',
    ],
)
def test_that_ahead_reads_as_the_loop_did(text: str) -> None:
    for pos in range(len(text) + 1):
        for end in (len(text), max(pos, len(text) - 5)):
            assert that_ahead(text, pos, end) == that_after_words(text, pos, min(end, pos + 120)), (text, pos, end)


@pytest.mark.parametrize(
    "text", ["Perez, who said", "critics who have repeatedly said", "The union, which endorsed", "a shirt which read", "Who said"]
)
def test_who_before_is_the_pattern_s_search(text: str) -> None:
    for start in range(len(text)):
        for pos in range(start, len(text) + 1):
            assert _span(_who_before(text, start, pos)) == _span(_WHO_BEFORE.search(text, start, pos))


def test_resolved_details_come_in_cue_order() -> None:
    text = '"We won," Okafor said.\n\n"It is over."\n\nThe union denied it.\n\n"No," Lee said.\n\n"Never."'
    art = article_from_text(text, "A")
    pending = pending_of(art, (), [], VERBS)
    assert [p.form for p in pending].count("inherited") == 2  # `_inherited_quotes` read the cue order it was given
    starts = [p.cue.start for p in pending]
    assert starts == sorted(starts)


def _spaced_dashes_one_by_one(text: str) -> list[tuple[int, int]]:
    """`spaced_dashes` as it was: one pass a dash."""
    return sorted((at, at + len(dash)) for dash in _DASHES for at in occurrences(text, dash))


@pytest.mark.parametrize("text", ["a - b -- c — d – e  -  f --- g -- - x", " -- - -- ", "no dash-here", " - "])
def test_spaced_dashes_are_found_as_one_pass_a_dash_found_them(text: str) -> None:
    for start in range(len(text)):
        assert spaced_dashes(text[start:]) == _spaced_dashes_one_by_one(text[start:])


def test_a_position_is_covered_when_a_content_holds_it() -> None:
    contents = _Reach([(10, 20), (0, 5), (15, 40), (50, 50)])
    assert [pos for pos in range(60) if _covered(contents, pos)] == [*range(0, 5), *range(10, 40)]
    assert not _covered(_Reach([]), 0)


def test_adverbs_are_dropped_before_a_cue_and_nothing_is_when_none_was_read() -> None:
    def found(start: int, end: int, form: str) -> Found:
        return Found(Span(start, end), None, Span(0, 1), "indirect", form, "say")

    text = "Mary Cheney reportedly wrote that it was over."
    adverb, verb = found(12, 22, "adverbial"), found(23, 28, "indirect-that")
    assert _drop_adverbs_before_cues([adverb, verb], text) == [verb]
    plain = [verb]
    assert _drop_adverbs_before_cues(plain, text) is plain  # no adverb: the list itself, nothing built
