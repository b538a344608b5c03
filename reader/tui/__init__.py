"""The Textual app for reading articles side by side."""
