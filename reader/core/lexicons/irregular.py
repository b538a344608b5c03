"""English irregular past tenses (`data/irregular_pasts.yaml`): words that end a subject phrase as its verb."""

from __future__ import annotations

from pathlib import Path

import yaml

PACKAGED_PASTS = Path(__file__).parent / "data" / "irregular_pasts.yaml"

# "sank", "took", "withdrew": past tenses and participles without "-ed".
IRREGULAR_PASTS: frozenset[str] = frozenset(yaml.safe_load(PACKAGED_PASTS.read_text(encoding="utf-8"))["pasts"])
