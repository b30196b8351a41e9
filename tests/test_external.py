"""The external benchmark's summary figures (the corpora themselves are outside the repository)."""

from __future__ import annotations

import pytest

from dipnews.evaluation.external import Report, report_tune_check_gap, tune_check_gap


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
