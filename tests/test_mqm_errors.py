"""The MQM error breakdown (``benchmarks/mqm_errors.py``): which group a major segment falls in
and which findings count as on a marked span. The figures themselves come from the dev dumps,
by hand; these check the two readings the tables rest on."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from mqm_errors import group_of, major_categories, on_span


def test_a_segment_falls_in_the_group_the_experts_marked() -> None:
    categories = major_categories()
    # SMU, talk.2 segment 139: two Major mistranslations ("collapsed into", "each 10 times the
    # mass of the Sun"); metricsystem4, segment 85: a Major omission.
    assert group_of({"id": "mqm:talk.2:139:SMU"}, categories) == "Mistranslation"
    assert group_of({"id": "mqm:talk.2:85:metricsystem4"}, categories) == "Omission"
    # mqm_systems ids end with the system whose translation is B.
    assert group_of({"id": "mqm_systems:talk.2:139:refB:SMU"}, categories) == "Mistranslation"
    # refB, segment 85: rated error-free, so no group of its own.
    assert group_of({"id": "mqm:talk.2:85:refB"}, categories) == "other"


def test_only_a_b_span_that_overlaps_a_mark_is_on_it() -> None:
    record = {"b_errors": [[10, 20]]}
    assert on_span({"b_span": [15, 25]}, record)
    assert on_span({"b_span": [0, 11]}, record)
    assert not on_span({"b_span": [20, 30]}, record)  # touching is not overlapping
    assert not on_span({"b_span": None}, record)  # an A-side finding has no B span
