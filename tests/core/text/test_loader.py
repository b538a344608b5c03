"""Loading articles: formats, metadata, decoding, furniture, and every bad input."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.text import files, loader
from reader.core.text.loader import MAX_FILE_BYTES, article_ids, decode_bytes, load_article, load_articles, split_front_matter

SEEDS = Path(__file__).resolve().parents[3] / "articles"
BODY = "Hamas denied the charge. Egypt insisted on it.\n\nThe talks failed."


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- the seeds ---------------------------------------------------------------------


def test_seed_directory_gives_two_articles_in_name_order():
    a, b = load_articles([SEEDS])
    assert (a.id, b.id) == ("A", "B")
    assert a.path.endswith("000_81b4febf126f0111.txt") and b.path.endswith("001_bd70367996442ec5.txt")


def test_seed_b_caption_and_credit_are_kept_out_of_the_body():
    b = load_articles([SEEDS])[1]
    assert b.caption == "Hamas terrorist in Gaza"
    assert b.credit == "Emad Nassar/Flash 90"
    assert b.text.startswith("A reconciliation attempt between Hamas and Egypt has failed miserably")
    assert "Flash 90" not in b.text


def test_seed_a_has_no_furniture_and_its_text_is_the_file_minus_nothing():
    a = load_articles([SEEDS])[0]
    raw = (SEEDS / "000_81b4febf126f0111.txt").read_text(encoding="utf-8")
    assert a.caption is None and a.credit is None and a.notes == ()
    assert a.text == raw.strip()


def test_caption_ending_with_full_stop_and_its_credit_leave_the_body(tmp_path):
    caption = "Residents gather outside a damaged church in Chala Viejo, on Thursday."
    raw = (
        f"Quake kills four in southern Peru\n\n{caption}\n{caption}Photo: Jorge Vela / Newswire\n"
        "LIMA (Newswire) — A magnitude 6.4 earthquake struck southern Peru on Thursday.\n\nSchools stay shut.\n"
    )
    article = load_article(write(tmp_path / "b.txt", raw), "B")
    assert article.text.startswith("LIMA (Newswire)")
    assert "Jorge Vela" not in article.text and "church" not in article.text
    assert (article.title, article.caption, article.credit) == (
        "Quake kills four in southern Peru",
        caption,
        "Photo: Jorge Vela / Newswire",
    )


def test_seed_sidecars_give_titles():
    a, b = load_articles([SEEDS])
    assert a.title == "Hamas delegation's Cairo visit fails, Egyptian report says"
    assert b.title == "Hamas-Egypt reconciliation attempt fails"


def test_seed_b_non_breaking_spaces_are_normalised():
    b = load_articles([SEEDS])[1]
    assert "\u00a0" not in b.text
    assert "last week,when Egypt accused Hamas of involvement" in b.text
    assert "the two sides carry out" in b.text


def test_loading_never_writes_to_an_article(tmp_path):
    path = write(tmp_path / "a.txt", "Headline here\n\n" + BODY)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_article(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


# --- formats and metadata ----------------------------------------------------------


def test_txt_is_taken_as_given_even_if_it_looks_like_front_matter(tmp_path):
    article = load_article(write(tmp_path / "a.txt", "---\ntitle: x\n---\n" + BODY))
    assert article.title is None
    assert article.text.startswith("---\ntitle: x\n---\nHamas denied")


def test_markdown_front_matter_fields(tmp_path):
    text = (
        "---\ntitle: Talks fail\nsource: Arutz Sheva\ndate: 2016-03-15\nurl: https://example.com/a\n"
        "author: [Ann Lee, Bo Chan]\n---\n" + BODY
    )
    article = load_article(write(tmp_path / "a.md", text))
    assert (article.title, article.source, article.date, article.url, article.author) == (
        "Talks fail",
        "Arutz Sheva",
        "2016-03-15",
        "https://example.com/a",
        "Ann Lee, Bo Chan",
    )
    assert article.text == BODY


def test_markdown_without_front_matter_and_with_crlf_and_bom(tmp_path):
    article = load_article(
        write(tmp_path / "a.md", b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\n" + BODY.encode().replace(b"\n", b"\r\n"))
    )
    assert article.title == "T" and article.text == BODY
    plain = load_article(write(tmp_path / "b.md", BODY))
    assert plain.title is None and plain.text == BODY


def test_empty_front_matter_is_allowed():
    assert split_front_matter("---\n---\nBody.") == ({}, "Body.")
    assert split_front_matter("---\n...\nBody.") == ({}, "Body.")


def test_a_horizontal_rule_is_not_front_matter():
    assert split_front_matter("-----\nBody.") == ({}, "-----\nBody.")


def test_yaml_article(tmp_path):
    text = "title: Talks fail\nsource: Ynet\ndate: 2016-03-15\nbody: |\n  Hamas denied the charge.\n\n  The talks failed.\n"
    for suffix in (".yaml", ".yml"):
        article = load_article(write(tmp_path / f"a{suffix}", text))
        assert (article.title, article.source, article.date) == ("Talks fail", "Ynet", "2016-03-15")
        assert article.text == "Hamas denied the charge.\n\nThe talks failed."
        assert len(article.sentences) == 2


def test_sidecar_gives_metadata_and_is_not_an_article(tmp_path):
    write(tmp_path / "story.txt", BODY)
    write(tmp_path / "story.meta.yaml", "title: From the sidecar\nsource: Ynet\n")
    articles = load_articles([tmp_path])
    assert len(articles) == 1
    assert (articles[0].title, articles[0].source) == ("From the sidecar", "Ynet")


def test_directory_skips_hidden_and_non_article_files(tmp_path):
    write(tmp_path / "b.txt", BODY)
    write(tmp_path / "a.md", BODY)
    write(tmp_path / ".hidden.txt", BODY)
    write(tmp_path / "notes.json", "{}")
    (tmp_path / "sub.txt").mkdir()
    assert [Path(a.path).name for a in load_articles([tmp_path])] == ["a.md", "b.txt"]


def test_headline_becomes_the_title_and_leaves_the_body(tmp_path):
    article = load_article(write(tmp_path / "a.txt", "Hamas talks in Cairo fail\n\n" + BODY))
    assert article.title == "Hamas talks in Cairo fail"
    assert article.text == BODY


def test_markdown_heading_headline_loses_its_hashes_in_the_title(tmp_path):
    article = load_article(write(tmp_path / "a.md", "# Hamas talks fail\n\n" + BODY))
    assert article.title == "Hamas talks fail" and article.text == BODY


def test_a_headline_other_than_the_given_title_stays_in_the_body(tmp_path):
    # Issue 15: with a title already given, a different first line would otherwise appear nowhere.
    article = load_article(write(tmp_path / "a.md", "---\ntitle: Given\n---\nHamas talks fail\n\n" + BODY))
    assert article.title == "Given" and article.text == "Hamas talks fail\n\n" + BODY


def test_a_headline_repeating_the_given_title_leaves_the_body(tmp_path):
    article = load_article(write(tmp_path / "a.md", "---\ntitle: Hamas talks fail\n---\n# Hamas  talks fail\n\n" + BODY))
    assert article.title == "Hamas talks fail" and article.text == BODY


def test_unknown_metadata_fields_are_noted(tmp_path):
    article = load_article(write(tmp_path / "a.md", "---\ntitel: Typo\n---\n" + BODY))
    assert article.title is None
    assert article.notes == ("ignored unknown metadata field(s): titel",)


def test_markup_in_articles_is_data(tmp_path):
    article = load_article(write(tmp_path / "a.txt", "He wrote [bold]this[/] and [link=x]that[/link]."))
    assert article.text == "He wrote [bold]this[/] and [link=x]that[/link]."


def test_article_ids_go_past_z():
    ids = article_ids(28)
    assert ids[:3] == ["A", "B", "C"] and ids[25:] == ["Z", "AA", "AB"]


# --- decoding ----------------------------------------------------------------------


def test_cp1252_fallback_is_noted(tmp_path):
    article = load_article(write(tmp_path / "a.txt", "Caf\u00e9 owners said \u201cno\u201d.".encode("cp1252")))
    assert article.text == "Café owners said “no”."
    assert len(article.notes) == 1 and "cp1252" in article.notes[0] and "byte 3" in article.notes[0]


def test_mostly_utf8_keeps_its_characters_and_marks_bad_bytes(tmp_path):
    raw = "Café “owners” said.".encode() + b" \xff bad."
    article = load_article(write(tmp_path / "a.txt", raw))
    assert article.text == "Café “owners” said. \ufffd bad."
    assert "1 undecodable byte" in article.notes[0]


def test_latin1_when_cp1252_cannot_decode():
    text, notes = decode_bytes(b"Caf\xe9 \x81 x")
    assert text == "Caf\u00e9 \x81 x" and "Latin-1" in notes[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_byte_order_marks(encoding):
    assert decode_bytes("Café said.".encode(encoding)) == ("Café said.", [])


# --- bad input ---------------------------------------------------------------------


def fails(paths, *fragments: str) -> str:
    with pytest.raises(ReaderError) as info:
        load_articles(paths)
    message = str(info.value)
    assert "\n" not in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_missing_file(tmp_path):
    fails([tmp_path / "nope.txt"], "nope.txt", "no such file")


def test_directory_without_articles(tmp_path):
    write(tmp_path / "notes.json", "{}")
    write(tmp_path / "x.meta.yaml", "title: T\n")
    fails([tmp_path], str(tmp_path), "no articles")


def test_directory_passed_as_a_file(tmp_path):
    with pytest.raises(ReaderError, match="is a directory"):
        load_article(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", b"text then \x00 a NUL", bytes(range(1, 32)) * 20],
)
def test_binary_file(tmp_path, content):
    fails([write(tmp_path / "a.txt", content)], "a.txt", "binary")


def test_invalid_utf16_after_a_byte_order_mark(tmp_path):
    fails([write(tmp_path / "a.txt", b"\xff\xfeA")], "a.txt", "UTF-16")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t ", b"\x1b[0m\x07\xe2\x80\x8b\xc2\xa0\n"])
def test_empty_or_invisible_article(tmp_path, content):
    fails([write(tmp_path / "a.txt", content)], "a.txt", "empty")


def test_article_empty_after_furniture_removal(tmp_path):
    fails([write(tmp_path / "a.txt", "Gaza\nGazaEmad Nassar/Flash 90\n")], "a.txt", "caption")


def test_empty_markdown_body(tmp_path):
    fails([write(tmp_path / "a.md", "---\ntitle: T\n---\n\n")], "a.md", "empty")


def test_unclosed_front_matter(tmp_path):
    fails([write(tmp_path / "a.md", "---\ntitle: T\n" + BODY)], "a.md", "never closed", "line 1")


def test_malformed_front_matter_names_the_line(tmp_path):
    fails([write(tmp_path / "a.md", "---\ntitle: ok\nsource: [unclosed\n---\n" + BODY)], "a.md", "front matter", "line 4")


def test_front_matter_that_is_not_fields(tmp_path):
    fails([write(tmp_path / "a.md", "---\njust a sentence\n---\n" + BODY)], "a.md", "lines 2-2")


def test_malformed_yaml(tmp_path):
    fails([write(tmp_path / "a.yaml", "title: [x\nbody: text\n")], "a.yaml", "malformed YAML", "line")


@pytest.mark.parametrize("content", ["body: !!int abc", "[" * 3000, "a: !!python/object:os.system x"])
def test_yaml_that_breaks_the_parser(tmp_path, content):
    fails([write(tmp_path / "a.yaml", content)], "a.yaml", "malformed YAML")


def test_yaml_without_body(tmp_path):
    fails([write(tmp_path / "a.yaml", "title: T\n")], "a.yaml", "no 'body'")


@pytest.mark.parametrize("content", ["body: [a, b]\n", "body: {a: b}\n"])
def test_yaml_body_that_is_not_text(tmp_path, content):
    fails([write(tmp_path / "a.yaml", content)], "a.yaml", "'body' field must be text")


def test_yaml_that_is_not_a_mapping(tmp_path):
    fails([write(tmp_path / "a.yaml", "- one\n- two\n")], "a.yaml", "mapping")


def test_metadata_field_that_is_not_text(tmp_path):
    fails([write(tmp_path / "a.md", "---\ntitle: {a: b}\n---\n" + BODY)], "a.md", "'title' must be text")


def test_malformed_sidecar_is_named(tmp_path):
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / "a.meta.yaml", "title: [x\n")
    fails([tmp_path / "a.txt"], "a.meta.yaml", "malformed metadata")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    message = fails([path], "huge.txt", "5,242,881 bytes")
    assert "the limit is 5,242,880 bytes (5.0 MiB)" in message


def test_file_at_the_size_limit_loads(tmp_path):
    line = b"Hamas denied the charge again.\n"
    path = write(tmp_path / "big.txt", line * (MAX_FILE_BYTES // len(line)))
    assert len(load_article(path).sentences) == MAX_FILE_BYTES // len(line)


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    path = write(tmp_path / "a.txt", BODY)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "open", denied)
    fails([path], "a.txt", "permission denied")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    path.chmod(0)
    fails([path], "a.txt", "permission denied")


def test_unlistable_directory_is_reported(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader.os, "scandir", denied)
    fails([tmp_path], "permission denied")


def _without_hanging(function, *args):
    """Run ``function`` in a daemon thread; fail (rather than hang) if it blocks."""
    outcome: list[BaseException | object] = []

    def run():
        try:
            outcome.append(function(*args))
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=5)
    assert outcome, f"{function.__name__}{args} blocked"
    return outcome[0]


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _without_hanging(load_articles, [fifo])
    assert isinstance(result, ReaderError) and "not a regular file" in str(result)


def test_fifo_in_a_directory_is_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path / "a.txt", BODY)
    result = _without_hanging(load_articles, [tmp_path])
    assert [Path(a.path).name for a in result] == ["a.txt"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_device_is_refused_without_reading(device):
    result = _without_hanging(load_articles, [device])
    assert isinstance(result, ReaderError) and "not a regular file" in str(result)


@pytest.mark.parametrize("name", ["", "bad\x00name.txt"])
def test_invalid_file_names(name):
    fails([name], "")


def test_undecodable_file_name_is_printable(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    message = fails([tmp_path / name], "no such file")
    assert "caf\\xe9.txt" in message
    message.encode("utf-8")  # no lone surrogates in the message


def test_no_articles_given():
    with pytest.raises(ReaderError, match="no articles"):
        load_articles([])
