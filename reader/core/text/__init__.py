"""From files to articles: reading, decoding, normalising, furniture, segmenting, tokens."""
