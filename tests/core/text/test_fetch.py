"""URLs as articles: fetching (bounded in time, size, redirects and content type), the cache, errors."""

from __future__ import annotations

import socket
import time

import pytest

from reader import __version__
from reader.core.errors import ReaderError
from reader.core.text import fetch
from reader.core.text.loader import load_articles
from tests.core.text import web_server

web = web_server.web  # the fixture: a local site on 127.0.0.1

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def load_one(url: str, refresh: bool = False):
    return load_articles([url], refresh=refresh)[0]


def error_of(url: str) -> str:
    with pytest.raises(ReaderError) as info:
        load_one(url)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_news_page_becomes_its_story_with_the_outlet_named(web):
    article = load_one(web.url("/gazette.html"))
    assert article.display_name == "The Harbour Gazette" and article.source == "The Harbour Gazette"
    assert article.title == "Valmora dock strike ends after pay deal"
    assert article.author == "Lena Korhonen" and article.date == "2024-03-10"
    assert article.url == web.url("/gazette.html") and article.path == web.url("/gazette.html")
    text = article.text
    assert text.startswith("Dock workers at the port of Valmora ended a nine-day strike")
    assert "Cargo ships that had waited outside the harbour" in text
    # Paragraphs are separated by blank lines.
    assert len(article.paragraphs) == 5
    # Nothing of the page's furniture: cookie banner, navigation, byline, caption, related links, comments, footer.
    for furniture in (
        "cookies",
        "Business\n",
        "Search the Gazette",
        "By Lena",
        "Idle cranes",
        "Related stories",
        "Ferry prices",
        "harbourfan72",
        "deserved every cent",
        "Share on",
        "Most read",
        "All rights reserved",
        "Privacy policy",
    ):
        assert furniture not in text, furniture


def test_the_user_agent_names_reader_and_its_version(web):
    load_one(web.url("/gazette.html"))
    assert web.user_agents == [f"reader/{__version__} (news comparison in a terminal; Python urllib)"]


def test_a_latin1_page_declaring_its_charset_only_in_meta(web):
    article = load_one(web.url("/latin1.html"))
    assert "« Nous sommes soulagés », a déclaré Agnès Müller" in article.text
    assert "José Núñez" in article.text and "\ufffd" not in article.text
    assert article.title == "Fête du port à Valmora"
    assert article.display_name.startswith("127.0.0.1")  # no site name: the host


def test_plain_text_is_taken_as_text(web):
    article = load_one(web.url("/story.txt"))
    assert article.title == "Valmora dock strike ends"
    assert article.text.startswith("Dock workers at the port of Valmora")


def test_redirects_are_followed_and_the_final_url_kept(web):
    article = load_one(web.url("/hop/3"))
    assert article.url == web.url("/gazette.html")
    assert article.path == web.url("/hop/3")
    assert web.hits["/hop/0"] == 1 and web.hits["/gazette.html"] == 1


def test_more_than_five_redirects_are_refused(web):
    assert "more than 5 redirects" in error_of(web.url("/hop/5"))  # 6 hops: hop/5 .. hop/0, then the page


def test_five_redirects_are_fine(web):
    assert load_one(web.url("/hop/4")).url == web.url("/gazette.html")


def test_a_redirect_loop_is_named(web):
    message = error_of(web.url("/loop/a"))
    assert "redirect loop" in message and "/loop/b" in message


def test_http_status(web):
    assert error_of(web.url("/missing.html")).endswith("HTTP 404 Not Found")


def test_a_stalled_server_times_out(web):
    started = time.monotonic()
    message = error_of(web.url("/stall"))
    assert "timed out" in message
    assert time.monotonic() - started < 4


def test_a_trickle_cannot_outlive_the_deadline(web, monkeypatch):
    monkeypatch.setattr(fetch, "DEADLINE", 0.3)
    monkeypatch.setattr(fetch, "CONNECT_TIMEOUT", 5.0)
    started = time.monotonic()
    assert "timed out" in error_of(web.url("/stall"))
    assert time.monotonic() - started < 2


def test_a_30_mb_stream_is_stopped_at_the_limit(web):
    message = error_of(web.url("/huge"))
    assert "more than 5,242,880 bytes; the limit is 5,242,880 bytes (5.0 MiB)" in message


def test_a_declared_size_over_the_limit_is_refused_before_reading(web):
    message = error_of(web.url("/huge-declared"))
    assert "31,457,280 bytes (30.0 MiB); the limit is 5,242,880 bytes (5.0 MiB)" in message


def test_a_pdf_is_refused(web):
    assert "not a web page (application/pdf)" in error_of(web.url("/report.pdf"))


def test_a_javascript_page_is_a_one_line_error(web):
    message = error_of(web.url("/app.html"))
    assert "loaded by JavaScript" in message and "save it from your browser" in message


def test_refused_connection(web):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "refused the connection" in error_of(f"http://127.0.0.1:{port}/x.html")


def test_dns_failure(web, monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    assert "cannot find the host news.invalid (DNS lookup failed" in error_of("https://news.invalid/story")


@pytest.mark.parametrize(
    "url, fragment",
    [
        ("ftp://example.org/a.html", "only http:// and https://"),
        ("file:///etc/passwd", "only http:// and https://"),
        ("http:///a.html", "names no host"),
        ("http://exa mple.org/a", "spaces"),
    ],
)
def test_addresses_that_are_not_http_pages(url, fragment):
    assert fragment in error_of(url)


def test_a_host_without_a_scheme_gets_a_hint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    message = error_of("www.bbc.com/news/world-123")
    assert "no such file or directory" in message and "https://www.bbc.com/news/world-123" in message


def test_an_address_with_one_slash_gets_a_hint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "two slashes: https://www.bbc.com/news/x" in error_of("https:/www.bbc.com/news/x")


def test_pages_are_cached_and_reopen_offline(web, tmp_path):
    first = load_one(web.url("/hop/1"))
    assert web.hits["/gazette.html"] == 1
    assert list((tmp_path / "cache" / "reader" / "pages").glob("*.page"))
    second = load_one(web.url("/hop/1"))
    assert web.hits["/gazette.html"] == 1  # not fetched again
    assert second == first  # the same article, final URL included


def test_refresh_fetches_again(web):
    load_one(web.url("/gazette.html"))
    load_one(web.url("/gazette.html"), refresh=True)
    assert web.hits["/gazette.html"] == 2


def test_a_damaged_cache_entry_is_fetched_again(web, tmp_path):
    load_one(web.url("/gazette.html"))
    for record in (tmp_path / "cache" / "reader" / "pages").glob("*.json"):
        record.write_text("{not json")
    assert load_one(web.url("/gazette.html")).source == "The Harbour Gazette"
    assert web.hits["/gazette.html"] == 2


def test_an_unwritable_cache_only_costs_the_next_fetch(web, tmp_path, monkeypatch):
    (tmp_path / "blocked").write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    assert load_one(web.url("/gazette.html")).source == "The Harbour Gazette"


def test_errors_are_not_cached(web):
    error_of(web.url("/missing.html"))
    error_of(web.url("/missing.html"))
    assert web.hits["/missing.html"] == 2
