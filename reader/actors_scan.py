"""Find actor mentions in one article: gazetteer names and discovered names.

The text is scanned for runs of capitalised words (with name particles such
as al-, bin, von). Each run is matched against the gazetteer, longest name
first; the words no entry covers become discovered candidates once
sentence-initial common words, dates, titles and descriptors are trimmed.
The words around a candidate vote on its kind (`actors_context`).

Everything that depends on a run's text alone (its words, gazetteer
segments and what its unknown words make, `actors_discover`) is worked out
once per distinct run text and shared across the articles of one call: long
articles repeat the same names thousands of times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from reader.actors_context import Context
from reader.actors_discover import NameRules, NameSlot, Word
from reader.actors_gazetteer import IndexedForm
from reader.actors_names import ARABIC_ARTICLES, strip_possessive
from reader.actors_patterns import CONNECTORS, HYPHENS, run_patterns, run_spans
from reader.model import Article

_OPENERS = "\"'“‘([—–-«"
_COMPOUND_PART = re.compile(f"[{HYPHENS}]([^\\W_]+)")
_CONNECTOR_GAPS = frozenset({" of ", " for ", " on ", " of the ", " for the ", " on the "})
_CONNECTOR_STARTS = (" of ", " for ", " on ")
# Bylines of wire copy: "(Reporting by Tom Perry; Editing by ...)".
_BYLINE_WORDS = frozenset({"reporting", "writing", "editing", "compiled", "written", "photo", "photos"})


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


class GazetteerHit(NamedTuple):
    article: int  # position of the article in the input
    start: int
    end: int
    entry: str  # GazetteerEntry.id, or "place:<name>" for a capital used as a place
    surface: str


class Candidate(NamedTuple):
    """A discovered name: one mention plus the evidence around it."""

    article: int
    start: int
    end: int
    surface: str
    key: tuple[str, ...]
    words: int  # capitalised words in the name
    initial: bool  # opens a sentence: weak evidence that it is a name at all
    votes: dict[str, int]
    parent: str | None = None


class ArticleScanner:
    """Scans one article; `scan()` returns its gazetteer hits and candidates."""

    def __init__(self, article: Article, position: int, rules: NameRules, layouts: dict | None = None,
                 word_shapes: dict | None = None):
        self.text = article.text
        self.position = position
        self.gaz = gazetteer = rules.gaz
        self.rules = rules
        self.context = Context(article.text, gazetteer)
        self.sentence_starts = {s.start for s in article.sentences}
        self.particles = rules.particles
        self.stop_words, self.descriptors, self.titles = rules.stop_words, rules.descriptors, rules.titles
        self.run_re, self.word_re = run_patterns(self.particles)
        # What a run holds depends on its text alone: shared across runs and articles.
        self.layouts: dict[str, list[KnownName | ContextName | NameSlot]] = {} if layouts is None else layouts
        self.word_shapes: dict[str, tuple[bool, bool, tuple[tuple[int, str], ...]]] = (
            {} if word_shapes is None else word_shapes)
        self.hits: list[GazetteerHit] = []
        self.candidates: list[Candidate] = []

    def scan(self) -> tuple[list[GazetteerHit], list[Candidate]]:
        text, cache, hits, position = self.text, self.layouts, self.hits, self.position
        for start, end in self._runs():
            run = text[start:end]
            layout = cache.get(run)
            if layout is None:
                layout = self._layout(run)
                if len(cache) < 100_000:
                    cache[run] = layout
            for item in layout:
                if type(item) is KnownName:  # the common case needs no context
                    hits.append(GazetteerHit(position, item.start + start, item.end + start, item.entry, item.surface))
                elif type(item) is ContextName:
                    self._gazetteer_hit(item.start + start, item.end + start, item.form, item.following)
                else:
                    self._discover(item, start)
        return self.hits, self.candidates

    def _layout(self, run: str) -> list[KnownName | ContextName | NameSlot]:
        """The known names and unknown-word slots of a run, in text order, offsets relative to it."""
        layout: list[KnownName | ContextName | NameSlot] = []
        for words in self._sub_runs(run):
            segments = self._join(words, self._segment(tuple(w.text for w in words)))
            for n, seg in enumerate(segments):
                form = seg.form
                if form is None:
                    may_open = words[0].start == 0 and seg.start == 0
                    slot = self.rules.slot(run, words[seg.start:seg.end], seg.parent, may_open)
                    if slot is not None:
                        layout.append(slot)
                    continue
                start, end = words[seg.start].start, words[seg.end - 1].end
                if form.form in ("name", "alias"):
                    layout.append(KnownName(start, end, form.entry, run[start:end]))
                else:
                    layout.append(ContextName(start, end, form, segments[n + 1] if n + 1 < len(segments) else None))
        return layout

    def _runs(self) -> Iterator[tuple[int, int]]:
        """Runs of name words; "Council" + " for " + "Human Rights" is one run when the first ends an organisation."""
        text, suffix_kind = self.text, self.rules.suffix_kind
        first = last = -1  # the run pending, which a connector may still extend
        for start, end in run_spans(self.run_re, text):
            if first >= 0:
                if (text.startswith(_CONNECTOR_STARTS, last) and text[last:start] in _CONNECTOR_GAPS
                        and suffix_kind(text[first:last].rsplit(None, 1)[-1]) in ("organization", "group")):
                    last = end
                    continue
                yield first, last
            first, last = start, end
        if first >= 0:
            yield first, last

    # -- splitting runs -----------------------------------------------------------------------

    def _sub_runs(self, run: str) -> Iterator[list[Word]]:
        """A run's words (offsets into ``run``), cut after possessives ("Egypt's") and adjectives ("State-affiliated")."""
        current: list[Word] = []
        shapes = self.word_shapes
        for m in self.word_re.finditer(run):
            surface = m.group()
            shape = shapes.get(surface)
            if shape is None:
                shape = shapes[surface] = self._word_shape(surface)
            particle, ends_name, pieces = shape
            at = m.start()
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
            if ends_name:  # a possessive or an adjective ends the name
                yield from _trimmed(current)
                current = []
        yield from _trimmed(current)

    def _word_shape(self, surface: str) -> tuple[bool, bool, tuple[tuple[int, str], ...]]:
        """(a particle?, ends a name?, the names it holds with their offsets in it)."""
        if surface in self.particles or surface in CONNECTORS:
            return True, False, ()
        bare = _adjective_stem(strip_possessive(surface), self.particles)
        return False, bare != surface, self._split_compound(bare)

    def _split_compound(self, surface: str) -> tuple[tuple[int, str], ...]:
        """ "Sinai-Gaza" -> Sinai, Gaza when both halves are known and the whole is not."""
        names = re.split(f"[{HYPHENS}]", surface)
        keyer, index = self.gaz.keyer, self.gaz.index
        if (len(names) < 2 or any(not p[:1].isupper() for p in names) or keyer.key(surface) in index
                or not all(keyer.key(p) in index for p in names)):
            return ((0, surface),)
        pieces, offset = [], 0
        for name in names:
            pieces.append((offset, name))
            offset += len(name) + 1
        return tuple(pieces)

    def _is_initial(self, start: int) -> bool:
        """Whether a word at ``start`` opens a sentence, a quotation or a line."""
        text, i = self.text, start
        while i > 0 and text[i - 1] in _OPENERS:
            i -= 1
        if i in self.sentence_starts or i != start:
            return True
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        return i == 0 or text[i - 1] in ".!?:;\n\r"

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
            if prev is not None and prev.form is not None and seg.form is None and self.rules.suffix_of(words[seg.start:seg.end]):
                kind = self.gaz.entry(prev.form.entry).kind
                if kind != "person":  # "Egyptian Foreign Ministry", "Hamas Political Bureau"
                    parent = prev.form.entry if kind in ("country", "organization", "group") else None
                    joined[-1] = Segment(prev.start, seg.end, None, parent)
                    continue
            if (prev is not None and prev.form is None and seg.form is not None and seg is segments[-1]
                    and seg.end - seg.start == 1 and seg.form.form in ("name", "alias", "metonym")
                    and not seg.form.capitals_only and self.gaz.entry(seg.form.entry).kind in ("country", "place")
                    and self._name_like(words[prev.start:prev.end])):
                joined[-1] = Segment(prev.start, seg.end, None)
                continue
            if prev is not None and prev.form is None and words[prev.end - 1].text in CONNECTORS:
                # "Central Bank of" + "Egypt": the known name ends an organisation's name
                kind = self.gaz.entry(seg.form.entry).kind if seg.form is not None else None
                parent = seg.form.entry if seg.form is not None and kind == "country" else prev.parent
                joined[-1] = Segment(prev.start, seg.end, None, parent)
                continue
            joined.append(seg)
        return joined

    def _name_like(self, words: list[Word]) -> bool:
        """Given-name-like words: not titles, dates, descriptors or sentence words."""
        names = [w for w in words if not w.particle]
        return bool(names) and all(
            w.text.casefold() not in self.stop_words and w.text.casefold() not in self.titles
            and w.text.casefold() not in self.descriptors and not w.text.isupper()
            for w in names
        )

    # -- known names --------------------------------------------------------------------------

    def _gazetteer_hit(self, start: int, end: int, form: IndexedForm, following: Segment | None) -> None:
        """A demonym or metonym: whether it stands for its state depends on the words around it."""
        entry = form.entry
        if form.form == "demonym":
            if following is not None and (following.form is None or self.gaz.entry(following.form.entry).kind == "person"):
                return  # "Egyptian President Sisi", "Egyptian Foreign ..." : a nationality, not the state
            if following is None:
                if self.context.introduces_person(end):
                    return  # "Egyptian journalist Ashraf ..."
                end = self.context.government_noun_end(end)  # "Egyptian authorities"
        elif form.form == "metonym" and not self.context.metonym_acts(start, end):
            same_place = self.gaz.index.get(self.gaz.keyer.key(form.surface))
            entry = "place:" + form.surface
            if same_place is not None and self.gaz.entry(same_place.entry).kind == "place":
                entry = same_place.entry
        self.hits.append(GazetteerHit(self.position, start, end, entry, self.text[start:end]))

    # -- discovered names ---------------------------------------------------------------------

    def _discover(self, slot: NameSlot, base: int) -> None:
        """A candidate from one occurrence of a slot at ``base``, its run's start."""
        initial = slot.may_open and self._is_initial(base)
        plain, after_place = slot.shapes[initial] or self.rules.shapes(slot, initial)
        before = None
        if plain is after_place:
            shape = plain
        else:
            before = self.context.before(slot.words[0].start + base)
            shape = after_place if self.context.after_place_preposition(before) else plain
        if shape is None:
            return
        start, end = shape.start + base, shape.end + base
        previous, comma = before if before is not None and shape.first == 0 else self.context.before(start)
        votes = dict(shape.votes)
        for kind, weight in self.context.votes(previous, comma, self.context.after(end), self.text[end:end + 6],
                                               shape.has_suffix):
            votes[kind] = votes.get(kind, 0) + weight
        if not shape.has_suffix and not comma and previous[:1] == ["by"] and previous[1:2] and previous[1] in _BYLINE_WORDS:
            votes["person"] = votes.get("person", 0) + 3
        if not votes and shape.looks_like_name:
            votes["person"] = 1  # looks like a given name and a surname, and nothing says otherwise
        self.candidates.append(Candidate(self.position, start, end, shape.surface, shape.key, shape.names,
                                         initial and shape.first == 0, votes, slot.parent))

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
