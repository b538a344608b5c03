"""The user-extendable data the analysis reads, loaded together.

Each lexicon is packaged YAML in `reader/core/lexicons/data/`, merged with the user's file
in `$XDG_CONFIG_HOME/reader/` (see `reader.core.config`) and, when given, a file
named on the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reader.core.lexicons.gazetteer import Gazetteer, load_gazetteer
from reader.core.lexicons.paraphrases import Paraphrases, load_paraphrases
from reader.core.lexicons.polarity import Polarity, load_polarity
from reader.core.lexicons.verbs import ReportingVerbs, load_reporting_verbs

UserPath = str | os.PathLike[str] | None


@dataclass(frozen=True, slots=True)
class Lexicons:
    gazetteer: Gazetteer | None = None  # actors: countries, organisations, leaders, media
    verbs: ReportingVerbs | None = None  # attribution cues
    paraphrases: Paraphrases | None = None  # words alignment treats as the same
    polarity: Polarity | None = None  # discrepancy cues (None: packaged + user file)


def load_lexicons(actors: UserPath = None, verbs: UserPath = None, paraphrases: UserPath = None) -> Lexicons:
    """Every lexicon, read now: a file the user got wrong is reported before any analysis starts.

    A broken file in the user's config directory is skipped with a
    `reader.core.config.UserFileWarning`; a broken file given here raises `ReaderError`.
    """
    gazetteer, verb_cues = load_gazetteer(actors), load_reporting_verbs(verbs)
    return Lexicons(gazetteer, verb_cues, load_paraphrases(paraphrases), load_polarity())
