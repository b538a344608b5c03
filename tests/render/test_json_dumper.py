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


def test_discrepancies_written_directly_are_what_json_dumps_writes(seed_analysis):
    from reader.core.model import Discrepancy, Passage
    from reader.render.json import discrepancies_json_text, discrepancy_json

    texts = {"a": 'He said "3\\4"\n\tof\x01 them — 45 % über ✓', 'b"x': "Ünïcode \u2028 line\\ and 𝔘 end"}
    made = [
        Discrepancy("d1", "number", "m1", Passage("a", 0, 12), Passage('b"x', 3, 20), 'a: "3\\4" · b', "high"),
        Discrepancy("d2", "quote", "m2", Passage("a", 13, 33), Passage('b"x', 0, 0), "s\n", "low", "close \x7f", "c1", "beside"),
        Discrepancy("d3", "name", "m3", Passage("a", 5, 5), Passage('b"x', 21, 30), "", "medium", "", None, "elsewhere"),
    ]
    assert seed_analysis.discrepancies  # real ones too
    real_texts = {a.id: a.text for a in reversed(seed_analysis.articles)}
    for listed, where in ((made, texts), (list(seed_analysis.discrepancies), real_texts), ([], texts)):
        expected = json.dumps([discrepancy_json(d, where) for d in listed], ensure_ascii=False)
        assert discrepancies_json_text(listed, where) == expected
