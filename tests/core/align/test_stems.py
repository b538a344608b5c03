"""`reader.core.align.stems.article_stems` reads words with the tokenizer's pattern directly and skips the
rewrite for most sentences (for speed): it must give exactly the stems of the tokenizer's words
put through the full `align_terms.rewrite`, on any text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.stems import STEM_LENGTH, article_stems
from reader.core.align.terms import is_content, rewrite, stem
from reader.core.lexicons.paraphrases import NO_PARAPHRASES, Paraphrases, load_paraphrases
from reader.core.model import Article
from reader.core.text.build import article_from_text
from reader.core.text.tokens import tokenize

WORDISH = st.text(alphabet=st.sampled_from(list("aAéÉ zZ'’-.,;:!?\"\n0123456789_ßİıﬁ\u0301\u05b0\u0627\u064e")), max_size=300)
# Words that trigger every kind of rewrite, mixed with noise.
NEWSY = st.lists(
    st.sampled_from(
        "five Five 30 million euros €30m per cent 25% laid off sacked staff The Nordic Pilots Association NPA "
        "end's 1,688.5 6.5-kilometre . , x".split()
    ),
    max_size=40,
).map(" ".join)


def _article(text: str) -> Article:
    return article_from_text(text, "A", path="a.txt")


def _expected(article: Article, paraphrases: Paraphrases) -> tuple[tuple[str, ...], ...]:
    result = []
    for span in article.sentences:
        tokens = tokenize(article.text, span.start, span.end)
        _, terms = rewrite([article.text[t.start : t.end] for t in tokens], [t.norm for t in tokens], paraphrases)
        result.append(tuple(stem(t, STEM_LENGTH) for t in terms if is_content(t)))
    return tuple(result)


@settings(max_examples=200, deadline=None)
@given(WORDISH)
def test_stems_equal_the_full_rewrite_of_the_tokenizer_words(text: str) -> None:
    article = _article(text)
    assert article_stems(article, article.sentences).stems == _expected(article, NO_PARAPHRASES)


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_fast_paths_agree_with_the_full_rewrite_on_news_words(text: str) -> None:
    article = _article(text)
    paraphrases = load_paraphrases().with_acronyms({("nordic", "pilots", "association"): "npa"})
    assert article_stems(article, article.sentences, paraphrases).stems == _expected(article, paraphrases)


def test_stems_of_a_news_sentence() -> None:
    article = _article("Egypt’s foreign minister said the U.S.A. had paid 1,688.5 dollars. Al-Houl's café reopened.")
    stems = article_stems(article, article.sentences)
    assert stems.stems == _expected(article, NO_PARAPHRASES)
    assert stems.stems[0][:3] == ("egypt", "forei", "minis")
    assert "1688.5" in stems.stems[0]  # a number stays whole
    assert "cafe" in stems.stems[1]


def test_a_headline_in_title_case_is_a_heading_however_it_ends():
    text = (
        "Did The Senator Cross The Line With Her Comments?\n\n"
        "The senator spoke on Sunday. She Said It Again.\n\n"
        "God Help Us.\n\nA Quiet Town Waits For News"
    )
    article = article_from_text(text, "A")
    stems = article_stems(article, article.sentences)
    assert [text[article.sentences[k].start : article.sentences[k].end] for k in sorted(stems.headings)] == [
        "Did The Senator Cross The Line With Her Comments?",
        "A Quiet Town Waits For News",
    ]


def test_a_headline_in_capitals_throughout_is_a_heading_too():
    # weights.mostly_capitalised's share, counted with words in capitals as capitalised (a name
    # run does not count them): "NATO AND EU ..." is a headline even though it ends with "?".
    text = "NATO AND EU LEADERS MEET IN PARIS?\n\nThe leaders met on Sunday."
    article = article_from_text(text, "A")
    stems = article_stems(article, article.sentences)
    assert stems.headings == frozenset({0})
