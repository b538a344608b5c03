"""Alignment: the passages two or more articles both report.

`PASSES` is the order the passes run in, over each pair of articles; each has
the signature of `reader.core.align.matches.Pass` (see `reader.core.align.pair`).
To add a pass, write a module under `passes/` with a ``run`` function and
place it here.
"""

from reader.core.align.passes import context, fused, lexical, merge, rare, verbatim

PASSES = (
    verbatim.run,  # sentences both articles print word for word
    lexical.run,  # sentence pairs whose words agree, grown over adjacent sentences
    rare.run,  # free pairs sharing words rare in the two articles
    context.run,  # free pairs inside small in-order gaps, or sharing a distinctive number
    fused.run,  # a second match for a sentence that fuses two of the other's
    merge.run,  # matches in step on both sides become one passage
)

from reader.core.align.matches import align  # noqa: E402  (align runs PASSES, defined above)

__all__ = ["PASSES", "align"]
