"""Finding names and the evidence of their kind: patterns, capitalised runs, discovery rules, context, the per-article scan."""
