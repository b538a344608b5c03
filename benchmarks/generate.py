"""Synthetic news-like article pairs with planted rewrites, for the benchmarks.

Two documents are generated from one seed: each holds unrelated filler
sentences plus one side of every planted pair, at shuffled positions. A
planted pair is one sentence and its rewrite, of a known kind:

- ``exact``: an identical copy;
- ``light``: a few content words changed;
- ``reordered``: the two clauses swapped, one word changed;
- ``heavy``: about 40% of content words replaced by a synonym, clauses swapped,
  a few function words dropped, and the attribution recast ("X said that C"
  becomes "C, according to X").

Sentences read like wire copy so that actors and attributions have work to do:
about half carry an attribution frame ("X said that ...", "according to Y",
direct quotes, "..., Reuters reported") whose source is a person (often with a
title or a role), an organisation, a government, a news outlet or an anonymous
source, and clauses name countries, organisations and people. Content words
follow a Zipf distribution: real words from the repository's own articles take
the frequent ranks, pronounceable pseudo-words the long tail, so sentences
share common words by chance as real news does. Every content word has a fixed
synonym that shares no spelling with it; the aligner is never told about
synonyms. Words that could act as reporting cues or role nouns are kept out of
the content vocabulary, so attributions come from the frames alone.

Run as a script to write the two documents to a directory.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("exact", "light", "reordered", "heavy")
FUNCTION_WORDS = (
    "the of and to in a that for on with as by at from was is has were had its their which after over "
    "but not this who have been also into more than about under while they it".split()
)
_ONSETS = "b br c ch cl d dr f fl g gr h j k l m n p pl pr r s sh st t tr v w z".split()
_VOWELS = "a e i o u ai ea ou io".split()
_CODAS = ["", "", "n", "r", "s", "l", "m", "nd", "st", "rk", "x"]

GIVEN = (
    "Layla Omar Tarek Nadia Yusuf Hana Karim Samir Rania Bilal Dina Fadi Amira Hassan Mona Khaled Salma "
    "Walid Noura Ziad Aisha Ibrahim Yasmin Adel Farah Jamal Leila Majid Reem Nabil Sara Tamer Huda Rami "
    "Anna Peter Maria Thomas Elena David Sofia Daniel Laura Michael Ingrid Pavel Olga Marco Giulia Jean "
    "Claire Hans Astrid Pedro Lucia Kenji Yuki Arjun Priya Chen Mei Kwame Amara Tendai Zanele Diego Ana"
).split()
FAMILY = (
    "Haddad Mansour Khalil Nasser Saleh Farouk Aziz Rahman Qasim Darwish Haidar Sabri Ghanem Shaheen "
    "Barakat Hamdan Jaber Karam Lutfi Maalouf Najjar Obeid Rizk Sayegh Taha Wahbi Yassin Zaki Bishara "
    "Hoffmann Lindqvist Novak Petrov Rossi Moreau Schneider Jansen Kowalski Dubois Ferreira Alvarez "
    "Castillo Okafor Mensah Diallo Banda Ndlovu Tanaka Sato Mehta Iyer Kapoor Wang Liu Nguyen Tran "
    "Brennan Whitfield Carver Holloway Ashby Redford Pemberton Kingsley Morrow Sinclair Thorne Vance"
).split()
TITLES = (
    "Foreign Minister",
    "Prime Minister",
    "President",
    "Interior Minister",
    "Finance Minister",
    "Ambassador",
    "General",
    "Dr",
    "Senator",
    "Governor",
    "Mayor",
    "Judge",
    "Professor",
)
ROLES = ("a spokesperson for", "a senior official at", "the director of", "an adviser to", "a lawyer for")
ORGANISATIONS = (
    "the United Nations",
    "the World Health Organization",
    "the European Union",
    "the World Bank",
    "the International Monetary Fund",
    "Human Rights Watch",
    "Amnesty International",
    "the Arab League",
    "the African Union",
    "the International Committee of the Red Cross",
    "the International Criminal Court",
    "the Northern Grain Board",
    "the Federal Energy Commission",
    "the Coastal Workers Union",
    "the National Water Authority",
    "the Harbour Pilots Association",
    "the Central Statistics Office",
    "the Regional Health Directorate",
    "the Eastern Rail Corporation",
    "the Independent Election Commission",
    "the Meridian Mining Company",
    "the Southern Farmers Federation",
    "the Civil Aviation Authority",
    "the Institute for Public Policy",
    "the Medical Relief Foundation",
)
COUNTRIES = (
    "Egypt",
    "Israel",
    "Iran",
    "Jordan",
    "Lebanon",
    "Turkey",
    "Qatar",
    "Saudi Arabia",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "Brazil",
    "Nigeria",
    "Kenya",
    "India",
    "Japan",
    "China",
    "Russia",
    "Ukraine",
    "Poland",
    "Norway",
    "Canada",
    "Mexico",
    "Chile",
    "Indonesia",
    "Morocco",
    "Tunisia",
    "South Africa",
    "the United States",
    "the United Kingdom",
    "the Netherlands",
)
MEDIA = (
    "Reuters",
    "the Associated Press",
    "Agence France-Presse",
    "the BBC",
    "Al Jazeera",
    "Al-Ahram",
    "the New York Times",
    "the Washington Post",
    "the Financial Times",
    "Bloomberg",
    "Anadolu Agency",
    "Xinhua",
    "Deutsche Welle",
    "Le Monde",
    "the Guardian",
)
ANONYMOUS = (
    "officials",
    "a senior official",
    "diplomatic sources",
    "witnesses",
    "local residents",
    "two people familiar with the talks",
    "security sources",
    "analysts",
)
# Attribution frames: {S} a source, {M} an outlet, {C} the content clauses.
FRAMES = (
    "{S} said that {C}.",
    "{S} said {C}.",
    "According to {S}, {C}.",
    "{C}, according to {S}.",
    "{C}, {S} said.",
    '"{C}," {S} said.',
    "{S} told {M} that {C}.",
    "{S} warned that {C}.",
    "{S} denied that {C}.",
    "{S} confirmed that {C}.",
    "{C}, {M} reported.",
    "{M} reported that {C}.",
    "{S} added that {C}.",
    '{S} said: "{C}."',
)
PLAIN = "{C}."
FRAMED_SHARE = 0.5
ENTITY_IN_CLAUSE = 0.35
_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")


@dataclass(frozen=True)
class PlantedPair:
    kind: str
    a: tuple[int, int]  # character span of the sentence in document a
    b: tuple[int, int]  # character span of its rewrite in document b


@dataclass(frozen=True)
class SyntheticPair:
    text_a: str
    text_b: str
    planted: tuple[PlantedPair, ...]
    sentences_a: int
    sentences_b: int


@dataclass(frozen=True)
class _Sentence:
    frame: str
    source: str
    outlet: str
    clauses: tuple[tuple[str, ...], ...]


def _excluded_words() -> set[str]:
    """Reporting cues, role nouns and the like: content words must not make attributions."""
    verbs = yaml.safe_load((ROOT / "reader/core/lexicons/data/reporting_verbs.yaml").read_text(encoding="utf-8"))
    words = yaml.safe_load((ROOT / "reader/core/lexicons/data/gazetteer.yaml").read_text(encoding="utf-8"))["words"]
    excluded = {"according", "quoted", "saying"}
    for spec in verbs["classes"].values():
        excluded.update(w for form in spec["forms"] for w in form.split())
    for key in ("adverbs", "anonymous_heads", "role_heads"):
        excluded.update(verbs[key])
    for key in ("person_roles", "person_verbs", "media_words", "government_nouns", "metonym_verbs", "place_nouns"):
        excluded.update(w.lower() for w in words.get(key, []))
    return excluded


def _real_words() -> list[str]:
    """Lower-case words of the repository's articles, most frequent first."""
    counts: dict[str, int] = {}
    files = [
        *ROOT.glob("articles/*.txt"),
        *ROOT.glob("tests/fixtures/*/*.txt"),
        *ROOT.glob("tests/fixtures/pairs/*/*.txt"),
        *ROOT.glob("benchmarks/gold/*.txt"),
    ]
    for path in sorted(files):
        for word in _WORD.findall(path.read_text(encoding="utf-8", errors="replace")):
            counts[word] = counts.get(word, 0) + 1
    excluded = _excluded_words() | set(FUNCTION_WORDS)
    return sorted((w for w in counts if w not in excluded), key=lambda w: (-counts[w], w))


class _Vocabulary:
    def __init__(self, rng: random.Random, size: int) -> None:
        real = _real_words()
        seen: set[str] = set(FUNCTION_WORDS) | set(real)
        pseudo: list[str] = []
        while len(pseudo) < 2 * size:
            word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))
            word += rng.choice(_CODAS)
            if word not in seen:
                seen.add(word)
                pseudo.append(word)
        # Real words pair up as each other's synonyms (neighbours in frequency,
        # no shared prefix); the rest, and all pseudo-words, take a pseudo-word.
        words: list[str] = []
        self.synonym: dict[str, str] = {}
        spare = iter(pseudo[size:])
        for first, second in zip(real[0::2], real[1::2]):
            words.append(first)
            self.synonym[first] = second if first[:4] != second[:4] else next(spare)
        words.extend(pseudo[: size - len(words)])
        self.words = words[:size]
        for word in self.words:
            if word not in self.synonym:
                self.synonym[word] = next(spare)
        # Zipf frequencies, flattened at the top; cumulative so each draw is a bisection.
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(self.words))))
        self.rng = rng

    def content(self, count: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=count)


class _Cast:
    """The people of one benchmark run: a fixed name and, for some, a title, as in real coverage."""

    def __init__(self, rng: random.Random, news: bool, people: int = 2000) -> None:
        # Without ``news``, sentences are bare clauses with no names or attributions.
        self.framed_share = FRAMED_SHARE if news else 0.0
        self.entity_share = ENTITY_IN_CLAUSE if news else 0.0
        names = sorted({(rng.choice(GIVEN), rng.choice(FAMILY)) for _ in range(people)})
        self.people = [(f"{g} {f}", f, rng.choice(TITLES) if rng.random() < 0.4 else None) for g, f in names]
        self.rng = rng

    def person(self) -> str:
        name, _, title = self.rng.choice(self.people)
        return f"{title} {name}" if title else name

    def source(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.35:
            return self.person()
        if roll < 0.45:
            return self.rng.choice(self.people)[1]  # a surname alone, as in a second reference
        if roll < 0.55:
            return f"{rng.choice(self.people)[0]}, {rng.choice(ROLES)} {rng.choice(ORGANISATIONS)},"
        if roll < 0.7:
            return rng.choice(ORGANISATIONS)
        if roll < 0.8:
            return f"{rng.choice(COUNTRIES)}'s foreign ministry"
        if roll < 0.9:
            return rng.choice(MEDIA)
        return rng.choice(ANONYMOUS)

    def entity(self) -> str:
        """A name inside a clause: one token for the rewrites, so synonyms never touch it."""
        roll = self.rng.random()
        if roll < 0.4:
            return f"in {self.rng.choice(COUNTRIES)}"
        if roll < 0.7:
            return self.rng.choice(ORGANISATIONS)
        return self.person()


def _clause(vocab: _Vocabulary, cast: _Cast, rng: random.Random, words: int) -> tuple[str, ...]:
    out = []
    for word in vocab.content(words):
        if rng.random() < 0.45:
            out.append(rng.choice(FUNCTION_WORDS))
        out.append(word)
    if rng.random() < cast.entity_share:
        out.insert(rng.randint(1, len(out)), cast.entity())
    return tuple(out)


def _new_sentence(vocab: _Vocabulary, cast: _Cast, rng: random.Random, clause_count: int) -> _Sentence:
    clauses = [_clause(vocab, cast, rng, rng.randint(5, 7))]
    if clause_count > 1:
        clauses.append(_clause(vocab, cast, rng, rng.randint(4, 6)))
    frame = rng.choice(FRAMES) if rng.random() < cast.framed_share else PLAIN
    return _Sentence(frame, cast.source(), rng.choice(MEDIA), tuple(clauses))


def _render(sentence: _Sentence) -> str:
    content = ", ".join(" ".join(c) for c in sentence.clauses)
    text = sentence.frame.replace("{S}", sentence.source).replace("{M}", sentence.outlet).replace("{C}", content)
    text = text.replace(",,", ",").replace(",.", ".")  # an appositive source already ends in a comma
    first = next(k for k, ch in enumerate(text) if ch.isalpha())
    return text[:first] + text[first].upper() + text[first + 1 :]


def _rewrite(kind: str, sentence: _Sentence, vocab: _Vocabulary, rng: random.Random) -> _Sentence:
    clauses = [list(c) for c in sentence.clauses]
    content_positions = [(c, k) for c, clause in enumerate(clauses) for k, w in enumerate(clause) if w in vocab.synonym]
    frame = sentence.frame
    if kind == "light":
        for c, k in rng.sample(content_positions, min(2, len(content_positions))):
            clauses[c][k] = vocab.content(1)[0]
    elif kind == "reordered":
        c, k = rng.choice(content_positions)
        clauses[c][k] = vocab.content(1)[0]
        clauses = clauses[::-1]
    elif kind == "heavy":
        for c, k in rng.sample(content_positions, int(0.4 * len(content_positions))):
            clauses[c][k] = vocab.synonym[clauses[c][k]]
        clauses = [[w for w in clause if w not in FUNCTION_WORDS or rng.random() > 0.3] or clause for clause in clauses]
        clauses = clauses[::-1]
        if frame != PLAIN:
            frame = rng.choice([f for f in FRAMES if f != frame and ("{M}" in f) == ("{M}" in frame)])
    return _Sentence(frame, sentence.source, sentence.outlet, tuple(tuple(c) for c in clauses))


def generate(
    sentences: int = 10_000, planted_per_kind: int = 500, seed: int = 7, vocabulary: int = 30_000, news: bool = True
) -> SyntheticPair:
    """Two documents of ``sentences`` sentences each, with ``planted_per_kind`` pairs of every kind;
    ``news=False`` leaves out the names and attribution frames."""
    rng = random.Random(seed)
    vocab = _Vocabulary(rng, vocabulary)
    cast = _Cast(rng, news)
    items_a: list[tuple[str, int | None]] = []
    items_b: list[tuple[str, int | None]] = []
    kinds: list[str] = []
    for kind in KINDS:
        for _ in range(planted_per_kind):
            original = _new_sentence(vocab, cast, rng, 2)
            items_a.append((_render(original), len(kinds)))
            items_b.append((_render(_rewrite(kind, original, vocab, rng)), len(kinds)))
            kinds.append(kind)
    for items in (items_a, items_b):
        while len(items) < sentences:
            items.append((_render(_new_sentence(vocab, cast, rng, 2 if rng.random() < 0.6 else 1)), None))
        rng.shuffle(items)
    text_a, spans_a = _layout(items_a, rng)
    text_b, spans_b = _layout(items_b, rng)
    planted = tuple(PlantedPair(kinds[k], spans_a[k], spans_b[k]) for k in range(len(kinds)))
    return SyntheticPair(text_a, text_b, planted, len(items_a), len(items_b))


def _layout(items: list[tuple[str, int | None]], rng: random.Random) -> tuple[str, dict[int, tuple[int, int]]]:
    """Join sentences into paragraphs of 2-6 sentences; spans of the planted ones."""
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    position = 0
    left_in_paragraph = rng.randint(2, 6)
    for n, (sentence, planted) in enumerate(items):
        if n:
            separator = " " if left_in_paragraph else "\n\n"
            if not left_in_paragraph:
                left_in_paragraph = rng.randint(2, 6)
            parts.append(separator)
            position += len(separator)
        if planted is not None:
            spans[planted] = (position, position + len(sentence))
        parts.append(sentence)
        position += len(sentence)
        left_in_paragraph -= 1
    return "".join(parts) + "\n", spans


def write_pair(pair: SyntheticPair, directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    a, b = directory / "a.txt", directory / "b.txt"
    a.write_text(pair.text_a, encoding="utf-8")
    b.write_text(pair.text_b, encoding="utf-8")
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plain", action="store_true", help="no names or attribution frames")
    args = parser.parse_args()
    pair = generate(args.sentences, planted_per_kind=args.sentences // 20, seed=args.seed, news=not args.plain)
    a, b = write_pair(pair, Path(args.directory))
    print(f"wrote {a} ({len(pair.text_a)} chars) and {b} ({len(pair.text_b)} chars)")


if __name__ == "__main__":
    main()
