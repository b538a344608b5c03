"""Alignment: the passages two or more articles both report.

`PASSES` (defined in `reader.core.align.passes`) is the order the passes run
in over each pair of articles; `align` runs them (`reader.core.align.matches`).
"""

from reader.core.align.matches import align
from reader.core.align.passes import PASSES

__all__ = ["PASSES", "align"]
