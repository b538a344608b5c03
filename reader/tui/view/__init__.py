"""Pure view logic for the app (no Textual): which pairs are shown, walks, highlights, wrapping."""
