"""Saved web pages and standard input as articles; outlet names; sidecars among globbed files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.model import Article
from reader.core.text.html import decode_html, extract_page, looks_like_html, meta_charset
from reader.core.text.loader import load_article, load_articles, load_stdin
from tests.core.text.web_pages import COASTAL, GAZETTE, JS_ONLY, LATIN1, STORY_SENTENCES


def write(path: Path, content: str | bytes) -> Path:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_a_saved_page_is_its_story(tmp_path):
    article = load_article(write(tmp_path / "gazette.html", GAZETTE))
    assert article.display_name == "The Harbour Gazette"
    assert article.title == "Valmora dock strike ends after pay deal"
    assert article.url == "https://harbourgazette.example/news/valmora-strike-ends"  # the page's canonical link
    for sentence in STORY_SENTENCES:
        assert sentence in article.text
    assert "cookies" not in article.text and "harbourfan72" not in article.text
    assert article.text.count("\n\n") == len(article.paragraphs) - 1


def test_a_repeated_headline_is_not_the_first_paragraph(tmp_path):
    article = load_article(write(tmp_path / "coastal.htm", COASTAL))
    assert article.title == "Port of Valmora reopens as workers accept wage offer"
    assert not article.text.startswith("Port of Valmora reopens")
    assert article.display_name == "Coastal Daily News"


def test_a_sidecar_beside_a_page_wins_over_the_page(tmp_path):
    page = write(tmp_path / "coastal.html", COASTAL)
    write(tmp_path / "coastal.meta.yaml", "source: CDN\ndate: no\n")
    article = load_article(page)
    assert article.source == "CDN" and article.date == "no"
    assert article.title == "Port of Valmora reopens as workers accept wage offer"


def test_latin1_charset_from_meta(tmp_path):
    article = load_article(write(tmp_path / "fete.html", LATIN1.encode("latin-1")))
    assert "Agnès Müller" in article.text and "\ufffd" not in article.text


def test_charset_sources_in_order():
    raw = LATIN1.encode("latin-1")
    assert meta_charset(raw) == "iso-8859-1"
    assert "Agnès" in decode_html(raw, "x")[0]
    # An HTTP header wins over <meta>.
    assert "Agnès" in decode_html("<meta charset='utf-8'><p>Agnès</p>".encode("cp1252"), "x", "windows-1252")[0]
    # An unknown label falls back to UTF-8 detection.
    assert decode_html("<meta charset='klingon'><p>Agnès</p>".encode(), "x")[0].endswith("Agnès</p>")


def test_a_javascript_only_page(tmp_path):
    with pytest.raises(ReaderError, match="loaded by JavaScript"):
        load_article(write(tmp_path / "app.html", JS_ONLY))


def test_directories_hold_pages_too_and_sidecars_are_never_articles(tmp_path):
    write(tmp_path / "a.html", GAZETTE)
    write(tmp_path / "b.txt", "Dock workers ended their strike on Sunday. Ships began to unload.")
    write(tmp_path / "b.meta.yaml", "source: Valmora Radio\n")
    assert [a.display_name for a in load_articles([tmp_path])] == ["The Harbour Gazette", "Valmora Radio"]
    # The shell's dir/* names the sidecar too: it is skipped, not loaded as a YAML article.
    globbed = sorted(str(p) for p in tmp_path.iterdir())
    assert [a.display_name for a in load_articles(globbed)] == ["The Harbour Gazette", "Valmora Radio"]


def test_a_sidecar_alone_is_a_one_line_error(tmp_path):
    write(tmp_path / "b.meta.yaml", "source: X\n")
    with pytest.raises(ReaderError, match="a metadata sidecar"):
        load_articles([tmp_path / "b.meta.yaml"])


def test_stdin_text_and_html():
    text = load_stdin("A", io.BytesIO(b"Dock strike ends\n\nWorkers went back on Sunday."))
    assert text.title == "Dock strike ends" and text.path == "<stdin>" and text.display_name == "stdin"
    page = load_stdin("B", io.BytesIO(GAZETTE.encode()))
    assert page.display_name == "The Harbour Gazette"


def test_stdin_is_bounded():
    with pytest.raises(ReaderError, match="more than 5,242,880 bytes"):
        load_stdin("A", io.BytesIO(b"word " * 1_100_000))


def test_dash_reads_stdin_once(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"One article from a pipe.")))
    assert load_articles(["-"])[0].text == "One article from a pipe."
    with pytest.raises(ReaderError, match="only once"):
        load_articles(["-", "-"])


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"<!DOCTYPE html><html>", True),
        (b"\xef\xbb\xbf  <html lang=en>", True),
        (b"<?xml version='1.0'?>\n<!-- c -->\n<html>", True),
        (b"Some text with <b>bold</b> words.", False),
        (b"plain text", False),
        (b"<div><p>a</p><p>b</p></div>", True),
    ],
)
def test_html_sniffing(raw, expected):
    assert looks_like_html(raw) is expected


@pytest.mark.parametrize(
    "fields, expected",
    [
        ({"source": "Reuters", "url": "https://www.bbc.com/x"}, "Reuters"),
        ({"url": "https://www.bbc.com/news/x"}, "bbc.com"),
        ({"url": "http://[::1"}, "nyt"),  # a malformed address: the file name
        ({}, "nyt"),
    ],
)
def test_display_name(fields, expected):
    assert Article(id="A", path="dir/nyt.txt", text="x", **fields).display_name == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000) | st.text(max_size=2000).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode()))
def test_arbitrary_bytes_as_a_page_raise_only_reader_error(raw):
    try:
        page = extract_page(raw, "page.html")
    except ReaderError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(page.text, str)
