"""A party's name and its members' name are one actor: "Republican Party" and "Republicans" (and "GOP").

The gazetteer lists US parties under their members' name ("Democrats",
"Republicans"), not as "Democratic Party", which would cut "Egyptian Social
Democratic Party" short. A discovered "<Adjective> Party" joins the entry named
by the adjective's plural ("Republican" -> "Republicans", "Democratic" ->
"Democrats") when the articles name that entry too.
"""

from __future__ import annotations

from reader.core.actors.merge.state import MergeState

_BODY_KINDS = frozenset({"organization", "group"})


def join_party_names(state: MergeState) -> None:
    """Rule: "Republican Party" -> the gazetteer's "Republicans", when the articles name them."""
    gazetteer, links, gazetteer_links = state.gazetteer, state.links, state.gazetteer_links
    seen = {hit.entry for hit in state.hits}
    for n, group in enumerate(state.groups):
        key = group.key
        if len(key) != 2 or key[1] != "party" or group.kind not in (None, *_BODY_KINDS):
            continue
        stem = key[0]
        for plural in (stem + "s", stem[:-2] + "s" if stem.endswith("ic") else ""):
            form = gazetteer.index.get(gazetteer.keyer.key(plural)) if plural else None
            if form is not None and form.entry in seen and gazetteer.entry(form.entry).kind in _BODY_KINDS:
                gazetteer_links.setdefault(links.find(n), form.entry)
                break
