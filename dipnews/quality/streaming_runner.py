"""The great-expectations suites over table files, a batch of rows at a time.

:func:`dipnews.quality.runner.run_suites` takes every table as one pandas frame, with its derived
cross-table columns (:mod:`dipnews.quality.cross_table`) computed in pandas: the whole corpus in memory.
Here DuckDB computes the same derived columns over the Parquet files (joins and counts, spilling to disk
beyond its memory limit), except the span texts, which Python slices from the texts of one batch's
articles; each table is read in key order, ``batch_rows`` rows at a time, and every batch goes through
the table's suite. The outcomes of one expectation over the batches are merged into one: successful when
every batch was, the unexpected rows summed, the first examples kept in key order. Expectations about the
whole table (its row count, the uniqueness of a key) are evaluated over the whole file by DuckDB when a
table has more than one batch. A table that fits in one batch is checked exactly as ``run_suites`` does,
so ``validation.json`` is the same for it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from great_expectations.core.run_identifier import RunIdentifier

from dipnews.progress import Progress
from dipnews.quality import cross_table as xt
from dipnews.quality.batch_validation import texts_by_id
from dipnews.quality.runner import (
    DATASOURCE,
    DOCS_SITE,
    MAX_EXAMPLES,
    ExpectationOutcome,
    QualityReport,
    _context,
    _outcome,
    _outcome_order,
    table_checkpoint,
)
from schemas import CONTRACT
from schemas._base import arrow_schema

BATCH_ROWS = 100_000
DUCKDB_MEMORY = "512MB"
ROW_COUNT_EXPECTATIONS = frozenset(
    {"expect_table_row_count_to_equal", "expect_table_row_count_to_be_between"}
)
UNIQUE_EXPECTATIONS = frozenset({"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"})


def _quoted(path: Path) -> str:
    return "read_parquet('" + str(path).replace("'", "''") + "')"


def _derived_sql(table: str, files: Mapping[str, Path]) -> list[str]:
    """The derived columns of ``table`` that DuckDB computes (all but the span columns), as SQL over ``t``."""
    f = {name: _quoted(path) for name, path in files.items()}
    columns = [
        f"(t.{fk.column} IS NULL OR t.{fk.column} IN (SELECT {fk.parent_column} FROM {f[fk.parent]})) "
        f"AS {fk.derived_column}"
        for fk in xt.FOREIGN_KEYS
        if fk.table == table
    ]
    if table in xt.SENTENCE_TABLES:
        columns.append(
            "coalesce((SELECT 0 <= t.sentence_index AND t.sentence_index < a.n_sentences "
            f"FROM {f['articles']} a WHERE a.article_id = t.article_id), false) AS {xt.SENTENCE_IN_ARTICLE}"
        )
    if table == "articles":
        columns.append(
            f"NOT coalesce(t.source_path IN (SELECT source_path FROM {f['rejects']}), false) "
            f"AS {xt.SOURCE_NOT_REJECTED}"
        )
    if table == "actors":
        mentions = f"FROM {f['actor_mentions']} m WHERE m.actor_id = t.actor_id"
        columns += [
            f"coalesce((SELECT count(*) {mentions}), 0)::BIGINT AS {xt.COUNTED_MENTIONS}",
            f"coalesce((SELECT count(DISTINCT m.article_id) {mentions}), 0)::BIGINT AS {xt.COUNTED_ARTICLES}",
        ]
    if table == "meetings":
        columns += _meeting_columns(f)
    if table == "actor_roles":
        actor = f"FROM {f['actors']} a WHERE a.actor_id = t.actor_id"
        columns += [
            f"coalesce((SELECT list_contains(a.titles, t.title) {actor}), false) AS {xt.TITLE_OF_ACTOR}",
            f"coalesce((SELECT a.n_articles {actor}), 0)::BIGINT AS {xt.ACTOR_ARTICLES}",
        ]
    return columns


def _meeting_columns(f: Mapping[str, str]) -> list[str]:
    evidence = f"FROM {f['meeting_mentions']} e WHERE e.meeting_id = t.meeting_id"
    return [
        f"coalesce((SELECT count(DISTINCT e.article_id) {evidence}), 0)::BIGINT AS {xt.COUNTED_ARTICLES}",
        f"coalesce((SELECT count(DISTINCT p.actor_id) FROM {f['meeting_participants']} p "
        f"WHERE p.meeting_id = t.meeting_id), 0)::BIGINT AS {xt.COUNTED_PARTICIPANTS}",
        f"(SELECT max(a.published_date) FROM {f['meeting_mentions']} e JOIN {f['articles']} a "
        f"USING (article_id) WHERE e.meeting_id = t.meeting_id) AS {xt.LATEST_REPORT_DATE}",
    ]


class TableReader:
    """Each table with its derived columns, in key order, a batch of rows at a time."""

    def __init__(self, files: Mapping[str, Path], work_dir: Path | None = None) -> None:
        self.files = dict(files)
        config = {"memory_limit": DUCKDB_MEMORY}
        if work_dir is not None:
            config["temp_directory"] = str(work_dir)
        self.connection = duckdb.connect(config=config)
        self.connection.execute("SET preserve_insertion_order TO true")
        # A second cursor: the texts of a batch are looked up while the batches' result is open.
        self._lookup = self.connection.cursor()

    def rows(self, table: str) -> int:
        return pq.ParquetFile(self.files[table]).metadata.num_rows

    def batches(self, table: str, batch_rows: int) -> Iterator[pd.DataFrame]:
        columns = ["t.*", *_derived_sql(table, self.files)]
        key = ", ".join(f"t.{c}" for c in CONTRACT[table].KEY)
        query = f"SELECT {', '.join(columns)} FROM {_quoted(self.files[table])} t ORDER BY {key}"
        contract = arrow_schema(CONTRACT[table].schema())
        first_row = 0
        for batch in self.connection.sql(query).to_arrow_reader(batch_rows):
            frame = self._frame(table, pa.Table.from_batches([batch]), contract)
            frame.index = range(first_row, first_row + len(frame))
            first_row += len(frame)
            yield frame

    def _frame(self, table: str, batch: pa.Table, contract: pa.Schema) -> pd.DataFrame:
        """The batch as ``run_suites`` sees it: contract columns as read from Parquet, then derived ones."""
        frame = batch.select(contract.names).cast(contract).to_pandas()
        for name in batch.column_names:
            if name in contract.names:
                continue
            column = batch.column(name)
            # Dates as Python objects (None where missing), flags and counts as NumPy: as pandas has them.
            if name == xt.LATEST_REPORT_DATE:
                frame[name] = pd.Series(column.to_pylist(), index=frame.index, dtype=object)
            else:
                frame[name] = column.to_numpy(zero_copy_only=False)
        if table in xt.SPAN_TEXT_COLUMNS or table in xt.SPAN_ONLY_TABLES:
            spans = xt.span_texts(frame, self.texts(frame["article_id"].tolist()))
            if table in xt.SPAN_TEXT_COLUMNS:
                frame[xt.SPAN_TEXT] = spans
            else:
                frame[xt.SPAN_IN_BOUNDS] = spans.notna()
        return frame[[*contract.names, *xt.derived_columns(table)]]

    def texts(self, article_ids: list[str]) -> dict[str, str]:
        return texts_by_id(self._lookup, _quoted(self.files["articles"]), article_ids)

    def row_count_parameters(self) -> dict[str, int]:
        f = {name: _quoted(path) for name, path in self.files.items()}

        def distinct(table: str, column: str) -> int:
            return int(
                self.connection.sql(f"SELECT count(DISTINCT {column}) FROM {f[table]}").fetchall()[0][0]
            )

        return {
            "meetings_in_participants": distinct("meeting_participants", "meeting_id"),
            "meetings_in_mentions": distinct("meeting_mentions", "meeting_id"),
            "actors_in_mentions": distinct("actor_mentions", "actor_id"),
        }

    def duplicated_rows(self, table: str, columns: list[str], ignore_missing: bool) -> int:
        """Rows whose values of ``columns`` occur more than once (how GX counts a uniqueness failure)."""
        listed = ", ".join(columns)
        where = " AND ".join(f"{c} IS NOT NULL" for c in columns) if ignore_missing else "true"
        query = (
            f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM {_quoted(self.files[table])} "
            f"WHERE {where} GROUP BY {listed} HAVING count(*) > 1)"
        )
        return int(self.connection.sql(query).fetchall()[0][0])

    def close(self) -> None:
        self._lookup.close()
        self.connection.close()


def merge_outcomes(batches: list[list[ExpectationOutcome]]) -> list[ExpectationOutcome]:
    """One outcome per expectation from its outcomes over the batches (in key order)."""
    merged: dict[tuple[str, str, str], ExpectationOutcome] = {}
    for outcomes in batches:
        for outcome in outcomes:
            key = _outcome_order(outcome)
            seen = merged.get(key)
            if seen is None:
                merged[key] = outcome
                continue
            counts = [c for c in (seen.unexpected_count, outcome.unexpected_count) if c is not None]
            merged[key] = replace(
                seen,
                success=seen.success and outcome.success,
                unexpected_count=sum(counts) if counts else None,
                examples=[*seen.examples, *outcome.examples][:MAX_EXAMPLES],
                error=seen.error or outcome.error,
            )
    return sorted(merged.values(), key=_outcome_order)


def _whole_table(outcome: ExpectationOutcome, reader: TableReader, n_rows: int) -> ExpectationOutcome:
    """An expectation about the whole table, evaluated over the file instead of batch by batch."""
    if outcome.expectation in ROW_COUNT_EXPECTATIONS:
        kwargs = outcome.kwargs
        if outcome.expectation == "expect_table_row_count_to_equal":
            success = n_rows == kwargs.get("value")
        else:
            low, high = kwargs.get("min_value"), kwargs.get("max_value")
            success = (low is None or n_rows >= low) and (high is None or n_rows <= high)
        return replace(outcome, success=bool(success), observed_value=n_rows)
    if outcome.expectation in UNIQUE_EXPECTATIONS:
        columns = outcome.kwargs.get("column_list") or [outcome.column]
        ignore = outcome.kwargs.get("ignore_row_if") == "any_value_is_missing"
        duplicated = reader.duplicated_rows(outcome.table, list(columns), ignore)
        if duplicated == (outcome.unexpected_count or 0):
            return outcome
        return replace(outcome, success=duplicated == 0, unexpected_count=duplicated)
    return outcome


def run_suites_on_files(
    files: Mapping[str, Path],
    data_docs_dir: Path | None = None,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> QualityReport:
    """:func:`dipnews.quality.runner.run_suites` over the table files, ``batch_rows`` rows at a time."""
    reader = TableReader(files)
    try:
        parameters = reader.row_count_parameters()
        context = _context(data_docs_dir)
        datasource = context.data_sources.add_pandas(DATASOURCE)
        outcomes: list[ExpectationOutcome] = []
        rows: dict[str, int] = {}
        for table in CONTRACT:
            checkpoint = table_checkpoint(context, datasource, table)
            per_batch = []
            rows[table] = reader.rows(table)
            several = rows[table] > batch_rows
            for number, frame in enumerate(reader.batches(table, batch_rows)):
                # Each batch its own run name, so its Data Docs page has its own folder (the run times,
                # made equal by normalise_data_docs, would otherwise collide).
                run_id = RunIdentifier(run_name=f"rows-{number * batch_rows:012d}") if several else None
                run = checkpoint.run(
                    batch_parameters={"dataframe": frame}, expectation_parameters=parameters, run_id=run_id
                )
                per_batch.append(
                    [_outcome(table, r) for suite in run.run_results.values() for r in suite.results]
                )
            if not per_batch:  # an empty table is still checked (its columns, its row count)
                run = checkpoint.run(
                    batch_parameters={"dataframe": _empty_frame(table)}, expectation_parameters=parameters
                )
                per_batch.append(
                    [_outcome(table, r) for suite in run.run_results.values() for r in suite.results]
                )
            table_outcomes = merge_outcomes(per_batch)
            if len(per_batch) > 1:
                table_outcomes = [_whole_table(o, reader, rows[table]) for o in table_outcomes]
            outcomes.extend(table_outcomes)
            if progress is not None:
                progress.advance(doing=f"{table} checked ({len(outcomes)} expectations so far)")
        if data_docs_dir is not None:
            if progress is not None:
                progress.advance(0, doing="building the Data Docs")
            context.build_data_docs(site_names=[DOCS_SITE])
    finally:
        reader.close()
    return QualityReport(rows=rows, outcomes=outcomes)


def _empty_frame(table: str) -> pd.DataFrame:
    contract = arrow_schema(CONTRACT[table].schema())
    frame = contract.empty_table().to_pandas()
    for name in xt.derived_columns(table):
        frame[name] = pd.Series([], dtype=object)
    return frame
