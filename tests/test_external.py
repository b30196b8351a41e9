"""The external benchmark's summary figures (the corpora themselves are outside the repository)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dipnews.evaluation.external import (
    Report,
    _overlap_prf,
    report_tune_check_gap,
    reuters_records,
    tune_check_gap,
)


def test_the_tune_check_gap_is_tune_minus_check() -> None:
    assert tune_check_gap(0.4267, 0.4) == {"tune_f1": 0.4267, "check_f1": 0.4, "gap": 0.0267}
    assert tune_check_gap(0.3, 0.5)["gap"] == -0.2
    assert tune_check_gap(None, 0.5) == {"tune_f1": None, "check_f1": 0.5, "gap": None}


def test_the_gap_is_printed_and_kept_for_json(capsys: pytest.CaptureFixture[str]) -> None:
    report = Report()
    report_tune_check_gap(0.5, 0.25, report)
    assert report.figures == {"meetings_f1_tune_check": {"tune_f1": 0.5, "check_f1": 0.25, "gap": 0.25}}
    assert report.tables == []
    assert "0.500 / 0.250, gap (tune - check) 0.250" in capsys.readouterr().out


def test_background_stories_for_the_mixed_corpus_are_read_in_order_with_iso_dates(tmp_path: Path) -> None:
    folder = tmp_path / "corpora" / "reuters21578"
    folder.mkdir(parents=True)
    stories = [
        {"newid": 1, "date": "26-FEB-1987 15:01:01.79", "title": "A", "body": "Talks went on."},
        {"newid": 2, "date": " 2-MAR-1987 09:00:00.00", "title": "B", "body": ""},  # no body: skipped
        {"newid": 3, "date": "garbled", "title": "C", "body": "Ministers met."},
        {"newid": 4, "date": "3-MAR-1987 10:00:00.00", "title": "D", "body": "Not read: past the limit."},
    ]
    with gzip.open(folder / "reuters_train.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(s) for s in stories) + "\n")
    records = reuters_records(tmp_path, 2)
    assert [(r["id"], r["published"], r["text"]) for r in records] == [
        ("reuters-1", "1987-02-26", "Talks went on."),
        ("reuters-3", None, "Ministers met."),
    ]


def test_per_org_overlap_matches_half_the_longer_span_within_one_label() -> None:
    gold = {("ORG", 4, 17), ("PER", 30, 42), ("ORG", 50, 60)}
    predicted = {
        ("ORG", 0, 17),  # "the Bank of Japan" for "Bank of Japan": 13 of 17 characters
        ("ORG", 30, 42),  # the right span with the wrong label
        ("ORG", 50, 53),  # 3 of 10 characters: too short
    }
    prf = _overlap_prf(predicted, gold)
    assert (prf.matched_pred, prf.n_pred, prf.matched_gold, prf.n_gold) == (1, 3, 1, 3)
    assert _overlap_prf(set(), gold).recall == 0.0
