"""Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer removes and mounts all its keys again after every change of
focus or of the bindings (eight times while the app starts, after its first
frame), and each new key restyles itself twice: `FooterKey.compact` starts
True, so mounting adds the ``-compact`` class and the binding to the Footer's
``compact`` (False) removes it again, each a pass of the stylesheet over the
key. That was ~40 % of the app's CPU in the second after its first frame,
while the first keys are pressed. Same keys, same look.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class ReaderFooter(Footer):
    _composed_for: object = None  # what the keys now mounted were composed from

    def shown(self) -> object:
        """Everything `Footer.compose` builds the keys from (None: the bindings are not ready yet)."""
        if not self._bindings_ready or not self.is_attached:
            return None
        app = self.app
        keys = tuple(
            (binding, enabled, tooltip, app.get_key_display(binding))
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.compact, self.show_command_palette, app.ENABLE_COMMAND_PALETTE, app.COMMAND_PALETTE_BINDING

    async def recompose(self) -> None:
        shown = self.shown()
        if shown is not None and shown == self._composed_for:
            return
        self._composed_for = shown
        await super().recompose()

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # Born with the Footer's `compact`, which `Footer.compose` binds it to (the palette's key
                # is not bound, and keeps its own): the binding then changes nothing, so no restyling.
                widget.set_reactive(FooterKey.compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget
