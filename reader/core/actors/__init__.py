"""Actors: names found in the articles (`find/`), merged into one actor per referent (`merge/`)."""

from reader.core.actors.extract import extract_actors

__all__ = ["extract_actors"]
