"""Reporting cues (verbs by class, fixed phrases, adverbs) loaded from YAML.

The packaged list lives in ``reader/core/lexicons/data/reporting_verbs.yaml``; a user file
of the same layout adds forms to it. Everything is compiled once into one
alternation so that a whole article is scanned for cues in a single pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import reader.core.lexicons.built_cache as built_cache
import reader.core.lexicons.cue_scan as cue_scan
from reader.core.config import VERBS_FILE, with_user_file
from reader.core.errors import ReaderError
from reader.core.lexicons.kept_patterns import kept_pattern
from reader.core.yaml_files import read_yaml_file

PACKAGED_VERBS = Path(__file__).with_name("data") / "reporting_verbs.yaml"
LIST_KEYS = (
    "anonymous_heads",
    "state_heads",
    "role_heads",
    "evidence_heads",
    "institution_heads",
    "addressing_forms",
    "document_heads",
    "written_heads",
    "speaker_only_forms",
    "female_words",
    "male_words",
    "female_names",
    "male_names",
    "content_forms",
)
# The only characters on which matching ASCII cue letters with IGNORECASE and matching them
# in `str.lower()`'d text disagree: "İ" lowers to two characters, "ı" and "ſ" match "i" and "s"
# under IGNORECASE but lower to themselves (tests/test_attributions.py checks every code point).
LOWER_UNSAFE = ("\u0130", "\u0131", "\u017f")
# Bounds on a user's cue list: the cue pattern nests one group per character of a form,
# so a form of a few hundred words would overflow the regex compiler's recursion.
MAX_FORM_WORDS = 12
MAX_FORM_CHARS = 100
MAX_FORMS = 20_000
# Classes of a position held rather than of speech ("believes", "wants", "supports"): their attributions are
# kept apart from what was said, and their words ("plans", "support", "hope") are no verbs when a subject is read.
POSITION_CLASSES = frozenset({"belief", "intention", "stance"})


@dataclass(frozen=True, slots=True)
class ReportingVerbs:
    """Cue forms (lower case) mapped to their class, plus the noun lists that judge sources."""

    verb_classes: dict[str, str]  # "said" -> "say", "called on" -> "ask"
    object_classes: frozenset[str]  # classes whose verbs may take a noun-phrase object as content
    multiword: dict[str, str]  # "was quoted as saying" -> "say"
    adverbs: dict[str, str]  # "reportedly" -> "report"
    anonymous_heads: frozenset[str]
    role_heads: frozenset[str]
    # The cues as one prefix-tree alternation (`_trie_pattern`): `cue_pattern` and the patterns below are
    # compiled from it when first used (`_compiled`), so that a process that never scans text, or scans only
    # ASCII-safe text, never pays for compiling the others (~0.03-0.05 s each).
    cue_body: str
    # Every cue is ASCII: `lower_cue_pattern` matches the same cues, case-sensitively, in lower-cased text.
    ascii_cues: bool = False
    # Every cue is ASCII and starts with a letter: `after_mark_pattern` may be used (see `cue_spans`).
    letters_first: bool = False
    # "spokeswoman" -> "f", "Mr" -> "m"; given names likewise: whom "she" or "he" may point back to.
    gender_words: dict[str, str] = field(default_factory=dict)
    gender_names: dict[str, str] = field(default_factory=dict)
    state_heads: frozenset[str] = frozenset()
    # Sources that can "show" or "find" without speaking: "figures show that", "the study found".
    evidence_heads: frozenset[str] = frozenset()
    # Heads of a name that "on" continues: "the Council on Foreign Relations" (not "Trump on Twitter").
    institution_heads: frozenset[str] = frozenset()
    # Say verbs that may name whom they address before their content: "reminded viewers that", "assured fans the team".
    addressing_forms: frozenset[str] = frozenset()
    # Documents ("a statement from X said") and, with them, the things that carry words ("a sign saying").
    document_heads: frozenset[str] = frozenset()
    written_heads: frozenset[str] = frozenset()
    # Cue forms read only after a subject that can speak: "The Fed signaled", not "The stock signals".
    speaker_only_forms: frozenset[str] = frozenset()
    # Cue forms read as a position in one more frame than their class's: "refused" -> "to" ("refused to hold hearings").
    position_frames: dict[str, str] = field(default_factory=dict)

    @property
    def cue_pattern(self) -> re.Pattern[str]:
        """Every cue, whole words only, any case."""
        return _compiled(_whole_words(self.cue_body), re.IGNORECASE)

    @property
    def lower_cue_pattern(self) -> re.Pattern[str] | None:
        """The same cues, case-sensitive, for lower-cased text; None when a cue is not ASCII."""
        return _compiled(_whole_words(self.cue_body), 0) if self.ascii_cues else None

    @property
    def after_mark_pattern(self) -> re.Pattern[str] | None:
        """`lower_cue_pattern` with a character matched before the cue instead of its look back (the cue is
        group 1); None unless every cue is ASCII and starts with a letter (see `cue_spans`)."""
        return _compiled(_after_mark(self.cue_body), 0) if self.letters_first else None

    def class_of(self, cue_text: str) -> str | None:
        key = cue_key(cue_text)
        return self.verb_classes.get(key) or self.multiword.get(key) or self.adverbs.get(key)

    def is_speech_verb(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a cue of speech, a verb when a subject is delimited ("said", not "plans")."""
        cls = self.verb_classes.get(word)
        return cls is not None and cls not in POSITION_CLASSES

    def cue_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every cue in ``text``: `cue_pattern`'s matches, a verb and its preposition cut back to
        the verb before a duration or a time ("argued for years that ...", "warned about midnight that ...")."""
        spans = self._cue_spans(text)
        if not any(text.endswith(_PREPOSITIONS, s, e) for s, e in spans):
            return spans
        known = self.verb_classes
        return [_verb_alone(text, s, e, known) if text.endswith(_PREPOSITIONS, s, e) else (s, e) for s, e in spans]

    def _cue_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every cue in ``text``: `cue_pattern`'s matches.

        IGNORECASE makes the regex engine fold every character it tries, which
        costs more than half of the scan; lower-casing the text once and matching
        case-sensitively finds the same spans whenever lower-casing keeps every
        offset and folds no character differently from IGNORECASE.
        """
        if self.ascii_cues and not any(c in text for c in LOWER_UNSAFE):
            lowered = text.lower()
            if len(lowered) == len(text):
                if not self.letters_first:
                    return [m.span() for m in _compiled(_whole_words(self.cue_body), 0).finditer(lowered)]
                if cue_scan.scannable(self.cue_body):
                    found = self._stand_in_spans(lowered)
                    if found is not None:
                        return found
                # A cue at the very start has no character before it: a line break put there stands in for one
                # (it is what the look back accepts), and every span moves back by one.
                marked = _compiled(_after_mark(self.cue_body), 0).finditer("\n" + lowered)
                return [(m.start(1) - 1, m.end(1) - 1) for m in marked]
        return [m.span() for m in self.cue_pattern.finditer(text)]

    def _stand_in_spans(self, lowered: str) -> list[tuple[int, int]] | None:
        """`cue_spans` of ``lowered`` by `cue_scan`'s two scans of its stand-in; None when they cannot tell."""
        marked = cue_scan.stand_in(lowered)  # its first character, a blank, is the mark before the text
        # A match's mark is at m.start() in the stand-in, its cue right after it: at m.start() in the text.
        after_blank = _compiled(cue_scan.cue_body_pattern(cue_scan.BLANK, self.cue_body), 0).finditer(marked)
        after_mark = _compiled(cue_scan.cue_body_pattern(cue_scan.OTHER_MARK, self.cue_body), 0).finditer(marked)
        return cue_scan.merged([(m.start(), m.end() - 1) for m in after_blank], [(m.start(), m.end() - 1) for m in after_mark])


def load_reporting_verbs(user_path: str | os.PathLike[str] | None = None) -> ReportingVerbs:
    """The packaged reporting cues, merged with the per-user file and ``user_path`` (same YAML layout)."""

    def build(files: list[Path]) -> ReportingVerbs:
        if not files:
            return _packaged_verbs(built_cache.stamp(PACKAGED_VERBS))
        data = _packaged_data()
        for path in files:
            data = _merge(data, _read_yaml(path))
        return build_reporting_verbs(data)

    return with_user_file(VERBS_FILE, build, user_path)


# The modules the packaged cues are built by: a change to one invalidates the kept copy.
_BUILT_BY = (
    "reader.core.lexicons.verbs",
    "reader.core.lexicons.built_cache",
    "reader.core.yaml_files",
    "reader.core.yaml_plain",
    "reader.core.yaml_records",
)


@lru_cache(maxsize=1)
def _packaged_verbs(packaged: built_cache.Stamp) -> ReportingVerbs:
    """The packaged cues alone (no user file), built once a process and kept on disk between runs: parsing the
    YAML and building the cue trie (~56 M instructions) was paid by every process's attributions stage, and again
    by the actors stage's `surnames` for its given names."""
    sources = [(str(PACKAGED_VERBS), packaged)]
    fingerprint = built_cache.code_fingerprint(_BUILT_BY)
    stored = built_cache.load("verbs", sources, fingerprint)
    if stored is not None:
        try:
            return ReportingVerbs(*stored)
        except Exception:  # noqa: BLE001 - stored data of another shape: build again
            pass
    verbs = build_reporting_verbs(_packaged_data())
    built_cache.store("verbs", sources, fingerprint, tuple(getattr(verbs, f.name) for f in fields(verbs)))
    return verbs


@lru_cache(maxsize=1)
def _packaged_data() -> dict[str, Any]:
    """The packaged cue lexicon as parsed: read once per process (`_merge` copies, never mutates it)."""
    return _read_yaml(PACKAGED_VERBS)


def packaged_verb_forms() -> frozenset[str]:
    """Every one-word verb form of the packaged lexicon, as written (alignment discounts them as framing),
    except `content_forms`: positions ("supports", "plans", "expects") are what a claim is about."""
    data = _packaged_data()
    forms: set[str] = set()
    for spec in (data.get("classes") or {}).values():
        forms.update(form for form in (spec.get("forms", ()) if isinstance(spec, dict) else spec or ()) if " " not in form)
    return frozenset(forms - set(data.get("content_forms") or ()))


def build_reporting_verbs(data: dict[str, Any]) -> ReportingVerbs:
    verb_classes: dict[str, str] = {}
    object_classes: set[str] = set()
    for name, spec in (data.get("classes") or {}).items():
        forms = spec.get("forms", []) if isinstance(spec, dict) else spec
        if isinstance(spec, dict) and spec.get("object"):
            object_classes.add(str(name))
        for form in forms or ():
            verb_classes[cue_key(form)] = str(name)
    multiword = {cue_key(k): str(v) for k, v in (data.get("multiword") or {}).items()}
    adverbs = {cue_key(k): str(v) for k, v in (data.get("adverbs") or {}).items()}
    frames = {cue_key(k): str(v) for k, v in (data.get("position_frames") or {}).items()}
    phrases = [a for a in {*verb_classes, *multiword, *adverbs, *frames, "according to"} if a]
    body = _trie_pattern(phrases)
    ascii_cues = all(p.isascii() for p in phrases)
    # The look back opens the cue pattern, so the regex engine tries the whole pattern at every position of
    # the text; a character class first lets it skip in its fast loop to the next blank or mark (a fifth of
    # the scan saved). It finds the same cues, since a cue that starts with a letter never starts right where
    # the one before it ends: the look ahead that ends every cue refuses a letter.
    letters_first = ascii_cues and all(p[:1].isalpha() for p in phrases)
    return ReportingVerbs(
        verb_classes=verb_classes,
        object_classes=frozenset(object_classes),
        multiword=multiword,
        adverbs=adverbs,
        anonymous_heads=frozenset(cue_key(w) for w in data.get("anonymous_heads") or ()),
        role_heads=frozenset(cue_key(w) for w in data.get("role_heads") or ()),
        cue_body=body,
        ascii_cues=ascii_cues,
        letters_first=letters_first,
        gender_words=_genders(data, "female_words", "male_words"),
        gender_names=_genders(data, "female_names", "male_names"),
        state_heads=frozenset(cue_key(w) for w in data.get("state_heads") or ()),
        evidence_heads=frozenset(cue_key(w) for w in data.get("evidence_heads") or ()),
        institution_heads=frozenset(cue_key(w) for w in data.get("institution_heads") or ()),
        addressing_forms=frozenset(cue_key(w) for w in data.get("addressing_forms") or ()),
        document_heads=frozenset(cue_key(w) for w in data.get("document_heads") or ()),
        written_heads=frozenset(cue_key(w) for w in data.get("written_heads") or ()),
        speaker_only_forms=frozenset(cue_key(w) for w in data.get("speaker_only_forms") or ()),
        position_frames=frames,
    )


_PREPOSITIONS = (" for", " about", " of", " against")
# What follows "argued for" / "warned about" when the preposition belongs to a time, not to what was said.
_TIME_AFTER = re.compile(
    r"\s+(?:(?:a|an|the|some|many|several|two|three|\d+)\s+)?(?:years?|months?|weeks?|days?|decades?|hours?|minutes?"
    r"|ages|midnight|noon|dawn)\b|\s+\d",
    re.IGNORECASE,
)


def _verb_alone(text: str, start: int, end: int, known: Mapping[str, str]) -> tuple[int, int]:
    """The cue ``text[start:end]`` ("argued for"), or its verb alone when a duration or a time follows and the
    verb alone is a cue (``known``: the lexicon's one-word forms)."""
    if _TIME_AFTER.match(text, end) is None:
        return start, end
    blank = text.find(" ", start, end)
    return (start, blank) if blank > start and cue_key(text[start:blank]) in known else (start, end)


def _whole_words(body: str) -> str:
    return rf"(?<![\w'’-])(?:{body})(?![\w'’-])"


def _after_mark(body: str) -> str:
    return rf"[^\w'’-]((?:{body})(?![\w'’-]))"


@lru_cache(maxsize=16)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile``, kept here too: a cue pattern of a few hundred forms takes tens of milliseconds to
    compile, and `re`'s own cache may have dropped it after many other patterns; its compiled program is kept
    on disk between runs (`kept_pattern`: compiling was ~0.05 s of every process's attributions stage)."""
    return kept_pattern(pattern, flags)


def _genders(data: dict[str, Any], female_key: str, male_key: str) -> dict[str, str]:
    """Words of both lists are dropped: a word that may mean either tells nothing."""
    female = {cue_key(w) for w in data.get(female_key) or ()}
    male = {cue_key(w) for w in data.get(male_key) or ()}
    return {**{w: "f" for w in female - male}, **{w: "m" for w in male - female}}


def _trie_pattern(phrases: list[str]) -> str:
    """One regex for all phrases, nested by shared prefix.

    A flat alternation of ~200 words makes the regex engine try each at every
    position; a prefix tree tries one branch per letter, which is what keeps a
    1 MB article scan in the tens of milliseconds. A longer phrase is preferred
    over its own prefix ("saying" over "say"); spaces match any run of blanks.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return build(trie)


def cue_key(form: object) -> str:
    """How a cue is looked up: lower case, blanks collapsed ("Was  Quoted" -> "was quoted")."""
    low = str(form).lower()
    if low.isalpha():
        return low  # one word, most cues (~20,000 lookups on a long pair): no blank to collapse
    return " ".join(low.split())


def _read_yaml(path: Path) -> dict[str, Any]:
    data = read_yaml_file(path, "reporting-verbs")
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReaderError(f"{path}: reporting verbs must be a mapping (classes:, multiword:, adverbs:)")
    _check_layout(data, path)
    return data


# The frames a `position_frames` entry may name, and the cue class each gives (`forms.position_frame` reads them).
POSITION_FRAMES = {"to": "intention", "that": "belief", "as": "describe"}


def _check_layout(data: dict[str, Any], path: Path) -> None:
    classes = data.get("classes") or {}
    if not isinstance(classes, dict):
        raise ReaderError(f"{path}: 'classes' must map a class name to its forms")
    count = 0
    for name, spec in classes.items():
        forms = spec.get("forms", []) if isinstance(spec, dict) else spec
        if not isinstance(forms, list):
            raise ReaderError(f"{path}: class '{name}' needs a list of word forms")
        for position, form in enumerate(forms, 1):
            _check_form(form, path, f"class '{name}', form {position}")
        count += len(forms)
    for key in ("multiword", "adverbs", "position_frames"):
        table = data.get(key) or {}
        if not isinstance(table, dict):
            raise ReaderError(f"{path}: '{key}' must map a phrase to its class")
        for position, (phrase, cls) in enumerate(table.items(), 1):
            _check_form(phrase, path, f"'{key}', entry {position}")
            if not isinstance(cls, str):
                raise ReaderError(
                    f"{path}: '{key}', entry {position} ({phrase}): the class must be a name, not {_yaml_repr(cls)}"
                )
            if key == "position_frames" and cls not in POSITION_FRAMES:
                raise ReaderError(
                    f"{path}: 'position_frames', entry {position} ({phrase}): the frame must be one of "
                    f"{', '.join(POSITION_FRAMES)}, not {cls!r}"
                )
        count += len(table)
    if count > MAX_FORMS:
        raise ReaderError(f"{path}: {count:,} cue forms; the limit is {MAX_FORMS:,}")
    for key in LIST_KEYS:
        words = data.get(key) or []
        if not isinstance(words, list):
            raise ReaderError(f"{path}: '{key}' must be a list of words")
        for position, word in enumerate(words, 1):
            if not isinstance(word, str):
                raise ReaderError(f"{path}: '{key}', entry {position} is {_yaml_repr(word)}, not a word{_quote_hint(word)}")


def _check_form(form: object, path: Path, where: str) -> None:
    """A cue form is a string of at most MAX_FORM_WORDS words and MAX_FORM_CHARS characters."""
    if not isinstance(form, str):
        raise ReaderError(f"{path}: {where} is {_yaml_repr(form)}, not a word form{_quote_hint(form)}")
    words = form.split()
    if not words:
        raise ReaderError(f"{path}: {where} is empty")
    if len(words) > MAX_FORM_WORDS or len(" ".join(words)) > MAX_FORM_CHARS:
        raise ReaderError(
            f"{path}: {where} has {len(words)} words and {len(' '.join(words))} characters; "
            f"the limits are {MAX_FORM_WORDS} words and {MAX_FORM_CHARS} characters"
        )


def _yaml_repr(value: object) -> str:
    if isinstance(value, bool):
        return f"the YAML boolean {str(value).lower()}"
    if value is None:
        return "empty (null)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"a {type(value).__name__}"


def _quote_hint(value: object) -> str:
    if isinstance(value, bool):
        return " (YAML reads yes/no/on/off/true/false as booleans: put the word in quotes, 'no')"
    if isinstance(value, (int, float)):
        return " (put it in quotes)"
    return ""


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra``'s forms added class by class (a new class is added whole)."""
    merged = dict(base)
    classes = {name: _as_spec(spec) for name, spec in (base.get("classes") or {}).items()}
    for name, spec in (extra.get("classes") or {}).items():
        spec = _as_spec(spec)
        if name in classes:
            old = classes[name]
            classes[name] = {
                "forms": [*old["forms"], *spec["forms"]],
                "object": bool(old.get("object") or spec.get("object")),
            }
        else:
            classes[name] = spec
    merged["classes"] = classes
    for key in ("multiword", "adverbs", "position_frames"):
        merged[key] = {**(base.get(key) or {}), **(extra.get(key) or {})}
    for key in LIST_KEYS:
        merged[key] = [*(base.get(key) or []), *(extra.get(key) or [])]
    return merged


def _as_spec(spec: Any) -> dict[str, Any]:
    if isinstance(spec, dict):
        return {"forms": list(spec.get("forms") or []), "object": bool(spec.get("object"))}
    return {"forms": list(spec or []), "object": False}
