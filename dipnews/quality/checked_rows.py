"""What the great-expectations suites found on each row, remembered by the row's content hash.

Every expectation of a suite but the whole-table ones (the row count, the uniqueness of a key, the
column list) judges a row by that row alone: its contract columns and its derived cross-table columns
(:mod:`dipnews.quality.cross_table`: whether its foreign keys exist, its actor's counts, its span's
text ...). So a row whose content, derived columns included, was checked before need not be checked
again: the validate stage hashes every row (DuckDB, over the files) and runs the suites only on the rows
whose hash it has no result for. What is remembered per row is the list of expectations it failed, each
with the example GX gave for it (the row's key and the values checked), usually nothing.

One file per table, ``<cache_dir>/<table>-<version>.parquet`` (the table's key columns, ``row_hash`` and
``failures``): the rows of the last tables validated. A row's result is found by its key and its hash
together (:class:`dipnews.quality.table_files.TableReader`), so the 64-bit hash need only tell a row's
content from its own earlier content, not from every other row's. ``<version>`` hashes the table's suite
(its expectations and their arguments, which follow the schemas and the ISO code list), the code that
computes the derived columns and judges the rows, and the versions of the libraries involved
(great-expectations, DuckDB, pandas, pyarrow), so any change to how a row is judged starts afresh; files
of other versions are deleted. Like the other caches it is not a DVC output: it only saves work,
``validation.json`` is the same with or without it.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dipnews.code_version import code_version

CACHE_DIR = Path("data/cache/validate")
# The code that makes a row's derived columns and turns GX's results into per-row failures.
_CODE = (
    "dipnews/quality/checked_rows.py",
    "dipnews/quality/cross_table.py",
    "dipnews/quality/runner.py",
    "dipnews/quality/streaming_runner.py",
    "dipnews/quality/table_files.py",
    "dipnews/quality/batch_validation.py",
    "schemas/_base.py",
)
_LIBRARIES = ("great_expectations", "duckdb", "pandas", "pyarrow")
RESULT_FIELDS = [pa.field("row_hash", pa.uint64()), pa.field("failures", pa.string())]
MAX_EXAMPLES = 5


def _without_ids(value: Any) -> Any:
    """A suite's JSON without the random ids GX gives it and its expectations."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def suite_version(suite_json: dict[str, Any]) -> str:
    """The version of a table's cached results: its suite, the judging code, the libraries."""
    suite = json.dumps(_without_ids(suite_json), sort_keys=True, default=str)
    libraries = "".join(f"\0{library}={metadata.version(library)}" for library in _LIBRARIES)
    return code_version(_CODE, suite + libraries)


class CheckedRows:
    """The per-table files of row results in ``cache_dir``."""

    def __init__(self, cache_dir: Path = CACHE_DIR) -> None:
        self.folder = cache_dir

    def path(self, table: str, version: str) -> Path:
        return self.folder / f"{table}-{version}.parquet"

    def known(self, table: str, version: str) -> Path | None:
        """The file of ``table``'s results under this version, if there is one."""
        path = self.path(table, version)
        return path if path.is_file() else None

    def writer(self, table: str, version: str, key: pa.Schema) -> RowResultsWriter:
        """A writer of ``table``'s results, keyed by the fields of ``key`` (the table's key columns)."""
        return RowResultsWriter(self, table, version, key)

    def prune(self, table: str, keep: Path) -> None:
        """Delete ``table``'s files of other versions (and temporaries of killed runs)."""
        for old in self.folder.glob(f"{table}-*"):
            if old != keep and old.name.split("-")[0] == table:
                old.unlink(missing_ok=True)
        for stale in self.folder.glob(f".{table}-*"):
            stale.unlink(missing_ok=True)


class RowResultsWriter:
    """Writes the results of one table's rows as they stream past; renamed into place on commit."""

    def __init__(self, cache: CheckedRows, table: str, version: str, key: pa.Schema) -> None:
        self.cache, self.table, self.version = cache, table, version
        self.schema = pa.schema([*key, *RESULT_FIELDS])
        self.target = cache.path(table, version)
        cache.folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{table}-", suffix=".tmp", dir=cache.folder)
        os.close(handle)
        self._temporary = Path(name)
        self._writer = pq.ParquetWriter(self._temporary, self.schema)

    def write_arrow(self, keys: pa.Table, hashes: pa.Array | pa.ChunkedArray, failures: pa.Array) -> None:
        """The results of rows: their key columns (``keys``), hashes and failures (null: none)."""
        if len(hashes):
            columns = [*keys.columns, hashes, failures]
            self._writer.write_table(pa.table(columns, names=self.schema.names).cast(self.schema))

    def commit(self) -> None:
        self._writer.close()
        os.replace(self._temporary, self.target)
        self.cache.prune(self.table, keep=self.target)

    def discard(self) -> None:
        self._writer.close()
        self._temporary.unlink(missing_ok=True)


def encode_failures(failures: list[tuple[str, Any]]) -> str | None:
    """A row's failures (expectation key, example) as stored; ``None`` for a row that passed."""
    return json.dumps(sorted(failures, key=lambda f: f[0]), sort_keys=True) if failures else None


def decode_failures(encoded: str) -> list[tuple[str, Any]]:
    return [(key, example) for key, example in json.loads(encoded)]


@dataclass
class FailureTally:
    """Per expectation key: how many rows failed it, and the first examples in key order."""

    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)

    def add(self, position: int, failures: list[tuple[str, Any]]) -> None:
        for key, example in failures:
            self.counts[key] = self.counts.get(key, 0) + 1
            kept = self.examples.setdefault(key, [])
            kept.append((position, example))
            if len(kept) > 4 * MAX_EXAMPLES:  # rows come in several streams: keep a margin, then trim
                kept.sort(key=lambda item: item[0])
                del kept[MAX_EXAMPLES:]

    def first_examples(self, key: str) -> list[Any]:
        kept = sorted(self.examples.get(key, []), key=lambda item: item[0])
        return [example for _, example in kept[:MAX_EXAMPLES]]
