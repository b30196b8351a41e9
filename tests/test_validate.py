"""The validate stage: great-expectations suites and cross-table checks over the contract's tables."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
import yaml
from fixtures.contract_tables import build_tables, hex_id

from dipnews.io import write_parquet_atomic
from dipnews.quality import cross_table as xt
from dipnews.quality.runner import QualityReport, run_suites
from dipnews.quality.stage_validation import read_contract_tables, texts_by_article, validate
from dipnews.quality.suites import build_suite, iso3_codes
from schemas import CONTRACT
from schemas._base import arrow_schema

Tables = dict[str, pd.DataFrame]


@pytest.fixture()
def tables() -> Tables:
    return build_tables()


@pytest.fixture(scope="module")
def clean_report() -> QualityReport:
    return run_suites(build_tables())


def test_fixture_tables_satisfy_the_pandera_schemas(tables: Tables) -> None:
    texts = texts_by_article(tables["articles"])
    for name, module in CONTRACT.items():
        validate(tables[name], module.schema(texts), failures_dir=None)


def test_clean_tables_meet_every_expectation(clean_report: QualityReport) -> None:
    assert clean_report.success, clean_report.summary()
    assert set(clean_report.rows) == set(CONTRACT)
    assert clean_report.rows["actor_mentions"] == 9


def test_every_table_has_its_own_suite_with_key_and_schema_checks() -> None:
    for table, module in CONTRACT.items():
        suite = build_suite(table)
        types = {e.expectation_type for e in suite.expectations}
        key_check = (
            "expect_column_values_to_be_unique"
            if len(module.KEY) == 1
            else "expect_compound_columns_to_be_unique"
        )
        assert key_check in types, table
        assert "expect_column_values_to_not_be_null" in types, table
    enum_sets = [
        e for e in build_suite("actor_mentions").expectations if getattr(e, "column", None) == "mention_kind"
    ]
    assert any(getattr(e, "value_set", None) for e in enum_sets)


def test_iso_codes_include_current_and_historic_codes() -> None:
    codes = set(iso3_codes())
    assert {"NOR", "SWE", "CHN", "SUN", "XKX"} <= codes  # historic SUN, user-assigned XKX (Kosovo)
    assert "XYZ" not in codes


def _failures(report: QualityReport) -> set[tuple[str, str | None, str]]:
    return {(f.table, f.column, f.expectation) for f in report.failures}


def _duplicate_actor(tables: Tables) -> None:
    tables["actors"] = pd.concat([tables["actors"], tables["actors"].iloc[[0]]], ignore_index=True)


def _bad_iso_code(tables: Tables) -> None:
    tables["meetings"].loc[0, "location_country_iso3"] = "XYZ"


def _span_mismatch(tables: Tables) -> None:
    tables["quotations"].loc[0, "quote_text"] = tables["quotations"].loc[0, "quote_text"].upper()


def _unknown_speaker(tables: Tables) -> None:
    tables["quotations"].loc[1, "speaker_actor_id"] = hex_id("person", "nobody")


def _meeting_after_its_reports(tables: Tables) -> None:
    occurred = tables["meetings"]["status"] == "occurred"
    tables["meetings"].loc[occurred, "date"] = pd.Timestamp("2030-01-01").date()


def _role_title_the_actor_lacks(tables: Tables) -> None:
    tables["actor_roles"].loc[0, "title"] = "admiral"


def _role_seen_in_more_articles_than_its_actor(tables: Tables) -> None:
    tables["actor_roles"].loc[0, "n_articles"] = 9


def _role_last_seen_before_first_seen(tables: Tables) -> None:
    tables["actor_roles"].loc[0, "last_seen"] = pd.Timestamp("2020-01-01").date()


def _closed_enumeration(tables: Tables) -> None:
    tables["rejects"].loc[0, "reason"] = "lost"


@pytest.mark.parametrize(
    ("corrupt", "table", "column", "expectation", "row_key"),
    [
        (_duplicate_actor, "actors", "actor_id", "expect_column_values_to_be_unique", "actor_id"),
        (
            _bad_iso_code,
            "meetings",
            "location_country_iso3",
            "expect_column_values_to_be_in_set",
            "meeting_id",
        ),
        (_span_mismatch, "quotations", "quote_text", "expect_column_pair_values_to_be_equal", "quote_id"),
        (
            _unknown_speaker,
            "quotations",
            "fk__speaker_actor_id",
            "expect_column_values_to_be_in_set",
            "quote_id",
        ),
        (
            _meeting_after_its_reports,
            "meetings",
            xt.LATEST_REPORT_DATE,
            "expect_column_pair_values_a_to_be_greater_than_b",
            "meeting_id",
        ),
        (_closed_enumeration, "rejects", "reason", "expect_column_values_to_be_in_set", "source_path"),
        (
            _role_title_the_actor_lacks,
            "actor_roles",
            xt.TITLE_OF_ACTOR,
            "expect_column_values_to_be_in_set",
            "role_id",
        ),
        (
            _role_seen_in_more_articles_than_its_actor,
            "actor_roles",
            xt.ACTOR_ARTICLES,
            "expect_column_pair_values_a_to_be_greater_than_b",
            "role_id",
        ),
        (
            _role_last_seen_before_first_seen,
            "actor_roles",
            "last_seen",
            "expect_column_pair_values_a_to_be_greater_than_b",
            "role_id",
        ),
    ],
)
def test_a_corruption_fails_naming_table_column_and_rows(
    tables: Tables,
    corrupt: Callable[[Tables], None],
    table: str,
    column: str,
    expectation: str,
    row_key: str,
) -> None:
    corrupt(tables)
    report = run_suites(tables)
    assert not report.success
    assert (table, column, expectation) in _failures(report)
    failure = next(
        f for f in report.failures if (f.table, f.column, f.expectation) == (table, column, expectation)
    )
    message = failure.message()
    assert f"table '{table}'" in message and f"column '{column}'" in message
    assert failure.examples and all(row_key in example for example in failure.examples)
    assert str(failure.examples[0][row_key]) in message
    assert message in report.summary()


def test_row_counts_must_agree_across_tables(tables: Tables) -> None:
    # A meeting that lost its participants: counted participants and the row-count check both fail.
    lost = tables["meetings"].loc[0, "meeting_id"]
    participants = tables["meeting_participants"]
    tables["meeting_participants"] = participants[participants["meeting_id"] != lost].reset_index(drop=True)
    failures = _failures(run_suites(tables))
    assert ("meetings", xt.COUNTED_PARTICIPANTS, "expect_column_values_to_be_between") in failures
    assert ("meetings", None, "expect_table_row_count_to_equal") in failures


def test_span_texts_are_null_outside_the_article(tables: Tables) -> None:
    mentions = tables["actor_mentions"].copy()
    mentions.loc[0, "char_end"] = 10_000
    derived = xt.with_cross_table_columns({**tables, "actor_mentions": mentions})["actor_mentions"]
    assert derived.loc[0, xt.SPAN_TEXT] is None
    assert derived.loc[1, xt.SPAN_TEXT] == derived.loc[1, "mention_text"]


def test_a_null_foreign_key_counts_as_present(tables: Tables) -> None:
    tables["quotations"].loc[0, "meeting_id"] = None
    derived = xt.with_cross_table_columns(tables)["quotations"]
    assert derived[xt.ForeignKey("quotations", "meeting_id", "meetings", "meeting_id").derived_column].all()


def _write_project(root: Path, tables: Tables) -> None:
    # The repository's params.yaml (every stage validates all of it) with this report folder and day.
    params = yaml.safe_load((Path(__file__).resolve().parents[1] / "params.yaml").read_text(encoding="utf-8"))
    params["validate"]["report_dir"] = "reports"
    params["dataset"]["release_date"] = "2024-01-31"
    (root / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    for name, df in tables.items():
        write_parquet_atomic(
            df, root / "data" / "tables" / f"{name}.parquet", arrow_schema(CONTRACT[name].schema())
        )


def test_stage_writes_a_stable_json_result_and_data_docs(
    tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from stages import validate as stage

    _write_project(tmp_path, tables)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports" / "data_docs" / "stale.html").parent.mkdir(parents=True)
    (tmp_path / "reports" / "data_docs" / "stale.html").write_text("from an earlier run")
    stage.main()
    first = (tmp_path / "reports" / "validation.json").read_bytes()
    # Stable: another run over the same tables gives the same bytes (no run ids or timestamps), and the
    # stage's run over the files a batch at a time gives what the suites give on the tables in memory.
    again = stage.check_tables(read_contract_tables(Path("data/tables"))).as_json()
    assert json.dumps(again, indent=2, sort_keys=True, ensure_ascii=False) + "\n" == first.decode()
    result = json.loads(first)
    assert result["success"] is True and set(result["tables"]) == set(CONTRACT)
    docs = tmp_path / "reports" / "data_docs"
    assert (docs / "index.html").is_file()
    # one page per table; the run replaced the folder instead of piling up GX's run history
    assert len(list((docs / "validations").rglob("*.html"))) == len(CONTRACT)
    assert not (docs / "stale.html").exists()
    assert not [p for p in (tmp_path / "reports").iterdir() if p.name.startswith(".")]
    logs = capfd.readouterr()
    assert "Calculating Metrics" not in logs.err + logs.out  # no progress-bar noise in the DVC log
    # The Data Docs too are byte-identical on a rerun: run times are the release date, ids are stable.
    pages = {p.relative_to(docs): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}
    assert "2024-01-31" in (docs / "index.html").read_text()
    stage.main()
    assert pages == {p.relative_to(docs): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_stage_fails_with_a_readable_message(
    tables: Tables, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from stages import validate as stage

    _span_mismatch(tables)
    _write_project(tmp_path, tables)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        stage.main()
    assert exit_info.value.code == 1
    err = capfd.readouterr().err
    assert "table 'quotations', column 'quote_text'" in err
    assert json.loads((tmp_path / "reports" / "validation.json").read_text())["success"] is False
    assert (tmp_path / "reports" / "data_docs" / "index.html").is_file()


def test_stage_reports_a_missing_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stages import validate as stage

    tables = build_tables()
    del tables["quotations"]
    _write_project(tmp_path, tables)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        stage.main()


@pytest.mark.slow
def test_a_meeting_in_kosovo_passes_the_suites() -> None:
    """Pristina's country is XKX (not in ISO 3166-1): the tables must still meet every expectation."""
    from dipnews.pipeline import build_tables as run_pipeline

    text = (
        "Albanian Prime Minister Edi Rama met Kosovo President Vjosa Osmani in Pristina on Monday, "
        'her office said.\n\n"We agreed to open a new border crossing," Osmani said.'
    )
    tables = run_pipeline([{"id": "kosovo.txt", "text": text, "published": "2024-03-05"}])
    assert set(tables["meetings"]["location_country_iso3"]) == {"XKX"}
    report = run_suites(tables)
    assert report.success, report.summary()
