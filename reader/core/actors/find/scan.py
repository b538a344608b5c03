"""Find actor mentions in one article: gazetteer names and discovered names.

The text is scanned for runs of capitalised words (with name particles such as al-, bin, von). Each
run is matched against the gazetteer, longest name first; the words no entry covers become discovered
candidates once sentence-initial common words, dates, titles and descriptors are trimmed. The words
around a candidate vote on its kind (`actors_context`).

What a run holds by its text alone (its words, gazetteer segments, unknown-word slots) comes from
`actors_runs`, once per distinct run text; what depends on the occurrence (opening a sentence, the
words around, a dateline, an acronym in brackets after it) is worked out here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from reader.core.actors.find.context import Context
from reader.core.actors.find.discover import ACRONYM, CAPITALS, NameSlot, is_acronym
from reader.core.actors.find.patterns import BEATEN_THE, CALL_SIGN, HYPHENS, SPORTS_ROLE, run_start
from reader.core.actors.find.runs import ContextName, KnownName, RunReader, Segment
from reader.core.lexicons.gazetteer import IndexedForm
from reader.core.model import Article

_OPENERS = "\"'“‘([—–-«"
_GENERATIONS = (" Jr.", " Sr.", ", Jr.", ", Sr.")
_QUOTES = "\"“”'‘’"
_CONNECTOR_GAPS = frozenset({" of ", " for ", " on ", " of the ", " for the ", " on the "})
_CONNECTOR_STARTS = (" of ", " for ", " on ")
_LONGEST_GAP = max(map(len, (*_CONNECTOR_GAPS, " & ", " and ", " the ")))  # what joins two runs, at its longest
_ORGANISATIONS = ("organization", "group")
_DATELINE_ENDS = (",", " —", " –", " -", " (")
_PERSON_BODIES = (" administration", " campaign")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_BRACKETED = re.compile(r" \(([^\s()]{2,9})\)")
# Bylines of wire copy: "(Reporting by Tom Perry; Editing by ...)".
# A side's score after its name in a results line: "Glamorgan 259 and 207", "Kent 108-3.", "Ajax 2 PSV 1"
_SCORE_AFTER = re.compile(r"(?: \([^()\n]{2,30}\))? \d{1,3}(?:-\d{1,3})?(?= and \d| \(|[,;.]?$|[,;]| [^\W\d_])", re.MULTILINE)
# what opens a side in such a line: the line's start, "Venue:", a comma, a semicolon, the other side's score
_SIDE_OPENERS = ("\n", ":", ",", ";", *"0123456789")
# "A. Symonds", "D.A. Weibring": initials and one surname, the way results and bylines write people
_INITIALS_AND_SURNAME = re.compile(r"(?:[^\W\d_]\.){1,3} ?[^\W\d_][^\W\d_]+(?:[-'’][^\W\d_]+)*")
# "Kent 128-1 (...) v Northamptonshire.", "Essex v Kent": the two sides of a fixture
_VERSUS_AFTER = re.compile(r" v (?=[^\W\d_])")  # "Roe v. Wade" is a court case
_VERSUS_BEFORE = re.compile(r"[ )]v $")
# A table's row after its name: three figures or more to the end of the line ("3 1 2 0 3 2 5", "74 59 .556 -")
_TABLE_ROW = re.compile(r"(?:[ \t]+(?:[-+]?\d[\d.,:/]*%?|\.\d+|-)){3,}[ \t]*$", re.MULTILINE)
_CAPITALS_FIXTURE = re.compile(r"[A-Z][A-Z .'’&-]* AT [A-Z][A-Z .'’&-]*")
_INITIAL = re.compile(r"[^\W\d_]\.")  # "A. Dale 69": a player and his runs
_BYLINE_WORDS = frozenset({"reporting", "writing", "editing", "compiled", "written", "photo", "photos"})


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


class Definition(NamedTuple):
    """ "Nordic Pilots Association (NPA)": the name's gazetteer entry or key, the acronym and its key."""

    entry: str | None
    long: tuple[str, ...]
    acronym: str
    short: tuple[str, ...]


class ArticleScanner:
    """Scans one article; `scan()` returns its gazetteer hits and candidates."""

    def __init__(self, article: Article, position: int, reader: RunReader):
        self.text = article.text
        self.position = position
        self.reader = reader
        self.gaz = gazetteer = reader.gaz
        self.rules = reader.rules
        self.context = Context(article.text, gazetteer)
        self.sentence_starts = {s.start for s in article.sentences}
        self.hits: list[GazetteerHit] = []
        self.candidates: list[Candidate] = []
        self.definitions: list[Definition] = []

    def scan(self) -> tuple[list[GazetteerHit], list[Candidate]]:
        text, hits, position = self.text, self.hits, self.position
        cache, layout_of = self.reader.layouts, self.reader.layout
        runs = self._fixtures(self._runs()) if " AT " in text else self._runs()  # no fixture line to cut
        for start, end in runs:
            run = text[start:end]
            layout = cache.get(run)
            if layout is None:  # an empty layout is known too: no second look-up
                layout = layout_of(run)
            for item in layout:
                if type(item) is KnownName:  # the common case needs no context
                    if item.end + start == end and text.startswith(_PERSON_BODIES, end) and self._is_person(item.entry):
                        self._person_body(item.start + start, end)  # "the Obama administration"
                        continue
                    hit_end = item.end + start
                    if text.startswith(_GENERATIONS, hit_end) and self._is_person(item.entry):
                        hit_end = text.index(".", hit_end + 1) + 1  # "Joseph R. Biden Jr.": the suffix is his
                    hits.append(
                        GazetteerHit(position, item.start + start, hit_end, item.entry, text[item.start + start : hit_end])
                    )
                elif type(item) is ContextName:
                    self._gazetteer_hit(item.start + start, item.end + start, item.form, item.following)
                else:
                    self._discover(cast(NameSlot, item), start)
        self._find_definitions()
        return self.hits, self.candidates

    def _is_person(self, entry: str) -> bool:
        return entry in self.gaz.by_id and self.gaz.entry(entry).kind == "person"

    def _person_body(self, start: int, end: int) -> None:
        """ "Obama administration", "Trump campaign": a body named after its leader, not the leader."""
        word_end = end + len(next(b for b in _PERSON_BODIES if self.text.startswith(b, end)))
        surface = self.text[start:word_end]
        key = self.gaz.keyer.key(surface)
        self.candidates.append(Candidate(self.position, start, word_end, surface, key, 2, False, {"organization": 5}, None))

    def _runs(self) -> Iterator[tuple[int, int]]:
        """Runs of name words; "Council" + " for " + "Human Rights" is one run when the first ends an
        organisation, and so is "Port" + " of " + "Rotterdam Authority" when the whole does. A lone
        place word before "of" is the head noun of the place that follows ("the Port of Rotterdam")."""
        text, suffix_kind = self.text, self.rules.suffix_kind
        first = last = -1  # the run pending, which a connector may still extend
        for match in self.reader.run_re.finditer(text):  # `run_spans`, inlined: one generator less a run
            start, end = match.span()
            if start and text[start - 1] in HYPHENS:
                start = run_start(text, start)
            if first >= 0 and start - last > _LONGEST_GAP:  # no connector between: most runs
                yield first, last
            elif first >= 0:
                gap = text[last:start]
                if (gap == " & " or gap == " and ") and self._joins_across_and(first, last, start, end):
                    last = end
                    continue
                if gap == " the " and self._word_the_name(first, last, start, end):
                    if text[first - 1 : first] in _QUOTES and text[end : end + 2].lstrip(".,")[:1] in _QUOTES:
                        first = last = -1  # “Face the Nation”, “Meet the Press”: a programme's title, no actor
                        continue
                    last = end  # "Fix the Court", "Alexander the Great": one name
                    continue
                if text.startswith(_CONNECTOR_STARTS, last) and gap in _CONNECTOR_GAPS:
                    head = suffix_kind(text[first:last].rsplit(None, 1)[-1])
                    if head in _ORGANISATIONS or (
                        head is not None and suffix_kind(text[start:end].rsplit(None, 1)[-1]) in _ORGANISATIONS
                    ):
                        last = end
                        continue
                    if head == "place" and " " not in text[first:last] and text.startswith(" of ", last):
                        first, last = start, end
                        continue
                yield first, last
            first, last = start, end
        if first >= 0:
            yield first, last

    def _word_the_name(self, first: int, last: int, start: int, end: int) -> bool:
        """ "Fix" + " the " + "Court": one unknown title-case word, then "the" and a name of a word or two,
        make one name ("Fix the Court", "Save the Children"); not "Obama" + " the " + ... ."""
        word = self.text[first:last]
        if " " in word or word.isupper() or self.text.count(" ", start, end) > 1:
            return False
        folded = word.casefold()
        if folded in self.rules.stop_words or folded in self.rules.titles or folded in self.reader.particles:
            return False
        return self.gaz.keyer.key(word) not in self.gaz.index

    def _fixtures(self, runs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Runs, with a fixture line in capitals cut at its " AT ": "KANSAS CITY AT DETROIT" is two sides."""
        text = self.text
        for start, end in runs:
            at = text.find(" AT ", start, end)
            if (
                at > start
                and (start == 0 or text[start - 1] == "\n")
                and (end == len(text) or text[end] in "\r\n")
                and _CAPITALS_FIXTURE.fullmatch(text, start, end)
            ):
                yield start, at
                yield at + 4, end
            else:
                yield start, end

    def _joins_across_and(self, first: int, last: int, start: int, end: int) -> bool:
        """Whether "and"/"&" between two runs is inside one name: "Trinidad and Tobago" (a known
        form), "Employment and Labour Relations Court" (the whole ends in an organisation's suffix and
        the first part names nothing by itself: "Egypt and Arab League", "Wellcome Trust and Canada's
        ..." are two actors), "Johnson & Johnson" ("&" joins capitalised words only inside names)."""
        text, gaz, suffix_kind = self.text, self.reader.gaz, self.rules.suffix_kind
        if gaz.keyer.key(text[first:end]) in gaz.index:
            return True
        before = text[first:last]
        if suffix_kind(before.rsplit(None, 1)[-1]) is not None or gaz.keyer.key(before) in gaz.index:
            return False
        if text[last] == " " and text[last + 1] == "&":
            return True
        if any(word.casefold() in self.rules.titles for word in before.split()):
            return False  # "Prime Minister Shinzo Abe and International Olympic Committee": a person, then a body
        if " of " in before and suffix_kind(before.split(" of ", 1)[0].rsplit(None, 1)[-1]) in _ORGANISATIONS:
            after = text[start:end]
            return suffix_kind(after.rsplit(None, 1)[-1]) is None and gaz.keyer.key(after) not in gaz.index
            # "National Institute of Allergy and Infectious Diseases", "Department of Health and Human Services"
        return suffix_kind(text[start:end].rsplit(None, 1)[-1]) in _ORGANISATIONS

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
                if self.context.names_people(start, end):
                    return  # "Mexican immigrants", "former Mexican president": people's nationality, not the state
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
        if self.text.startswith(" v. ", end) or self.text.startswith(" v. ", start - 4):
            return  # "Bush v. Gore", "Roe v. Wade": a case's parties, named for the case
        previous, comma = before if before is not None and shape.first == 0 else self.context.before(start)
        # a side may be named after its city ("Kansas City 4", "Norwich City"): a place's suffix does not say otherwise
        side_like = not shape.has_suffix or slot.suffix_kind == "place"
        scored = side_like and self._is_scored_side(start, end) and not _INITIAL.match(shape.surface)
        row = not scored and side_like and self._is_table_row(start, end)
        if shape.names == 1 and previous and previous[0].isdigit() and not comma and not _YEAR.fullmatch(previous[0]):
            if not scored:
                return  # "Boeing 737 MAX", "Airbus 320 Neo": a model name after its number; not "Pohang 3 Ulsan 2"
        votes = dict(shape.votes)
        # a side in a results line or a table: the line's layout says what it is ("KANSAS CITY AT DETROIT"
        # has no place preposition)
        if not (scored or row):
            for kind, weight in self.context.votes(previous, comma, start, end, shape.has_suffix, shape.looks_like_name):
                votes[kind] = votes.get(kind, 0) + weight
        if not shape.has_suffix and not comma and previous[:1] == ["by"] and previous[1:2] and previous[1] in _BYLINE_WORDS:
            votes["person"] = votes.get("person", 0) + 3
        if self.text.startswith(")", end) and start and self.text[start - 1] == "(" and self._after_dateline(start - 1):
            votes["media"] = votes.get("media", 0) + 3  # "LIMA, Oct 3 (Newswire) -": the agency's credit
        if shape.capitals:
            if (start == 0 or self.text[start - 1] == "\n") and self.text.startswith(_DATELINE_ENDS, end):
                votes["place"] = votes.get("place", 0) + 3  # a dateline: "ROTTERDAM, March 12 —"
            elif shape.capitals == CAPITALS and shape.names >= 2 and not shape.has_suffix and not scored and not row:
                return  # "SEE THE LATEST VIDEOS", "LEAGUE STANDINGS": a heading or a promotion, not a name
            elif shape.capitals == ACRONYM:
                # "MCT said": organisations speak as people do, but are written in capitals
                votes["organization"] = votes.get("organization", 0) + max(votes.pop("person", 0), 1)
                if CALL_SIGN.fullmatch(shape.surface):
                    votes["media"] = votes.get("media", 0) + votes["organization"] + 1  # "Akin told KTVI"
        if scored:
            # a team in a results line: outweighs a listed place name ("Durham 114"), a county or city side
            votes["organization"] = votes.get("organization", 0) + 5
        elif row:
            # "Dundee 3 1 2 0 3 2 5": a league table's row names a side; a given name and a surname
            # ("Wasim Akram 10 2 35 3", a bowler's figures) keep what their words say
            votes["organization"] = votes.get("organization", 0) + (2 if shape.looks_like_name else 5)
        elif not shape.has_suffix and not shape.looks_like_name and SPORTS_ROLE.match(self.text, end):
            votes["organization"] = votes.get("organization", 0) + 3  # "Norwich striker Keith O'Neill"
        elif self.text.startswith("the ", start - 4) and BEATEN_THE.search(self.text, max(0, start - 24), start):
            votes["organization"] = votes.get("organization", 0) + 3  # "as the Yankees beat the Angels 6-2"
        if (
            not votes
            and shape.surface[1:2] == "."
            and _INITIALS_AND_SURNAME.fullmatch(shape.surface)
            and shape.surface[0].isupper()
        ):
            votes["person"] = 1  # nothing says otherwise, and a body is not written so
        if not votes and shape.looks_like_name:
            votes["person"] = 1  # looks like a given name and a surname, and nothing says otherwise
        surface, key = shape.surface, shape.key
        if self.text.startswith(" magazine", end) and not self.text.startswith(" magazines", end):
            if "place" in votes or slot.suffix_kind == "place":
                end += 9  # "in New York magazine": the magazine, not the place
                surface, key = self.text[start:end], (*key, "magazine")
                votes = {"media": 5}
            else:
                votes["media"] = votes.get("media", 0) + 3  # "Slate magazine"
        self.candidates.append(
            Candidate(self.position, start, end, surface, key, shape.names, initial and shape.first == 0, votes, slot.parent)
        )

    def _is_scored_side(self, start: int, end: int) -> bool:
        """ "Hove: Sussex 363 (...), Lancashire 197-8": a name that opens a side of a results line and is
        followed by its score (a number, or runs-wickets), not a model number ("Boeing 737 MAX") or a year."""
        text = self.text
        after = text[end + 1 : end + 2] if text.startswith(" ", end) else "-"
        if not (
            after in "v(A" or after.isdecimal() or "v " in text[max(0, start - 4) : start] or text.startswith(" AT ", start - 4)
        ):
            return False  # what every pattern below needs is missing: no regex call (most names)
        # each regex is tried only when the literal it needs is there ("v " before a name is rare)
        if (text.startswith(" v ", end) and _VERSUS_AFTER.match(text, end)) or (
            "v " in text[max(0, start - 4) : start] and _VERSUS_BEFORE.search(text, max(0, start - 4), start)
        ):
            return True
        if text.startswith(" AT ", end) or text.startswith(" AT ", start - 4):
            # "KANSAS CITY AT DETROIT": a fixture list in capitals, one fixture a line
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            return _CAPITALS_FIXTURE.fullmatch(text, line_start, len(text) if line_end < 0 else line_end) is not None
        head = text[max(0, start - 2) : start].rstrip(" ")
        if not (start == 0 or (head[-1:] or "\n") in _SIDE_OPENERS):
            return False  # what opens a side is missing: the score after it does not matter
        return _SCORE_AFTER.match(text, end) is not None

    def _is_table_row(self, start: int, end: int) -> bool:
        """Whether the name opens a line and three numbers or more end it: a row of a table."""
        return (start == 0 or self.text[start - 1] == "\n") and _TABLE_ROW.match(self.text, end) is not None

    def _after_dateline(self, at: int) -> bool:
        """Whether the line up to ``at`` is a dateline: a place in capitals, maybe a date ("LIMA, Oct 3 ")."""
        line = self.text[self.text.rfind("\n", 0, at) + 1 : at]
        place = line.split(",", 1)[0].strip()
        return 0 < len(line) <= 40 and place.isupper() and not any(c.isdigit() for c in place)

    def _find_definitions(self) -> None:
        """ "<name> (ACRONYM)": an unknown acronym in brackets right after a name of two or more words."""
        keyer, index = self.gaz.keyer, self.gaz.index
        acronyms = {}
        for m in _BRACKETED.finditer(self.text):
            short = keyer.key(m.group(1))
            if is_acronym(m.group(1)) and short not in index:
                acronyms[m.start()] = (m.group(1), short)
        if not acronyms:
            return
        for hit in self.hits:
            if hit.end in acronyms and " " in hit.surface and not hit.entry.startswith("place:"):
                self.definitions.append(Definition(hit.entry, (), *acronyms[hit.end]))
        for candidate in self.candidates:
            if candidate.end in acronyms and candidate.words >= 2:
                self.definitions.append(Definition(None, candidate.key, *acronyms[candidate.end]))


@dataclass(slots=True)
class NameGroup:
    """The discovered mentions that share one name key."""

    key: tuple[str, ...]
    candidates: list[Candidate] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    words: int = 0
    # The winning vote, settled once all candidates are in: every merging rule asks for it,
    # pairwise in `_merge_same_kind`, which made recomputing it quadratic.
    kind: str | None = None
