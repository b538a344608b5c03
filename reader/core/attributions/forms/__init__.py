"""Attribution forms, one module each; `read.read_cue` picks the form a cue takes:

- `verb_cue`: `S said: "Q"`, `S said that C`, `S said C`, `Hamas denied the charge`;
- `claim_before_cue`: `"Q," S said`, `C, S said`, `"Q," said S` (content before the cue);
- `according_to`: `According to S, C`, `C, according to S`;
- `adverbial`: `Hamas has reportedly refused ...`;
- `result_frame`: `leading many party leaders to conclude that C` (a cue after " to " no other form read, from `extract`);
- `dash_join`: `C, the official said - a source said C2` (the sentence split in two once, after segmentation);
- `noun_frames`: `Another criticism among S was that C`, `That brought criticism from S` (whole-article pass);
- `colon_quote`: `S had this to say about it: "Q"` and `opening_participle`: `Noting that C, S said` (whole-article passes);
- `fronted_cue`: `Said Comey, "Q"` (a cue opening its sentence, then the speaker), for `verb_cue`;
- `quoted_as`: `The Post quoted an official as saying C` (read from the "saying" cue, for `read`);
- `written_says`: `held up a sign saying "Q"`, `a message that said, "Q"` (a written thing as the source; for `read`,
  when no other reading of the cue is found);
- `quote_verb`: `"Q," Toomey fumed`, `he demurred: "Q"` (unlisted -ed verbs beside a quotation; whole-article pass);
- `agreed`, `called`: what "agreed" and "called X Y" state, for `verb_cue`;
- `subject_span`: where a verb cue's subject starts and ends (dash and bracket asides, relative clauses), for `verb_cue`;
- `cue_lead`: a statement or adverbials between a verb cue and its content ("said on Tuesday that"), for `verb_cue`;
- `clauses`: what they share (`Found`, trimming, quotations, clause ends).
"""

from reader.core.attributions.forms.clauses import Found
from reader.core.attributions.forms.read import read_cue

__all__ = ["Found", "read_cue"]
