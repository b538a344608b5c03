"""What the articles of one `extract_all_attributions` call share: `source_before`'s answers by window."""

from __future__ import annotations

import pytest

import reader.core.attributions.sources as sources
from reader.core.attributions import extract_all_attributions, extract_attributions
from reader.core.attributions.forms.claim_before_cue import joined_after_quote
from reader.core.model import Span
from reader.core.text.build import article_from_text

_SHARED = 'Foreign Minister Olga Vance said the talks had failed. "We are done," the spokesman told reporters.'


def test_a_window_read_in_one_article_is_not_read_again_in_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    first = article_from_text(_SHARED, "A")
    second = article_from_text("Overnight, rain fell. " + _SHARED, "B")
    alone = extract_attributions(first) + extract_attributions(second)
    windows: list[str] = []
    read = sources._subject_in

    def counted(text: str, cut: bool, verbs: object) -> object:
        windows.append(text)
        return read(text, cut, verbs)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "_subject_in", counted)
    together = extract_all_attributions([first, second])
    assert together == alone  # the same attributions, ids and all
    assert len(together) == 4
    assert len(windows) == len(set(windows)) == 2  # "Foreign Minister Olga Vance", "the spokesman": read once each


@pytest.mark.parametrize("mark", [",", "?", "!"])
def test_a_source_joins_the_words_after_a_closing_quotation_whatever_closes_it(mark: str) -> None:
    text = f'"We are done{mark}" his friend Mahamat Oumar told reporters.'
    source = Span(text.index("Mahamat"), text.index(" told"))
    assert joined_after_quote(text, Span(0, len(text)), source) == Span(text.index("his"), source.end)
    plain = "And then his friend Mahamat Oumar told reporters."
    alone = Span(plain.index("Mahamat"), plain.index(" told"))
    assert joined_after_quote(plain, Span(0, len(plain)), alone) == alone  # no mark before: nothing to join
