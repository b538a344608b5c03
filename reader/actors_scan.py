"""Find actor mentions in one article: gazetteer names and discovered names.

The text is scanned for runs of capitalised words (with name particles such
as al-, bin, von). Each run is matched against the gazetteer, longest name
first; the words no entry covers become discovered candidates once
sentence-initial common words, dates, titles and descriptors are trimmed.
The words around a candidate vote on its kind (`actors_context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.actors_context import Context
from reader.actors_gazetteer import Gazetteer, IndexedForm
from reader.actors_names import ARABIC_ARTICLES, strip_possessive
from reader.actors_patterns import CONNECTORS as _CONNECTORS, HYPHENS as _HYPHENS, run_patterns
from reader.model import Article

_OPENERS = "\"'“‘([—–-«"
_COMPOUND_PART = re.compile(f"[{_HYPHENS}]([^\\W_]+)")
# Words that start a person's name the way a particle does ("Abu Mazen", "bin Salman").
_NAME_PARTICLES = frozenset({"abu", "abou", "bin", "ibn", "bint", "umm", "ben"})
_CONNECTOR_GAPS = frozenset({" of ", " for ", " on ", " of the ", " for the ", " on the "})
_CONNECTOR_STARTS = (" of ", " for ", " on ")
# Bylines of wire copy: "(Reporting by Tom Perry; Editing by ...)".
_BYLINE_WORDS = frozenset({"reporting", "writing", "editing", "compiled", "written", "photo", "photos"})


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    particle: bool  # a lower-case name particle between capitalised words


@dataclass(frozen=True, slots=True)
class Segment:
    """Words [start, end) of a run: a gazetteer form, or unknown words (form None)."""

    start: int
    end: int
    form: IndexedForm | None
    parent: str | None = None  # the country a joined name belongs to ("Egyptian Foreign Ministry")


class GazetteerHit(NamedTuple):
    article: int  # position of the article in the input
    start: int
    end: int
    entry: str  # GazetteerEntry.id, or "place:<name>" for a capital used as a place
    surface: str


@dataclass(slots=True)
class Candidate:
    """A discovered name: one mention plus the evidence around it."""

    article: int
    start: int
    end: int
    surface: str
    key: tuple[str, ...]
    words: int  # capitalised words in the name
    initial: bool  # opens a sentence: weak evidence that it is a name at all
    votes: dict[str, int] = field(default_factory=dict)
    parent: str | None = None


class ArticleScanner:
    """Scans one article; `scan()` returns its gazetteer hits and candidates."""

    def __init__(self, article: Article, position: int, gazetteer: Gazetteer, vocabulary: frozenset[str],
                 layouts: dict | None = None):
        self.text = article.text
        self.position = position
        self.gaz = gazetteer
        self.context = Context(article.text, gazetteer)
        self.vocabulary = vocabulary
        self.sentence_starts = {s.start for s in article.sentences}
        word_set = gazetteer.word_set
        self.stop_words = word_set("non_names") | word_set("dates")
        self.descriptors = word_set("descriptors")
        self.titles = word_set("titles")
        self.particles = word_set("particles")
        self.roles = word_set("person_roles")
        self.lone_words = self.stop_words | self.descriptors | self.titles
        self.run_re, self.word_re = run_patterns(self.particles)
        # A run's words and gazetteer segments depend on its text alone: shared across runs and articles.
        self.layouts: dict[str, list[tuple[list[Word], list[Segment]]]] = {} if layouts is None else layouts
        self.hits: list[GazetteerHit] = []
        self.candidates: list[Candidate] = []

    def scan(self) -> tuple[list[GazetteerHit], list[Candidate]]:
        text, cache = self.text, self.layouts
        for start, end in self._runs():
            run = text[start:end]
            layout = cache.get(run)
            if layout is None:
                layout = [(words, self._join(words, self._segment(tuple(w.text for w in words))))
                          for words in self._sub_runs(run)]
                if len(cache) < 100_000:
                    cache[run] = layout
            for words, segments in layout:
                self._scan_run(words, start, segments, words[0].start == 0)
        return self.hits, self.candidates

    def _runs(self) -> Iterator[tuple[int, int]]:
        """Runs of name words; "Council" + " for " + "Human Rights" is one run when the first ends an organisation."""
        pending: tuple[int, int] | None = None
        for match in self.run_re.finditer(self.text):
            if pending is not None:
                if (self.text.startswith(_CONNECTOR_STARTS, pending[1])
                        and self.text[pending[1]:match.start()] in _CONNECTOR_GAPS
                        and self.context.suffix_kind(self.text[pending[0]:pending[1]].rsplit(None, 1)[-1])
                        in ("organization", "group")):
                    pending = (pending[0], match.end())
                    continue
                yield pending
            pending = (match.start(), match.end())
        if pending is not None:
            yield pending

    # -- splitting runs -----------------------------------------------------------------------

    def _sub_runs(self, run: str) -> Iterator[list[Word]]:
        """A run's words (offsets into ``run``), cut after possessives ("Egypt's") and adjectives ("State-affiliated")."""
        current: list[Word] = []
        for m in self.word_re.finditer(run):
            surface = m.group()
            if surface in self.particles or surface in _CONNECTORS:
                current.append(Word(m.start(), m.end(), surface, True))
                continue
            bare = _adjective_stem(strip_possessive(surface), self.particles)
            pieces = self._split_compound(m.start(), bare)
            if len(pieces) > 1:  # "Sinai-Gaza": two names side by side
                yield from _trimmed(current)
                current = []
                for piece in pieces:
                    yield from _trimmed([piece])
                continue
            current.append(pieces[0])
            if bare != surface:  # a possessive or an adjective ends the name
                yield from _trimmed(current)
                current = []
        yield from _trimmed(current)

    def _split_compound(self, start: int, surface: str) -> list[Word]:
        """ "Sinai-Gaza" -> Sinai, Gaza when both halves are known and the whole is not."""
        names = re.split(f"[{_HYPHENS}]", surface)
        keyer, index = self.gaz.keyer, self.gaz.index
        if (len(names) < 2 or any(not p[:1].isupper() for p in names) or keyer.key(surface) in index
                or not all(keyer.key(p) in index for p in names)):
            return [Word(start, start + len(surface), surface, False)]
        pieces, offset = [], start
        for name in names:
            pieces.append(Word(offset, offset + len(name), name, False))
            offset += len(name) + 1
        return pieces

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

    def _scan_run(self, words: list[Word], base: int, segments: list[Segment], run_start: bool) -> None:
        """Mentions from one run; ``words`` have offsets relative to ``base``, the run's start."""
        for n, seg in enumerate(segments):
            form = seg.form
            if form is None:
                if seg.end - seg.start == 1 and words[seg.start].text.casefold() in self.lone_words:
                    continue  # "The", "According", "Tuesday", "Islamist": never a name alone
                placed = [Word(w.start + base, w.end + base, w.text, w.particle) for w in words[seg.start:seg.end]]
                initial = run_start and seg.start == 0 and self._is_initial(base)
                self._discover(placed, seg.parent, initial)
                continue
            start, end = words[seg.start].start + base, words[seg.end - 1].end + base
            if form.form in ("name", "alias"):  # the common case needs no context
                self.hits.append(GazetteerHit(self.position, start, end, form.entry, self.text[start:end]))
            else:
                self._gazetteer_hit(start, end, form, segments[n + 1] if n + 1 < len(segments) else None)

    def _segment(self, surfaces: tuple[str, ...]) -> list[Segment]:
        """Longest gazetteer matches, left to right; words no entry covers get form None."""
        keyer, index, longest = self.gaz.keyer, self.gaz.index, self.gaz.max_key_length
        keys = [_particle_key(s) if s in self.particles or s in _CONNECTORS else keyer.key(s) for s in surfaces]
        name_word = [s not in self.particles and s not in _CONNECTORS for s in surfaces]
        out: list[Segment] = []
        i, n = 0, len(surfaces)
        while i < n:
            found = None
            if keys[i] and name_word[i]:
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
            if prev is not None and prev.form is not None and seg.form is None and self._suffix_of(words[seg.start:seg.end]):
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
            if prev is not None and prev.form is None and words[prev.end - 1].text in _CONNECTORS:
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

    def _discover(self, words: list[Word], parent: str | None, initial: bool) -> None:
        first, last = 0, len(words)
        while last > first and (words[last - 1].particle or self._dropped(words[last - 1].text)):
            last -= 1  # "Commission President" before a known name, "Hamas Tuesday"
        suffix_kind = self._suffix_of(words[first:last]) if last > first else None
        titled = False
        place_title = self.context.after_place_preposition(words[0].start)  # "near Sheikh Zuweid"
        while first < last:
            word = words[first]
            folded = word.text.casefold()
            if word.particle or folded in self.stop_words:
                pass
            elif suffix_kind is not None:
                break  # "Foreign Ministry": titles and adjectives belong to an organisation's name
            elif folded in self.descriptors or (first == 0 and initial and folded in self.vocabulary
                                                   and folded not in self.particles):
                pass
            elif (folded in self.titles or folded in self.roles) and not place_title:
                titled = True
            else:
                break
            first += 1
        kept = words[first:last]
        names = [w for w in kept if not w.particle]
        if not names or (suffix_kind is None and all(w.text.casefold() in self.titles for w in names)):
            return
        start, end = kept[0].start, kept[-1].end
        surface = self.text[start:end]
        key = self.gaz.keyer.key(surface)
        if len("".join(key)) < 2:
            return
        candidate = Candidate(self.position, start, end, surface, key, len(names), initial and first == 0, parent=parent)
        self._vote(candidate, kept, suffix_kind, titled)
        self.candidates.append(candidate)

    def _dropped(self, word: str) -> bool:
        folded = word.casefold()
        return folded in self.stop_words or folded in self.titles or folded in self.descriptors

    def _suffix_of(self, words: list[Word]) -> str | None:
        """The kind a name's suffix gives it; before "of"/"for" the suffix is the word before."""
        for n, word in enumerate(words):
            if word.particle and word.text in _CONNECTORS and n > 0:
                return self.context.suffix_kind(words[n - 1].text)
        return self.context.suffix_kind(words[-1].text)

    def _vote(self, candidate: Candidate, words: list[Word], suffix_kind: str | None, titled: bool) -> None:
        votes = candidate.votes
        if suffix_kind is not None:
            votes[suffix_kind] = votes.get(suffix_kind, 0) + 5
        else:
            if titled:
                votes["person"] = votes.get("person", 0) + 3
            if candidate.words >= 2:
                folded_first = words[0].text.casefold()
                if folded_first in self.gaz.word_set("given_names"):
                    votes["person"] = votes.get("person", 0) + 2
                if any(w.particle or w.text.casefold() in _NAME_PARTICLES or w.text[:3] in ("al-", "el-") for w in words):
                    votes["person"] = votes.get("person", 0) + 2
        previous, comma = self.context.before(candidate.start)
        for kind, weight in self.context.votes(previous, comma, self.context.after(candidate.end),
                                               self.text[candidate.end:candidate.end + 6], suffix_kind is not None):
            votes[kind] = votes.get(kind, 0) + weight
        if suffix_kind is None and not comma and previous[:1] == ["by"] and previous[1:2] and previous[1] in _BYLINE_WORDS:
            votes["person"] = votes.get("person", 0) + 3
        if not votes and 2 <= candidate.words <= 3 and all(w.particle or _titlecase(w.text) for w in words):
            votes["person"] = 1  # looks like a given name and a surname, and nothing says otherwise


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


def _titlecase(word: str) -> bool:
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and word[:1].isupper() and not word.isupper()


def _capitals(surfaces: tuple[str, ...]) -> bool:
    return all(s.replace(".", "").isupper() for s in surfaces)
