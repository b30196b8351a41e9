"""The suites over table files a batch at a time give the outcomes of the suites over tables in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from fixtures.contract_tables import build_tables
from test_validate import (
    _bad_iso_code,
    _closed_enumeration,
    _duplicate_actor,
    _meeting_after_its_reports,
    _role_title_the_actor_lacks,
    _span_mismatch,
    _unknown_speaker,
)

from dipnews.io import write_parquet_atomic
from dipnews.quality.runner import run_suites
from dipnews.quality.streaming_runner import merge_outcomes, run_suites_on_files
from schemas import CONTRACT
from schemas._base import arrow_schema

Tables = dict[str, pd.DataFrame]


def _unchanged(tables: Tables) -> None:
    del tables


def _write(tables: Tables, folder: Path) -> dict[str, Path]:
    files = {}
    for name, frame in tables.items():
        ordered = frame.sort_values(list(CONTRACT[name].KEY), kind="stable").reset_index(drop=True)
        files[name] = folder / f"{name}.parquet"
        write_parquet_atomic(ordered, files[name], arrow_schema(CONTRACT[name].schema()))
    return files


CORRUPTIONS = [
    _unchanged,
    _duplicate_actor,
    _bad_iso_code,
    _span_mismatch,
    _unknown_speaker,
    _meeting_after_its_reports,
    _closed_enumeration,
    _role_title_the_actor_lacks,
]


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=lambda f: f.__name__.strip("_"))
def test_one_batch_per_table_gives_the_in_memory_report(
    corrupt: Callable[[Tables], None], tmp_path: Path
) -> None:
    tables = build_tables()
    corrupt(tables)
    files = _write(tables, tmp_path)
    sorted_tables = {name: pd.read_parquet(path) for name, path in files.items()}
    assert run_suites_on_files(files).as_json() == run_suites(sorted_tables).as_json()


@pytest.mark.parametrize("corrupt", CORRUPTIONS, ids=lambda f: f.__name__.strip("_"))
def test_small_batches_find_the_same_failures_and_counts(
    corrupt: Callable[[Tables], None], tmp_path: Path
) -> None:
    tables = build_tables()
    corrupt(tables)
    files = _write(tables, tmp_path)
    whole = run_suites({name: pd.read_parquet(path) for name, path in files.items()})
    batched = run_suites_on_files(files, batch_rows=2)
    assert batched.success == whole.success
    assert batched.rows == whole.rows

    def counts(outcomes: list) -> list[tuple[str, str | None, str, bool, int | None, object]]:
        return [
            (o.table, o.column, o.expectation, o.success, o.unexpected_count, o.observed_value)
            for o in outcomes
        ]

    assert counts(batched.outcomes) == counts(whole.outcomes)


def test_merged_outcomes_keep_the_first_examples_in_order() -> None:
    report = run_suites(build_tables())
    first = [o for o in report.outcomes if o.table == "actors"]
    failing = [
        o.__class__(
            **{
                **o.__dict__,
                "success": False,
                "unexpected_count": 3,
                "examples": [{"k": i} for i in range(3)],
            }
        )
        for o in first
    ]
    merged = merge_outcomes([failing, failing, first])
    assert all(not o.success and o.unexpected_count == 6 for o in merged)
    assert all(o.examples == [{"k": 0}, {"k": 1}, {"k": 2}, {"k": 0}, {"k": 1}] for o in merged)


def test_data_docs_of_several_batches_get_a_page_each_and_normalise(tmp_path: Path) -> None:
    import datetime as dt

    from dipnews.quality.runner import normalise_data_docs

    files = _write(build_tables(), tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    assert run_suites_on_files(files, data_docs_dir=docs, batch_rows=2).success
    normalise_data_docs(docs, dt.date(2026, 11, 26))  # run times made equal: batch pages must not collide
    pages = list((docs / "validations" / "actor_mentions").rglob("*.html"))
    assert len(pages) == -(-len(pd.read_parquet(files["actor_mentions"])) // 2)
