"""Experiment (issue 9, line A): Open English WordNet synonyms as a soft term match. Measured, not adopted.

    python benchmarks/real/experiments/wordnet_synonyms.py --build   # derive the table into the ignored cache
    python benchmarks/real/experiments/wordnet_synonyms.py           # measure on BASIL dev

What it does. `build` derives a compact table of word groups from Open English
WordNet (https://github.com/globalwordnet/english-wordnet, CC BY 4.0, derived
from Princeton WordNet 3.0), read from a local git mirror (``--wordnet``, default
/work/.mirror/globalwordnet+english-wordnet/repo): one group per synset (verbs,
adjectives, nouns, adverbs) of its one-word members, a member kept only when the
synset is among its first `MAX_SENSE` senses ("table" is not "postpone") and the
word is common in news (at least `MIN_COUNT` uses, inflections counted, in
CoNLL-2003 train and PolNeAR train, rebuilt by build_conll.py / build_polnear.py);
a verb synset also takes its direct hypernym's members when that hypernym is
specific (at most `MAX_HYPONYMS` hyponyms: "coerce" under "compel"). The table
(2,948 groups, 3,659 words, 69 KB as YAML with the attribution header) goes to
benchmarks/.cache/synonyms.yaml; nothing is written under reader/.

`measure` then asks two questions on the BASIL development pairs (never `aside`
or `check`):
1. Do synonym links separate the gold claim sentence pairs from the others? A
   link: a full-weight word of one sentence whose stem the other lacks, sharing a
   group with such a word of the other (looked up under its regular-inflection
   lemmas too).
2. What does a pass do that, for two sentences both left unmatched after the
   context pass, reads each linked word as shared and applies the lexical
   pass's own gates (similarity, Dice, weighted Dice, shared content, the weak
   and topic gates), keeping mutual-best pairs?

Result (2026-12-07, measured alone on main eb0592e's passes; 5 min 43 s with --build
on a loaded machine):
1. Sentence pairs sharing at least two stems: 14 of 154 gold claim pairs have a
   synonym link (9.1%), 169 of 2,094 other pairs (8.1%); over all sentence
   pairs, 14 of 181 gold and 687 of 12,767 others. No signal. Most links on
   missed gold pairs are inflections the 5-letter stems split ("running" /
   "run", "bodies" / "body", "times" / "time"); the true synonyms ("coerce" /
   "compel", "order" / "direct") sit on pairs at similarity 46-53 and
   weighted Dice 0.10-0.14, far below any gate.
2. The pass: P 0.881 (74/84), R 0.579 (95/164) against P 0.902 (74/82),
   R 0.579 (95/164) without: two new matches, both wrong (one in b2012_b5ee,
   one in b2015_c553), no claim found. So it is not in `reader.core.align.PASSES`.

Side check (not a synonym): folding plural -s/-ies before the 5-letter cut
("years"/"year") gives P 0.893 (75/84), R 0.585 (96/164): one claim, one wrong
match, along the known frontier; not adopted.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import learned_judge as lj  # noqa: E402

from reader.core.align.pair import PairContext  # noqa: E402
from reader.core.align.passes import PASSES  # noqa: E402
from reader.core.align.passes import context as context_pass  # noqa: E402
from reader.core.align.passes.lexical import (  # noqa: E402
    MATCH_THRESHOLD,
    MIN_SHARED_CONTENT,
    MIN_STEM_DICE,
    MIN_WEIGHTED_DICE,
    TOPIC_COSINE,
    TOPIC_MIN_SENTENCES,
    TOPIC_THRESHOLD,
    WEAK_PAIR_LINKS,
    WEAK_PAIR_THRESHOLD,
)
from reader.core.align.select import PassagePair, by_position, mutual_best_of, taken_sentences  # noqa: E402
from reader.core.align.stems import STEM_LENGTH, SentenceStems, similarity, stem_dice  # noqa: E402
from reader.core.align.terms import is_content, stem  # noqa: E402
from reader.core.align.weights import shared_content, weighted_dice  # noqa: E402
from reader.core.text.tokens import fold  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
OUT = CACHE / "synonyms.yaml"
MIRROR = Path("/work/.mirror/globalwordnet+english-wordnet/repo")
MAX_SENSE = 2
MAX_HYPONYMS = 12
MIN_COUNT = 5
MAX_GROUP = 10
POS_FILES = ("verb.", "adj.", "noun.", "adv.")
_LEMMA = re.compile(r"[a-z]+(?:-[a-z]+)?")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NONE: frozenset[int] = frozenset()
# A group found in more free sentences of one article than this links too much to propose pairs.
MAX_GROUP_SENTENCES = 40

HEADER = """\
# Word groups alignment treats as a soft match: two sentences that say the same thing
# with a word of one group each ("postpone" / "defer", "compel" / "coerce") share that
# word when the matching gates count shared words (the experiment benchmarks/real/experiments/wordnet_synonyms.py).
# Unlike paraphrases.yaml, a word may sit in several groups, and the words are not made
# one term: only sentence pairs the other evidence nearly matches are helped.
#
# Derived from Open English WordNet (https://github.com/globalwordnet/english-wordnet),
# {version}, by benchmarks/real/experiments/wordnet_synonyms.py. Open English WordNet is licensed
# under the Creative Commons Attribution 4.0 International License and derived from
# Princeton WordNet 3.0 (Copyright 2006 by Princeton University, WordNet licence).
# Attribution: Open English WordNet team; Princeton University "About WordNet." WordNet.
#
"""


def git_show(gitdir: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), "show", f"HEAD:{path}"], capture_output=True, text=True, check=True
    ).stdout


def yaml_files(gitdir: Path) -> list[str]:
    listed = subprocess.run(
        ["git", "--git-dir", str(gitdir), "ls-tree", "--name-only", "HEAD", "src/yaml/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [name for name in listed if name.endswith(".yaml")]


def news_counts() -> Counter[str]:
    files = sorted((CACHE / "conll" / "train").glob("*.txt")) + sorted((CACHE / "polnear" / "train").glob("*.txt"))
    if not files:
        raise SystemExit("no news corpus in benchmarks/.cache: run build_conll.py and build_polnear.py first")
    counts: Counter[str] = Counter()
    for path in files:
        counts.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace").lower()))
    return counts


def inflections(lemma: str, pos: str) -> list[str]:
    """The lemma and its regular inflections (enough to count how often news uses it)."""
    forms = [lemma]
    if pos == "n":
        forms += [lemma + "s", lemma + "es", lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "s"]
    elif pos == "v":
        base = lemma[:-1] if lemma.endswith("e") else lemma
        forms += [lemma + "s", lemma + "es", base + "ed", base + "ing", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
        if lemma.endswith("y"):
            forms += [lemma[:-1] + "ied", lemma[:-1] + "ies"]
    return forms


def build(gitdir: Path) -> tuple[list[list[str]], str]:
    counts = news_counts()
    synsets: dict[str, dict] = {}
    senses: dict[tuple[str, str], list[str]] = {}  # (lemma, pos) -> synsets, most frequent first
    for name in yaml_files(gitdir):
        base = name.rsplit("/", 1)[-1]
        if base.startswith("entries-"):
            for lemma, by_pos in (yaml.load(git_show(gitdir, name), Loader=_LOADER) or {}).items():
                for pos, entry in by_pos.items():
                    senses[(str(lemma), pos)] = [s["synset"] for s in entry.get("sense", [])]
        elif base.startswith(POS_FILES):
            synsets.update(yaml.load(git_show(gitdir, name), Loader=_LOADER) or {})
    hyponyms: Counter[str] = Counter(h for s in synsets.values() for h in s.get("hypernym", []))

    def common(lemma: str, pos: str) -> bool:
        return (
            sum(counts[form] for form in set(inflections(lemma, "n" if pos == "n" else "v" if pos == "v" else "a"))) >= MIN_COUNT
        )

    def members(synset_id: str) -> list[str]:
        synset = synsets[synset_id]
        pos = synset["partOfSpeech"]
        kept = []
        for lemma in synset.get("members", []):
            lemma = str(lemma)
            if not _LEMMA.fullmatch(lemma):
                continue
            ranked = senses.get((lemma, "s" if pos == "s" else pos)) or senses.get((lemma, "a" if pos == "s" else pos)) or []
            if synset_id in ranked[:MAX_SENSE] and common(lemma, pos):
                kept.append(lemma)
        return kept

    groups: set[tuple[str, ...]] = set()
    for synset_id, synset in synsets.items():
        found = members(synset_id)
        if synset["partOfSpeech"] == "v":
            for parent in synset.get("hypernym", []):
                if parent in synsets and hyponyms[parent] <= MAX_HYPONYMS:
                    found += [m for m in members(parent) if m not in found]
        if 2 <= len(found) <= MAX_GROUP:
            groups.add(tuple(found))
    version = git_show(gitdir, "CITATION.cff")
    release = re.search(r"^version:\s*(.+)$", version, re.M)
    return sorted(map(list, groups)), f"version {release.group(1).strip()}" if release else "HEAD"


def scalar(word: str) -> str:
    """The word as a YAML flow scalar: quoted when YAML would read it as something else ("on", "no", "true")."""
    return word if yaml.safe_load(word) == word else f'"{word}"'


@dataclass(frozen=True, slots=True)
class Synonyms:
    """Lemma (folded) -> the ids of the groups it is in."""

    groups: dict[str, frozenset[int]] = field(default_factory=dict, hash=False)
    # Each looked-up word's groups, inflections resolved: most words of a text repeat.
    _seen: dict[str, frozenset[int]] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @classmethod
    def build(cls, groups: list[list[str]]) -> Synonyms:
        by_word: dict[str, set[int]] = {}
        for number, group in enumerate(groups):
            for word in group:
                by_word.setdefault(fold(word), set()).add(number)
        return cls({word: frozenset(ids) for word, ids in by_word.items()})

    def of(self, word: str) -> frozenset[int]:
        """The groups of a folded word, under its own form or a lemma its inflection gives."""
        found = self._seen.get(word)
        if found is None:
            found = self.groups.get(word, _NONE)
            for lemma in lemmas(word):
                found = found | self.groups.get(lemma, _NONE)
            self._seen[word] = found
        return found

    def linked(self, x: str, y: str) -> bool:
        """Whether two folded words share a group."""
        return not self.of(x).isdisjoint(self.of(y))


NO_SYNONYMS = Synonyms()


def lemmas(word: str) -> list[str]:
    """Forms regular inflection may have made ``word`` from: "postponed" -> postpone, postpon, ..."""
    found = []
    if word.endswith("ies") and len(word) > 4:
        found.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        found.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        found.append(word[:-1])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            found += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                found.append(base[:-1])  # "controlled", "planning"
            if suffix == "ed" and base.endswith("i"):
                found.append(base[:-1] + "y")  # "denied"
    return found


Linkable = dict[str, frozenset[int]]  # a sentence's full-weight stems that have synonyms -> their groups


def run(pair: PairContext, passages: list[PassagePair]) -> list[PassagePair]:
    """``passages`` plus the mutual-best free pairs that pass the lexical gates once synonyms count as shared."""
    synonyms = SYNONYMS[0]
    a, b = pair.a, pair.b
    taken_a, taken_b = taken_sentences(passages)
    free_a = [i for i in range(len(a.stems)) if i not in taken_a and i not in a.headings]
    free_b = [j for j in range(len(b.stems)) if j not in taken_b and j not in b.headings]
    linkable_b = {j: _linkable(b, j, synonyms) for j in free_b}
    postings: dict[int, list[int]] = {}
    for j, linkable in linkable_b.items():
        for group in set().union(*linkable.values()):
            postings.setdefault(group, []).append(j)
    topical = min(len(a.stems), len(b.stems)) >= TOPIC_MIN_SENTENCES
    scored = []
    for i in free_a:
        linkable_a = _linkable(a, i, synonyms)
        partners = {
            j
            for groups in linkable_a.values()
            for group in groups
            if len(postings.get(group, ())) <= MAX_GROUP_SENTENCES
            for j in postings.get(group, ())
        }
        for j in sorted(partners):
            score = _score(pair, i, j, linkable_a, linkable_b[j], topical)
            if score is not None:
                scored.append((i, j, score))
    found = [PassagePair(i, i, j, j, score) for i, j, score in mutual_best_of(scored)]
    return by_position(passages + found)


def _linkable(stems: SentenceStems, index: int, synonyms: Synonyms) -> Linkable:
    """The sentence's full-weight stems whose words are in a synonym group, with those groups."""
    linkable: Linkable = {}
    weights = None
    for word in stems.wording(index):
        if not is_content(word) or word[:1].isdigit():
            continue
        groups = synonyms.of(word)
        if not groups:
            continue
        if weights is None:
            weights = stems.weights(index)
        key = stem(word, STEM_LENGTH)
        if weights.get(key) == 1.0:
            linkable[key] = linkable.get(key, frozenset()) | groups
    return linkable


def links(a_stems: frozenset[str], b_stems: frozenset[str], linkable_a: Linkable, linkable_b: Linkable) -> dict[str, str]:
    """Stems of b to read as stems of a: each unshared stem of b linked to one unshared stem of a by a group."""
    found: dict[str, str] = {}
    used: set[str] = set()
    for sb, groups_b in sorted(linkable_b.items()):
        if sb in a_stems:
            continue
        for sa, groups_a in sorted(linkable_a.items()):
            if sa not in b_stems and sa not in used and not groups_a.isdisjoint(groups_b):
                found[sb] = sa
                used.add(sa)
                break
    return found


def _score(pair: PairContext, i: int, j: int, linkable_a: Linkable, linkable_b: Linkable, topical: bool) -> float | None:
    """The pair's similarity with b's linked stems read as a's, or None when a lexical gate fails."""
    a, b = pair.a, pair.b
    swap = links(a.sets[i], b.sets[j], linkable_a, linkable_b)
    if not swap:
        return None
    b_stems = [swap.get(s, s) for s in b.stems[j]]
    if stem_dice(a.sets[i], frozenset(b_stems)) < MIN_STEM_DICE:
        return None
    score = similarity(a.joined[i], " ".join(b_stems))
    if score < MATCH_THRESHOLD:
        return None
    weights_a = a.weights(i)
    weights_b: dict[str, float] = {}
    for s, weight in b.weights(j).items():
        key = swap.get(s, s)
        weights_b[key] = max(weight, weights_b.get(key, 0.0))
    if shared_content(weights_a, weights_b) < MIN_SHARED_CONTENT or weighted_dice(weights_a, weights_b) < MIN_WEIGHTED_DICE:
        return None
    weak = shared_content(weights_a, weights_b) <= MIN_SHARED_CONTENT and (
        pair.rarity.exclusive_links(weights_a, weights_b) < WEAK_PAIR_LINKS
    )
    if score < WEAK_PAIR_THRESHOLD and weak:
        return None
    if topical and score < TOPIC_THRESHOLD and pair.rarity.cosine(weights_a, weights_b) < TOPIC_COSINE:
        return None
    return score


SYNONYMS: list[Synonyms] = [Synonyms()]


def write_table(gitdir: Path) -> None:
    groups, version = build(gitdir)
    lines = [HEADER.format(version=version), "groups:"]
    lines += [f"- [{', '.join(map(scalar, group))}]" for group in groups]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(groups)} groups, {len({w for g in groups for w in g})} words -> {OUT}", file=sys.stderr)


def link_counts() -> Counter[tuple[bool, str]]:
    """Sentence pairs of the dev pairs with a synonym link, gold claim pairs and others."""
    counts: Counter[tuple[bool, str]] = Counter()
    synonyms = SYNONYMS[0]
    for p in lj.dev_pairs():
        articles = lj.basil_articles(p)
        pair, sentences = lj.context(articles)
        gold = lj.claim_pairs(articles, sentences, lj.basil_gold(p))
        a, b = pair.a, pair.b
        linkable_a = [_linkable(a, i, synonyms) for i in range(len(a.stems))]
        linkable_b = [_linkable(b, j, synonyms) for j in range(len(b.stems))]
        for i in range(len(a.stems)):
            for j in range(len(b.stems)):
                linked = bool(links(a.sets[i], b.sets[j], linkable_a[i], linkable_b[j]))
                two = len(a.sets[i] & b.sets[j]) >= 2
                label = (i, j) in gold
                counts[(label, "pairs")] += 1
                counts[(label, "linked")] += linked
                counts[(label, "two shared stems")] += two
                counts[(label, "linked, two shared stems")] += linked and two
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="derive the table into benchmarks/.cache/synonyms.yaml")
    parser.add_argument("--wordnet", type=Path, default=MIRROR, help="git dir of a globalwordnet/english-wordnet mirror")
    args = parser.parse_args()
    if args.build or not OUT.is_file():
        write_table(args.wordnet)
    SYNONYMS[0] = Synonyms.build(yaml.safe_load(OUT.read_text(encoding="utf-8"))["groups"])
    for (label, what), n in sorted(link_counts().items()):
        print(f"{'gold' if label else 'other'} sentence pairs, {what}: {n}")
    at = PASSES.index(context_pass.run) + 1
    for name, passes in (("without", PASSES), ("with the synonym pass", (*PASSES[:at], run, *PASSES[at:]))):
        results = [lj.score(lj.basil_articles(p), lj.basil_gold(p), passes) for p in lj.dev_pairs()]
        print(f"BASIL dev {name}: {lj.total(results)}")


if __name__ == "__main__":
    main()
