"""Renderings of an analysis: JSON, Markdown and plain text reports, and the snippets they share with the app."""
