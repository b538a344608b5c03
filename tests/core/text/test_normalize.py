"""Normalisation rules and scraped-furniture removal, one test per rule."""

from __future__ import annotations

import pytest

from reader.core.text.normalize import normalize_text, strip_furniture


def test_crlf_and_lone_cr_become_newlines():
    assert normalize_text("One.\r\nTwo.\rThree.") == "One.\nTwo.\nThree."


def test_unicode_line_separators_become_newlines():
    assert normalize_text("One.\u2028Two.\u2029Three.\x85Four.") == "One.\nTwo.\nThree.\nFour."


def test_non_breaking_and_other_wide_spaces_become_plain_spaces():
    assert normalize_text("two\u00a0sides carry\u202fout\u2009now\u3000ok") == "two sides carry out now ok"


def test_a_non_breaking_space_beside_a_space_leaves_one_space():
    # seed 001: "the two sides\u00a0 carry out"
    assert normalize_text("two sides\u00a0 carry out") == "two sides carry out"


def test_soft_hyphens_word_joiners_and_byte_order_marks_are_dropped():
    assert normalize_text("El\u00adArish\u2060 Cairo\ufeff") == "ElArish Cairo"


def test_zero_width_joiners_are_text_and_stay():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    devanagari = "\u0915\u094d\u200d\u0937"
    assert normalize_text(f"{family} {persian} {devanagari}") == f"{family} {persian} {devanagari}"


def test_a_zero_width_space_between_words_is_a_word_break_and_dropped_elsewhere():
    assert normalize_text("minister\u200bsaid \u200bso\u200b.") == "minister said so."
    thai = "\u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22"
    assert normalize_text(thai) == "\u0e20\u0e32\u0e29\u0e32 \u0e44\u0e17\u0e22"


def test_bidi_controls_are_dropped():
    assert normalize_text("\u202eHamas\u202c \u200fsaid\u2066 so\u2069") == "Hamas said so"


def test_byte_order_mark_is_dropped():
    assert normalize_text("\ufeffHamas said.") == "Hamas said."


def test_c0_and_c1_controls_are_dropped_but_tab_and_newline_kept_as_space_and_newline():
    assert normalize_text("Ha\x00mas\x07 said\x7f\x80\x9f.\tThen\nmore.") == "Hamas said. Then\nmore."


def test_vertical_tab_and_form_feed_break_lines():
    assert normalize_text("One.\x0bTwo.\x0cThree.") == "One.\nTwo.\nThree."


@pytest.mark.parametrize(
    "raw",
    [
        "\x1b[1;31mHamas\x1b[0m said.",  # CSI colours
        "\x1b]8;;https://example.com\x07Hamas\x1b]8;;\x07 said.",  # OSC 8 hyperlink, BEL-terminated
        "\x1b]0;title\x1b\\Hamas said.",  # OSC, ST-terminated
        "\x1bPq#0;2;0\x1b\\Hamas said.",  # DCS string
        "\x1b(BHamas\x1b7 said.",  # two-byte ESC sequences
        "\x9b31mHamas said.",  # 8-bit CSI
    ],
)
def test_ansi_escape_sequences_are_dropped(raw):
    assert normalize_text(raw) == "Hamas said."


def test_unterminated_osc_does_not_swallow_the_article():
    text = normalize_text("\x1b]0;title Hamas said.\n\nMore text.")
    assert "Hamas said." in text and "More text." in text and "\x1b" not in text


def test_lone_surrogates_are_dropped():
    assert normalize_text("Ha\ud800mas") == "Hamas"


def test_decomposed_accents_are_composed():
    assert normalize_text("Cafe\u0301") == "Café"


def test_markup_like_text_is_kept_verbatim():
    raw = "[bold]Hamas[/] said [link=https://x.y]this[/link] -- “quoted” ‘too’ — fine…"
    assert normalize_text(raw) == raw


def test_space_runs_inside_a_line_collapse_but_indentation_stays():
    assert normalize_text("A  lot   of space\n    indented line") == "A lot of space\n    indented line"


def test_trailing_spaces_and_extra_blank_lines_go():
    assert normalize_text("\n\n  \nOne.   \n\n\n\n\nTwo.  \n\n") == "One.\n\nTwo."


def test_whitespace_and_control_only_text_is_empty():
    assert normalize_text(" \t\r\n\x00\u200b\u00a0\x1b[0m\n") == ""


# --- scraped furniture -------------------------------------------------------------

SEED_B_TOP = (
    "Hamas terrorist in Gaza\nHamas terrorist in GazaEmad Nassar/Flash 90\n\n"
    "A reconciliation attempt between Hamas and Egypt has failed miserably."
)


def test_repeated_caption_with_glued_credit():
    body, furniture = strip_furniture(SEED_B_TOP)
    assert body == "A reconciliation attempt between Hamas and Egypt has failed miserably."
    assert furniture == {"caption": "Hamas terrorist in Gaza", "credit": "Emad Nassar/Flash 90"}


def test_repeated_caption_without_credit():
    body, furniture = strip_furniture("Rafah crossing\nRafah crossing\n\nThe crossing stayed shut.")
    assert body == "The crossing stayed shut."
    assert furniture == {"caption": "Rafah crossing"}


def test_repeated_caption_with_separated_credit():
    body, furniture = strip_furniture("Rafah crossing\nRafah crossing (Photo: Reuters)\n\nThe crossing stayed shut.")
    assert body == "The crossing stayed shut."
    assert furniture == {"caption": "Rafah crossing", "credit": "Photo: Reuters"}


def test_single_caption_line_with_glued_credit():
    body, furniture = strip_furniture("Hamas terrorist in GazaEmad Nassar/Flash 90\n\nThe talks failed.")
    assert body == "The talks failed."
    assert furniture == {"caption": "Hamas terrorist in Gaza", "credit": "Emad Nassar/Flash 90"}


@pytest.mark.parametrize("line", ["Photo: Reuters", "(Photo credit: AFP)", "Picture by John Smith", "Hadas Parush/Flash90"])
def test_standalone_credit_line(line):
    body, furniture = strip_furniture(f"{line}\nThe talks failed in Cairo.")
    assert body == "The talks failed in Cairo."
    assert furniture == {"credit": line.strip("()")}


def test_headline_is_a_short_line_followed_by_a_blank_line():
    body, furniture = strip_furniture("Hamas-Egypt reconciliation attempt fails\n\nThe talks failed.")
    assert body == "The talks failed."
    assert furniture == {"headline": "Hamas-Egypt reconciliation attempt fails"}


def test_a_question_stays_in_the_body_but_the_furniture_under_it_goes():
    # Issue 15: a headline is a short line without sentence-final punctuation; when in doubt, body.
    text = "Is Hamas out of friends?\n\nGaza border\nGaza borderAbir Sultan/Flash 90\n\nThe talks failed."
    body, furniture = strip_furniture(text)
    assert body == "Is Hamas out of friends?\n\nThe talks failed."
    assert furniture == {"caption": "Gaza border", "credit": "Abir Sultan/Flash 90"}


@pytest.mark.parametrize(
    "first", ["Is the new bridge safe?", "New bridge opens!", "新しい橋が開通。", "नया पुल खुला।", "A new bridge…"]
)
def test_a_short_first_paragraph_ending_like_a_sentence_is_not_a_headline(first):
    text = f"{first}\n\nThe bridge opened on Monday."
    assert strip_furniture(text) == (text, {})


@pytest.mark.parametrize(
    "text",
    [
        "A delegation of senior Hamas members failed to achieve its objective.\n\nMore text.",  # a sentence
        "Short first line\nwith a hard wrap and no blank line.",  # not followed by a blank line
        "Trump/Clinton debate recap\nThe debate was long.",  # a slash but no agency: not a credit
        "A\nA reconciliation attempt failed.",  # second line starts with the first, but is prose
        "Gaza\nGaza is a strip of land.",
        "Only one line",
    ],
)
def test_prose_is_not_furniture(text):
    assert strip_furniture(text) == (text, {})


def test_slash_headline_followed_by_blank_is_a_headline_not_a_credit():
    body, furniture = strip_furniture("Trump/Clinton debate recap\n\nThe debate was long.")
    assert furniture == {"headline": "Trump/Clinton debate recap"}


def test_furniture_only_leaves_an_empty_body():
    assert strip_furniture("Rafah crossing\nRafah crossingEmad Nassar/Flash 90") == (
        "",
        {"caption": "Rafah crossing", "credit": "Emad Nassar/Flash 90"},
    )


def test_headline_with_nothing_after_is_kept_as_body():
    assert strip_furniture("Hamas talks fail") == ("Hamas talks fail", {})


# A caption that ends with a full stop is furniture when its repeat carries a credit.
@pytest.mark.parametrize(
    "second, credit",
    [
        ("Residents outside a damaged church.Photo: Jorge Vela / Newswire", "Photo: Jorge Vela / Newswire"),
        ("Residents outside a damaged church. Jorge Vela / Newswire", "Jorge Vela / Newswire"),
        ("Residents outside a damaged church.Jorge Vela/Newswire", "Jorge Vela/Newswire"),
        ("Residents outside a damaged church. (Photo: AFP)", "Photo: AFP"),
    ],
)
def test_caption_ending_with_full_stop_and_credit_is_furniture(second, credit):
    caption = "Residents outside a damaged church."
    body, furniture = strip_furniture(f"{caption}\n{second}\nLIMA — A quake struck southern Peru.")
    assert body == "LIMA — A quake struck southern Peru."
    assert furniture == {"caption": caption, "credit": credit}


@pytest.mark.parametrize(
    "text",
    [
        "We shall overcome.\nWe shall overcome.\n\nThe march went on.",  # a refrain: no credit after the repeat
        "Gaza is hot.\nGaza is hot.And so the day went on.\n\nThe march went on.",  # prose after the repeat
        "Gaza is hot.\nGaza is hot. The talks failed in Cairo.",
    ],
)
def test_repeated_sentence_without_credit_is_prose(text):
    assert strip_furniture(text) == (text, {})
