"""Calibrated confidences: the counts, the smoothing, and the shipped table in use."""

from __future__ import annotations

from digest.ingest.calibration import calibrate, measure, shipped_table
from digest.ingest.labeller import rule_labels


def test_measure_counts_right_and_labelled_per_rule() -> None:
    table = measure([("headline", 0.85, True), ("headline", 0.85, False), ("byline", 0.95, True)])
    assert table == {("headline", 0.85): (1, 2), ("byline", 0.95): (1, 1)}


def test_a_rule_often_wrong_gets_a_low_confidence_and_a_rare_rule_keeps_near_its_raw_one() -> None:
    table = {("section", 0.9): (2, 100), ("jump", 0.95): (0, 1)}
    assert calibrate("section", 0.9, table) < 0.1
    assert 0.7 < calibrate("jump", 0.95, table) < 0.95
    assert calibrate("kicker", 0.85, table) == 0.85  # a rule never measured keeps its raw value


def test_labels_carry_the_shipped_tables_confidence() -> None:
    table = shipped_table()
    assert table, "digest/ingest/calibration.json is shipped with the package"
    text = "春耕正当时\n\n本报记者 张三\n\n　　今年春耕开始得早，农民们忙着下田。\n"
    raw = rule_labels(text, calibrate=False)
    cooked = rule_labels(text)
    assert [line.role for line in raw] == [line.role for line in cooked]
    for before, after in zip(raw, cooked, strict=True):
        assert after.confidence == calibrate(after.role, before.confidence, table)
        assert 0.0 <= after.confidence <= 1.0
