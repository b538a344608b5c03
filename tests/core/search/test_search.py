"""Fuzzy search: typo tolerance, ranking and span validity (reader/search.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.model import Article, SearchHit, Span
from reader.core.search import SearchIndex, search
from reader.core.search.index import max_edits
from reader.core.text import segment
from reader.core.text.loader import load_articles
from reader.core.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def seeds() -> tuple[Article, ...]:
    return load_articles([ROOT / "articles"])


@pytest.fixture(scope="module")
def index(seeds) -> SearchIndex:
    return SearchIndex.build(seeds)


def make_article(text: str, article_id: str = "A", segmented: bool = True) -> Article:
    paras = segment.paragraphs(text) if segmented else ()
    sentences = segment.sentences(text, paras) if segmented else ()
    return Article(id=article_id, path=f"{article_id}.txt", text=text, paragraphs=paras, sentences=sentences)


def texts_of(hit: SearchHit, articles) -> list[str]:
    article = next(a for a in articles if a.id == hit.article)
    return [article.text[s.start : s.end] for s in hit.matched]


def sentence_of(hit: SearchHit, articles) -> str:
    article = next(a for a in articles if a.id == hit.article)
    return article.text[hit.start : hit.end]


def assert_valid(hits, articles) -> None:
    by_id = {a.id: a for a in articles}
    for hit in hits:
        text = by_id[hit.article].text
        assert 0 <= hit.start < hit.end <= len(text)
        assert 0 <= hit.score <= 100
        assert hit.matched, "a hit names the words that matched"
        for span in hit.matched:
            assert hit.start <= span.start < span.end <= hit.end
            assert text[span.start : span.end].strip() == text[span.start : span.end]
        assert list(hit.matched) == sorted(hit.matched)
        assert all(a.end <= b.start for a, b in zip(hit.matched, hit.matched[1:])), "matched spans do not overlap"
    order = {a.id: i for i, a in enumerate(articles)}
    keys = [(-h.score, order[h.article], h.start) for h in hits]
    assert keys == sorted(keys), "best first, then article order, then position"


# --- the seed articles -------------------------------------------------------


def test_typo_finds_barakat_in_b(seeds, index):
    hits = index.search("Barakt")
    assert hits and hits[0].article == "B"
    assert texts_of(hits[0], seeds) == ["Barakat"]
    assert {sentence_of(h, seeds).count("Barakat") for h in hits} == {1}
    assert len(hits) == 2  # the two B sentences naming him, nothing else
    assert hits[0].score < 100


def test_typos_in_two_words_find_both_articles(seeds, index):
    hits = index.search("Palestinan Authorty")
    top = [h for h in hits if "Palestinian Authority" in sentence_of(h, seeds)]
    assert top == list(hits[: len(top)]) and len(top) == 3
    assert {h.article for h in top} == {"A", "B"}
    for hit in top:
        assert texts_of(hit, seeds) == ["Palestinian", "Authority"]


def test_hyphenated_name_found_whole_split_and_joined(seeds, index):
    for query in ("Al-Ahram", "al ahram", "AlAhram", "Al-Ahrm"):
        hits = index.search(query)
        assert hits and hits[0].article == "A", query
        matched = hits[0].matched
        assert seeds[0].text[matched[0].start : matched[-1].end] == "Al-Ahram", query
    assert index.search("Al-Ahram")[0].score == 100


def test_sissi_finds_el_sisi(seeds, index):
    for query in ("Sissi", "Sisi", "El-Sisi", "Sisi's"):
        hits = index.search(query)
        assert hits, query
        assert "El-Sisi" in sentence_of(hits[0], seeds)
        assert texts_of(hits[0], seeds)[0] in ("El-Sisi", "Sisi")


def test_prefix_matches_below_full_word(seeds, index):
    prefix = index.search("Bara")
    full = index.search("Barakat")
    assert [texts_of(h, seeds) for h in prefix] == [["Barakat"], ["Barakat"]]
    assert prefix[0].score < full[0].score == 100
    typed = index.search("Palestinian Auth")
    assert all("Palestinian Authority" in sentence_of(h, seeds) for h in typed[:3])


def test_case_and_punctuation_of_query_do_not_matter(index):
    assert index.search("BARAKAT!") == index.search("barakat")
    assert index.search("“Palestinian”  authority,") == index.search("palestinian authority")


def test_search_function_matches_index(seeds, index):
    assert search(seeds, "smuggling tunnels", limit=5) == index.search("smuggling tunnels", limit=5)


@pytest.mark.parametrize("query", ["", "   ", "...", "[/]", "(", "*", ")(*&^%$#@!", "\\", "[bold]x[/bold]", "?*+."])
def test_empty_and_markup_queries_never_raise(index, query):
    hits = index.search(query)
    assert isinstance(hits, tuple)
    if not tokenize(query):
        assert hits == ()


def test_limit_is_respected(index):
    assert len(index.search("Hamas", limit=3)) == 3
    assert index.search("Hamas", limit=0) == ()


def test_seed_hits_are_valid_spans(seeds, index):
    for query in ("Hamas Egypt", "the Rafah crossing", "a", "Sinai", "smugling tunels", "Egypt's", "2015"):
        hits = index.search(query)
        assert hits, query
        assert_valid(hits, seeds)


def test_stopwords_are_highlighted_only_next_to_words(seeds, index):
    hit = index.search("the Palestinian Authority")[0]
    assert texts_of(hit, seeds) == ["the", "Palestinian", "Authority"]
    assert hit.score == 100


# --- ranking on small texts ----------------------------------------------------


def test_exact_phrase_ranked_above_fuzzy():
    articles = (
        make_article("The Palestinan Authorty met on Monday. Officials spoke."),
        make_article("Nobody came. The Palestinian Authority met on Tuesday.", "B"),
    )
    hits = search(articles, "Palestinian Authority")
    assert [(h.article, h.score == 100) for h in hits] == [("B", True), ("A", False)]


def test_adjacent_in_order_ranked_above_scattered_and_reversed():
    text = (
        "Authority envoys met the Palestinian. "
        "Palestinian envoys met the authority. "
        "Nothing here but the Palestinian envoy. "
        "The Palestinian Authority met."
    )
    article = make_article(text)
    hits = search([article], "Palestinian Authority")
    sentences = [sentence_of(h, [article]) for h in hits]
    assert sentences == [
        "The Palestinian Authority met.",
        "Palestinian envoys met the authority.",
        "Authority envoys met the Palestinian.",
    ]  # all words must be in the sentence; in query order beats reversed at the same distance
    assert hits[1].score > hits[2].score


def test_missing_word_falls_back_to_partial_matches():
    article = make_article("Hamas met in Cairo. Egypt said no.")
    hits = search([article], "Hamas Zanzibar")
    assert [sentence_of(h, [article]) for h in hits] == ["Hamas met in Cairo."]
    assert hits[0].score < 70


def test_ties_break_by_article_then_position():
    articles = (make_article("Gaza first. Then Gaza again."), make_article("Gaza in B.", "B"))
    hits = search(articles, "gaza")
    assert [(h.article, h.start) for h in hits] == [("A", 0), ("A", 12), ("B", 0)]


def test_accents_and_case_are_folded():
    article = make_article("Président Sísí met BARAKÁT.")
    hits = search([article], "president sisi")
    assert hits[0].score == 100
    assert texts_of(hits[0], [article]) == ["Président", "Sísí"]
    assert texts_of(search([article], "Barakat")[0], [article]) == ["BARAKÁT"]


def test_short_words_need_exact_or_prefix():
    article = make_article("The cat sat. A cut above.")
    assert [sentence_of(h, [article]) for h in search([article], "cat")] == ["The cat sat."]
    assert max_edits("cat") == 0 and max_edits("barak") == 1 and max_edits("barakat") == 2


def test_words_outside_sentences_are_still_found():
    text = "Headline without stop\n\nBody text here."
    article = make_article(text)
    partial = Article(id="A", path="A.txt", text=text, sentences=(Span(23, 38),))
    hits = search([partial], "headline")
    assert hits and sentence_of(hits[0], [partial]) == "Headline without stop"
    unsegmented = make_article(text, segmented=False)
    assert search([unsegmented], "headline") == search([article], "headline")


def test_core_does_not_import_textual():
    code = "import sys, reader.core.search.index; sys.exit(any(m.startswith('textual') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


# --- properties on arbitrary text ------------------------------------------------

WORDY = st.text(alphabet=st.sampled_from(list("abcdeé É-'’ .,!?\n[]()*/0123ßİ\u0301")), max_size=200)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.text(max_size=300) | WORDY, min_size=1, max_size=3), query=st.text(max_size=40) | WORDY)
def test_search_never_raises_and_spans_are_valid(texts, query):
    articles = tuple(make_article(t, chr(65 + i), segmented=i % 2 == 0) for i, t in enumerate(texts))
    hits = search(articles, query, limit=20)
    assert len(hits) <= 20
    assert_valid(hits, articles)


@settings(max_examples=150, deadline=None)
@given(text=WORDY, pick=st.integers(min_value=0))
def test_any_word_of_the_text_is_found_exactly(text, pick):
    tokens = tokenize(text)
    if not tokens:
        return
    token = tokens[pick % len(tokens)]
    article = make_article(text)
    hits = search([article], text[token.start : token.end], limit=10**6)
    assert hits and hits[0].score == 100
    assert any(span.start < token.end and token.start < span.end for h in hits for span in h.matched)


@settings(max_examples=100, deadline=None)
@given(word=st.text(alphabet="abcdefghijklmnop", min_size=7, max_size=12), cut=st.integers(min_value=0))
def test_one_deleted_letter_still_finds_long_word(word, cut):
    article = make_article(f"Before {word} after.")
    typo = word[: cut % len(word)] + word[cut % len(word) + 1 :]
    hits = search([article], typo)
    assert hits and texts_of(hits[0], [article]) == [word]


@settings(max_examples=150, deadline=None)
@given(text=WORDY, pick=st.integers(min_value=0), size=st.integers(min_value=2, max_value=4))
def test_any_run_of_words_in_a_sentence_scores_100(text, pick, size):
    article = make_article(text)
    runs = []
    for sentence in article.sentences:
        tokens = tokenize(text, sentence.start, sentence.end)
        runs += [tokens[i : i + size] for i in range(len(tokens) - size + 1)]
    runs = [run for run in runs if len({t.norm for t in run}) == size]
    if not runs:
        return
    run = runs[pick % len(runs)]
    hits = search([article], text[run[0].start : run[-1].end], limit=10**6)
    assert hits and hits[0].score == 100
