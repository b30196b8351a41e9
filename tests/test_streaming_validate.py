"""The suites over table files a batch at a time give the outcomes of the suites over tables in memory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
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
from dipnews.quality.streaming_runner import run_suites_on_files
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


def _no_rejects(tables: Tables) -> None:
    tables["rejects"] = tables["rejects"].iloc[0:0]


CORRUPTIONS = [
    _unchanged,
    _no_rejects,
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


def _pages(docs: Path) -> dict[Path, bytes]:
    import datetime as dt

    from dipnews.quality.runner import normalise_data_docs

    normalise_data_docs(docs, dt.date(2026, 11, 26))
    return {p.relative_to(docs): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_data_docs_are_one_page_per_table_whatever_the_batches(tmp_path: Path) -> None:
    files = _write(build_tables(), tmp_path)
    pages = {}
    for batch_rows in (2, 100_000):
        docs = tmp_path / f"docs-{batch_rows}"
        docs.mkdir()
        assert run_suites_on_files(files, data_docs_dir=docs, batch_rows=batch_rows).success
        pages[batch_rows] = _pages(docs)
        assert len(list((docs / "validations").rglob("*.html"))) == len(CONTRACT)
    assert pages[2] == pages[100_000]


def _drop_quotation(tables: Tables) -> None:
    tables["quotations"] = tables["quotations"].iloc[1:].reset_index(drop=True)


def _drop_mention(tables: Tables) -> None:
    """One mention fewer: its actor's n_mentions no longer counts its rows (a derived column changes)."""
    tables["actor_mentions"] = tables["actor_mentions"].iloc[1:].reset_index(drop=True)


def _both(*changes: Callable[[Tables], None]) -> Callable[[Tables], None]:
    def change(tables: Tables) -> None:
        for one in changes:
            one(tables)

    change.__name__ = "_".join(c.__name__.strip("_") for c in changes)
    return change


# (the corpus the cache was filled on, the corpus validated next)
CHANGES = [
    pytest.param(_drop_quotation, _unchanged, id="grown"),
    pytest.param(_unchanged, _drop_quotation, id="shrunk"),
    pytest.param(_unchanged, _span_mismatch, id="edited"),
    pytest.param(_span_mismatch, _unchanged, id="repaired", marks=pytest.mark.slow),
    pytest.param(_bad_iso_code, _both(_bad_iso_code, _drop_quotation), id="failure-remembered"),
    pytest.param(_unchanged, _drop_mention, id="derived-column-changed"),
    pytest.param(_unchanged, _duplicate_actor, id="key-duplicated", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("before", "after"), CHANGES)
def test_remembered_rows_give_the_report_and_docs_of_a_cold_run(
    before: Callable[[Tables], None], after: Callable[[Tables], None], tmp_path: Path
) -> None:
    from dipnews.quality.checked_rows import CheckedRows

    cache = CheckedRows(tmp_path / "cache")
    first, second = build_tables(), build_tables()
    before(first)
    after(second)
    run_suites_on_files(_write(first, _folder(tmp_path / "before")), cache=cache, batch_rows=4)
    files = _write(second, _folder(tmp_path / "after"))
    warm_docs, cold_docs = _folder(tmp_path / "warm-docs"), _folder(tmp_path / "cold-docs")
    warm = run_suites_on_files(files, data_docs_dir=warm_docs, cache=cache, batch_rows=4)
    cold = run_suites_on_files(files, data_docs_dir=cold_docs)
    assert warm.as_json() == cold.as_json()
    assert _pages(warm_docs) == _pages(cold_docs)
    assert cold.checked_rows == sum(cold.rows.values())
    assert warm.checked_rows is not None and warm.checked_rows < sum(warm.rows.values()) // 2
    # The cache now holds the rows of the tables just validated: a rerun checks nothing.
    assert run_suites_on_files(files, cache=cache).checked_rows == 0


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def test_a_result_is_found_by_the_rows_key_and_hash_together(tmp_path: Path) -> None:
    """A stored hash answers only for a row of the same key: moved to other keys, it answers for none."""
    import pyarrow.parquet as pq

    from dipnews.quality.checked_rows import CheckedRows

    cache = CheckedRows(tmp_path / "cache")
    files = _write(build_tables(), _folder(tmp_path / "tables"))
    run_suites_on_files(files, cache=cache)
    (stored,) = (tmp_path / "cache").glob("actors-*.parquet")
    results = pq.read_table(stored)
    assert results.column_names == ["actor_id", "row_hash", "failures"]
    ids = results.column("actor_id").to_pylist()
    assert len(set(ids)) == len(ids) >= 2
    # Every hash filed under the next row's actor_id: the hashes are all there, under the wrong keys.
    moved = results.set_column(0, "actor_id", pa.array(ids[1:] + ids[:1], pa.string()))
    pq.write_table(moved, stored)
    warm = run_suites_on_files(files, cache=cache)
    assert warm.checked_rows == len(ids)  # the actors, all checked again; no other table
    assert run_suites_on_files(files, cache=cache).checked_rows == 0


def test_a_known_row_leaves_duckdb_without_its_columns(tmp_path: Path) -> None:
    from dipnews.quality.checked_rows import CheckedRows
    from dipnews.quality.table_files import KNOWN, ROW, TableReader

    cache = CheckedRows(tmp_path / "cache")
    tables = build_tables()
    files = _write(tables, _folder(tmp_path / "tables"))
    run_suites_on_files(files, cache=cache)
    (known,) = (tmp_path / "cache").glob("quotations-*.parquet")
    reader = TableReader(files)
    try:
        batches = list(reader.hashed_batches("quotations", 1000, known))
        cold = list(reader.hashed_batches("quotations", 1000, None))
    finally:
        reader.close()
    assert sum(b.num_rows for b in batches) == len(tables["quotations"]) > 0
    assert all(b.column(KNOWN).to_pylist() == [True] * b.num_rows for b in batches)
    assert all(b.column(ROW).null_count == b.num_rows for b in batches)
    # Without results every row carries its columns, its derived ones included.
    row = cold[0].column(ROW)[0].as_py()
    assert row["quote_id"] == cold[0].column("quote_id")[0].as_py() and "span__text" not in row
    assert "fk__article_id" in row
