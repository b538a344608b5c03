"""Attributions: each form, the seed expectations, actor resolution, verb lists, properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.attributions import extract_attribution_details, extract_attributions
from reader.core.attributions.sources import source_before
from reader.core.errors import ReaderError
from reader.core.lexicons.verbs import LOWER_UNSAFE, load_reporting_verbs
from reader.core.model import Actor, Article, Mention
from reader.core.text.build import article_from_text
from reader.core.text.loader import load_articles

ARTICLES = Path(__file__).resolve().parents[3] / "articles"


def article(text: str, article_id: str = "X") -> Article:
    return article_from_text(text, article_id)


def find(art: Article, cue_context: str, cue: str | None = None, details: bool = False):
    """The attribution whose cue lies in the first occurrence of ``cue_context``."""
    at = art.text.index(cue_context)
    cue = cue or cue_context
    cue_start = art.text.index(cue, at)
    for d in extract_attribution_details(art):
        t = d.attribution
        if t.cue.start == cue_start and not d.inherited:
            return d if details else t
    raise AssertionError(f"no attribution with cue at {cue_context!r}: {[art.slice(t.cue) for t in extract_attributions(art)]}")


def parts(art: Article, t) -> tuple[str | None, str, str]:
    return (art.slice(t.source) if t.source else None, art.slice(t.cue), art.slice(t.content))


@pytest.fixture(scope="module")
def seeds():
    a, b = load_articles([ARTICLES])
    return a, b


# --- the seed pair ---------------------------------------------------------------------


def test_seed_a_attributions(seeds):
    a, _ = seeds
    t = find(a, "according to an Egyptian", "according to")
    assert parts(a, t)[0] == "an Egyptian media report" and t.kind == "according-to" and t.anonymous
    assert parts(a, t)[2].startswith("A delegation of senior Hamas members") and parts(a, t)[2].endswith("its objective")
    t = find(a, "outlet reported that", "reported")
    assert parts(a, t)[0] == "The Al-Ahram media outlet" and t.kind == "mixed" and t.cue_class == "report"
    assert parts(a, t)[2].startswith("the attempt to mend relations")
    t = find(a, "According to the report", "According to")
    assert parts(a, t)[0] == "the report" and not t.anonymous
    assert parts(a, t)[2].startswith("Egyptian authorities presented")
    t = find(a, "The report said that", "said")
    assert parts(a, t)[0] == "The report" and parts(a, t)[2].startswith("Egypt views the Palestinian Authority")


def test_seed_b_attributions(seeds):
    _, b = seeds
    expected = [
        (
            "according to media reports",
            "according to",
            "media reports in Egypt",
            "according-to",
            True,
            "A reconciliation attempt",
        ),
        ("local media said", "said", "local media", "indirect", True, "Hamas has reportedly refused"),
        ("Al-Houl said that", "said", "Egyptian journalist Ashraf Abu Al-Houl", "mixed", False, '"Hamas refused to admit'),
        ("According to Al-Houl", "According to", "Al-Houl", "according-to", False, "the Egyptian authorities presented"),
        ("Al-Houl further said", "said", "Al-Houl", "mixed", False, 'after the meeting "Egypt sees'),
        ("Cairo has accused", "accused", "Cairo", "object", False, "Hamas of being involved"),
        ("Egypt accused Hamas of involvement", "accused", "Egypt", "object", False, "Hamas of involvement"),
        ("Cairo says are used", "says", "Cairo", "indirect", False, "are used by Palestinian Arabs"),
        ("sources revealed that", "revealed", "Egyptian sources", "indirect", True, "Hamas terrorists had provided"),
        ("Hamas denied the charge", "denied", "Hamas", "object", False, "the charge"),
    ]
    for context, cue, source, kind, anonymous, content in expected:
        t = find(b, context, cue)
        assert parts(b, t)[0] == source, context
        assert (t.kind, t.anonymous) == (kind, anonymous), context
        assert parts(b, t)[2].startswith(content), context
    assert parts(b, find(b, "Hamas denied the charge", "denied"))[2] == "the charge"
    assert parts(b, find(b, "Cairo has accused", "accused"))[2].endswith("in the Sinai")


def test_seed_b_reportedly_is_an_anonymous_sourceless_cue(seeds):
    _, b = seeds
    t = find(b, "reportedly")
    assert t.source is None and t.anonymous and t.kind == "adverbial"
    assert parts(b, t)[2] == "Hamas has reportedly refused all of Egypt's requests"


def test_seed_non_speech_is_not_attributed(seeds):
    a, b = seeds
    cues = {b.slice(t.cue) for t in extract_attributions(b)} | {a.slice(t.cue) for t in extract_attributions(a)}
    assert "claimed" not in cues  # a claim of responsibility for attacks
    assert "admit" not in cues  # "refused to admit"
    assert len(extract_attributions(b)) == 12 and len(extract_attributions(a)) == 5


def test_ids_in_text_order(seeds):
    _, b = seeds
    found = extract_attributions(b)
    assert [t.id for t in found] == [f"B-t{n}" for n in range(1, len(found) + 1)]
    assert [t.cue.start for t in found] == sorted(t.cue.start for t in found)


# --- actors ----------------------------------------------------------------------------


def mentions(art: Article, word: str) -> tuple[Mention, ...]:
    out, pos = [], art.text.find(word)
    while pos >= 0:
        out.append(Mention(art.id, pos, pos + len(word)))
        pos = art.text.find(word, pos + 1)
    return tuple(out)


def test_head_noun_actor_wins_over_country_adjective(seeds):
    _, b = seeds
    actors = [
        Actor("egypt", "Egypt", "country", mentions=mentions(b, "Egyptian") + mentions(b, "Egypt")),
        Actor("houl", "Ashraf Abu Al-Houl", "person", mentions=mentions(b, "Ashraf Abu Al-Houl") + mentions(b, "Al-Houl")),
    ]
    by_cue = {b.slice(t.cue) + str(t.cue.start): t for t in extract_attributions(b, actors)}
    houl = [t for t in by_cue.values() if t.source and "Al-Houl" in b.slice(t.source)]
    assert houl and all(t.source_actor == "houl" for t in houl)
    sources = [t for t in by_cue.values() if t.source and b.slice(t.source) == "Egyptian sources"]
    assert sources[0].source_actor is None and sources[0].anonymous


def test_the_report_resolves_to_the_outlet(seeds):
    a, _ = seeds
    actors = [
        Actor("ahram", "Al-Ahram", "media", mentions=mentions(a, "Al-Ahram")),
        Actor("egypt", "Egypt", "country", mentions=mentions(a, "Egyptian")),
    ]
    found = {a.slice(t.source): t for t in extract_attributions(a, actors) if t.source}
    assert found["an Egyptian media report"].source_actor is None and found["an Egyptian media report"].anonymous
    assert found["The Al-Ahram media outlet"].source_actor == "ahram"
    assert found["the report"].source_actor == "ahram" and not found["the report"].anonymous
    assert found["The report"].source_actor == "ahram"


def test_pronoun_takes_the_latest_person_and_lawyer_records_owner():
    art = article(
        "Minister Ana Ruiz said the plan was ready.\n\nShe said that costs would fall.\n\nHis lawyer said the case was closed."
    )
    ruiz = Actor("ruiz", "Ana Ruiz", "person", mentions=mentions(art, "Ana Ruiz"))
    details = extract_attribution_details(art, [ruiz])
    she = next(d for d in details if art.slice(d.attribution.source) == "She")
    assert she.attribution.source_actor == "ruiz" and not she.attribution.anonymous
    lawyer = next(d for d in details if art.slice(d.attribution.source) == "His lawyer")
    assert lawyer.attribution.source_actor is None and lawyer.owner == "ruiz"


# --- forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, cue, source, content, kind",
    [
        ('The mayor said: "We will rebuild the bridge."', "said", "The mayor", "We will rebuild the bridge", "direct"),
        ('"We will rebuild," the mayor said.', "said", "the mayor", "We will rebuild", "direct"),
        ('"We will rebuild," said Mayor Jo Kim.', "said", "Mayor Jo Kim", "We will rebuild", "direct"),
        ("The mayor said that the bridge would reopen.", "said", "The mayor", "the bridge would reopen", "indirect"),
        ("The mayor said the bridge would reopen.", "said", "The mayor", "the bridge would reopen", "indirect"),
        ("The bridge will reopen in May, the mayor said.", "said", "the mayor", "The bridge will reopen in May", "indirect"),
        ('The mayor said that the bridge was "safe again."', "said", "The mayor", 'the bridge was "safe again."', "mixed"),
        ("According to the mayor, the bridge is safe.", "According to", "the mayor", "the bridge is safe", "according-to"),
        (
            "The bridge is safe, according to city engineers.",
            "according to",
            "city engineers",
            "The bridge is safe",
            "according-to",
        ),
        ("Officials said the bridge was closed.", "said", "Officials", "the bridge was closed", "indirect"),
        ("The council denied the allegations.", "denied", "The council", "the allegations", "object"),
        ("The union accused the council of lying.", "accused", "The union", "the council of lying", "object"),
        ("The mayor told Reuters that the bridge was safe.", "told Reuters", "The mayor", "the bridge was safe", "indirect"),
        (
            "The council said in a statement that fares would rise.",
            "said in a statement",
            "The council",
            "fares would rise",
            "indirect",
        ),
        (
            "A source close to the mayor said that talks had failed.",
            "said",
            "A source close to the mayor",
            "talks had failed",
            "indirect",
        ),
        (
            "The mayor was quoted as saying that taxes would rise.",
            "was quoted as saying",
            "The mayor",
            "taxes would rise",
            "indirect",
        ),
        ("The mayor urged residents to stay indoors.", "urged", "The mayor", "residents to stay indoors", "indirect"),
    ],
)
def test_form(text, cue, source, content, kind):
    art = article(text)
    t = find(art, cue)
    assert parts(art, t) == (source, cue, content)
    assert t.kind == kind


def test_anonymous_sources():
    for text, anonymous in [
        ("Officials said the bridge was closed.", True),
        ("Local media said the bridge was closed.", True),
        ("A source close to the mayor said that talks had failed.", True),
        ("Mayor Jo Kim said the bridge was closed.", False),
    ]:
        assert find(article(text), "said").anonymous is anonymous, text


def test_quote_running_over_paragraphs_with_cue_first():
    art = article('The mayor said: "The bridge is old.\n\n"It must be replaced this year."\n\nTraffic was light.')
    t = find(art, "said")
    assert art.slice(t.content) == 'The bridge is old.\n\n"It must be replaced this year'
    assert find(art, "said", details=True).form == "direct-multi"


def test_quote_running_over_paragraphs_with_cue_last():
    art = article('"The bridge is old.\n\n"It must be replaced," the mayor said.')
    t = find(art, "said")
    assert art.slice(t.content) == 'The bridge is old.\n\n"It must be replaced'
    assert art.slice(t.source) == "the mayor"


def test_quote_only_paragraph_inherits_the_speaker():
    art = article('"The bridge is old," the mayor said.\n\n"It must be replaced this year."\n\nTraffic was light.')
    details = extract_attribution_details(art)
    inherited = [d for d in details if d.inherited]
    assert len(inherited) == 1 and art.slice(inherited[0].attribution.content) == "It must be replaced this year."
    assert art.slice(inherited[0].attribution.source) == "the mayor"
    assert len(details) == 2


def test_quote_paragraph_after_narration_is_not_attributed():
    art = article('Traffic was light.\n\n"It must be replaced this year."')
    assert extract_attributions(art) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The attacks were claimed by the group.",
        "The group claimed responsibility for the attacks.",
        "The offer was refused to the surprise of many.",
        "The plan went according to plan.",
        "Media reports of looting worried aid groups.",
        "The report was long.",
        "Residents received no warning.",
        'He used the word "safe" twice.',
    ],
)
def test_not_speech(text):
    assert extract_attributions(article(text)) == ()


def test_cue_inside_a_quotation_is_not_a_new_attribution():
    art = article('"They said no to everything," the mayor said.')
    assert [art.slice(t.cue) for t in extract_attributions(art)] == ["said"]
    assert art.slice(extract_attributions(art)[0].cue) == "said" and extract_attributions(art)[0].cue.start > 20


# --- reporting verbs -------------------------------------------------------------------


def test_user_verbs_are_merged(tmp_path):
    user = tmp_path / "verbs.yaml"
    user.write_text("classes:\n  say:\n    forms: [harrumphed]\n  boast:\n    forms: [boasted]\n", encoding="utf-8")
    verbs = load_reporting_verbs(user)
    assert verbs.class_of("harrumphed") == "say" and verbs.class_of("said") == "say" and verbs.class_of("boasted") == "boast"
    art = article("The mayor harrumphed that the bridge was fine.")
    assert extract_attributions(art) == ()
    t = extract_attributions(art, verbs=verbs)[0]
    assert t.cue_class == "say" and art.slice(t.content) == "the bridge was fine"


@pytest.mark.parametrize("body", ["classes: [1, 2", "- just a list", "classes:\n  say: 3\n"])
def test_bad_user_verbs_raise_reader_error(tmp_path, body):
    user = tmp_path / "verbs.yaml"
    user.write_text(body, encoding="utf-8")
    with pytest.raises(ReaderError):
        load_reporting_verbs(user)


def test_a_position_frame_the_reader_does_not_know_is_refused_by_name(tmp_path):
    # A typo ("To") would otherwise switch the entry off without a word.
    user = tmp_path / "verbs.yaml"
    user.write_text("position_frames:\n  vowed: To\n", encoding="utf-8")
    with pytest.raises(ReaderError, match=r"'position_frames', entry 1 \(vowed\): the frame must be one of to, that, as"):
        load_reporting_verbs(user)


def test_missing_user_verbs_file_raises_reader_error(tmp_path):
    with pytest.raises(ReaderError):
        load_reporting_verbs(tmp_path / "absent.yaml")


# --- properties ------------------------------------------------------------------------

NEWSY = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "Reuters",
        "according to",
        "the report",
        "he",
        "Officials",
        "denied",
        "accused",
        "of",
        "that",
        '"',
        "“",
        "”",
        ",",
        ".",
        ":",
        "\n\n",
        "reportedly",
        "claimed",
        "by",
        "Hamas",
        "Egypt",
        "was quoted as saying",
        "in a statement",
        "and",
        "asked",
        "the",
        "a",
        "Al-Houl",
        "’s",
        "'s",
        "—",
        " ",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(NEWSY, st.text(max_size=6)), max_size=60).map(" ".join),
    st.lists(NEWSY, max_size=60).map("".join),
)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
@example('0 SAID+. "')  # a lone opening quotation mark after a speaker's sentence once became an empty content
def test_spans_are_valid_and_extraction_never_raises(text):
    art = article(text)
    for t in extract_attributions(art):
        for span in (t.cue, t.content, t.source):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
        assert len(t.content) > 0
        if t.source is not None:
            assert not t.source.overlaps(t.content)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_without_segmentation_extraction_still_works(text):
    bare = Article(id="X", path="", text=text)
    for t in extract_attributions(bare):
        assert t.content.end <= len(text)


# --- speed-ups that must not change what is found -----------------------------------------

CASED = st.lists(
    st.sampled_from(
        [
            "SAID",
            "Said",
            "said",
            "ſaid",
            "saıd",
            "SAİD",
            "İ",
            "KNOWS",
            "Told",
            "according  To",
            "ACCORDING\nto",
            "reportedly",
            "Reportedly",
            "warned",
            "WARNED",
            "-",
            "'",
            "’",
            "_",
            ".",
            "x",
            "é",
            "Σ",
            "K",
            "ǅ",
        ]
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(CASED.map(" ".join), CASED.map("".join), TEXTS))
@example("Officials ſaid so, and he saıd it; SAİD she. Reuters SAID.")
def test_cue_scan_on_lower_cased_text_finds_what_the_ignorecase_pattern_does(text):
    verbs = load_reporting_verbs()
    assert verbs.cue_spans(text) == [m.span() for m in verbs.cue_pattern.finditer(text)]


def test_lower_casing_agrees_with_ignorecase_on_every_code_point_but_three():
    """What `ReportingVerbs.cue_spans` relies on, checked over all of Unicode.

    Outside LOWER_UNSAFE, `str.lower` keeps every character one character long,
    folds onto an ASCII letter exactly the characters that IGNORECASE matches
    with one, and keeps word characters, blanks and the cue boundaries as they are.
    """
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and chr(c) not in LOWER_UNSAFE)
    lowered = chars.lower()
    assert len(lowered) == len(chars)
    ascii_ignorecase = {m.start() for m in re.finditer("[a-z]", chars, re.IGNORECASE)}
    assert ascii_ignorecase == {m.start() for m in re.finditer("[a-z]", lowered)}
    for pattern in (r"[\w'’-]", r"\s"):
        assert [m.start() for m in re.finditer(pattern, chars)] == [m.start() for m in re.finditer(pattern, lowered)]


def test_user_cues_beyond_ascii_keep_the_ignorecase_scan(tmp_path):
    user = tmp_path / "verbs.yaml"
    user.write_text("classes:\n  say: [déclaré]\n", encoding="utf-8")
    verbs = load_reporting_verbs(user)
    assert verbs.lower_cue_pattern is None
    text = "Le ministre a DÉCLARÉ que Hamas said so."
    assert verbs.cue_spans(text) == [m.span() for m in verbs.cue_pattern.finditer(text)]
    assert len(verbs.cue_spans(text)) == 2


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.data())
def test_remembered_sources_are_the_sources_read_afresh(text, data):
    verbs = load_reporting_verbs()
    memo: dict = {}
    for _ in range(3):
        cue = data.draw(st.integers(0, len(text)))
        start = data.draw(st.integers(0, cue))
        assert source_before(text, start, cue, verbs, memo) == source_before(text, start, cue, verbs)
    doubled = text + " " + text  # the same windows again, elsewhere in the text
    for cue in range(len(text) + 1, len(doubled) + 1, 7):
        assert source_before(doubled, len(text) + 1, cue, verbs, memo) == source_before(doubled, len(text) + 1, cue, verbs)
