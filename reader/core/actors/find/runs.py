"""What a run of name words holds, from its text alone: gazetteer names and unknown-word slots.

A run ("Egyptian Foreign Minister Sameh Shoukry") is cut into sub-runs at possessives and
adjectives, each sub-run is matched against the gazetteer, longest name first, and known and
unknown words that make one name are joined ("Egyptian Foreign Ministry", "Central Bank of
Egypt"). The unknown words become `NameSlot`s (`actors_discover`). None of this depends on
where the run occurs, so a `RunReader` works it out once per distinct run text and shares it
across the articles of one call: long articles repeat the same names thousands of times.
Whether a name opens a sentence or what words surround it is the scanner's business (`actors_scan`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.actors.find.discover import NameRules, NameSlot, Word
from reader.core.actors.find.patterns import CONNECTORS, HYPHENS, run_patterns
from reader.core.actors.find.repeats import without_repeats
from reader.core.lexicons.gazetteer import IndexedForm
from reader.core.text.names import ARABIC_ARTICLES, strip_possessive

# Name parts that need the next word to make a name ("Abdel Fattah", "Abu Mazen", "bin Laden").
_BOUND_NAME_PARTS = frozenset({"abdel", "abdul", "abd", "abdal", "abu", "abou", "bin", "ibn", "bint", "umm"})
_BODY_KINDS = frozenset({"organization", "group", "media"})
# Combining forms before a demonym that make one adjective or name with it ("Pan-American Highway")
_COMBINING = frozenset({"anglo", "franco", "sino", "indo", "afro", "euro", "latin", "ibero", "austro", "greco", "judeo", "russo"})
# Plural possessives that open bodies' names: "Children's Defense Fund", "People's Liberation Army"
_IRREGULAR_PLURALS = frozenset({"children", "women", "men", "people", "peoples"})
_TITLE_HEADS = frozenset({"cabinet", "press"})  # suffix words opening a post: "Cabinet Secretary", "Press Secretary"
_COMPOUND_PART = re.compile(f"[{HYPHENS}]([^\\W_]+)")
_INITIAL = re.compile(r"[A-Z]\.?")  # "R." in "Michael R. Bloomberg"
# A hyphenated given name: a capitalised syllable, a hyphen, a lower-case syllable
# ("Ji-yeon", "Dong-hyun", "Ing-wen"). Compound adjectives have the same shape
# ("Hamas-run"), so it is a name only after another name word and when its tail
# is no adjective ending (`_is_given_name`).
# A plain title-case word: a capital, then lower-case ASCII letters only
_UNSEEN = -1  # a word `_plain_words` has not looked at yet
_GIVEN_NAME = re.compile(f"[^\\W\\d_][^\\W\\d_]{{0,5}}[{HYPHENS}]([^\\W\\d_]{{2,6}})")


@dataclass(frozen=True, slots=True)
class Segment:
    """Words [start, end) of a run: a gazetteer form, or unknown words (form None)."""

    start: int
    end: int
    form: IndexedForm | None
    parent: str | None = None  # the country a joined name belongs to ("Egyptian Foreign Ministry")


class KnownName(NamedTuple):
    """A gazetteer name or alias in a run: a hit wherever the run occurs."""

    start: int  # relative to the run
    end: int
    entry: str
    surface: str


class ContextName(NamedTuple):
    """A demonym or metonym in a run: whether it stands for its state depends on the words around it."""

    start: int  # relative to the run
    end: int
    form: IndexedForm
    following: Segment | None


class RunReader:
    """Reads runs of name words with one set of name rules; remembers what each run text holds."""

    def __init__(self, rules: NameRules):
        self.rules = rules
        self.gaz = rules.gaz
        self.particles = rules.particles
        self.stop_words, self.descriptors, self.titles = rules.stop_words, rules.descriptors, rules.titles
        self.run_re, self.word_re = run_patterns(self.particles)
        self.layouts: dict[str, list[KnownName | ContextName | NameSlot]] = {}
        self.word_shapes: dict[str, tuple[bool, bool, tuple[tuple[int, str], ...]]] = {}
        self.adjective_tails = rules.adjective_tails
        self.given_name_words: dict[str, bool] = {}
        self.plain_word_cache: dict[str, int | None] = {}  # a plain word's class (numbered); None: not a plain word

    def layout(self, run: str) -> list[KnownName | ContextName | NameSlot]:
        """The known names and unknown-word slots of a run, in text order, offsets relative to it."""
        layout = self.layouts.get(run)
        if layout is None:
            layout = self._layout(run)
            if len(self.layouts) < 100_000:
                self.layouts[run] = layout
        return layout

    def _layout(self, run: str) -> list[KnownName | ContextName | NameSlot]:
        plain = self._plain_words(run)
        if plain is not None:  # the common case of a new name, worked out without the general machinery
            slot = self.rules.slot(run, plain[0], None, True, plain=plain[1])
            return [] if slot is None else [slot]
        layout: list[KnownName | ContextName | NameSlot] = []
        for words in self._cut_before_titles(without_repeats(self._sub_runs(run), self.rules.suffix_kind)):
            segments = self._join(words, self._segment(tuple(w.text for w in words)))
            for n, seg in enumerate(segments):
                form = seg.form
                if form is None:
                    may_open = words[0].start == 0 and seg.start == 0
                    slot = self.rules.slot(run, words[seg.start : seg.end], seg.parent, may_open)
                    if slot is not None:
                        layout.append(slot)
                    continue
                start, end = words[seg.start].start, words[seg.end - 1].end
                if form.form in ("name", "alias"):
                    layout.append(KnownName(start, end, form.entry, run[start:end]))
                else:
                    layout.append(ContextName(start, end, form, segments[n + 1] if n + 1 < len(segments) else None))
        return layout

    def _plain_words(self, run: str) -> tuple[list[Word], tuple[int, ...]] | None:
        """The words of a run of plain, distinct title-case words ("Zuni Zuzuho") that no gazetteer key
        starts with, and that hold no particle, title, possessive, hyphen or glued word, with their classes
        (`NameRules.word_class`); else None. Such a run is one unknown segment, which `_layout` would find by
        the long way."""
        pieces = run.split(" ")
        plain = self.plain_word_cache
        classes = []
        for piece in pieces:
            word_class = plain.get(piece, _UNSEEN)
            if word_class == _UNSEEN:
                word_class = plain[piece] = self.rules.word_class(piece) if self._is_plain_word(piece) else None
            if word_class is None:
                return None
            classes.append(word_class)
        if len(pieces) > 1 and len(set(pieces)) < len(pieces):
            return None  # a repeat ("Anthony Fauci Anthony"): `_without_repeats` decides
        words: list[Word] = []
        at = 0
        for piece in pieces:
            end = at + len(piece)
            words.append(Word(at, end, piece, False))
            at = end + 1
        return words, tuple(classes)

    def _is_plain_word(self, piece: str) -> bool:
        key = self.rules.plain_key(piece)
        if key is None or piece in self.particles or piece in CONNECTORS or piece.casefold() in self.titles:
            return False
        return not (key and key[0] in self.rules.key_heads)

    # -- splitting runs -----------------------------------------------------------------------

    def _cut_before_titles(self, sub_runs: Iterator[list[Word]]) -> Iterator[list[Word]]:
        """Sub-runs cut before a title that follows a body's name and precedes a name: "Wisconsin Republican
        Party | Chairman Reince Priebus", "RNC | Co-Chairwoman Ann Wagner", "Interior Ministry | Spokesman
        Ali". The body's name ends in an organisation suffix ("Party", "Ministry") or is an acronym."""
        titles, suffix_kind = self.titles, self.rules.suffix_kind
        for words in sub_runs:
            start = 0
            for n in range(1, len(words) - 1):
                word, before = words[n], words[n - 1]
                if word.particle or before.particle or word.text.casefold() not in titles:
                    continue
                if before.text.casefold() in titles or words[n + 1].particle:
                    continue
                if before.text.casefold() in _TITLE_HEADS or suffix_kind(words[-1].text) is not None:
                    continue  # "Cabinet Secretary" is one post; "NSW State Emergency Service" one body
                if suffix_kind(before.text) in _BODY_KINDS or (len(before.text) >= 2 and before.text.isupper()):
                    if n > start:
                        yield words[start:n]
                    start = n
            yield words[start:]

    def _sub_runs(self, run: str) -> Iterator[list[Word]]:
        """A run's words (offsets into ``run``), cut after possessives ("Egypt's") and adjectives ("State-affiliated")."""
        current: list[Word] = []
        held = 0  # words of `current` before a plural possessive that may open a body's name
        shapes = self.word_shapes
        for m in self.word_re.finditer(run):
            surface = m.group()
            shape = shapes.get(surface)
            if shape is None:
                shape = shapes[surface] = self._word_shape(surface)
            particle, ends_name, pieces = shape
            at = m.start()
            if ends_name and current and not current[-1].particle and self._is_given_name(surface):
                name = strip_possessive(surface)  # "Park Ji-yeon": one name, not "Park Ji" + "-yeon"
                current.append(Word(at, at + len(name), name, False))
                if name != surface:
                    yield from _trimmed(current)
                    current = []
                continue
            if particle:
                current.append(Word(at, m.end(), surface, True))
                continue
            if len(pieces) > 1:  # "Sinai-Gaza": two names side by side
                yield from _trimmed(current)
                current = []
                for offset, piece in pieces:
                    yield from _trimmed([Word(at + offset, at + offset + len(piece), piece, False)])
                continue
            piece = pieces[0][1]
            current.append(Word(at, at + len(piece), piece, False))
            if ends_name and not held and piece != surface and piece.casefold() in _IRREGULAR_PLURALS:
                held = len(current)  # "Children's Defense Fund": one name if a body's suffix ends it
            elif ends_name:  # a possessive or an adjective ends the name
                yield from self._held(current, held)
                current, held = [], 0
        yield from self._held(current, held)

    def _held(self, words: list[Word], held: int) -> Iterator[list[Word]]:
        """The words, kept whole past a plural possessive only when a body's suffix ends them."""
        if held and (held == len(words) or self.rules.suffix_kind(words[-1].text) not in _BODY_KINDS):
            yield from _trimmed(words[:held])
            words = words[held:]
        yield from _trimmed(words)

    def _word_shape(self, surface: str) -> tuple[bool, bool, tuple[tuple[int, str], ...]]:
        """(a particle?, ends a name?, the names it holds with their offsets in it)."""
        if surface in self.particles or surface in CONNECTORS:
            return True, False, ()
        bare = _adjective_stem(strip_possessive(surface), self.particles)
        head, dash, tail = bare.rpartition("-")
        if (
            len(head) >= 4
            and head.casefold() not in _COMBINING
            and not bare.isupper()
            and self.gaz.index.get(self.gaz.keyer.key(tail))
        ):
            if self.gaz.index[self.gaz.keyer.key(tail)].form == "demonym":
                bare = head  # "United States-Israeli relations": an adjective of two states
        return False, bare != surface, self._split_compound(bare)

    def _is_given_name(self, surface: str) -> bool:
        """Whether a word cut as a compound adjective is a hyphenated given name ("Min-seo")."""
        given = self.given_name_words.get(surface)
        if given is None:
            m = _GIVEN_NAME.fullmatch(strip_possessive(surface))
            tail = m.group(1) if m is not None else ""
            given = (
                m is not None
                and surface[0].isupper()
                and tail.islower()
                and not tail.endswith("ed")
                and tail not in self.adjective_tails
            )
            self.given_name_words[surface] = given
        return given

    def _split_compound(self, surface: str) -> tuple[tuple[int, str], ...]:
        """ "Sinai-Gaza" -> Sinai, Gaza when both halves are known and the whole is not."""
        names = re.split(f"[{HYPHENS}]", surface)
        keyer, index = self.gaz.keyer, self.gaz.index
        if (
            len(names) < 2
            or any(not p[:1].isupper() for p in names)
            or keyer.key(surface) in index
            or not all(keyer.key(p) in index for p in names)
        ):
            return ((0, surface),)
        pieces, offset = [], 0
        for name in names:
            pieces.append((offset, name))
            offset += len(name) + 1
        return tuple(pieces)

    # -- one run ------------------------------------------------------------------------------

    def _segment(self, surfaces: tuple[str, ...]) -> list[Segment]:
        """Longest gazetteer matches, left to right; words no entry covers get form None."""
        keyer, index, longest, heads = self.gaz.keyer, self.gaz.index, self.gaz.max_key_length, self.rules.key_heads
        keys = [_particle_key(s) if s in self.particles or s in CONNECTORS else keyer.key(s) for s in surfaces]
        name_word = [s not in self.particles and s not in CONNECTORS for s in surfaces]
        out: list[Segment] = []
        i, n = 0, len(surfaces)
        while i < n:
            found = None
            if keys[i] and name_word[i] and keys[i][0] in heads:  # else no gazetteer key can start here
                key: tuple[str, ...] = ()
                prefixes = []
                for j in range(i, min(n, i + longest + 2)):
                    key = key + keys[j]
                    prefixes.append((j + 1, key))
                for j, key in reversed(prefixes):
                    form = index.get(key)
                    if form is not None and name_word[j - 1] and (not form.capitals_only or _capitals(surfaces[i:j])):
                        found = Segment(i, j, form)
                        break
            if found is not None:
                out.append(found)
                i = found.end
            elif out and out[-1].form is None:
                out[-1] = Segment(out[-1].start, i + 1, None)
                i += 1
            else:
                out.append(Segment(i, i + 1, None))
                i += 1
        return out

    def _join(self, words: list[Word], segments: list[Segment]) -> list[Segment]:
        """Known and unknown words that make one name: "Egyptian Foreign Ministry", "Michael Jordan"."""
        joined: list[Segment] = []
        for seg in segments:
            prev = joined[-1] if joined else None
            if (
                prev is not None
                and prev.form is not None
                and seg.form is None
                and self.rules.suffix_of(words[seg.start : seg.end])
            ):
                kind: str | None = self.gaz.entry(prev.form.entry).kind
                if kind != "person":  # "Egyptian Foreign Ministry", "Hamas Political Bureau"
                    parent = prev.form.entry if kind in ("country", "organization", "group") else None
                    joined[-1] = Segment(prev.start, seg.end, None, parent)
                    continue
            if (
                prev is not None
                and prev.form is None
                and seg.form is not None
                and seg is segments[-1]
                and seg.end - seg.start == 1
                and seg.form.form in ("name", "alias", "metonym")
                and not seg.form.capitals_only
                and (
                    (
                        self.gaz.entry(seg.form.entry).kind in ("country", "place")
                        and self._name_like(words[prev.start : prev.end])
                    )
                    # "Ann Wagner" is no Wagner Group: a given name (and initials) before a body's one-word
                    # alias; "Michael R. Bloomberg" is no Bloomberg News
                    or (
                        self.gaz.entry(seg.form.entry).kind in ("organization", "group", "media")
                        and self._ends_in_given_name(words[prev.start : prev.end])
                    )
                )
            ):
                joined[-1] = Segment(prev.start, seg.end, None)
                continue
            if (
                prev is not None
                and prev.form is None
                and seg.form is not None
                and seg.end - seg.start == 1
                and words[prev.end - 1].text.casefold() in _BOUND_NAME_PARTS
            ):
                joined[-1] = Segment(prev.start, seg.end, None)  # "Alaa Abdel Fattah" is no "Fatah"
                continue
            if prev is not None and prev.form is None and words[prev.end - 1].text in CONNECTORS:
                # "Central Bank of" + "Egypt": the known name ends an organisation's name
                kind = self.gaz.entry(seg.form.entry).kind if seg.form is not None else None
                parent = seg.form.entry if seg.form is not None and kind == "country" else prev.parent
                joined[-1] = Segment(prev.start, seg.end, None, parent)
                continue
            joined.append(seg)
        return joined

    def _ends_in_given_name(self, words: list[Word]) -> bool:
        """ "Ann", "Michael R.": a given name, not in capitals, before at most initials."""
        last = [w.text for w in words if not _INITIAL.fullmatch(w.text)][-1:] or ["?"]
        return last[0].casefold() in self.rules.given_names and not last[0].isupper()

    def _name_like(self, words: list[Word]) -> bool:
        """Given-name-like words: not titles, dates, descriptors or sentence words."""
        names = [w for w in words if not w.particle]
        return bool(names) and all(
            w.text.casefold() not in self.stop_words
            and w.text.casefold() not in self.titles
            and w.text.casefold() not in self.descriptors
            and not w.text.isupper()
            for w in names
        )


def _adjective_stem(surface: str, particles: frozenset[str]) -> str:
    """ "State-affiliated" -> "State", "Hamas-run" -> "Hamas"; names keep their hyphens."""
    for m in _COMPOUND_PART.finditer(surface):
        part = m.group(1)
        if part[:1].islower() and part not in particles:
            return surface[: m.start()]
    return surface


def _trimmed(words: list[Word]) -> Iterator[list[Word]]:
    """The words without particles dangling at either end, if any remain."""
    first, last = 0, len(words)
    while first < last and words[first].particle:
        first += 1
    while last > first and words[last - 1].particle:
        last -= 1
    if first < last:
        yield words[first:last]


def _particle_key(surface: str) -> tuple[str, ...]:
    return () if surface in ARABIC_ARTICLES else (surface,)


def _capitals(surfaces: tuple[str, ...]) -> bool:
    return all(s.replace(".", "").isupper() for s in surfaces)
