"""What alignment compares (reader/align_terms.py): quantities, acronyms and common
paraphrases become one term each, and the paraphrase list is user-extendable YAML."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.matches import align
from reader.core.align.stems import article_stems
from reader.core.align.terms import acronym_expansions, acronyms_in, rewrite
from reader.core.errors import ReaderError
from reader.core.lexicons.paraphrases import NO_PARAPHRASES, load_paraphrases
from reader.core.text.tokens import fold, words
from tests.core.align.test_weights import make_article


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def terms(sentence: str, paraphrases=None) -> list[str]:
    raw = words(sentence)
    return rewrite(raw, [fold(w) for w in raw], paraphrases or load_paraphrases())[1]


@pytest.mark.parametrize(
    "written",
    ["30 million euros", "€30 million", "€30m", "30m euros", "30,000,000 euros", "thirty million euros"],
)
def test_one_amount_written_six_ways_is_one_term(written):
    assert terms(f"losing {written} a day") == ["losing", "30000000", "a", "day"]


def test_counts_percentages_and_units():
    assert terms("over five years") == terms("over 5 years") == ["over", "5", "years"]
    assert terms("25 percent") == terms("25%") == terms("25 per cent") == ["25"]
    assert terms("a $1.2bn deal") == ["a", "1200000000", "agreement"]
    assert terms("a 6.5-kilometre line") == ["a", "6.5", "kilometre", "line"]


def test_scores_ranges_ages_ordinals_and_compound_number_words():
    # "to" is a stopword: both give the stems "passed", "134", "63".
    assert terms("passed 134-to-63") == ["passed", "134", "63"] and terms("passed 134 to 63") == ["passed", "134", "to", "63"]
    assert terms("a 396-9 vote") == ["a", "396", "9", "vote"]
    assert terms("from 2006-2012") == ["from", "2006", "2012"]
    assert terms("the 76-year-old leader") == ["the", "76", "year-old", "leader"]
    assert terms("an eighth term") == terms("an 8th term") == ["an", "8th", "term"]
    # Odds in one word: "one-in-three" is "1-in-3", one term, apart from "one in three".
    assert terms("a one-in-three chance") == terms("a 1-in-3 chance") == ["a", "1-in-3", "chance"]
    assert terms("one in three") == ["1", "in", "3"]


def test_negative_contractions_are_their_negation():
    assert terms("Mexico won't pay") == terms("Mexico won’t pay") == ["mexico", "not", "pay"]
    assert terms("he doesn't know") == ["he", "not", "know"]
    assert terms("twenty-five seats") == terms("25 seats") == ["25", "seats"]


def test_paraphrase_groups_become_their_first_form():
    assert terms("would not lay off any staff") == ["would", "not", "dismiss", "any", "employee"]
    assert terms("no employee would be sacked") == ["no", "employee", "would", "be", "dismiss"]
    # Matching is by whole listed forms only: no guessed morphology.
    assert terms("the staffing agency") == ["the", "staffing", "agency"]


def test_acronyms_pair_with_capitalised_runs_that_spell_them():
    texts = ["The Nordic Pilots Association (NPA) met the Bank of Norway.", "The BoN and NPA agreed."]
    assert acronym_expansions(texts) == {("nordic", "pilots", "association"): "npa"}
    assert acronyms_in("ROTTERDAM, McDONALD and the EU") == {"EU"}
    # Without the acronym anywhere, a run is left alone.
    assert acronym_expansions(["The Nordic Pilots Association met."]) == {}


def test_an_acronym_and_its_expansion_share_one_full_weight_stem():
    a = make_article("A", "The Federal Grain Board accused the ministry of hiding export figures.")
    b = make_article("B", "The FGB accused the ministry of hiding its export numbers.")
    paraphrases = load_paraphrases().with_acronyms(acronym_expansions([a.text, b.text]))
    stems_a, stems_b = article_stems(a, a.sentences, paraphrases), article_stems(b, b.sentences, paraphrases)
    assert "fgb" in stems_a.sets[0] and "feder" not in stems_a.sets[0]
    assert stems_a.weights(0)["fgb"] == stems_b.weights(0)["fgb"] == 1.0


def test_paraphrases_raise_the_score_of_a_real_paraphrase():
    a = make_article(
        "A",
        "The airline said no permanent employee would be dismissed and that the new fleet would be phased in over five years.",
    )
    b = make_article(
        "B",
        "In a statement, the carrier said it would not lay off any permanent staff and that "
        "the new fleet would be introduced over 5 years.",
    )
    (with_list,), _ = align([a, b])
    (without,), _ = align([a, b], paraphrases=NO_PARAPHRASES)
    assert with_list.score > without.score + 15


def test_unrelated_sentences_sharing_an_amount_stay_apart():
    a = make_article("A", "The stadium roof will cost 40 million euros, the club said.")
    b = make_article("B", "Flood damage in the valley reached €40 million after the storm, insurers estimated.")
    assert align([a, b]) == ((), ())


def test_a_user_file_adds_groups(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("groups:\n  - [tram, streetcar, streetcars]\nunits: [km]\n", encoding="utf-8")
    paraphrases = load_paraphrases(user)
    assert terms("two streetcars ran 3 km", paraphrases) == ["2", "tram", "ran", "3"]
    assert terms("laid off", paraphrases) == ["dismiss"]  # the packaged groups stay


def test_the_user_config_file_is_read(tmp_path, monkeypatch):
    config = tmp_path / "xdg"
    (config / "reader").mkdir(parents=True)
    (config / "reader" / "paraphrases.yaml").write_text("groups: [[ferry, boat]]\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert terms("the boat") == ["the", "ferry"]


@pytest.mark.parametrize(
    "content",
    ["groups: [tram, streetcar]\n", "groups: {a: b}\n", "- just a list\n", "units: [[per, cent]]\n", "groups: [[\n"],
)
def test_a_malformed_user_file_is_a_one_line_reader_error(tmp_path, content):
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ReaderError) as error:
        load_paraphrases(user)
    assert "\n" not in str(error.value) and "bad.yaml" in str(error.value)


def test_the_packaged_list_loads_and_is_small():
    paraphrases = load_paraphrases()
    assert 50 < len(paraphrases.phrases) < 400
    assert ("laid", "off") in paraphrases.phrases


TEXTISH = st.lists(
    st.sampled_from(list("aA1 0.,-'’€%$mbn\n") + ["NPA", "Nordic Pilots ", "five ", "per cent ", "laid off "]),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTISH)
def test_rewriting_arbitrary_text_never_fails_and_keeps_sides_parallel(text):
    raw = words(text)
    paraphrases = load_paraphrases().with_acronyms(acronym_expansions([text]))
    out_raw, out_folded = rewrite(raw, [fold(w) for w in raw], paraphrases)
    assert len(out_raw) == len(out_folded) <= 2 * len(raw)
    assert all(out_folded)


@settings(max_examples=100, deadline=None)
@given(TEXTISH, TEXTISH)
def test_alignment_with_terms_never_fails_on_arbitrary_text(text_a, text_b):
    matches, _ = align([make_article("A", text_a), make_article("B", text_b)])
    for match in matches:
        assert match.score >= 0 and match.a.start < match.a.end


def test_a_trial_phase_in_roman_numerals_words_or_figures_is_one_term():
    forms = ["It enters a Phase III trial in July.", "It enters a phase three trial in July.", "It enters a phase 3 trial."]
    article = make_article("A", " ".join(forms))
    stems = article_stems(article, article.sentences, load_paraphrases())
    assert all("3 phase" in sentence for sentence in stems.sets)
    moon = make_article("B", "The next phase of the moon is full.")
    assert "3 phase" not in article_stems(moon, moon.sentences, load_paraphrases()).sets[0]
