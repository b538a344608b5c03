"""The alignment passes, in the order they run over each pair of articles.

Each pass is a module with ``run(pair: PairContext, passages: list[PassagePair])
-> list[PassagePair]`` (see `reader.core.align.pair`): it gets the passages the
passes before it found and returns them with its own added, sorted by position
in a. To add a pass, write its module here and place its ``run`` in `PASSES`.
"""

from reader.core.align.passes import context, fused, lexical, merge, multi, near, rare, verbatim

PASSES = (
    verbatim.run,  # sentences both articles print word for word
    near.run,  # short sentences copied reordered or with a word or two left out
    lexical.run,  # sentence pairs whose words agree, grown over adjacent sentences
    rare.run,  # free pairs sharing words rare in the two articles
    context.run,  # free pairs inside small in-order gaps, or sharing a distinctive number
    fused.run,  # a second match for a sentence that fuses two of the other's
    multi.run,  # a second partner for a matched sentence: the ledes, strong rare-word pairs
    merge.run,  # matches in step on both sides become one passage
)
