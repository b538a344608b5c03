"""A long list's rows built a few hundred per turn of the event loop, so keys are answered in between.

When the analysis of two 1 MB articles lands, the Attributions tab has ~8,000
rows (each a `Content` of cue, source and quote): built in one go, that was
the biggest part of a ~0.5 s stretch in which no key got its frame. The first
ROWS_PER_TURN rows are built at once, so a short list is filled just as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

from textual.widgets import OptionList
from textual.widgets.option_list import Option

ROWS_PER_TURN = 400
TURN_GAP = 0.001  # seconds


def fill_in_turns(target: OptionList, rows: Iterable[Option], empty: Option, then: Callable[[], None] | None = None) -> None:
    """Give ``target`` the options ``rows`` (``empty`` if there are none), then call ``then``; a newer fill of
    the same list supersedes one still under way."""
    token = object()
    target._reader_filling = token  # type: ignore[attr-defined]
    pending = iter(rows)
    built: list[Option] = []

    def step() -> None:
        if getattr(target, "_reader_filling", None) is not token or not target.is_attached:
            return
        chunk = list(islice(pending, ROWS_PER_TURN))
        built.extend(chunk)
        if len(chunk) == ROWS_PER_TURN:
            # A timer, not `call_later`: a callback queued to the list runs straight after this one, without
            # the event loop getting to the app's keys and the screen's refresh in between.
            target.set_timer(TURN_GAP, step)
            return
        target.set_options(built or [empty])
        if then is not None:
            then()

    step()
