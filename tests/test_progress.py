"""Progress lines of the long stages (annotate, validate): throttled, counted, on stderr."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from fixtures.contract_tables import build_tables

from dipnews.progress import EVERY_SECONDS_ENV, Progress, default_every
from dipnews.quality.runner import run_suites
from schemas import CONTRACT


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_one_line_per_interval_with_rate_and_time_left() -> None:
    clock, stream = FakeClock(), io.StringIO()
    progress = Progress("annotate", 1000, "articles", every=5.0, stream=stream, clock=clock)
    for _ in range(100):  # 100 articles within the first second: nothing yet
        clock.now += 0.01
        progress.advance()
    assert stream.getvalue() == ""
    clock.now = 110.0
    progress.advance()
    assert (
        stream.getvalue() == "annotate: 101 of 1,000 articles (10%), 10 s, 10.1 articles/s, about 89 s left\n"
    )
    clock.now = 112.0  # within 5 s of the last line: quiet
    progress.advance(doing="still going")
    assert stream.getvalue().count("\n") == 1
    clock.now = 115.0
    progress.advance(0, doing="building the Data Docs")
    assert stream.getvalue().splitlines()[-1].endswith("; building the Data Docs")


def test_interval_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(EVERY_SECONDS_ENV, "0.5")
    assert default_every() == 0.5
    monkeypatch.setenv(EVERY_SECONDS_ENV, "often")  # not a number: the default, no crash
    assert default_every() == 5.0


def test_validation_reports_each_table() -> None:
    clock, stream = FakeClock(), io.StringIO()
    progress = Progress("validate", len(CONTRACT), "tables", every=0.0, stream=stream, clock=clock)
    run_suites(build_tables(), progress=progress)
    lines = stream.getvalue().splitlines()
    assert len(lines) == len(CONTRACT)
    assert lines[-1].startswith(f"validate: {len(CONTRACT)} of {len(CONTRACT)} tables (100%)")
    assert "quotations checked" in stream.getvalue()


def test_annotate_stage_prints_progress_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from stages import annotate, ingest, scan

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(3):
        (corpus / f"{number}.txt").write_text(
            f"date 2024-03-0{number + 1} Finnish President Alexander Stubb met officials in Helsinki on "
            f'Monday, talk number {number}. "We agreed," Stubb said.\n',
            encoding="utf-8",
        )
    params = yaml.safe_load((Path(__file__).resolve().parents[1] / "params.yaml").read_text(encoding="utf-8"))
    params["ingest"]["input_dir"] = str(corpus)
    params["ingest"]["cache_dir"] = str(tmp_path / "ingest_cache")
    params["annotate"]["cache_dir"] = str(tmp_path / "annotate_cache")
    (tmp_path / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(EVERY_SECONDS_ENV, "0")  # a line for every article
    scan.main()  # the manifest ingest reads
    ingest.main()
    annotate.main()
    progress = [line for line in capfd.readouterr().err.splitlines() if " of 3 articles" in line]
    assert [line.split(",")[0] for line in progress] == [
        "annotate: 1 of 3 articles (33%)",
        "annotate: 2 of 3 articles (67%)",
        "annotate: 3 of 3 articles (100%)",
    ]
