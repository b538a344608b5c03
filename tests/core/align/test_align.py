"""Alignment: seed claims, offsets, labelling, moves, clusters, edge cases, fixtures."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.align.matches import align
from reader.core.model import Article, Match, Span
from reader.core.text.build import article_from_text
from reader.core.text.loader import load_articles

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_align  # noqa: E402


def make_article(article_id: str, text: str) -> Article:
    return article_from_text(text, article_id)


@pytest.fixture(scope="module")
def seeds() -> tuple[Article, Article]:
    a, b = load_articles([ROOT / "articles"])
    return a, b


@pytest.fixture(scope="module")
def seed_matches(seeds) -> tuple[Match, ...]:
    matches, clusters = align(seeds)
    assert clusters == ()
    return matches


def sentence_with(article: Article, snippet: str):
    found = [s for s in article.sentences if snippet in article.slice(s)]
    assert len(found) == 1, snippet
    return found[0]


def matched_together(matches, a: Article, a_snippet: str, b: Article, b_snippet: str) -> bool:
    sa, sb = sentence_with(a, a_snippet), sentence_with(b, b_snippet)
    return any(m.a.span.contains(sa) and m.b.span.contains(sb) for m in matches)


def assert_spans_valid(articles, matches) -> None:
    texts = {a.id: a.text for a in articles}
    order = [a.id for a in articles]
    for match in matches:
        assert order.index(match.a.article) < order.index(match.b.article)
        assert 0 <= match.a.start < match.a.end <= len(texts[match.a.article])
        assert 0 <= match.b.start < match.b.end <= len(texts[match.b.article])
        assert 0 <= match.score <= 100
        assert match.kind in ("verbatim", "paraphrase")
        for run in match.shared:
            assert match.a.span.contains(run.a) and match.b.span.contains(run.b)
            assert len(run.a) > 0 and len(run.b) > 0
            # A run starts and ends on a word, never mid-word or on a space; a word's last letter may carry a
            # combining mark ("1\u0300"), which belongs to the word.
            last = texts[match.b.article][run.b.end - 1]
            assert texts[match.a.article][run.a.start].isalnum()
            assert last.isalnum() or unicodedata.category(last).startswith("M")


# --- the seed pair -----------------------------------------------------------------

SEED_CLAIMS = [
    ("A delegation of senior Hamas members", "A reconciliation attempt between Hamas and Egypt"),
    ("The Al-Ahram media outlet reported", "Egyptian journalist Ashraf Abu Al-Houl said"),
    ("According to the report, Egyptian authorities presented", "According to Al-Houl, the Egyptian authorities presented"),
    ("The report said that Egypt views the Palestinian Authority", "Al-Houl further said"),
]


@pytest.mark.parametrize("a_snippet, b_snippet", SEED_CLAIMS)
def test_seed_claims_are_matched(seeds, seed_matches, a_snippet, b_snippet):
    a, b = seeds
    assert matched_together(seed_matches, a, a_snippet, b, b_snippet)


UNRELATED_A = ["Hopes by Hamas's political wing", "The Saudis, which provide", "Iran, for its part"]
UNRELATED_B = ["The latest example of this came", "Barakat was killed in June", "Egypt began creating a wide buffer zone"]


def test_unrelated_seed_sentences_are_not_matched(seeds, seed_matches):
    a, b = seeds
    for snippet in UNRELATED_A:
        sentence = sentence_with(a, snippet)
        assert not any(m.a.span.overlaps(sentence) for m in seed_matches), snippet
    for snippet in UNRELATED_B:
        sentence = sentence_with(b, snippet)
        assert not any(m.b.span.overlaps(sentence) for m in seed_matches), snippet


def test_seed_matches_are_paraphrases_with_shared_runs(seeds, seed_matches):
    a, b = seeds
    assert_spans_valid(seeds, seed_matches)
    assert [m.id for m in seed_matches] == [f"m{k}" for k in range(1, len(seed_matches) + 1)]
    assert [m.a.start for m in seed_matches] == sorted(m.a.start for m in seed_matches)
    evidence = next(m for m in seed_matches if "presented" in a.text[m.a.start : m.a.end])
    assert evidence.kind == "paraphrase"
    shared = {a.slice(run.a) for run in evidence.shared}
    assert "joint investigation" in " ".join(shared)
    for run in evidence.shared:
        # Both sides of a shared run read the same words, up to case and punctuation.
        assert a.slice(run.a).split()[0].lower().strip('"') == b.slice(run.b).split()[0].lower().strip('"')


# --- labelling, moves, merging -----------------------------------------------------

STORY = [
    "The city council approved a new budget for public libraries on Monday evening after a long debate.",
    "Officials said the extra money would pay for longer opening hours and new computers in every branch.",
    "Several residents spoke in favour of the plan, praising the librarians for their work during the pandemic.",
    "The mayor promised that a second review of the building program would follow early next spring.",
    "Critics argued that the cost of the program had not been explained to taxpayers in enough detail.",
]


def test_identical_sentences_are_verbatim_and_score_100():
    a = make_article("A", " ".join(STORY))
    b = make_article("B", " ".join(STORY))
    matches, _ = align([a, b])
    # Matches in step merge into passages of up to three sentences a side (`passes.merge`).
    assert len(matches) == 2
    assert all(m.kind == "verbatim" and m.score == 100 for m in matches)
    assert all(a.text[m.a.start : m.a.end] == b.text[m.b.start : m.b.end] for m in matches)
    for m in matches:
        # One run from the first word to the last (the full stop is not a word).
        assert len(m.shared) == 1 and m.shared[0].a == Span(m.a.start, m.a.end - 1)


def test_light_edit_is_verbatim_and_rewrite_is_paraphrase():
    a = make_article("A", "The city council approved a new budget for public libraries on Monday evening after a long debate.")
    light = make_article("B", "The city council approved a new budget for public libraries on Monday night after a long debate.")
    rewrite = make_article(
        "C", "After lengthy discussion on Monday, councillors backed fresh funding for the public library budget."
    )
    (verbatim,), _ = align([a, light])
    assert verbatim.kind == "verbatim"
    (paraphrase,), _ = align([a, make_article("B", rewrite.text)])
    assert paraphrase.kind == "paraphrase" and paraphrase.score < verbatim.score


def test_moved_passages_are_found():
    a = make_article("A", "\n\n".join(STORY))
    b = make_article("B", "\n\n".join(reversed(STORY)))
    matches, _ = align([a, b])
    pairs = {(a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end]) for m in matches}
    assert pairs == {(s, s) for s in STORY}


def test_swapped_clauses_share_both_runs():
    a = make_article(
        "A", "Rescue teams reached the flooded village of Borvik on Sunday, the regional governor said on television."
    )
    b = make_article("B", "The regional governor said on television that rescue teams reached the flooded village of Borvik.")
    (match,), _ = align([a, b])
    shared = sorted(a.slice(run.a) for run in match.shared)
    assert "the regional governor said on television" in [s.lower() for s in shared]
    assert any(s.lower().startswith("rescue teams reached the flooded village") for s in shared)


def test_one_long_sentence_matches_two_short_ones():
    a = make_article(
        "A",
        "Power and water supplies were cut in parts of the province, and a section of the main highway to "
        "the coast was closed after a landslide. Schools will reopen on Monday.",
    )
    b = make_article(
        "B",
        "Electricity and water supplies were cut off in parts of the province. A landslide closed a section "
        "of the main highway to the coast. Football fans gathered in the square.",
    )
    (match,), _ = align([a, b])
    assert b.text[match.b.start : match.b.end].startswith("Electricity")
    assert b.text[match.b.start : match.b.end].endswith("to the coast.")


# --- three articles ----------------------------------------------------------------


def test_three_articles_form_clusters(seeds):
    a, b = seeds
    paragraphs = a.text.split("\n\n")
    c = make_article("C", "\n\n".join(reversed(paragraphs)))
    matches, clusters = align([a, b, c])
    assert_spans_valid([a, b, c], matches)
    assert clusters and all(m.cluster is not None for m in matches)
    assert [c.id for c in clusters] == [f"c{k}" for k in range(1, len(clusters) + 1)]
    evidence = sentence_with(a, "According to the report, Egyptian authorities")
    cluster = next(cl for cl in clusters if any(p.article == "A" and p.span.contains(evidence) for p in cl.members))
    assert cluster.article_count == 3
    for match in matches:
        members = next(cl for cl in clusters if cl.id == match.cluster).members
        for side in (match.a, match.b):
            assert any(p.article == side.article and p.span.contains(side.span) for p in members)


def test_two_articles_have_no_clusters(seeds):
    matches, clusters = align(seeds)
    assert clusters == () and all(m.cluster is None for m in matches)


# --- edge cases --------------------------------------------------------------------


def test_empty_single_and_one_sentence_inputs():
    assert align([]) == ((), ())
    one = make_article("A", STORY[0])
    assert align([one]) == ((), ())
    empty = Article(id="B", path="b", text="")
    assert align([one, empty]) == ((), ())
    (match,), _ = align([one, make_article("B", STORY[0])])
    assert match.kind == "verbatim"


def test_article_without_segmentation_is_segmented():
    a = Article(id="A", path="a", text=" ".join(STORY))
    b = Article(id="B", path="b", text=" ".join(reversed(STORY)))
    matches, _ = align([a, b])
    assert len(matches) == len(STORY)


WORDS = st.sampled_from(
    "the council said hamas egypt rafah port strike union 1,200 Ünïcode naïve café 40 percent , . ! ? \" ' - \n \n\n".split(" ")
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=80).map(" ".join),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXTS, min_size=2, max_size=3))
@example(["00:1", "00:1\u0300"])  # a shared run ending on a combining mark (found by hypothesis)
def test_align_never_raises_and_spans_are_valid(texts):
    articles = [make_article(chr(65 + k), text) for k, text in enumerate(texts)]
    matches, clusters = align(articles)
    assert_spans_valid(articles, matches)
    if len(articles) < 3:
        assert clusters == ()
    for cluster in clusters:
        for member in cluster.members:
            assert 0 <= member.start < member.end <= len(articles[ord(member.article) - 65].text)


# --- hand-annotated pairs ----------------------------------------------------------


@pytest.fixture(scope="module")
def pair_results():
    return eval_align.evaluate_all()


def test_fixture_pairs_precision_and_recall(pair_results):
    assert len(pair_results) >= 4
    matches = sum(r.matches for r in pair_results)
    correct = sum(r.correct for r in pair_results)
    gold = sum(r.gold for r in pair_results)
    found = sum(r.found for r in pair_results)
    assert correct / matches >= 0.8
    assert found / gold >= 0.8


def test_syndicated_copies_are_mostly_inside_matches(pair_results):
    syndicated = [r for r in pair_results if r.kind == "syndicated"]
    assert syndicated
    for result in syndicated:
        assert result.coverage_a >= 0.85 and result.coverage_b >= 0.85, result


def test_fixture_matches_slice_their_texts():
    for directory in sorted(eval_align.PAIRS.iterdir()):
        articles = load_articles([directory / "a.txt", directory / "b.txt"])
        matches, _ = align(articles)
        assert_spans_valid(articles, matches)


def test_a_sentence_without_punctuation_is_aligned_in_pieces():
    words = [f"word{k}" for k in range(600)]
    a = make_article("A", " ".join(words))
    b = make_article("B", " ".join(["intro"] * 3 + words[:300]))
    matches, _ = align([a, b])
    assert matches and all(m.a.end - m.a.start <= 3 * 1500 for m in matches)
    assert all(a.text[m.a.start : m.a.end].split()[0].startswith("word") for m in matches)


def test_a_repeated_title_pairs_only_with_a_heading_or_a_near_copy():
    a = make_article(
        "A",
        "Council backs new budget for city libraries\n\n"
        "Council backs new budget for city libraries\n\n"
        "The mayor said the vote came after a debate that lasted until midnight on Monday.",
    )
    b = make_article(
        "B",
        "Libraries in the city will get a new budget after the council vote, officials said on Tuesday.\n\n"
        "Opponents said the plan ignored the cost of heating the old branch buildings.",
    )
    matches, _ = align([a, b])
    assert not any(m.a.start < a.text.index("The mayor") for m in matches)
