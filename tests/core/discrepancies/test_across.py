"""Whom each article credits for one claim, when the alignment left the two sentences unpaired."""

from __future__ import annotations

from reader.core.discrepancies import find_discrepancies
from reader.core.discrepancies.across import claim_stems, same_claim
from reader.core.discrepancies.common import Side, stem
from reader.core.model import Analysis, Attribution, Passage, Span
from reader.core.text.build import article_from_text

SHARED = "The city council voted on Monday to close the old harbour bridge for repairs."
A = (
    f"{SHARED}\n\n"
    "The inspection report said that the bridge had unsafe steel cables and cracked concrete pillars.\n\n"
    "Repairs will take two years, Mayor Ana Ruiz said."
)
B = (
    f"{SHARED}\n\n"
    "Engineers found cracked pillars and unsafe cables on the bridge last spring, a city official said.\n\n"
    "Drivers will need to use the ferry for a while."
)


def shared_sentence_only(analysis: Analysis) -> list[tuple[str, str, str, str]]:
    """The attribution discrepancies when only the shared first sentences are matched (as if the alignment had
    left the claim's sentences unpaired, as it does with real reports written differently)."""
    first = [m for m in analysis.matches if analysis.text_of(m.a).startswith("The city council")]
    found = find_discrepancies(analysis.articles, first, analysis.actors, analysis.attributions)
    return [(analysis.text_of(d.a), analysis.text_of(d.b), d.detail, d.place) for d in found if d.kind == "attribution"]


def test_one_claim_credited_to_a_report_and_to_an_unnamed_official(analyse):
    ((a, b, detail, place),) = shared_sentence_only(analyse(A, B))
    assert "report said" in a and "official said" in b
    assert (detail, place) == ("document vs anonymous", "elsewhere")


def test_sentences_sharing_only_the_story_topic_are_not_one_claim(analyse):
    # Both speak of the bridge, but say different things about it: no shared claim, no discrepancy.
    other = B.replace(
        "Engineers found cracked pillars and unsafe cables on the bridge last spring",
        "The bridge carried more traffic than any other road in the region",
    )
    assert shared_sentence_only(analyse(A, other)) == []


def test_the_same_source_on_both_sides_is_no_discrepancy(analyse):
    same = B.replace("a city official said", "the inspection report said")
    assert shared_sentence_only(analyse(A, same)) == []


def test_the_word_test_of_a_credit_against_the_other_side():
    def side(text: str, name: str) -> Side:
        article = article_from_text(text, name, f"{name}.txt")
        return Side(article, Passage(name, 0, len(text)))

    said = "Ana Silva said Varga won among farming voters during the Ohio caucus on Tuesday."
    content = Span(said.index("Varga"), len(said) - 1)
    credit = Attribution("t1", "B", Span(10, 14), content, "indirect", False, Span(0, 9))
    holds = same_claim(claim_stems({}))
    assert holds(side(said, "B"), credit, side("Varga did well with farming voters in the Ohio caucuses on Tuesday.", "A"))
    assert not holds(side(said, "B"), credit, side("Varga did well in Ohio on Tuesday.", "A"))  # too few words
    dated = said.replace("on Tuesday", "in 2014")
    credit_2014 = Attribution("t1", "B", Span(10, 14), Span(content.start, len(dated) - 1), "indirect", False, Span(0, 9))
    # A figure the other side does not give: another claim, however many words the two share.
    assert not holds(side(dated, "B"), credit_2014, side("Varga did well with farming voters in the Ohio caucus in 2012.", "A"))


def test_a_stem_pairs_a_plural_with_its_singular():
    assert stem("caucuses") == stem("caucus") == "caucus"
    assert stem("companies") == stem("company") == "company"
    assert stem("discussed") == stem("discuss") and stem("crisis") == "crisis"
