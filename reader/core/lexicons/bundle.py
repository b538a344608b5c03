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


def check_user_files(actors: UserPath = None, verbs: UserPath = None, paraphrases: UserPath = None) -> None:
    """What `load_lexicons` would say about the user's files, without building any lexicon (the app's
    analysis process builds them): a bad file given here raises the same `ReaderError`, a bad file in
    the user's config directory gives the same `UserFileWarning`. Reads only the user's files (and the
    packaged gazetteer, when there is a user gazetteer: an entry there may override a packaged one)."""
    from reader.core.config import ACTORS_FILE, PARAPHRASES_FILE, POLARITY_FILE, VERBS_FILE, with_user_file
    from reader.core.lexicons.gazetteer import check_gazetteer_files
    from reader.core.lexicons.paraphrases import _read as read_paraphrases
    from reader.core.lexicons.polarity import _read as read_polarity
    from reader.core.lexicons.verbs import _read_yaml as read_verbs

    with_user_file(ACTORS_FILE, check_gazetteer_files, actors)
    with_user_file(VERBS_FILE, lambda files: [read_verbs(p) for p in files], verbs)
    with_user_file(PARAPHRASES_FILE, lambda files: [read_paraphrases(p) for p in files], paraphrases)
    with_user_file(POLARITY_FILE, lambda files: [read_polarity(p) for p in files])
