"""`align_score.article_stems` reads words with the tokenizer's pattern directly (for speed):
it must give exactly the stems of `tokens.content_words(tokens.tokenize(...))`."""

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import segment
from reader.align_score import STEM_LENGTH, article_stems
from reader.model import Article
from reader.tokens import content_words, tokenize

WORDISH = st.text(
    alphabet=st.sampled_from(list("aAéÉ zZ'’-.,;:!?\"\n0123456789_ßİıﬁ\u0301\u05b0\u0627\u064e")), max_size=300
)


def _article(text: str) -> Article:
    paragraphs = segment.paragraphs(text)
    return Article(id="A", path="a.txt", text=text, paragraphs=paragraphs, sentences=segment.sentences(text, paragraphs))


def _expected(article: Article) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(t.norm[:STEM_LENGTH] for t in content_words(tokenize(article.text, s.start, s.end)))
        for s in article.sentences
    )


@settings(max_examples=200, deadline=None)
@given(WORDISH)
def test_stems_equal_the_tokenizer_content_words(text: str) -> None:
    article = _article(text)
    assert article_stems(article, article.sentences).stems == _expected(article)


def test_stems_of_a_news_sentence() -> None:
    article = _article("Egypt’s foreign minister said the U.S.A. had paid 1,688.5 dollars. Al-Houl's café reopened.")
    stems = article_stems(article, article.sentences)
    assert stems.stems == _expected(article)
    assert stems.stems[0][:3] == ("egypt", "forei", "minis")
    assert "cafe" in stems.stems[1]
