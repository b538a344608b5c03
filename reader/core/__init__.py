"""The analysis core: plain Python over immutable dataclasses, no Textual.

Stages: `text` (files to articles), `lexicons` (user-extendable YAML), `align`,
`actors`, `attributions`, `search`; `pipeline` runs them in order.
"""
