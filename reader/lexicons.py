"""The user-extendable data the analysis reads, loaded together.

Each lexicon is packaged YAML in `reader/data/`, merged with the user's file
in `$XDG_CONFIG_HOME/reader/` (see `reader.config`) and, when given, a file
named on the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reader.actors import Gazetteer, load_gazetteer
from reader.align_terms import Paraphrases, load_paraphrases
from reader.attributions import ReportingVerbs, load_reporting_verbs

UserPath = str | os.PathLike[str] | None


@dataclass(frozen=True, slots=True)
class Lexicons:
    gazetteer: Gazetteer | None = None  # actors: countries, organisations, leaders, media
    verbs: ReportingVerbs | None = None  # attribution cues
    paraphrases: Paraphrases | None = None  # words alignment treats as the same


def load_lexicons(actors: UserPath = None, verbs: UserPath = None, paraphrases: UserPath = None) -> Lexicons:
    return Lexicons(load_gazetteer(actors), load_reporting_verbs(verbs), load_paraphrases(paraphrases))
