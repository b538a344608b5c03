"""`check_user_files` says what `load_lexicons` would about the user's files, without building them."""

from __future__ import annotations

import warnings

import pytest

from reader.core.config import UserFileWarning
from reader.core.errors import ReaderError
from reader.core.lexicons.bundle import check_user_files, load_lexicons

LONG_FORM = " ".join(f"word{n}" for n in range(400))
FILES = {
    "actors.yaml": {
        "good": "actors:\n  - id: zorblat\n    name: Zorblat Industries\n    kind: organization\n",
        "override of a packaged entry": "actors:\n  - id: united-states\n    aliases: [Uncle Sam]\n",
        "unclosed": "actors:\n  - id: [unclosed\n",
        "bad kind": "actors:\n  - id: zorblat\n    name: Zorblat\n    kind: planet\n",
        "new entry without a name": "actors:\n  - id: zorblat_new\n    kind: organization\n",
        "deep": "[" * 20000 + "]" * 20000,
    },
    "reporting_verbs.yaml": {
        "good": "classes:\n  say:\n    forms: [quip, quipped]\n",
        "too long": f'classes: {{say: {{forms: ["{LONG_FORM}"]}}}}\n',
        "boolean": "classes:\n  say: [quipped, yes]\n",
        "malformed": "actors: [\n  - id: x\n",
    },
    "paraphrases.yaml": {
        "good": "groups:\n  - [sacked, dismissed]\n",
        "a list": "- just\n- a list\n",
    },
    "polarity.yaml": {
        "good": "negations: [never]\nantonyms: [[rose, fell]]\n",
        "not lists": "negations: {not: a list}\nantonyms: 7\n",
    },
}
OPTION = {"actors.yaml": "actors", "reporting_verbs.yaml": "verbs", "paraphrases.yaml": "paraphrases"}
CASES = [(name, case) for name, cases in FILES.items() for case in cases]


def _outcome(call, **kwargs):
    """(error message or None, warning messages) of ``call(**kwargs)``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserFileWarning)
        try:
            call(**kwargs)
            error = None
        except ReaderError as exc:
            error = str(exc)
    return error, [str(w.message) for w in caught if issubclass(w.category, UserFileWarning)]


@pytest.mark.parametrize(("name", "case"), CASES)
def test_a_config_file_is_judged_as_loading_it_would(name, case, tmp_path, monkeypatch):
    (tmp_path / "reader").mkdir()
    (tmp_path / "reader" / name).write_text(FILES[name][case])
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert _outcome(check_user_files) == _outcome(load_lexicons)


@pytest.mark.parametrize(("name", "case"), [(name, case) for name, case in CASES if name in OPTION])
def test_a_file_given_as_an_option_is_judged_as_loading_it_would(name, case, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    given = tmp_path / name
    given.write_text(FILES[name][case])
    option = {OPTION[name]: str(given)}
    expected = _outcome(load_lexicons, **option)
    assert _outcome(check_user_files, **option) == expected
    assert (expected[0] is None) == (case.startswith("good") or case.startswith("override"))


def test_a_missing_file_given_as_an_option(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for option in OPTION.values():
        missing = {option: str(tmp_path / "missing.yaml")}
        assert _outcome(check_user_files, **missing) == _outcome(load_lexicons, **missing)
        assert _outcome(check_user_files, **missing)[0] is not None


def test_no_user_file_reads_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert _outcome(check_user_files) == (None, [])
