"""Properties of loading, normalising, segmenting and tokenising on arbitrary input."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.text.loader import load_article
from reader.core.text.normalize import normalize_text
from reader.core.text.segment import paragraphs, sentences
from reader.core.text.tokens import fold, tokenize

# Characters that exercise every rule, mixed with anything Unicode has.
TRICKY = list("aZé .!?…\"'“”‘’()[]-—–,;:$%1905\n\n\t\r\u00a0\u200b\u2028\x1b\x07\x85\x9b\ufeff#/") + [
    "Mr. ",
    "U.S.",
    "e.g.",
    "3.5",
    "$1,688",
    "said.The",
    '?" he',
    "\x1b[31m",
    "\x1b]8;;x\x07",
    "\n\n",
    "---\n",
    "title: ",
    "body: ",
    "Flash 90",
    "Caption\nCaption",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(TRICKY) | st.text(max_size=3), max_size=120).map("".join),
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\r\u00a0\u200b\ufeff\u2028\u2029\ud800-\udfff]")


def assert_spans_slice_the_text(text: str) -> None:
    paras = paragraphs(text)
    sents = sentences(text, paras)
    for spans in (paras, sents):
        for span in spans:
            assert 0 <= span.start < span.end <= len(text)
            piece = text[span.start : span.end]
            assert piece.strip() and piece == piece.strip()
        for before, after in zip(spans, spans[1:]):
            assert before.end <= after.start
    for sentence in sents:
        assert any(para.contains(sentence) for para in paras)
    # Sentences cover every visible character of every paragraph.
    covered = "".join(text[s.start : s.end] for s in sents)
    assert "".join(covered.split()) == "".join("".join(text[p.start : p.end] for p in paras).split())


@PROPERTY
@given(texts)
def test_offsets_always_slice_the_text(text):
    assert_spans_slice_the_text(text)


@PROPERTY
@given(texts)
def test_offsets_slice_normalised_text(text):
    assert_spans_slice_the_text(normalize_text(text))


@PROPERTY
@given(texts)
def test_normalize_is_idempotent_and_leaves_no_controls(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\x1b" not in once
    assert not _FORBIDDEN.search(once)
    assert once == once.strip()


@PROPERTY
@given(texts, st.data())
def test_tokens_slice_to_their_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    tokens = tokenize(text, start, end)
    previous_end = start
    for token in tokens:
        assert previous_end <= token.start < token.end <= end
        assert token.norm and token.norm == fold(text[token.start : token.end])
        assert any(c.isalnum() for c in text[token.start : token.end])
        previous_end = token.end


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("arbitrary")


article_bytes = st.one_of(
    st.binary(max_size=600),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(st.sampled_from([b"---\n", b"title: x\nbody: ", b"\xff\xfe", b""]), texts).map(
        lambda pair: pair[0] + pair[1].encode("utf-8", "surrogatepass")
    ),
)


@PROPERTY
@given(raw=article_bytes, suffix=st.sampled_from([".txt", ".md", ".yaml"]))
def test_loading_raises_nothing_but_reader_error(scratch, raw, suffix):
    path = scratch / f"article{suffix}"
    path.write_bytes(raw)
    try:
        article = load_article(path)
    except ReaderError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))
        return
    assert article.text and normalize_text(article.text) == article.text
    assert article.paragraphs and article.sentences
    for sentence in article.sentences:
        assert any(para.contains(sentence) for para in article.paragraphs)
        assert article.slice(sentence).strip() == article.slice(sentence)
