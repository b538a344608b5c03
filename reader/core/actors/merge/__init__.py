"""Alias merging: discovered names joined into one actor per referent, by rules applied in order.

Each rule reads a `MergeState` and unions name groups. The order matters:
spelling variants of full names first, so later rules see whole clusters;
gazetteer links before aliases and surnames, which must keep them; organisations
of one kind last. Names of different kinds never merge by similarity, and names
too short to tell apart only merge when equal. `build.build_actors` runs
`RULES` and turns the clusters into actors (`listing`).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.actors.merge.aliases import join_defined_aliases, join_initialisms, join_short_media
from reader.core.actors.merge.given_names import join_given_names
from reader.core.actors.merge.heads import join_city_names, join_name_heads
from reader.core.actors.merge.parties import join_party_names
from reader.core.actors.merge.people import join_people, link_gazetteer_people
from reader.core.actors.merge.same_kind import join_same_kind
from reader.core.actors.merge.spelling import join_organisation_variants, join_romanisations, join_short_companies
from reader.core.actors.merge.state import MergeState, retype_name_prefixes
from reader.core.actors.merge.surnames import join_surnames

__all__ = ["RULES", "MergeState"]

RULES: tuple[Callable[[MergeState], None], ...] = (
    retype_name_prefixes,  # "Sandy Hook" beside "Sandy Hook Elementary School" is a place (`state`)
    join_people,  # "Zahar"/"Zahhar", a middle part more or less (`people`)
    join_romanisations,  # "Choi Dong-hyun"/"Choe Dong-hyeon" (`spelling`)
    join_organisation_variants,  # "Health Ministry"/"Ministry of Health" (`spelling`)
    join_short_companies,  # "Masri" alone -> "Masri Freight", if the only one (`spelling`)
    link_gazetteer_people,  # a discovered name that is a gazetteer person spelt otherwise (`people`)
    join_party_names,  # "Republican Party" -> the gazetteer's "Republicans" (`parties`)
    join_name_heads,  # "U.S. Supreme Court" / "Supreme Court" / "Court", if the only one (`heads`)
    join_city_names,  # "New York" -> the gazetteer's "New York City" when the articles name it (`heads`)
    join_defined_aliases,  # "Nordic Pilots Association (NPA)", "NRC" -> "NRC Handelsblad" (`aliases`)
    join_initialisms,  # "NRA" / "N.R.A." -> "National Rifle Association", if the only one (`aliases`)
    join_short_media,  # "the Times" -> "The New York Times", if the only outlet so named (`aliases`)
    join_surnames,  # "Barakat" -> "Hisham Barakat", none when several (`surnames`)
    join_given_names,  # "John" -> "John Boehner", none when several (`given_names`)
    join_same_kind,  # "Al-Masry"/"Al-Masri" among organisations and places (`same_kind`)
)
