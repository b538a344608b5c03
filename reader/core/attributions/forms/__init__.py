"""Attribution forms, one module each; `read.read_cue` picks the form a cue takes:

- `verb_cue`: `S said: "Q"`, `S said that C`, `S said C`, `Hamas denied the charge`;
- `claim_before_cue`: `"Q," S said`, `C, S said`, `"Q," said S` (content before the cue);
- `according_to`: `According to S, C`, `C, according to S`;
- `adverbial`: `Hamas has reportedly refused ...`;
- `clauses`: what they share (`Found`, trimming, quotations, clause ends).
"""

from reader.core.attributions.forms.clauses import Found
from reader.core.attributions.forms.read import read_cue

__all__ = ["Found", "read_cue"]
