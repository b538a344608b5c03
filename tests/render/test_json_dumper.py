"""`JsonDumper`: the analysis JSON in two steps is the text json.dumps writes in one."""

from __future__ import annotations

import dataclasses
import json

from reader.render.json import JsonDumper, analysis_to_json


def test_dumped_in_two_steps_or_one_it_is_the_same_text(seed_analysis):
    expected = json.dumps(analysis_to_json(seed_analysis), ensure_ascii=False)
    early = JsonDumper()
    early.early(list(seed_analysis.articles), seed_analysis.actors, seed_analysis.attributions)
    assert early.dump(seed_analysis) == expected
    assert JsonDumper().dump(seed_analysis) == expected  # early never called


def test_early_parts_of_other_inputs_are_not_used(seed_analysis):
    dumper = JsonDumper()
    dumper.early(seed_analysis.articles, seed_analysis.actors[:1], seed_analysis.attributions)
    assert dumper.dump(seed_analysis) == json.dumps(analysis_to_json(seed_analysis), ensure_ascii=False)
    fewer = dataclasses.replace(seed_analysis, attributions=seed_analysis.attributions[1:])
    dumper.early(seed_analysis.articles, seed_analysis.actors, seed_analysis.attributions)
    assert dumper.dump(fewer) == json.dumps(analysis_to_json(fewer), ensure_ascii=False)
