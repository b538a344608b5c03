"""Widgets composed by the reader app."""
