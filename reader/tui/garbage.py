"""When Python's garbage collector does its full collections in the app: while nobody is pressing keys.

A full collection walks every live object that is not frozen (see
`settle_garbage_collector`): with two 1 MB articles on screen that is still
~30k objects (Textual's cached lines) and 30-40 ms of CPU, which Python
would start every ~10 key presses, in the middle of one. The app makes them
rarer and runs them itself once the keys have stopped for a moment.
"""

from __future__ import annotations

import gc
import time

from textual import events
from textual.app import App

IDLE_SECONDS = 1.0  # no key for this long: a good moment for a full collection
FULL_COLLECTION_EVERY = 100  # middle-generation collections between full ones Python starts itself (default 10)


def collect_when_idle() -> None:
    """Let Python start full collections ten times less often (the app runs them when idle instead)."""
    first, second, _ = gc.get_threshold()
    gc.set_threshold(first, second, FULL_COLLECTION_EVERY)


def collect_if_due() -> bool:
    """A full collection now if anything reached the middle generation since the last one; whether it ran."""
    if gc.get_count()[2] == 0:
        return False
    gc.collect()
    return True


def enable_collection() -> None:
    """`gc.enable` as a Python function: Textual counts a callback's parameters before calling it, which for a
    builtin means parsing its text signature (~0.4 ms, after every key)."""
    gc.enable()


class CollectWhenIdle(App[None]):
    """The app's side: full collections in the pauses between keys. A base class of `ReaderApp`."""

    _last_key = 0.0  # time.monotonic() of the last key press

    def start_idle_collection(self) -> None:
        """From the first frame on (the `reader` command keeps the collector off until then: start-up makes
        nothing to free): collection back on, full collections when idle. Called before the first frame;
        what is registered after the first frame before this (the background's freeze) runs first."""
        self.call_after_refresh(self._resume_collection)

    def _resume_collection(self) -> None:
        # The idle timer starts here, not before the first frame: on a busy machine that frame can take
        # more than IDLE_SECONDS, and the timer's collection then walked every object made since start-up
        # (a young collection of 30-90 ms, the collector having been off) just before the freeze.
        gc.enable()
        collect_when_idle()
        self.set_interval(IDLE_SECONDS, self._collect_if_idle)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self._last_key = time.monotonic()
            # Between a key and its frame, no collection: Python would start ~10 small ones in each
            # (~6 ms of CPU a key); they run after the frame is on screen instead.
            gc.disable()
            self.call_after_refresh(enable_collection)
        await super().on_event(event)

    def _collect_if_idle(self) -> None:
        gc.enable()  # (should a key have brought no refresh)
        if time.monotonic() - self._last_key >= IDLE_SECONDS:
            collect_if_due()
