"""The command line: each format, each bad input, exit codes, the JSON contract."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.text.loader import MAX_FILE_BYTES
from tests.core.text import web_server
from tests.core.text.web_pages import COASTAL, GAZETTE

web = web_server.web  # the fixture: a local site on 127.0.0.1

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "articles").glob("*.txt"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def seed_json() -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", *SEEDS, "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(proc.stdout)


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("reader ")


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "reader analyze" in out and "reader search" in out


def test_json_contract_articles(seed_json):
    assert [a["id"] for a in seed_json["articles"]] == ["A", "B"]
    for article in seed_json["articles"]:
        for key in ("id", "path", "title", "source", "date", "text", "paragraphs", "sentences"):
            assert key in article
        text = article["text"]
        assert article["sentences"] and article["paragraphs"]
        for span in article["sentences"] + article["paragraphs"]:
            assert 0 <= span["start"] < span["end"] <= len(text)
    # The caption and credit glued on top of the second seed are metadata, not body.
    b = seed_json["articles"][1]
    assert not b["text"].startswith("Hamas terrorist in Gaza")
    assert b["caption"] == "Hamas terrorist in Gaza"
    assert b["credit"] == "Emad Nassar/Flash 90"


def test_json_contract_matches_slice_text(seed_json):
    texts = {a["id"]: a["text"] for a in seed_json["articles"]}
    assert seed_json["matches"], "the seed pair shares several claims"
    for match in seed_json["matches"]:
        assert match["kind"] in ("verbatim", "paraphrase")
        assert isinstance(match["score"], float)
        for side in ("a", "b"):
            s = match[side]
            assert texts[s["article"]][s["start"] : s["end"]] == s["text"]
        for run_ in match["shared"]:
            assert match["a"]["start"] <= run_["a"][0] < run_["a"][1] <= match["a"]["end"]
            assert match["b"]["start"] <= run_["b"][0] < run_["b"][1] <= match["b"]["end"]
        assert set(match["attributions"]) == {"a", "b"}


def test_json_contract_actors_and_attributions(seed_json):
    texts = {a["id"]: a["text"] for a in seed_json["articles"]}
    actor_ids = {a["id"] for a in seed_json["actors"]}
    for actor in seed_json["actors"]:
        assert {"id", "name", "kind", "aliases", "mentions"} <= set(actor)
        for m in actor["mentions"]:
            assert texts[m["article"]][m["start"] : m["end"]] == m["text"]
    attribution_ids = set()
    for t in seed_json["attributions"]:
        attribution_ids.add(t["id"])
        text = texts[t["article"]]
        for part in ("cue", "content") + (("source",) if t["source"] else ()):
            assert text[t[part]["start"] : t[part]["end"]] == t[part]["text"]
        if t["source"] and t["source"]["actor"] is not None:
            assert t["source"]["actor"] in actor_ids
        assert isinstance(t["anonymous"], bool)
    for match in seed_json["matches"]:
        assert set(match["attributions"]["a"] + match["attributions"]["b"]) <= attribution_ids


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_human_formats(capsys, fmt):
    code, out, err = run(capsys, "analyze", *SEEDS, "--format", fmt)
    assert code == 0 and err == ""
    assert "Palestinian Authority" in out
    if fmt == "markdown":
        assert out.startswith("# Comparison report")
        assert "## Sources" in out and "## Only in A" in out
    else:
        assert "shared passages" in out and "only in B" in out
        assert "sources:" in out and "According to the report (Al-Ahram)" in out


def test_analyze_single_article(capsys):
    code, out, _ = run(capsys, "analyze", SEEDS[0], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data["articles"]) == 1 and data["matches"] == []


def test_analyze_directory(capsys):
    code, out, _ = run(capsys, "analyze", str(ROOT / "articles"), "--format", "json")
    assert code == 0
    assert len(json.loads(out)["articles"]) == 2


def test_search_json(capsys):
    code, out, _ = run(capsys, "search", "Barakt", *SEEDS, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "Barakt"
    first = data["hits"][0]
    assert first["article"] == "B" and "Barakat" in first["text"]
    assert [h["score"] for h in data["hits"]] == sorted((h["score"] for h in data["hits"]), reverse=True)


def test_search_text_and_no_hits(capsys):
    code, out, _ = run(capsys, "search", "Palestinan Authorty", *SEEDS)
    assert code == 0 and "Palestinian Authority" in out
    code, out, _ = run(capsys, "search", "zzzqqqxx", *SEEDS)
    assert code == 1 and "no hits" in out


def _assert_one_line_error(capsys, *argv: str, contains: str = "") -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.startswith("reader: error: ") and err.count("\n") == 1, err
    assert contains in err
    return err


def test_missing_file(capsys, tmp_path):
    _assert_one_line_error(capsys, "analyze", str(tmp_path / "nope.txt"), contains="no such file")


def test_directory_without_articles(capsys, tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    _assert_one_line_error(capsys, "analyze", str(tmp_path), contains="no articles")


def test_binary_file(capsys, tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    _assert_one_line_error(capsys, "analyze", str(path), contains="binary")


def test_empty_article(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text(" \n\u00a0\n")
    _assert_one_line_error(capsys, "analyze", str(path), contains="empty")


def test_malformed_front_matter_names_line(capsys, tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: ok\nsource: [unclosed\n---\nBody text here.\n")
    err = _assert_one_line_error(capsys, "analyze", str(path), contains="front matter")
    assert "line" in err


def test_file_over_size_limit(capsys, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    _assert_one_line_error(capsys, "analyze", str(path), contains="limit")


def test_undecodable_bytes_fall_back_with_note(capsys, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners said prices rose.".encode("cp1252"))
    code, out, _ = run(capsys, "analyze", str(path), "--format", "json")
    assert code == 0
    article = json.loads(out)["articles"][0]
    assert "Café" in article["text"]
    assert any("cp1252" in note for note in article["notes"])


def test_usage_errors_are_one_line(capsys):
    _assert_one_line_error(capsys, "analyze", *SEEDS, "--format", "yaml", contains="--format")
    _assert_one_line_error(capsys, "search", contains="required")


def test_never_writes_article_files(capsys):
    before = {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in SEEDS}
    mtimes = {p: Path(p).stat().st_mtime_ns for p in SEEDS}
    for fmt in ("json", "markdown", "text"):
        run(capsys, "analyze", *SEEDS, "--format", fmt)
    run(capsys, "search", "Hamas", *SEEDS)
    assert before == {p: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in SEEDS}
    assert mtimes == {p: Path(p).stat().st_mtime_ns for p in SEEDS}


def test_errors_never_print_tracebacks(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    proc = subprocess.run([sys.executable, "-m", "reader", "analyze", str(path)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("reader: error: ")


def test_markup_in_article_is_kept_verbatim(capsys, tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text("Officials said [bold]nothing[/] about [link=http://x]it[/link].\x1b[31m Red.\x1b[0m\n")
    code, out, _ = run(capsys, "analyze", str(path), "--format", "json")
    assert code == 0
    text = json.loads(out)["articles"][0]["text"]
    assert "[bold]nothing[/]" in text and "[link=http://x]" in text
    assert "\x1b" not in text


def test_user_gazetteer_and_verbs_options(capsys, tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Zorblat Industries quipped that prices would rise. Officials said nothing.\n")
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - id: zorblat\n    name: Zorblat Industries\n    kind: organization\n")
    verbs = tmp_path / "verbs.yaml"
    verbs.write_text("classes:\n  say:\n    forms: [quip, quips, quipped]\n")
    code, out, _ = run(capsys, "analyze", str(article), "--format", "json", "--actors", str(actors), "--verbs", str(verbs))
    assert code == 0
    data = json.loads(out)
    zorblat = next(a for a in data["actors"] if a["id"] == "zorblat")
    assert zorblat["kind"] == "organization"
    cues = [t["cue"]["text"] for t in data["attributions"]]
    assert "quipped" in cues and "said" in cues
    quip = next(t for t in data["attributions"] if t["cue"]["text"] == "quipped")
    assert quip["source"]["actor"] == "zorblat"


def test_per_user_config_files_are_read(capsys, tmp_path, monkeypatch):
    config = tmp_path / "config" / "reader"
    config.mkdir(parents=True)
    (config / "reporting_verbs.yaml").write_text("classes:\n  say:\n    forms: [quipped]\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    article = tmp_path / "story.txt"
    article.write_text("The minister quipped that prices would rise.\n")
    code, out, _ = run(capsys, "analyze", str(article), "--format", "json")
    assert code == 0
    assert [t["cue"]["text"] for t in json.loads(out)["attributions"]] == ["quipped"]


@pytest.mark.parametrize("option", ["--actors", "--verbs"])
def test_hostile_user_yaml_is_one_line_error(capsys, tmp_path, option):
    deep = tmp_path / "deep.yaml"
    deep.write_text("[" * 20000 + "]" * 20000)  # PyYAML's pure-Python composer recurses once per level
    _assert_one_line_error(capsys, "analyze", SEEDS[0], option, str(deep), contains="deep.yaml")


@pytest.mark.parametrize("option", ["--actors", "--verbs"])
def test_malformed_user_yaml_is_one_line_error(capsys, tmp_path, option):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [\n  - id: x\n")
    _assert_one_line_error(capsys, "analyze", SEEDS[0], option, str(bad), contains="bad.yaml")


# --- web pages, URLs, stdin, outlet names (issue 12) --------------------------------------


def _without_path(data: dict) -> dict:
    for article in data["articles"]:
        article.pop("path")
        article.pop("url")
    return data


def test_urls_and_saved_pages_give_the_same_analysis(capsys, tmp_path, web):
    urls = [web.url("/gazette.html"), web.url("/coastal.html")]
    code, out, err = run(capsys, "analyze", *urls, "--format", "json")
    assert code == 0 and err == ""
    from_web = json.loads(out)
    assert [a["source"] for a in from_web["articles"]] == ["The Harbour Gazette", "Coastal Daily News"]
    assert from_web["articles"][0]["url"] == "https://harbourgazette.example/news/valmora-strike-ends" or from_web["articles"][0][
        "url"
    ] == web.url("/gazette.html")
    assert len(from_web["matches"]) >= 3
    assert any(actor["name"] == "Marta Ilves" for actor in from_web["actors"])
    assert from_web["attributions"]
    (tmp_path / "gazette.html").write_text(GAZETTE)
    (tmp_path / "coastal.html").write_text(COASTAL)
    code, out, _ = run(capsys, "analyze", str(tmp_path / "gazette.html"), str(tmp_path / "coastal.html"), "--format", "json")
    assert code == 0 and _without_path(json.loads(out)) == _without_path(from_web)


def test_reports_name_the_outlets(capsys, web):
    urls = [web.url("/gazette.html"), web.url("/coastal.html")]
    code, out, _ = run(capsys, "analyze", *urls, "--format", "text")
    assert code == 0
    assert out.startswith("A  The Harbour Gazette · Valmora dock strike ends after pay deal")
    assert "only in B (Coastal Daily News)" in out
    code, out, _ = run(capsys, "analyze", *urls, "--format", "markdown", "--refresh")
    assert code == 0 and "| A | The Harbour Gazette · Valmora dock strike ends after pay deal · 2024-03-10 |" in out
    assert web.hits["/gazette.html"] == 2  # --refresh fetched again


def test_search_hits_name_the_outlet(capsys, web):
    code, out, _ = run(capsys, "search", "cargo ships", web.url("/gazette.html"))
    assert code == 0 and out.startswith("A ") and "The Harbour Gazette: Valmora dock" in out


def test_a_bad_url_is_one_line(capsys, web):
    _assert_one_line_error(capsys, "analyze", web.url("/missing.html"), contains="HTTP 404")


def test_stdin_dash(tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("Dock workers at the port of Valmora ended a nine-day strike on Sunday.\n")
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", "-", str(other), "--format", "json"],
        input=GAZETTE,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [a["source"] for a in data["articles"]] == ["The Harbour Gazette", "b"]
    assert data["articles"][0]["path"] == "<stdin>" and data["matches"]


def test_globbed_directory_with_sidecars(capsys):
    files = sorted(str(p) for p in (ROOT / "articles").iterdir())
    assert any(f.endswith(".meta.yaml") for f in files)
    code, out, _ = run(capsys, "analyze", *files, "--format", "json")
    assert code == 0 and len(json.loads(out)["articles"]) == 2
