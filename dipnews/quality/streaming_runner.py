"""The great-expectations suites over table files, a batch of rows at a time, re-checking only what changed.

Each table is read in key order with its derived cross-table columns and every row's content hash
(:class:`dipnews.quality.table_files.TableReader`). Every expectation but the whole-table ones judges a
row by that row alone, so what it found on a row is remembered by the row's key and hash
(:mod:`dipnews.quality.checked_rows`), and only the rows whose key and hash have no result go through
GX's validator with the table's suite (no checkpoint: see :meth:`TableCheck.run_suite`), ``batch_rows``
of them at a time: all of them in a cold run, the new and changed ones (a row whose
actor's counts changed is a changed row) once the tables grow. The outcome of such an expectation is
then made from the results of every row of the table, remembered or new: successful when no row failed
it, the failing rows counted, the first five examples in key order. The whole-table expectations are
evaluated over the whole file every time: the row counts, the uniqueness of a key (by DuckDB, its
examples the first duplicated rows in key order), the column list. So ``validation.json`` does not depend
on which rows were remembered nor on ``batch_rows``: a grown, shrunk or edited corpus gives what a cold run
gives, and a table checked in one batch gives what ``run_suites`` gives in memory.

The Data Docs show the same merged outcomes, one page per table (:mod:`dipnews.quality.merged_docs`).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import great_expectations as gx
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from great_expectations.execution_engine import pandas_execution_engine
from great_expectations.validator.v1_validator import Validator

from dipnews.progress import Progress
from dipnews.quality import cross_table as xt
from dipnews.quality.checked_rows import (
    CheckedRows,
    FailureTally,
    RowResultsWriter,
    decode_failures,
    encode_failures,
    suite_version,
)
from dipnews.quality.merged_docs import build_merged_docs, outcome_shell, run_configurations
from dipnews.quality.runner import (
    DATASOURCE,
    ExpectationOutcome,
    QualityReport,
    _context,
    _outcome,
    _outcome_order,
    _plain,
)
from dipnews.quality.stage_validation import StageError
from dipnews.quality.suites import build_suite
from dipnews.quality.table_files import FAILURES, KNOWN, ROW, ROW_HASH, TableReader
from schemas import CONTRACT
from schemas._base import arrow_schema

BATCH_ROWS = 100_000
ROW_COUNT_EXPECTATIONS = frozenset(
    {"expect_table_row_count_to_equal", "expect_table_row_count_to_be_between"}
)
UNIQUE_EXPECTATIONS = frozenset({"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"})
COLUMNS_EXPECTATION = "expect_table_columns_to_match_ordered_list"
WHOLE_TABLE_EXPECTATIONS = ROW_COUNT_EXPECTATIONS | UNIQUE_EXPECTATIONS | {COLUMNS_EXPECTATION}
# GX (pandas) states which rows an expectation found unexpected as a query on the frame's index.
_INDEX_QUERY = re.compile(r"items=(\[[^\]]*\])")


def outcome_key(outcome: ExpectationOutcome) -> str:
    """An expectation of a table, as a string (its column, type and arguments)."""
    return json.dumps(_outcome_order(outcome))


def _unexpected_rows(result: Any, expectation: str) -> list[tuple[int, Any]]:
    """(row position, example) of every row a map expectation found unexpected, from GX's result."""
    details = result.result or {}
    entries = list(details.get("unexpected_index_list") or [])
    match = _INDEX_QUERY.search(str(details.get("unexpected_index_query") or ""))
    positions = ast.literal_eval(match.group(1)) if match else None
    if positions is None or len(positions) != len(entries) or len(entries) != details.get("unexpected_count"):
        raise StageError(
            f"validate: great-expectations did not list the rows {expectation} found unexpected as this "
            "code reads them (unexpected_index_list and unexpected_index_query); is its version the one "
            "in requirements?"
        )
    return [(int(p), _plain(e)) for p, e in zip(positions, entries, strict=True)]


@dataclass
class TableCheck:
    """One table's pass: the failures of every row tallied, the rows not remembered run through GX."""

    table: str
    batch_definition: Any  # the table's whole-dataframe batch: each run is given its frame
    suite: Any  # what GX runs on the rows: the row-by-row expectations (see row_suite)
    parameters: dict[str, int]
    writer: RowResultsWriter | None
    configurations: list[Any]  # the suite's expectations as a run states them
    tally: FailureTally = field(default_factory=FailureTally)
    errors: dict[str, str] = field(default_factory=dict)
    checked_rows: int = 0

    def run_suite(self, frame: pd.DataFrame) -> dict[int, list[tuple[str, Any]]]:
        """GX on ``frame`` (indexed by row position): the failures of each position that failed any."""
        # GX's validator itself, as a checkpoint runs it (the same results): a checkpoint run also checks
        # its definitions against the context's stores and stores and serialises its result, which only
        # Data Docs of the run would read (they are built from the merged outcomes instead).
        result_format = {
            "result_format": "COMPLETE",
            "unexpected_index_column_names": list(CONTRACT[self.table].KEY),
        }
        validator = Validator(
            batch_definition=self.batch_definition,
            batch_parameters={"dataframe": frame},
            result_format=result_format,
        )
        with _no_batch_fingerprint():
            results = validator.validate_expectation_suite(self.suite, self.parameters).results
        failures: dict[int, list[tuple[str, Any]]] = {}
        for result in results:
            outcome = _outcome(self.table, result)
            key = outcome_key(outcome)
            if outcome.error:
                self.errors.setdefault(key, outcome.error)
            elif outcome.unexpected_count:
                for position, example in _unexpected_rows(result, outcome.expectation):
                    failures.setdefault(position, []).append((key, example))
        return failures

    def known_rows(self, batch: pa.RecordBatch, first_row: int) -> pa.Table:
        """Tally the rows of ``batch`` that have a result, keep them; return the others, every column."""
        known = batch.column(KNOWN).to_numpy(zero_copy_only=False)
        stored = batch.column(FAILURES)
        for index in np.flatnonzero(known & pc.is_valid(stored).to_numpy(zero_copy_only=False)):
            self.tally.add(first_row + int(index), decode_failures(stored[int(index)].as_py()))
        if self.writer is not None:
            mask = pa.array(known)
            keys = pa.Table.from_batches([batch.select(list(CONTRACT[self.table].KEY))]).filter(mask)
            self.writer.write_arrow(keys, pc.filter(batch.column(ROW_HASH), mask), pc.filter(stored, mask))
        # Only the rows not known carry their columns (a struct, null for the known rows).
        unknown = pc.filter(batch.column(ROW), pa.array(~known))
        return pa.Table.from_arrays(unknown.flatten(), names=[f.name for f in unknown.type])

    def check_rows(self, reader: TableReader, rows: pa.Table, positions: np.ndarray) -> None:
        """Run the suite on rows without a result; tally and keep what it found on each."""
        frame = reader.frame(self.table, rows)
        frame.index = pd.Index(positions)
        found = self.run_suite(frame)
        failures = np.full(len(positions), None, dtype=object)  # most rows pass: no per-row Python loop
        for position, row_failures in found.items():
            self.tally.add(position, row_failures)
            failures[np.searchsorted(positions, position)] = encode_failures(row_failures)
        if self.writer is not None:
            keys = rows.select(list(CONTRACT[self.table].KEY))
            self.writer.write_arrow(keys, rows.column(ROW_HASH), pa.array(failures, pa.string()))
        self.checked_rows += len(positions)

    def outcomes(self, reader: TableReader, n_rows: int) -> list[ExpectationOutcome]:
        """One outcome per expectation, from every row's failures and the whole file."""
        merged = []
        for configuration in self.configurations:
            shell = outcome_shell(self.table, configuration)
            if shell.expectation in ROW_COUNT_EXPECTATIONS:
                merged.append(_row_count(shell, n_rows))
            elif shell.expectation in UNIQUE_EXPECTATIONS:
                merged.append(_uniqueness(shell, reader))
            elif shell.expectation == COLUMNS_EXPECTATION:
                merged.append(_columns(shell))
            else:
                key = outcome_key(shell)
                count, error = self.tally.counts.get(key, 0), self.errors.get(key)
                merged.append(
                    replace(
                        shell,
                        success=count == 0 and error is None,
                        unexpected_count=count,
                        examples=self.tally.first_examples(key),
                        error=error,
                    )
                )
        return sorted(merged, key=_outcome_order)


@contextmanager
def _no_batch_fingerprint() -> Iterator[None]:
    """GX's pandas engine, loading a frame of under a gigabyte as a batch, records an MD5 of it among the
    batch's markers; where the frame has a column of lists (titles, forms) pandas cannot hash it, and GX
    pickles the whole frame to hash that: a quarter of validate's CPU time in a cold run. The fingerprint
    is only shown in a run's metadata, which these runs do not keep (their Data Docs are made of the
    merged outcomes, :mod:`dipnews.quality.merged_docs`), so the size below which GX makes it is set to
    zero while they run (the in-memory runner keeps GX's default)."""
    saved = pandas_execution_engine.HASH_THRESHOLD
    pandas_execution_engine.HASH_THRESHOLD = 0
    try:
        yield
    finally:
        pandas_execution_engine.HASH_THRESHOLD = saved


def _columns(outcome: ExpectationOutcome) -> ExpectationOutcome:
    """The columns GX is given are those :meth:`TableReader.frame` makes: the contract's, then derived."""
    columns = [*arrow_schema(CONTRACT[outcome.table].schema()).names, *xt.derived_columns(outcome.table)]
    return replace(outcome, success=columns == outcome.kwargs.get("column_list"), observed_value=columns)


def _row_count(outcome: ExpectationOutcome, n_rows: int) -> ExpectationOutcome:
    kwargs = outcome.kwargs
    if outcome.expectation == "expect_table_row_count_to_equal":
        success = n_rows == kwargs.get("value")
    else:
        low, high = kwargs.get("min_value"), kwargs.get("max_value")
        success = (low is None or n_rows >= low) and (high is None or n_rows <= high)
    return replace(outcome, success=bool(success), observed_value=n_rows, error=None)


def _uniqueness(outcome: ExpectationOutcome, reader: TableReader) -> ExpectationOutcome:
    columns = outcome.kwargs.get("column_list") or [outcome.column]
    count, examples = reader.duplicates(outcome.table, list(columns), outcome.kwargs.get("ignore_row_if"))
    found = {"unexpected_count": count, "observed_value": None, "examples": examples, "error": None}
    return replace(outcome, success=count == 0, **found)


def _check_table(
    check: TableCheck, reader: TableReader, batch_rows: int, known: Path | None
) -> tuple[list[ExpectationOutcome], int]:
    """Stream ``check.table``'s rows: tally the remembered ones, check the others ``batch_rows`` at a time."""
    pending: list[pa.Table] = []
    positions: list[np.ndarray] = []
    n_rows = 0
    for batch in reader.hashed_batches(check.table, batch_rows, known):
        unknown = check.known_rows(batch, n_rows)
        if unknown.num_rows:
            pending.append(unknown)
            flags = ~batch.column(KNOWN).to_numpy(zero_copy_only=False)
            positions.append(n_rows + np.flatnonzero(flags))
        n_rows += batch.num_rows
        if sum(p.num_rows for p in pending) >= batch_rows:
            check.check_rows(reader, pa.concat_tables(pending), np.concatenate(positions))
            pending, positions = [], []
    if pending:
        check.check_rows(reader, pa.concat_tables(pending), np.concatenate(positions))
    return check.outcomes(reader, n_rows), n_rows


def run_suites_on_files(
    files: Mapping[str, Path],
    data_docs_dir: Path | None = None,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
    cache: CheckedRows | None = None,
) -> QualityReport:
    """:func:`dipnews.quality.runner.run_suites` over the table files, ``batch_rows`` rows at a time; with
    ``cache``, the rows checked before (same content) are not checked again."""
    reader = TableReader(files)
    try:
        parameters = reader.row_count_parameters()
        context = _context(data_docs_dir)
        datasource = context.data_sources.add_pandas(DATASOURCE)
        outcomes: list[ExpectationOutcome] = []
        rows: dict[str, int] = {}
        configurations: dict[str, list[Any]] = {}
        checked = 0
        for table in CONTRACT:
            check = _table_check(context, datasource, table, parameters, cache)
            try:
                known = cache.known(table, check.writer.version) if cache and check.writer else None
                table_outcomes, rows[table] = _check_table(check, reader, batch_rows, known)
            except BaseException:
                if check.writer is not None:
                    check.writer.discard()
                raise
            if check.writer is not None and check.errors:  # what raised is not remembered as passed
                check.writer.discard()
            elif check.writer is not None:
                check.writer.commit()
            outcomes.extend(table_outcomes)
            configurations[table] = check.configurations
            checked += check.checked_rows
            if progress is not None:
                progress.advance(doing=f"{table} checked ({len(outcomes)} expectations so far)")
        if data_docs_dir is not None:
            if progress is not None:
                progress.advance(0, doing="building the Data Docs")
            build_merged_docs(context, configurations, outcomes, rows)
    finally:
        reader.close()
    return QualityReport(rows=rows, outcomes=outcomes, checked_rows=checked)


def row_suite(suite: Any) -> Any:
    """``suite`` without its whole-table expectations, which :meth:`TableCheck.outcomes` evaluates over the
    whole file: run on a batch of rows, GX would only compute results that are thrown away (each
    expectation costs GX a fixed few milliseconds per run, so on the few new rows of a grown corpus that
    is most of a table's suite run; uniqueness also looks at every row). Built from the expectations'
    configurations (an expectation belongs to one suite, and GX's copy of one deep-copies its suite)."""
    kept = [e for e in suite.expectations if e.expectation_type not in WHOLE_TABLE_EXPECTATIONS]
    return gx.ExpectationSuite(name=f"{suite.name}_rows", expectations=[e.configuration for e in kept])


def _table_check(
    context: Any, datasource: Any, table: str, parameters: dict[str, int], cache: CheckedRows | None
) -> TableCheck:
    """The table's suite (in the context, where the Data Docs find it) and its whole-dataframe batch."""
    batch = datasource.add_dataframe_asset(table).add_batch_definition_whole_dataframe(f"{table}_whole")
    suite = context.suites.add(build_suite(table))
    key = arrow_schema(CONTRACT[table].schema())
    key = pa.schema([key.field(name) for name in CONTRACT[table].KEY])
    # The cached results' version hashes the whole suite, as before: its whole-table part is in the report.
    writer = cache.writer(table, suite_version(suite.to_json_dict()), key) if cache is not None else None
    configurations = run_configurations(suite, table, parameters)
    return TableCheck(table, batch, row_suite(suite), parameters, writer, configurations)
